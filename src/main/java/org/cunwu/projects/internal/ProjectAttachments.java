package org.cunwu.projects.internal;

import org.cunwu.attachments.AttachmentOwner;
import org.cunwu.projects.ProjectService;
import org.cunwu.shared.access.Access.Editors;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A project's attachments (agreements, site photos): seen by whoever sees the project (its partner villages too), added
 * and deleted by the lead village's team as well as the town and district, like its progress log.
 */
@Configuration
class ProjectAttachments {

    @Bean
    AttachmentOwner projectAttachmentOwner(ProjectService service) {
        return AttachmentOwner.of("project", Editors.VILLAGE, id -> service.get(id).getLeadVillage(), "/projects/%d");
    }
}
