package org.cunwu.shared.export;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;

import org.cunwu.shared.dictionary.DictionaryEntry;
import org.springframework.beans.BeanWrapper;
import org.springframework.beans.NullValueInNestedPathException;
import org.springframework.beans.PropertyAccessorFactory;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * The columns of one list's download, written once: for each, the message key of its header and how a record gives
 * its cell. A cell may be a {@link Label} (a message key the exporter translates into the user's language).
 * <p>
 * A column either reads the record (a function of the entity) or names the attributes it shows by their paths from
 * the record ({@code "title"}, {@code "village.town.name"}, to-one associations only) and how their values make the
 * cell. When every column names its attributes, the download reads only those attributes in its query, as a projection
 * ({@link #projected()}): no entity is loaded, which is what lets a list of a million rows stream at the database's
 * pace. Such columns give the same cell from a loaded record too (its properties read along the same paths).
 */
public final class Columns<T> {

    /**
     * One column: its header's message key and its value from a record; for a column of attributes also their paths and
     * its value from theirs (in the paths' order), else no paths and no such function.
     */
    public record Column<T>(String labelKey, Function<? super T, ?> value, List<String> paths, Function<Object[], ?> fromAttributes) {
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
        columns.add(new Column<>(labelKey, value, List.of(), null));
        return this;
    }

    /** A cell whose value is a message key (an enum's label), written in the user's language. */
    public Columns<T> label(String labelKey, Function<? super T, String> messageKey) {
        return add(labelKey, record -> label(messageKey.apply(record)));
    }

    /** A yes/no cell. */
    public Columns<T> yesNo(String labelKey, Predicate<? super T> flag) {
        return add(labelKey, record -> new Label("common." + flag.test(record)));
    }

    /** Names joined with 、 as on the screens. */
    public Columns<T> names(String labelKey, Function<? super T, ? extends Iterable<String>> names) {
        return add(labelKey, record -> String.join("、", names.apply(record)));
    }

    /** A cell of one attribute as it is, by its path from the record ({@code "village.name"}); null when a step is null. */
    public Columns<T> add(String labelKey, String path) {
        return attributes(labelKey, List.of(path), values -> values[0]);
    }

    /** A cell made from one attribute (a null value is handed on too). */
    @SuppressWarnings("unchecked")
    public <V> Columns<T> add(String labelKey, String path, Function<V, ?> cell) {
        return attributes(labelKey, List.of(path), values -> cell.apply((V) values[0]));
    }

    /** A cell made from two attributes (a dictionary entry's names in both languages, two dates). */
    @SuppressWarnings("unchecked")
    public <A, B> Columns<T> add(String labelKey, String first, String second, BiFunction<A, B, ?> cell) {
        return attributes(labelKey, List.of(first, second), values -> cell.apply((A) values[0], (B) values[1]));
    }

    /** A cell whose value is the message key of an attribute (an enum), written in the user's language; empty for null. */
    public <E> Columns<T> label(String labelKey, String path, Function<E, String> messageKey) {
        return add(labelKey, path, (E value) -> value == null ? null : label(messageKey.apply(value)));
    }

    /** The name of a dictionary entry (by its path, {@code "category"}) in the reader's language. */
    public Columns<T> dictionary(String labelKey, String path) {
        return add(labelKey, path + ".nameZh", path + ".nameEn",
                (String zh, String en) -> DictionaryEntry.name(LocaleContextHolder.getLocale(), zh, en));
    }

    /** A yes/no cell of a boolean attribute. */
    public Columns<T> yesNo(String labelKey, String path) {
        return add(labelKey, path, (Boolean flag) -> new Label("common." + Boolean.TRUE.equals(flag)));
    }

    private Columns<T> attributes(String labelKey, List<String> paths, Function<Object[], ?> cell) {
        columns.add(new Column<>(labelKey, record -> cell.apply(read(record, paths)), paths, cell));
        return this;
    }

    private static Label label(String key) {
        return key == null ? null : new Label(key);
    }

    /** The attributes along the paths of a loaded record (null where a step on the way is null). */
    private static Object[] read(Object record, List<String> paths) {
        BeanWrapper properties = PropertyAccessorFactory.forBeanPropertyAccess(record);
        Object[] values = new Object[paths.size()];
        for (int i = 0; i < values.length; i++) {
            try {
                values[i] = properties.getPropertyValue(paths.get(i));
            } catch (NullValueInNestedPathException e) {
                values[i] = null;
            }
        }
        return values;
    }

    public List<Column<T>> list() {
        return Collections.unmodifiableList(columns);
    }

    public List<String> labelKeys() {
        return columns.stream().map(Column::labelKey).toList();
    }

    /** Whether every column names the attributes it shows, so that a download may read those alone. */
    public boolean projected() {
        return !columns.isEmpty() && columns.stream().noneMatch(column -> column.paths().isEmpty());
    }

    /** The attribute paths the columns read, each once, in the order of their first use: the projection's selection. */
    public List<String> paths() {
        return List.copyOf(positions().keySet());
    }

    List<Object> row(T record) {
        List<Object> cells = new ArrayList<>(columns.size());
        for (Column<T> column : columns) {
            cells.add(column.value().apply(record));
        }
        return cells;
    }

    /** The row of a projection: {@code values} holds the attributes of {@link #paths()} in that order. */
    Function<Object[], List<Object>> fromAttributes() {
        Map<String, Integer> positions = positions();
        List<int[]> indexes = columns.stream().map(column -> column.paths().stream().mapToInt(positions::get).toArray()).toList();
        return values -> {
            List<Object> cells = new ArrayList<>(columns.size());
            for (int c = 0; c < columns.size(); c++) {
                int[] at = indexes.get(c);
                Object[] own = new Object[at.length];
                for (int i = 0; i < at.length; i++) {
                    own[i] = values[at[i]];
                }
                cells.add(columns.get(c).fromAttributes().apply(own));
            }
            return cells;
        };
    }

    private Map<String, Integer> positions() {
        Map<String, Integer> positions = new LinkedHashMap<>();
        columns.forEach(column -> column.paths().forEach(path -> positions.putIfAbsent(path, positions.size())));
        return positions;
    }
}
