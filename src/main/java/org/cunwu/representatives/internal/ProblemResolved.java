package org.cunwu.representatives.internal;

import java.time.LocalDate;

/** A problem raised during a representative's visit was resolved on a day (earns the representative points). */
public record ProblemResolved(Long problemId, Long representativeId, LocalDate on, String title) {
}
