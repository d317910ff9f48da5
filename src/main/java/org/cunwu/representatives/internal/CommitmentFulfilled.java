package org.cunwu.representatives.internal;

import java.time.LocalDate;

/** A representative's public commitment was fulfilled on a day (earns the representative points). */
public record CommitmentFulfilled(Long commitmentId, Long representativeId, LocalDate on, String content) {
}
