package org.cunwu.shared.export;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The columns of one list's download, written once: for each, the message key of its header and how a record gives
 * its cell. A cell may be a {@link Label} (a message key the exporter translates into the user's language).
 */
public final class Columns<T> {

    /** One column: its header's message key and its value. */
    public record Column<T>(String labelKey, Function<? super T, ?> value) {
    }

    /** A cell whose text is a message key, translated when the row is written. */
    public record Label(String key) {
    }

    private final List<Column<T>> columns = new ArrayList<>();

    private Columns() {
    }

    public static <T> Columns<T> of(Class<T> type) {
        return new Columns<>();
    }

    /** A cell of the record's own value: text, number, date (written as yyyy-MM-dd) or empty for null. */
    public Columns<T> add(String labelKey, Function<? super T, ?> value) {
        columns.add(new Column<>(labelKey, value));
        return this;
    }

    /** A cell whose value is a message key (an enum's label), written in the user's language. */
    public Columns<T> label(String labelKey, Function<? super T, String> messageKey) {
        return add(labelKey, record -> {
            String key = messageKey.apply(record);
            return key == null ? null : new Label(key);
        });
    }

    /** A yes/no cell. */
    public Columns<T> yesNo(String labelKey, Predicate<? super T> flag) {
        return add(labelKey, record -> new Label("common." + flag.test(record)));
    }

    /** Names joined with 、 as on the screens. */
    public Columns<T> names(String labelKey, Function<? super T, ? extends Iterable<String>> names) {
        return add(labelKey, record -> String.join("、", names.apply(record)));
    }

    public List<Column<T>> list() {
        return Collections.unmodifiableList(columns);
    }

    public List<String> labelKeys() {
        return columns.stream().map(Column::labelKey).toList();
    }

    List<Object> row(T record) {
        List<Object> cells = new ArrayList<>(columns.size());
        for (Column<T> column : columns) {
            cells.add(column.value().apply(record));
        }
        return cells;
    }
}
