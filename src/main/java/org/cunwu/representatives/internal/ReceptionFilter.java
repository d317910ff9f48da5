package org.cunwu.representatives.internal;

import org.cunwu.shared.DateRange;

/** The reception list's filters: text (topic or resident), town, village, the days received. */
public record ReceptionFilter(String q, Long townId, Long villageId, DateRange period) {
}
