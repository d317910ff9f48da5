package org.cunwu.villages;

/** What a village list is narrowed to; every field optional. Bound from the list's query parameters. */
public record VillageFilter(String q, Long townId, VillageKind kind, Long clusterId, Boolean rectification,
        Boolean demonstration, ConversionStatus conversionStatus) {

    public static VillageFilter none() {
        return new VillageFilter(null, null, null, null, null, null, null);
    }
}
