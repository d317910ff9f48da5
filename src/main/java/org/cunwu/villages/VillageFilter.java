package org.cunwu.villages;

import org.cunwu.shared.FilterParameters;
import org.springframework.modulith.NamedInterface;

/** What a village list is narrowed to; every field optional, read from the list's query parameters. */
@NamedInterface(name = "api", propagate = false)
public record VillageFilter(String q, Long townId, VillageKind kind, Long clusterId, Boolean rectification,
        Boolean demonstration, ConversionStatus conversionStatus) {

    public static VillageFilter none() {
        return new VillageFilter(null, null, null, null, null, null, null);
    }

    public static VillageFilter of(FilterParameters p) {
        return new VillageFilter(p.text("q"), p.id("townId", "village.town"), p.choice("kind", VillageKind.class, "village.kind"),
                p.id("clusterId", "village.cluster"), p.flag("rectification", "village.rectification"),
                p.flag("demonstration", "village.demonstration"),
                p.choice("conversionStatus", ConversionStatus.class, "village.conversionStatus"));
    }
}
