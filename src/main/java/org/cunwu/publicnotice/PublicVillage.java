package org.cunwu.publicnotice;

import org.springframework.modulith.NamedInterface;

/** The village a public page is about: what of it the page shows (its name, code and town) and its id for the sections. */
@NamedInterface("api")
public record PublicVillage(Long id, String code, String name, String townName) {
}
