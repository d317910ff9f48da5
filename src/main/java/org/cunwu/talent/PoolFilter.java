package org.cunwu.talent;

/** What the talent pool list is narrowed to; bound from its query parameters. */
record PoolFilter(String q, TalentKind kind, Long townId, Long villageId) {

    static PoolFilter none() {
        return new PoolFilter(null, null, null, null);
    }
}
