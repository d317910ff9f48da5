package org.cunwu.talent.internal;

/** 头雁, 青雁 (young secretaries), 乡村人才, 创新创业. */
public enum ProgramKind {
    LEADER, YOUNG_SECRETARY, TALENT, ENTREPRENEURSHIP;

    public String messageKey() {
        return "program.kind." + name();
    }
}
