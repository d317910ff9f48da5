package org.cunwu.talent.internal;

/** 回引人才 (returned from outside to a village) or 乡村振兴顾问 (adviser appointed by the district). */
public enum TalentKind {
    RETURNED, ADVISER;

    public String messageKey() {
        return "talent.kind." + name();
    }
}
