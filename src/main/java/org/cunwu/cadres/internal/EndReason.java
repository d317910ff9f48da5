package org.cunwu.cadres.internal;

/** Why a post ended. NOT_COMPETENT is an adjustment of a cadre (不胜任调整), counted by the district per year. */
public enum EndReason {
    TERM_ENDED, NOT_COMPETENT, RESIGNED, PROMOTED, OTHER;

    public String messageKey() {
        return "post.endReason." + name();
    }
}
