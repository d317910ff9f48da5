package org.cunwu.representatives.internal;

/**
 * A problem took a step (assigned to someone, escalated to the town, resolved), published from the step's transaction
 * for whoever must know at once: the inbox items of this module ({@link RepresentativeInboxItems}).
 */
public record ProblemMoved(long problemId, long villageId, long townId, String title, ProblemStatus from, ProblemStatus to, String text) {
}
