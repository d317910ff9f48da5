package org.cunwu.projects.internal;

/** What a partner village brings to a project. */
public enum PartnerRole {
    LAND, LABOUR, INVESTMENT, MARKETING, TECHNOLOGY, OTHER;

    public String messageKey() {
        return "project.partnerRole." + name();
    }
}
