package org.cunwu.cadres;

public enum Gender {
    MALE, FEMALE;

    public String messageKey() {
        return "gender." + name();
    }
}
