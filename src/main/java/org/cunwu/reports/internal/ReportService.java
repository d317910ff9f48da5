package org.cunwu.reports.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.cunwu.shared.access.Access;
import org.cunwu.campaigns.CampaignService;
import org.cunwu.shared.RecordNotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds the reports: decides whose scope a report may cover (a secretary their village, town staff their town,
 * everyone else the district) and counts it through {@link ReportQueries} with a fixed number of statements.
 */
@Service
public class ReportService {

    private final ReportQueries queries;
    private final CampaignService campaigns;
    private final Clock clock;

    ReportService(ReportQueries queries, CampaignService campaigns, Clock clock) {
        this.queries = queries;
        this.campaigns = campaigns;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    ZoneId zone() {
        return clock.getZone();
    }

    /** The district, for readers of the whole district; anyone else is refused. */
    @Transactional(readOnly = true)
    ReportScope district() {
        if (!Access.seesEverything()) {
            throw new AccessDeniedException("the district report is for district-wide readers");
        }
        return queries.district();
    }

    /** A town the user may read (district readers any, town staff their own); any other is not found. */
    @Transactional(readOnly = true)
    ReportScope town(Long townId) {
        ReportScope scope = queries.town(townId).orElseThrow(() -> new RecordNotFoundException("town", townId));
        if (!Access.canSeeTown(townId, () -> null)) { // a town's report: the district and the town's staff
            throw new RecordNotFoundException("town", townId);
        }
        return scope;
    }

    /** A village the user may read (its town's staff and its secretary too); any other is not found. */
    @Transactional(readOnly = true)
    public ReportScope village(Long villageId) {
        ReportScope scope = queries.village(villageId).orElseThrow(() -> new RecordNotFoundException("village", villageId));
        if (!Access.canSee(scope.townId(), villageId)) {
            throw new RecordNotFoundException("village", villageId);
        }
        return scope;
    }

    /** The widest scope the signed-in user reads, or empty for an account without town or village. */
    @Transactional(readOnly = true)
    Optional<ReportScope> own() {
        if (Access.seesEverything()) {
            return Optional.of(queries.district());
        }
        Long town = Access.fixedTownId();
        Long village = Access.fixedVillageId();
        return town != null ? queries.town(town) : village != null ? queries.village(village) : Optional.empty();
    }

    /** The report of a scope for a period: ten aggregate queries (and a planner setting), whatever the size of the district. */
    @Transactional(readOnly = true)
    public Report report(ReportScope scope, Period period) {
        LocalDate today = today();
        LocalDate asOf = period.to().isAfter(today) ? today : period.to();
        Map<Long, Report.Unit> units = new LinkedHashMap<>();
        Figures total = new Figures();
        queries.planForTheirDates();
        queries.villages(scope, period, asOf, units, total);
        Map<Long, long[]> perCategory = queries.events(scope, period, today, units, total);
        queries.medians(scope, period, units, total);
        List<Report.PostRow> posts = queries.posts(scope, asOf, units, total);
        List<Report.ProjectRow> projects = queries.projects(scope, period, asOf, units, total);
        queries.representatives(scope, units, total);
        List<Report.CategoryRow> categories = queries.problemCategories(perCategory);
        Report.Agreements agreements = queries.agreements(scope, period);
        List<CampaignService.CampaignCompletion> completion = scope.district() ? campaigns.completion(period.from(), period.to()) : List.of();
        List<Report.Unit> unitList = scope.village() ? List.of() : List.copyOf(units.values());
        Report.Profile profile = scope.village() ? queries.profile(scope.id(), asOf) : null;
        List<Report.TrendRow> trend = queries.trend(scope, period, units.keySet());
        return new Report(scope, period, asOf, total, unitList, posts, projects, categories, agreements, completion, profile, trend);
    }

    /** The latest year up to today in which the scope of a report has dated records, or null when it has none. */
    @Transactional(readOnly = true)
    Integer latestYearWithRecords(Report report) {
        Set<Long> villages = new LinkedHashSet<>();
        report.units().forEach(unit -> villages.add(unit.id()));
        return queries.latestYearWithRecords(report.scope(), villages, today());
    }
}
