package org.cunwu.reports;

import org.cunwu.cadres.CadreService;
import org.cunwu.campaigns.CampaignService;
import org.cunwu.projects.ProjectService;
import org.cunwu.representatives.ProblemService;
import org.cunwu.representatives.RepresentativeService;
import org.cunwu.shared.Scope;
import org.cunwu.talent.TalentService;
import org.cunwu.villages.DemonstrationZoneService;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Counts the district summary through each module's own query methods (a fixed number of aggregate queries). */
@Service
class DistrictSummaryService {

    private final CadreService cadres;
    private final ProjectService projects;
    private final ProblemService problems;
    private final CampaignService campaigns;
    private final DemonstrationZoneService zones;
    private final TalentService talent;
    private final RepresentativeService representatives;

    DistrictSummaryService(CadreService cadres, ProjectService projects, ProblemService problems, CampaignService campaigns,
            DemonstrationZoneService zones, TalentService talent, RepresentativeService representatives) {
        this.cadres = cadres;
        this.projects = projects;
        this.problems = problems;
        this.campaigns = campaigns;
        this.zones = zones;
        this.talent = talent;
        this.representatives = representatives;
    }

    /** District-wide figures are for readers of the whole district; town and village reports are still to come. */
    static boolean mayRead() {
        return Scope.current().level() == Scope.Level.ALL;
    }

    @Transactional(readOnly = true)
    DistrictSummary summarise(Period period) {
        if (!mayRead()) {
            throw new AccessDeniedException("the district summary is for district-wide readers");
        }
        var from = period.from();
        var to = period.to();
        long zonePlans = zones.list().stream()
                .filter(z -> z.getPlanApprovedOn() != null && !z.getPlanApprovedOn().isBefore(from) && !z.getPlanApprovedOn().isAfter(to))
                .count();
        return new DistrictSummary(period, cadres.countAdjustments(from, to), projects.countNewOperatingInRectifiedVillages(from, to),
                problems.countPetitionsResolved(from, to), campaigns.completion(from, to), zonePlans,
                projects.countKeySupervised(from, to), cadres.countNinetiesSecretariesInCohorts(to.isAfter(java.time.LocalDate.now())
                        ? java.time.LocalDate.now() : to),
                talent.countReturnedTalents(from, to), talent.countAdvisersAppointed(from, to), talent.countPartnerProjectsOpened(from, to),
                representatives.countPublicCommitments(from, to), representatives.countPublicCommitmentsFulfilled(from, to),
                problems.countReceptionPeople(from, to), problems.countResolved(from, to));
    }
}
