package org.cunwu.talent;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** One row of a talent export: dates as ISO text (as on screen), everything else as it is. */
final class ExportRows {

    private ExportRows() {
    }

    static List<Object> of(Object... values) {
        List<Object> cells = new ArrayList<>(values.length);
        for (Object v : values) {
            cells.add(v instanceof LocalDate d ? d.toString() : v);
        }
        return cells;
    }
}
