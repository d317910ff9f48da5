package org.cunwu.cadres;

import org.springframework.modulith.NamedInterface;

/** A post held, as the portal's search lists it: who, where, which post (in both languages), and whether it is held now. */
@NamedInterface("api")
public record CadrePost(Long personId, String personName, String villageName, String postTypeZh, String postTypeEn,
        boolean current) {
}
