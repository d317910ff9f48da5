package org.cunwu.talent.internal;

/** 帮带式培养, 专家团帮扶, 定制式培育, 挂职式锻炼. */
public enum TrainingMode {
    MENTORING, EXPERT_TEAM, CUSTOMISED, SECONDMENT;

    public String messageKey() {
        return "enrollment.mode." + name();
    }
}
