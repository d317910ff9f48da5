package org.cunwu.publicnotice;

/** The village a public page is about: what of it the page shows (its name, code and town) and its id for the sections. */
public record PublicVillage(Long id, String code, String name, String townName) {
}
