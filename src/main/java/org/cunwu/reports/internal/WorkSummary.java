package org.cunwu.reports.internal;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A draft of the work summary (工作总结) from a report's figures: prose paragraphs in the manner of the source
 * article ("公开承诺事项6200余条，民意接待8500余人次，解决群众身边小问题1万余个"), in Chinese or English, for staff
 * to copy into their own reports. A clause whose figure is zero is left out; large numbers are written
 * approximately, rounded down (6,234 → 6200余, 10,345 → 1万余; in English "more than 6,200").
 */
@Component
class WorkSummary {

    /** The draft in one language: its {@code lang} code, the message key of its heading, its paragraphs. */
    record Draft(String lang, String titleKey, List<String> paragraphs) {
    }

    /** How many shared projects the draft names: those with the most villages. */
    static final int MOST_SHARED = 3;

    private final MessageSource messages;

    WorkSummary(MessageSource messages) {
        this.messages = messages;
    }

    /** The paragraphs of the draft in a language (Chinese for any locale but English). */
    List<String> paragraphs(Report report, String scopeName, String periodLabel, Locale locale) {
        boolean en = "en".equals(locale.getLanguage());
        Figures f = report.total();
        Writer w = new Writer(en, locale);
        List<String> paragraphs = new ArrayList<>();

        paragraphs.add(w.message("summary.intro", periodLabel, scopeName, w.exact(f.count(Figure.VILLAGES)),
                w.exact(f.count(Figure.COMMUNITIES)), w.exact(f.count(Figure.REPRESENTATIVES)),
                w.exact(f.count(Figure.SECRETARIES_DEPUTIES)), w.exact(f.count(Figure.NINETIES_SECRETARIES_DEPUTIES)),
                String.valueOf(f.ninetiesPercent())));

        List<String> team = new ArrayList<>();
        w.clause(team, "summary.team.adjusted", f.count(Figure.CADRES_ADJUSTED));
        w.clause(team, "summary.team.cohort", f.count(Figure.NINETIES_IN_COHORTS));
        w.clause(team, "summary.team.talents", f.count(Figure.RETURNED_TALENTS));
        w.clause(team, "summary.team.advisers", f.count(Figure.ADVISERS));
        w.clause(team, "summary.team.partners", f.count(Figure.PARTNER_PROJECTS));
        w.paragraph(paragraphs, "summary.lead.team", team);

        List<String> industry = new ArrayList<>();
        if (f.count(Figure.PROJECTS_ACTIVE) > 0) {
            industry.add(w.message("summary.industry.projects", w.approx(f.count(Figure.PROJECTS_ACTIVE)),
                    w.amount((BigDecimal) f.get(Figure.INVESTMENT))));
        }
        w.clause(industry, "summary.industry.newRectified", f.count(Figure.NEW_OPERATING_RECTIFIED));
        w.clause(industry, "summary.industry.key", f.count(Figure.KEY_SUPERVISED));
        w.clause(industry, "summary.industry.zones", f.count(Figure.ZONE_PLANS));
        w.clause(industry, "summary.industry.agreements", report.sharedProjects().total());
        report.agreements().stream()
                .sorted(Comparator.comparingInt(Report.Agreement::villageCount).reversed()
                        .thenComparing(a -> a.land() == null ? BigDecimal.ZERO : a.land(), Comparator.reverseOrder()))
                .limit(MOST_SHARED)
                .forEach(a -> industry.add(w.message("summary.industry.agreement", a.leadVillage(), a.partners().size(), a.name())
                        + (a.land() == null ? "" : w.message("summary.industry.agreementLand", w.amount(a.land())))
                        + (a.incomePerVillage() == null ? "" : w.message("summary.industry.agreementIncome", w.money(a.incomePerVillage())))));
        w.paragraph(paragraphs, "summary.lead.industry", industry);

        List<String> people = new ArrayList<>();
        if (f.count(Figure.COMMITMENTS) > 0) {
            people.add(w.message("summary.people.commitments", w.approx(f.count(Figure.COMMITMENTS)), String.valueOf(f.fulfilledPercent())));
        }
        w.clause(people, "summary.people.receptions", f.count(Figure.RECEPTION_PEOPLE));
        w.clause(people, "summary.people.problems", f.count(Figure.PROBLEMS_RESOLVED));
        if (f.get(Figure.MEDIAN_DAYS) instanceof BigDecimal median && f.count(Figure.PROBLEMS_RESOLVED) > 0) {
            people.add(w.message("summary.people.median", median.stripTrailingZeros().toPlainString()));
        }
        w.clause(people, "summary.people.petitions", f.count(Figure.PETITIONS_RESOLVED));
        w.paragraph(paragraphs, "summary.lead.people", people);

        List<String> campaigns = new ArrayList<>();
        report.campaigns().forEach(c -> campaigns.add(w.message("summary.campaign.item", c.name(), w.exact(c.directions()),
                w.exact(c.tasksCompleted()))));
        if (report.campaigns().isEmpty()) {
            w.clause(campaigns, "summary.campaign.tasks", f.count(Figure.TASKS_COMPLETED));
        }
        w.paragraph(paragraphs, "summary.lead.campaign", campaigns);
        return paragraphs;
    }

    /** Approximate Chinese wording of a count: exact below 100, else rounded down with 余 when something was cut off. */
    static String approxZh(long n) {
        if (n < 100) {
            return String.valueOf(n);
        }
        if (n < 10_000) {
            long unit = n < 1_000 ? 10 : 100;
            long rounded = n / unit * unit;
            return rounded + (rounded < n ? "余" : "");
        }
        long thousands = n / 1_000;
        long whole = thousands / 10;
        long tenth = thousands % 10;
        String wan = (tenth == 0 ? String.valueOf(whole) : whole + "." + tenth) + "万";
        return wan + (thousands * 1_000 < n ? "余" : "");
    }

    /** The same in English: "more than 6,200", exact below 100 or when nothing was cut off. */
    static String approxEn(long n) {
        if (n < 100) {
            return String.valueOf(n);
        }
        long unit = n < 1_000 ? 10 : n < 10_000 ? 100 : 1_000;
        long rounded = n / unit * unit;
        String text = new DecimalFormat("#,##0").format(rounded);
        return rounded < n ? "more than " + text : text;
    }

    /** A sum of money in 元, in Chinese in 万元 when it is a whole number of thousands above 10,000 (70000 → 7万元). */
    static String moneyZh(BigDecimal yuan) {
        BigDecimal value = yuan.stripTrailingZeros();
        if (value.compareTo(BigDecimal.valueOf(10_000)) >= 0 && value.remainder(BigDecimal.valueOf(1_000)).signum() == 0) {
            return value.movePointLeft(4).stripTrailingZeros().toPlainString() + "万元";
        }
        return value.toPlainString() + "元";
    }

    /** Writes clauses and paragraphs in one language. */
    private final class Writer {

        private final boolean en;
        private final Locale locale;

        Writer(boolean en, Locale locale) {
            this.en = en;
            this.locale = en ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
        }

        String message(String key, Object... args) {
            return messages.getMessage(key, args, locale);
        }

        String exact(long n) {
            return en ? new DecimalFormat("#,##0").format(n) : String.valueOf(n);
        }

        String approx(long n) {
            return en ? approxEn(n) : approxZh(n);
        }

        String amount(BigDecimal value) {
            return en ? new DecimalFormat("#,##0.##").format(value) : value.stripTrailingZeros().toPlainString();
        }

        String money(BigDecimal yuan) {
            return en ? new DecimalFormat("#,##0.##").format(yuan) + " yuan" : moneyZh(yuan);
        }

        void clause(List<String> clauses, String key, long n) {
            if (n > 0) {
                clauses.add(message(key, approx(n)));
            }
        }

        void paragraph(List<String> paragraphs, String leadKey, List<String> clauses) {
            if (!clauses.isEmpty()) {
                paragraphs.add(message(leadKey) + String.join(en ? "; " : "，", clauses) + (en ? "." : "。"));
            }
        }
    }
}
