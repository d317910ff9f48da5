package org.cunwu.representatives.internal;


/** The representative list's filters: a name, town, village. */
public record RepresentativeFilter(String q, Long townId, Long villageId) {
}
