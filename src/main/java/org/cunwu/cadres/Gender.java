package org.cunwu.cadres;

import org.springframework.modulith.NamedInterface;

@NamedInterface("api")
public enum Gender {
    MALE, FEMALE;

    public String messageKey() {
        return "gender." + name();
    }
}
