package org.cunwu.modularityfixture.user;

import org.cunwu.modularityfixture.owner.internal.Hidden;

/** The forbidden way in: straight to the owner's internal type. */
public class UsesHidden {

    public String name(Hidden hidden) {
        return hidden.name();
    }
}
