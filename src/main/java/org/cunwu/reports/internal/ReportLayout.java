package org.cunwu.reports.internal;

import static org.cunwu.reports.internal.Figure.*;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.util.Arrays;
import java.util.List;

/**
 * Which figures a report shows, in which section and order: the same on screen, on paper, in the PDF and in the
 * workbook. Sections are named by message key ({@code report.section.<name>}).
 */
final class ReportLayout {

    record Section(String name, List<Figure> figures) {

        public String messageKey() {
            return "report.section." + name;
        }

        public List<String> names() {
            return figures.stream().map(Enum::name).toList();
        }
    }

    /** The source article's figures first, then the counts a district reports besides. */
    static final List<Section> SECTIONS = List.of(
            new Section("results", List.of(CADRES_ADJUSTED, NEW_OPERATING_RECTIFIED, PETITIONS_RESOLVED, ZONE_PLANS, KEY_SUPERVISED,
                    NINETIES_IN_COHORTS, RETURNED_TALENTS, ADVISERS, PARTNER_PROJECTS, COMMITMENTS, RECEPTION_PEOPLE, PROBLEMS_RESOLVED)),
            new Section("basics", List.of(VILLAGES, COMMUNITIES, RECTIFICATION_VILLAGES, REPRESENTATIVES, CURRENT_CADRES,
                    SECRETARIES_DEPUTIES, NINETIES_SECRETARIES_DEPUTIES)),
            new Section("projects", List.of(PROJECTS_ACTIVE, PROJECTS_OPERATING, NEW_OPERATING, NEW_OPERATING_RECTIFIED, KEY_SUPERVISED,
                    INVESTMENT, LAND, INCOME)),
            new Section("people", List.of(COMMITMENTS, COMMITMENTS_FULFILLED, COMMITMENTS_OVERDUE, RECEPTIONS, RECEPTION_PEOPLE,
                    PROBLEMS_RAISED, PROBLEMS_RESOLVED, MEDIAN_DAYS, PETITIONS_RAISED, PETITIONS_RESOLVED, TASKS_COMPLETED)));

    /** The columns of the breakdown by town or by village (short headings: {@code report.short.<figure>}). */
    static final List<Figure> BREAKDOWN = List.of(VILLAGES, CURRENT_CADRES, CADRES_ADJUSTED, PROJECTS_ACTIVE, NEW_OPERATING, INVESTMENT,
            RETURNED_TALENTS, COMMITMENTS, COMMITMENTS_FULFILLED, RECEPTION_PEOPLE, PROBLEMS_RAISED, PROBLEMS_RESOLVED, MEDIAN_DAYS,
            PETITIONS_RESOLVED);

    /** A figure's share shown beside it, as the figure whose part it is; null when it has none. */
    static Figure shareOf(Figure figure) {
        return switch (figure) {
            case COMMITMENTS_FULFILLED, COMMITMENTS_OVERDUE -> COMMITMENTS;
            case NINETIES_SECRETARIES_DEPUTIES -> SECRETARIES_DEPUTIES;
            default -> null;
        };
    }

    /** Every figure, in the order of their definitions. */
    public List<String> figures() {
        return Arrays.stream(Figure.values()).map(Enum::name).toList();
    }

    /** For templates. */
    public List<Section> getSections() {
        return SECTIONS;
    }

    /** The breakdown's columns: by village, the number of villages (one each) is left out. */
    public List<String> breakdown(boolean byTown) {
        return breakdownOf(byTown).stream().map(Enum::name).toList();
    }

    static List<Figure> breakdownOf(boolean byTown) {
        return byTown ? BREAKDOWN : BREAKDOWN.stream().filter(f -> f != VILLAGES).toList();
    }

    /** A total in 万元, 亩 or 元 as the tables show it: thousands separated, at most two decimals; a dash when unknown. */
    public String amount(BigDecimal value) {
        return value == null ? "—" : new DecimalFormat("#,##0.##").format(value);
    }

    /** A count with thousands separated. */
    public String count(long value) {
        return new DecimalFormat("#,##0").format(value);
    }

    public String share(String figure) {
        Figure whole = shareOf(Figure.valueOf(figure));
        return whole == null ? null : whole.name();
    }

    private ReportLayout() {
    }

    static final ReportLayout INSTANCE = new ReportLayout();
}
