package org.cunwu.villages;

/** 镇 or 街道. */
public enum TownKind {
    TOWN, SUBDISTRICT;

    public String messageKey() {
        return "town.kind." + name();
    }
}
