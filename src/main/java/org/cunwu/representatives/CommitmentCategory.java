package org.cunwu.representatives;

/** What a commitment is about. */
public enum CommitmentCategory {
    INFRASTRUCTURE, ENVIRONMENT, INDUSTRY, PUBLIC_SERVICE, GOVERNANCE, CIVILITY, OTHER;

    public String messageKey() {
        return "commitment.category." + name();
    }
}
