package org.cunwu.reports.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.cunwu.campaigns.CampaignService.CampaignCompletion;
import org.cunwu.projects.ProjectStatus;

/**
 * A report of a scope for a period: the scope's figures, the same figures per unit one level down, and the tables
 * behind them. Every number is counted from the records by a fixed number of aggregate queries.
 */
public record Report(ReportScope scope, Period period, LocalDate asOf, Figures total, List<Unit> units,
        List<PostRow> posts, List<ProjectRow> projects, List<CategoryRow> problemCategories, Agreements sharedProjects,
        List<CampaignCompletion> campaigns, Profile profile, List<TrendRow> trend) {

    /**
     * Public commitments fulfilled and problems resolved in one month of the period (one year when the period spans
     * more than {@value ReportQueries#TREND_MONTHS} months).
     */
    record TrendRow(LocalDate start, boolean wholeYear, long fulfilled, long resolved) {
    }

    /** A village's profile and who holds its posts on the report's day: the village report only. */
    record Profile(String kind, String townName, Integer population, Integer households, BigDecimal farmland,
            BigDecimal collectiveIncome, String specialties, boolean rectification, boolean demonstration, List<Holder> holders) {
    }

    /** A cadre holding a post of the village. */
    record Holder(String postZh, String postEn, String name, LocalDate since) {
    }

    /** A town of the district or a village of a town, with its figures. */
    record Unit(Long id, String name, Figures figures) {
    }

    /** Cadres holding a post on the report's day, with how many of them are secretaries or deputies born in the 1990s. */
    record PostRow(Long postTypeId, String nameZh, String nameEn, long current, long nineties) {
    }

    /** Projects of one category running in the period: how many in each status, and their investment, land and income. */
    record ProjectRow(Long categoryId, String nameZh, String nameEn, Map<ProjectStatus, Long> byStatus, long count,
            long keySupervised, BigDecimal investment, BigDecimal land, BigDecimal income) {

        public long status(ProjectStatus status) {
            return byStatus.getOrDefault(status, 0L);
        }
    }

    /** Problems of one category raised and resolved in the period. */
    record CategoryRow(Long categoryId, String nameZh, String nameEn, long raised, long resolved) {
    }

    /** The shared projects a report lists (the most shared first) and how many there are in all. */
    record Agreements(List<Agreement> listed, long total) {
    }

    /** The listed shared projects. */
    public List<Agreement> agreements() {
        return sharedProjects.listed();
    }

    /** A project shared by several villages (联建): its lead village, partner villages, land and income per village. */
    record Agreement(Long projectId, String name, String leadVillage, List<String> partners, BigDecimal land,
            BigDecimal incomePerVillage) {

        public int villageCount() {
            return partners.size() + 1;
        }
    }
}
