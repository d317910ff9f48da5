package org.cunwu.cadres.internal;

import java.time.LocalDate;

import org.cunwu.cadres.Gender;

/** The editable facts of a person, from a form or an imported row. */
public record PersonDetails(String name, Gender gender, LocalDate birthDate, String phone, Education education,
        LocalDate partyMemberSince, boolean returnedFromOutside) {
}
