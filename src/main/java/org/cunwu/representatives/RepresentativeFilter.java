package org.cunwu.representatives;

import org.springframework.modulith.NamedInterface;

/** The representative list's filters: a name, town, village. */
@NamedInterface("api")
public record RepresentativeFilter(String q, Long townId, Long villageId) {
}
