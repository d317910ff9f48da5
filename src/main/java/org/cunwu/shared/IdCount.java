package org.cunwu.shared;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * How many rows a grouped query counted for one record id:
 * {@code select new org.cunwu.shared.IdCount(e.program.id, count(e)) from Enrollment e … group by e.program.id}.
 */
public record IdCount(Long id, Long count) {

    /** The counts by id, for a page or a download that looks them up record by record (an id not counted is absent). */
    public static Map<Long, Long> byId(List<IdCount> counts) {
        return counts.stream().collect(Collectors.toMap(IdCount::id, IdCount::count));
    }
}
