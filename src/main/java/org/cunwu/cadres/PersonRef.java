package org.cunwu.cadres;

import java.time.LocalDate;

import org.springframework.modulith.NamedInterface;

/** A person of the cadre register as another module shows them (a programme's enrolled cadre): who, not their record. */
@NamedInterface("api")
public record PersonRef(Long id, String name, LocalDate birthDate) {

    /** The person's page. */
    public String url() {
        return "/cadres/" + id;
    }
}
