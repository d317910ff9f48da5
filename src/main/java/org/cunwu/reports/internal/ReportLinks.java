package org.cunwu.reports.internal;

import java.time.LocalDate;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * The list each figure counts, filtered to the report's period and to the unit of its cell (the scope, a town or a
 * village), so that a click on 12 opens the 12 records. A figure that no list shows exactly (a median, a share)
 * has no link.
 */
public final class ReportLinks {

    private final ReportScope scope;
    private final Period period;
    private final LocalDate asOf;

    public ReportLinks(ReportScope scope, Period period, LocalDate asOf) {
        this.scope = scope;
        this.period = period;
        this.asOf = asOf;
    }

    /** The whole scope's list for a figure (by name, for templates), or null. */
    public String of(String figure) {
        return of(figure, null);
    }

    /** The list of a figure for one unit of the breakdown (a town of the district, a village of a town), or null. */
    public String of(String figure, Long unitId) {
        Figure f = Figure.valueOf(figure);
        if (unitId != null && !scope.district() && (f == Figure.VILLAGES || f == Figure.COMMUNITIES || f == Figure.RECTIFICATION_VILLAGES)) {
            return "/villages/" + unitId; // a village of a town's breakdown: its dossier
        }
        UriComponentsBuilder url = list(f);
        return url == null ? null : withUnit(url, unitId);
    }

    /** The cadres holding a post on the report's day. */
    public String post(Long postTypeId, Long unitId) {
        return withUnit(path("/cadres").queryParam("postTypeId", postTypeId).queryParam("onDate", asOf), unitId);
    }

    /** The problems of a category raised in the period. */
    public String problemCategory(Long categoryId) {
        return withUnit(between(path("/problems").queryParam("categoryId", categoryId), "reported"), null);
    }

    /** The projects of a category running in the period. */
    public String projectCategory(Long categoryId) {
        return withUnit(between(path("/projects").queryParam("categoryId", categoryId), "active"), null);
    }

    private String withUnit(UriComponentsBuilder url, Long unitId) {
        boolean byVillage = scope.village() || (unitId != null && !scope.district());
        if (byVillage && url.build().getPath().equals("/projects")) {
            url.queryParam("leadOnly", true); // a report counts a project in the village that leads it
        }
        if (unitId != null) {
            url.queryParam(scope.district() ? "townId" : "villageId", unitId);
        } else if (scope.town()) {
            url.queryParam("townId", scope.id());
        } else if (scope.village()) {
            url.queryParam("villageId", scope.id());
        }
        return url.build().toUriString();
    }

    private static UriComponentsBuilder path(String path) {
        return UriComponentsBuilder.fromPath(path);
    }

    private UriComponentsBuilder between(UriComponentsBuilder url, String prefix) {
        return url.queryParam(prefix + "From", period.from()).queryParam(prefix + "To", period.to());
    }

    private UriComponentsBuilder list(Figure figure) {
        return switch (figure) {
            case CADRES_ADJUSTED -> between(path("/cadres").queryParam("adjusted", true).queryParam("current", false), "ended");
            case NEW_OPERATING_RECTIFIED -> between(path("/projects").queryParam("rectification", true), "operating");
            case NEW_OPERATING -> between(path("/projects"), "operating");
            case PROJECTS_OPERATING -> between(path("/projects"), "operated");
            case PETITIONS_RESOLVED -> between(path("/problems").queryParam("petition", true).queryParam("status", "RESOLVED"), "resolved");
            case PROBLEMS_RESOLVED -> between(path("/problems").queryParam("status", "RESOLVED"), "resolved");
            case PROBLEMS_RAISED -> between(path("/problems"), "reported");
            case PETITIONS_RAISED -> between(path("/problems").queryParam("petition", true), "reported");
            case KEY_SUPERVISED -> between(path("/projects").queryParam("keySupervised", true), "active");
            case PROJECTS_ACTIVE, INVESTMENT, LAND, INCOME -> between(path("/projects"), "active");
            case RETURNED_TALENTS -> between(path("/talent/pool").queryParam("kind", "RETURNED"), "since");
            case ADVISERS -> between(path("/talent/pool").queryParam("kind", "ADVISER"), "since");
            case PARTNER_PROJECTS -> between(path("/talent/partners"), "open");
            case COMMITMENTS -> between(path("/commitments").queryParam("publicNotice", true), "pledged");
            case COMMITMENTS_FULFILLED -> between(path("/commitments").queryParam("publicNotice", true).queryParam("status", "FULFILLED"), "pledged");
            case COMMITMENTS_OVERDUE -> between(path("/commitments").queryParam("publicNotice", true).queryParam("overdue", true), "pledged");
            case RECEPTIONS, RECEPTION_PEOPLE -> between(path("/receptions"), "received");
            case VILLAGES -> path("/villages");
            case COMMUNITIES -> path("/villages").queryParam("kind", "COMMUNITY");
            case RECTIFICATION_VILLAGES -> path("/villages").queryParam("rectification", true);
            case REPRESENTATIVES -> path("/representatives");
            case CURRENT_CADRES -> path("/cadres").queryParam("onDate", asOf);
            case ZONE_PLANS -> between(path("/zones"), "approved");
            case TASKS_COMPLETED -> between(path("/campaigns/tasks").queryParam("status", "DONE"), "completed");
            case NINETIES_SECRETARIES_DEPUTIES, SECRETARIES_DEPUTIES, NINETIES_IN_COHORTS, MEDIAN_DAYS -> null;
        };
    }
}
