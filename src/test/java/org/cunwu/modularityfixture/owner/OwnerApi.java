package org.cunwu.modularityfixture.owner;

import org.cunwu.modularityfixture.owner.internal.Hidden;
import org.springframework.modulith.NamedInterface;

/** What the owner module offers: a name, read from its internal type. */
@NamedInterface("api")
public class OwnerApi {

    public String name() {
        return new Hidden().name();
    }
}
