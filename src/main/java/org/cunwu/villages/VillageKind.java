package org.cunwu.villages;

/** 村 or 社区. */
public enum VillageKind {
    VILLAGE, COMMUNITY;

    public String messageKey() {
        return "village.kind." + name();
    }
}
