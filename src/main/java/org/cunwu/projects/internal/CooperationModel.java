package org.cunwu.projects.internal;

/** The three models of the source: 抱团发展, 结对联合, 创业培优. */
public enum CooperationModel {
    CLUSTER, PAIRED, ENTREPRENEURSHIP;

    public String messageKey() {
        return "project.model." + name();
    }
}
