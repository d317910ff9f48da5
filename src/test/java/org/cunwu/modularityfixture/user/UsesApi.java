package org.cunwu.modularityfixture.user;

import org.cunwu.modularityfixture.owner.OwnerApi;

/** The allowed way in: through the owner's API. */
public class UsesApi {

    public String name(OwnerApi owner) {
        return owner.name();
    }
}
