package org.cunwu.representatives;

/** The visit list's filter: a village. */
public record VisitFilter(Long villageId) {
}
