package org.cunwu.representatives.internal;

/** A recorded visit was deleted: what it earned is taken back. */
public record VisitDeleted(Long visitId) {
}
