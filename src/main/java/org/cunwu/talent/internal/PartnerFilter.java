package org.cunwu.talent.internal;

import org.cunwu.shared.DateRange;
import org.cunwu.shared.FilterParameters;

/**
 * What the partner project list is narrowed to; read from its query parameters ({@code openFrom}/{@code openTo}: first
 * day of recruitment). {@code status=OPEN} means still recruiting today; {@code status=EXPIRED} (已截止) means recorded as
 * open but past its recruitment deadline, which no one closed.
 */
record PartnerFilter(String q, PartnerStatus status, boolean expired, Long townId, Long villageId, String openFrom, String openTo) {

    /** The value of {@code status} that asks for open projects past their deadline. */
    static final String EXPIRED = "EXPIRED";

    PartnerFilter(String q, PartnerStatus status, Long townId, Long villageId) {
        this(q, status, false, townId, villageId, null, null);
    }

    static PartnerFilter of(FilterParameters p) {
        boolean expired = EXPIRED.equals(p.text("status"));
        PartnerStatus status = expired ? PartnerStatus.OPEN : p.choice("status", PartnerStatus.class, "partner.status");
        return new PartnerFilter(p.text("q"), status, expired, p.id("townId", "partner.town"),
                p.id("villageId", "partner.village"), p.text("openFrom"), p.text("openTo"));
    }

    /** The status chosen in the filter's select: a {@link PartnerStatus} name or {@link #EXPIRED}. */
    public String statusChoice() {
        return expired ? EXPIRED : status == null ? null : status.name();
    }

    public DateRange open() {
        return DateRange.parse(openFrom, openTo);
    }
}
