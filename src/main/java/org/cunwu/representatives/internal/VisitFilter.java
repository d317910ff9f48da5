package org.cunwu.representatives.internal;

/** The visit list's filter: a village. */
public record VisitFilter(Long villageId) {
}
