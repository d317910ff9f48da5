package org.cunwu.representatives;

import org.springframework.modulith.NamedInterface;

/** A representative as other modules show them: who (id and name) and of which village. */
@NamedInterface("api")
public record RepresentativeRef(Long id, String name, Long villageId, String villageName) {
}
