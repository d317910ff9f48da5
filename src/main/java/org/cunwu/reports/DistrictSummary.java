package org.cunwu.reports;

import java.util.List;

import org.cunwu.campaigns.CampaignService.CampaignCompletion;

/** The district's figures for a period, each counted from the records; the order is the source article's. */
record DistrictSummary(Period period, long cadresAdjusted, long newOperatingInRectified, long petitionsResolved,
        List<CampaignCompletion> campaigns, long zonePlans, long keySupervisedProjects, long ninetiesSecretaries,
        long returnedTalents, long advisers, long partnerProjects, long publicCommitments, long commitmentsFulfilled,
        long receptionPeople, long problemsResolved) {

    /** Fulfilled share of the period's public commitments, in whole percent. */
    public long fulfilledPercent() {
        return publicCommitments == 0 ? 0 : Math.round(100.0 * commitmentsFulfilled / publicCommitments);
    }
}
