package org.cunwu.representatives;

/** A recorded visit was deleted: what it earned is taken back. */
record VisitDeleted(Long visitId) {
}
