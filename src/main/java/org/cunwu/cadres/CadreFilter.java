package org.cunwu.cadres;

/** What the cadre list (one row per post held) is narrowed to; every field optional. */
public record CadreFilter(String q, Long townId, Long villageId, Long postTypeId, Boolean current, Boolean nineties,
        Boolean adjusted) {

    public static CadreFilter none() {
        return new CadreFilter(null, null, null, null, null, null, null);
    }
}
