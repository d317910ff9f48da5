package org.cunwu.representatives;

import java.time.LocalDate;

/** A problem raised during a representative's visit was resolved on a day (earns the representative points). */
record ProblemResolved(Long problemId, Long representativeId, LocalDate on, String title) {
}
