package org.cunwu.shared.export;

import java.util.List;

import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;

/**
 * What a list's download reads: the records of a type that the list's own {@link Specification} selects (the user's
 * scope included), in the list's order, with the associations a record's cells need when records are loaded whole
 * ({@code "village"}, {@code "village.town"}). {@link TableExporter} reads it as a projection of the columns' attributes
 * when every column names them ({@link Columns#projected()}), else record by record.
 */
public record Selection<T>(Class<T> type, Specification<T> where, Sort sort, List<String> fetched) {

    public static <T> Selection<T> of(Class<T> type, Specification<T> where, Sort sort, String... fetched) {
        return new Selection<>(type, where, sort, List.of(fetched));
    }
}
