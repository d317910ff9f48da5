package org.cunwu.modularityfixture.owner.internal;

/** Public for its own module's base package, and still hidden from other modules by living in internal. */
public class Hidden {

    public String name() {
        return "hidden";
    }
}
