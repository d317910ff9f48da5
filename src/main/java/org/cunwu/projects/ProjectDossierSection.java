package org.cunwu.projects;

import java.util.Map;

import org.cunwu.villages.DossierSection;
import org.cunwu.villages.Village;
import org.springframework.stereotype.Component;

/** The village dossier's projects: those it leads and those it joins. */
@Component
class ProjectDossierSection implements DossierSection {

    private final ProjectService projects;

    ProjectDossierSection(ProjectService projects) {
        this.projects = projects;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public String template() {
        return "projects/dossier";
    }

    @Override
    public String fragment() {
        return "projectsOfVillage";
    }

    @Override
    public Map<String, Object> data(Village village) {
        return Map.of("projects", projects.projectsOf(village), "villageId", village.getId());
    }
}
