package org.cunwu.talent;

import org.cunwu.shared.DateRange;

/** What the partner project list is narrowed to; bound from its query parameters ({@code openFrom}/{@code openTo}: first day of recruitment). */
record PartnerFilter(String q, PartnerStatus status, Long townId, Long villageId, String openFrom, String openTo) {

    PartnerFilter(String q, PartnerStatus status, Long townId, Long villageId) {
        this(q, status, townId, villageId, null, null);
    }

    static PartnerFilter none() {
        return new PartnerFilter(null, null, null, null);
    }

    public DateRange open() {
        return DateRange.parse(openFrom, openTo);
    }
}
