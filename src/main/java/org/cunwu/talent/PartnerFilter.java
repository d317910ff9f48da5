package org.cunwu.talent;

import org.cunwu.shared.DateRange;
import org.cunwu.shared.FilterParameters;

/** What the partner project list is narrowed to; read from its query parameters ({@code openFrom}/{@code openTo}: first day of recruitment). */
record PartnerFilter(String q, PartnerStatus status, Long townId, Long villageId, String openFrom, String openTo) {

    PartnerFilter(String q, PartnerStatus status, Long townId, Long villageId) {
        this(q, status, townId, villageId, null, null);
    }

    static PartnerFilter of(FilterParameters p) {
        return new PartnerFilter(p.text("q"), p.choice("status", PartnerStatus.class, "partner.status"), p.id("townId", "partner.town"),
                p.id("villageId", "partner.village"), p.text("openFrom"), p.text("openTo"));
    }

    public DateRange open() {
        return DateRange.parse(openFrom, openTo);
    }
}
