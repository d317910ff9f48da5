package org.cunwu.villages;

/** Where a village stands in its conversion to a community (村改社区). */
public enum ConversionStatus {
    NONE, PLANNED, IN_PROGRESS, CONVERTED;

    public String messageKey() {
        return "village.conversion." + name();
    }
}
