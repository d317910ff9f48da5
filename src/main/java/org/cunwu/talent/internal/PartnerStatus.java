package org.cunwu.talent.internal;

/** A partner project is open for recruitment, matched with an entrepreneur, or closed. */
public enum PartnerStatus {
    OPEN, MATCHED, CLOSED;

    public String messageKey() {
        return "partner.status." + name();
    }
}
