package org.cunwu.talent;

/** What the programme list is narrowed to; bound from its query parameters. */
record ProgramFilter(String q, ProgramKind kind) {

    static ProgramFilter none() {
        return new ProgramFilter(null, null);
    }
}
