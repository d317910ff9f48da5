package org.cunwu.villages;

import org.springframework.modulith.NamedInterface;

/** 镇 or 街道. */
@NamedInterface("api")
public enum TownKind {
    TOWN, SUBDISTRICT;

    public String messageKey() {
        return "town.kind." + name();
    }
}
