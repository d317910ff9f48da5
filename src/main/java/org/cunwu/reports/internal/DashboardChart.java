package org.cunwu.reports.internal;

import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/**
 * One chart of the dashboard and the table of its numbers: a label per row (a month, a category) and one or more
 * series of counts. The same record gives the chart its JSON and the page its data table, so both show the same.
 */
record DashboardChart(String id, String kind, String title, String labelHeading, List<String> labels, List<Series> series) {

    /** A named row of counts, one per label. */
    record Series(String name, List<Long> values) {
    }

    /** The value of a series at a label, for the data table. */
    public long value(int series, int label) {
        return series().get(series).values().get(label);
    }

    /**
     * The chart's data as JSON that is safe inside a script element: {@code <}, {@code >} and {@code &} only occur in
     * JSON strings, where their unicode escapes mean the same, so a category name can never close the element.
     */
    String json(JsonMapper json) {
        String text = json.writeValueAsString(Map.of("kind", kind, "labels", labels, "series", series));
        return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }
}
