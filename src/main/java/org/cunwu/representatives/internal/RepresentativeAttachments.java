package org.cunwu.representatives.internal;

import org.cunwu.attachments.AttachmentOwner;
import org.cunwu.representatives.CommitmentService;
import org.cunwu.representatives.ProblemService;
import org.cunwu.shared.access.Access.Editors;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The representatives' records that take attachments (佐证材料), each as visible as the record and changed by its editors. */
@Configuration
class RepresentativeAttachments {

    @Bean
    AttachmentOwner commitmentAttachmentOwner(CommitmentService service) {
        return AttachmentOwner.of("commitment", Editors.VILLAGE, id -> service.commitment(id).getVillage(), "/commitments/%d");
    }

    @Bean
    AttachmentOwner problemAttachmentOwner(ProblemService service) {
        return AttachmentOwner.of("problem", Editors.VILLAGE, id -> service.problem(id).getVillage(), "/problems/%d");
    }

    @Bean
    AttachmentOwner receptionAttachmentOwner(ReceptionService service) {
        return AttachmentOwner.of("reception", Editors.VILLAGE, id -> service.reception(id).getVillage(), "/receptions/%d");
    }

    @Bean
    AttachmentOwner visitAttachmentOwner(VisitService service) {
        return AttachmentOwner.of("visit", Editors.VILLAGE, id -> service.visit(id).getVillage(), "/visits/%d");
    }
}
