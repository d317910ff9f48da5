package org.cunwu.shared.export;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

import org.cunwu.shared.VersionedEntity;

/**
 * A download's column of counts per record (a partner project's applications, a programme's people), read for a whole
 * batch of records in one query rather than one query per record: {@link TableExporter} hands it each batch before the
 * batch's rows are made, and {@link #of} is the column's value (0 for a record nothing counted).
 */
public final class BatchCounts<T extends VersionedEntity> implements Consumer<List<T>> {

    private final Function<List<T>, Map<Long, Long>> read;
    private final Map<Long, Long> counts = new HashMap<>();

    /** @param read the counts of a batch's records by id, as a list page reads them for its page */
    public BatchCounts(Function<List<T>, Map<Long, Long>> read) {
        this.read = read;
    }

    /** Reads the counts of the next batch in place of the last one's. */
    @Override
    public void accept(List<T> batch) {
        counts.clear();
        counts.putAll(read.apply(batch));
    }

    public long of(T record) {
        return counts.getOrDefault(record.getId(), 0L);
    }
}
