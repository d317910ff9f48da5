package org.cunwu.representatives.internal;

/** What a commitment is about. */
public enum CommitmentCategory {
    INFRASTRUCTURE, ENVIRONMENT, INDUSTRY, PUBLIC_SERVICE, GOVERNANCE, CIVILITY, OTHER;

    public String messageKey() {
        return "commitment.category." + name();
    }
}
