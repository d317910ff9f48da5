package org.cunwu.projects;

/** What the project list is narrowed to; every field optional. */
public record ProjectFilter(String q, Long townId, Long villageId, Long categoryId, CooperationModel model,
        ProjectStatus status, Boolean keySupervised, Long zoneId, Integer year) {

    public static ProjectFilter none() {
        return new ProjectFilter(null, null, null, null, null, null, null, null, null);
    }
}
