package org.cunwu.representatives.internal;

import java.time.LocalDate;

/** A representative visited a linked household on a day (earns the representative points). */
public record VisitRecorded(Long visitId, Long representativeId, LocalDate on, String household) {
}
