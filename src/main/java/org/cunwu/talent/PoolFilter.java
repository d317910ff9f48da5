package org.cunwu.talent;

import org.cunwu.shared.DateRange;

/** What the talent pool list is narrowed to; bound from its query parameters ({@code sinceFrom}/{@code sinceTo}: joined the pool). */
record PoolFilter(String q, TalentKind kind, Long townId, Long villageId, String sinceFrom, String sinceTo) {

    PoolFilter(String q, TalentKind kind, Long townId, Long villageId) {
        this(q, kind, townId, villageId, null, null);
    }

    static PoolFilter none() {
        return new PoolFilter(null, null, null, null);
    }

    public DateRange since() {
        return DateRange.parse(sinceFrom, sinceTo);
    }
}
