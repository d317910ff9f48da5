package org.cunwu.reports.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Locale;

/**
 * A report frozen as it was published (定稿): its scope and period as they read then, who published it and when,
 * and why (title, note). Its figures, their definitions and its rendered tables are kept beside it and never change.
 */
record PublishedReport(Long id, ReportScope.Level level, Long scopeId, Long townId, Long villageId, String scopeName,
        String scopeLabel, LocalDate from, LocalDate to, String periodQuery, String periodLabelZh, String periodLabelEn,
        String title, String note, OffsetDateTime publishedAt, String publishedBy, String publishedByName) {

    /** The publisher as people know them: "区委组织部 (district)", or the login name alone when no display name was kept. */
    public String publisher() {
        return publishedByName == null || publishedByName.isBlank() || publishedByName.equals(publishedBy) ? publishedBy
                : publishedByName + " (" + publishedBy + ")";
    }

    public String periodLabel(Locale locale) {
        return "en".equals(locale.getLanguage()) ? periodLabelEn : periodLabelZh;
    }

    /** The live report of the same scope and period. */
    public String livePath() {
        String path = switch (level) {
            case DISTRICT -> "/reports/district";
            case TOWN -> "/reports/towns/" + scopeId;
            case VILLAGE -> "/reports/villages/" + scopeId;
        };
        return path + (periodQuery.isEmpty() ? "" : "?" + periodQuery);
    }

    /** One published figure: of the whole scope (unit null) or of one town or village of its breakdown. */
    record Value(Long unitId, String unitName, Figure figure, BigDecimal value) {
    }

    /** What a figure meant when it was published. */
    record Definition(Figure figure, String nameZh, String nameEn, String definitionZh, String definitionEn) {

        public String name(Locale locale) {
            return "en".equals(locale.getLanguage()) ? nameEn : nameZh;
        }

        public String text(Locale locale) {
            return "en".equals(locale.getLanguage()) ? definitionEn : definitionZh;
        }
    }
}
