package org.cunwu.cadres;

import java.time.LocalDate;

/** The editable facts of a person, from a form or an imported row. */
public record PersonDetails(String name, Gender gender, LocalDate birthDate, String phone, Education education,
        LocalDate partyMemberSince, boolean returnedFromOutside) {
}
