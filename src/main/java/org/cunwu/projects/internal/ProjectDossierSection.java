package org.cunwu.projects.internal;

import java.util.Map;

import org.cunwu.projects.ProjectService;
import org.cunwu.villages.DossierSection;
import org.cunwu.villages.Village;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The village dossier's projects: those it leads and those it joins. */
@Configuration
class ProjectDossierSection {

    @Bean
    DossierSection projectsOfVillage(ProjectService projects) {
        return new DossierSection(20, "projects/dossier", "projectsOfVillage", village -> Map.of("projects", projects.projectsOf(village), "villageId", village.getId()));
    }
}
