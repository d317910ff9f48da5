package org.cunwu.villages;

import org.springframework.modulith.NamedInterface;

/** 村 or 社区. */
@NamedInterface(name = "api", propagate = false)
public enum VillageKind {
    VILLAGE, COMMUNITY;

    public String messageKey() {
        return "village.kind." + name();
    }
}
