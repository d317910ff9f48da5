package org.cunwu.reports.internal;

/**
 * What a report covers: the district, one town, or one village. Its breakdown goes one level down (the district
 * by town, a town by village); a village report has no breakdown.
 */
public record ReportScope(Level level, Long id, String name, Long townId, String townName, String districtName) {

    enum Level { DISTRICT, TOWN, VILLAGE }

    public Long villageId() {
        return level == Level.VILLAGE ? id : null;
    }

    /** The path of this scope's report, without a period. */
    public String path() {
        return switch (level) {
            case DISTRICT -> "/reports/district";
            case TOWN -> "/reports/towns/" + id;
            case VILLAGE -> "/reports/villages/" + id;
        };
    }

    public boolean district() {
        return level == Level.DISTRICT;
    }

    public boolean town() {
        return level == Level.TOWN;
    }

    public boolean village() {
        return level == Level.VILLAGE;
    }
}
