package org.cunwu.talent.internal;

import org.cunwu.shared.FilterParameters;

/** What the programme list is narrowed to; read from its query parameters. */
record ProgramFilter(String q, ProgramKind kind) {

    static ProgramFilter of(FilterParameters p) {
        return new ProgramFilter(p.text("q"), p.choice("kind", ProgramKind.class, "program.kind"));
    }
}
