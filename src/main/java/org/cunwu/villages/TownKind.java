package org.cunwu.villages;

import org.springframework.modulith.NamedInterface;

/** 镇 or 街道. */
@NamedInterface(name = "api", propagate = false)
public enum TownKind {
    TOWN, SUBDISTRICT;

    public String messageKey() {
        return "town.kind." + name();
    }
}
