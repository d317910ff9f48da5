package org.cunwu.projects.internal;

import org.cunwu.projects.ProjectStatus;
import org.cunwu.shared.DateRange;
import org.cunwu.shared.FilterParameters;

/**
 * What the project list is narrowed to; every field optional. Dates are kept as typed: {@code activeFrom}/{@code activeTo}
 * select the projects running in the period (started by its end, not finished before its start),
 * {@code operatingFrom}/{@code operatingTo} the operating projects that first went into operation in it,
 * {@code operatedFrom}/{@code operatedTo} the projects that were operating at some time of it (by their status history,
 * as the reports' "of them operating" counts);
 * {@code rectification} the projects led by a 后进 village; {@code leadOnly} narrows {@code villageId} to the projects the
 * village leads (without it, a village's projects include those it is a partner of).
 */
public record ProjectFilter(String q, Long townId, Long villageId, Long categoryId, CooperationModel model,
        ProjectStatus status, Boolean keySupervised, Long zoneId, Integer year, String activeFrom, String activeTo,
        String operatingFrom, String operatingTo, Boolean rectification, Boolean leadOnly, String operatedFrom,
        String operatedTo) {

    public ProjectFilter(String q, Long townId, Long villageId, Long categoryId, CooperationModel model, ProjectStatus status,
            Boolean keySupervised, Long zoneId, Integer year) {
        this(q, townId, villageId, categoryId, model, status, keySupervised, zoneId, year, null, null, null, null, null, null, null, null);
    }

    static ProjectFilter of(FilterParameters p) {
        return new ProjectFilter(p.text("q"), p.id("townId", "project.town"), p.id("villageId", "project.partner.village"),
                p.id("categoryId", "project.category"), p.choice("model", CooperationModel.class, "project.cooperationModel"),
                p.choice("status", ProjectStatus.class, "project.status"), p.flag("keySupervised", "project.keySupervised"),
                p.id("zoneId", "project.zone"), p.integer("year", "project.year"), p.text("activeFrom"), p.text("activeTo"),
                p.text("operatingFrom"), p.text("operatingTo"), p.flag("rectification", "project.filter.rectification"),
                p.flag("leadOnly", "project.leadVillage"), p.text("operatedFrom"), p.text("operatedTo"));
    }

    public DateRange active() {
        return DateRange.parse(activeFrom, activeTo);
    }

    public DateRange operating() {
        return DateRange.parse(operatingFrom, operatingTo);
    }

    public DateRange operated() {
        return DateRange.parse(operatedFrom, operatedTo);
    }
}
