package org.cunwu.shared;

/** The five roles of PRODUCT.md; each decides what a user may see and change. */
public enum Role {
    ADMIN, DISTRICT_STAFF, TOWN_STAFF, VILLAGE_SECRETARY, VIEWER;

    public String messageKey() {
        return "role." + name();
    }
}
