package org.cunwu.talent.internal;

import org.cunwu.shared.DateRange;
import org.cunwu.shared.FilterParameters;

/** What the talent pool list is narrowed to; read from its query parameters ({@code sinceFrom}/{@code sinceTo}: joined the pool). */
record PoolFilter(String q, TalentKind kind, Long townId, Long villageId, String sinceFrom, String sinceTo) {

    PoolFilter(String q, TalentKind kind, Long townId, Long villageId) {
        this(q, kind, townId, villageId, null, null);
    }

    static PoolFilter of(FilterParameters p) {
        return new PoolFilter(p.text("q"), p.choice("kind", TalentKind.class, "talent.kind"), p.id("townId", "talent.town"),
                p.id("villageId", "talent.village"), p.text("sinceFrom"), p.text("sinceTo"));
    }

    public DateRange since() {
        return DateRange.parse(sinceFrom, sinceTo);
    }
}
