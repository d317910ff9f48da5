package org.cunwu.projects.internal;

import java.util.List;
import java.util.Map;

import org.cunwu.projects.ProjectService;
import org.cunwu.villages.Cluster;
import org.cunwu.villages.DemonstrationZone;
import org.cunwu.villages.GroupSection;
import org.cunwu.villages.Village;
import org.springframework.stereotype.Component;

/** A cluster's projects (led or joined by its villages) and a zone's projects, with exact totals. */
@Component
class ProjectGroupSection implements GroupSection {

    private final ProjectService projects;

    ProjectGroupSection(ProjectService projects) {
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
        return "projectsOfGroup";
    }

    @Override
    public Map<String, Object> forCluster(Cluster cluster, List<Village> members) {
        return data(projects.projectsOfVillagesWithPartners(members.stream().map(Village::getId).toList()));
    }

    @Override
    public Map<String, Object> forZone(DemonstrationZone zone) {
        return data(projects.projectsOfZoneWithPartners(zone));
    }

    private static Map<String, Object> data(List<Project> list) {
        return Map.of("projects", list, "totals", ProjectService.totalsOf(list));
    }
}
