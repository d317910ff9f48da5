package org.cunwu.villages;

import org.springframework.modulith.NamedInterface;

/** Where a village stands in its conversion to a community (村改社区). */
@NamedInterface(name = "api", propagate = false)
public enum ConversionStatus {
    NONE, PLANNED, IN_PROGRESS, CONVERTED;

    public String messageKey() {
        return "village.conversion." + name();
    }
}
