package org.cunwu.shared.export;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Reads ahead while rows are written: the request's thread reads the records (the query, in its transaction) and
 * hands their rows over {@value Batches#SIZE} at a time to a thread of the download's own that formats and sends them,
 * so the database fetches the next batch while the last is written instead of waiting for it. At most
 * {@value #WAITING} batches wait between the two, so memory stays that small whatever the reader's pace. When the
 * writer fails (the client went away) the reader's next hand-over throws its exception, which ends the query and rolls
 * its transaction back as a write in the reading thread did; when the reader fails, the writer is stopped.
 */
final class ReadAhead {

    static final int WAITING = 2;

    /** One row written, or a batch's end (the writer flushes what it has to the client). */
    interface Writer {

        void row(List<?> cells) throws IOException;

        void endOfBatch() throws IOException;
    }

    private static final List<List<?>> END = new ArrayList<>();

    private final BlockingQueue<List<List<?>>> queue = new ArrayBlockingQueue<>(WAITING);
    private volatile Throwable writerFailure;

    private ReadAhead() {
    }

    /** The rows the reader hands to its sink, written by the writer in another thread; returns when all are written. */
    static void write(Consumer<RowSink> reader, Writer writer) throws IOException {
        new ReadAhead().run(reader, writer);
    }

    private void run(Consumer<RowSink> reader, Writer writer) throws IOException {
        Thread writing = new Thread(() -> drain(writer), "export-writer-" + Thread.currentThread().getName());
        writing.setDaemon(true);
        writing.start();
        List<List<?>> batch = new ArrayList<>(Batches.SIZE);
        try {
            reader.accept(cells -> {
                batch.add(cells);
                if (batch.size() == Batches.SIZE) {
                    handOver(List.copyOf(batch));
                    batch.clear();
                }
            });
            if (!batch.isEmpty()) {
                handOver(batch);
            }
            handOver(END);
            join(writing);
        } catch (RuntimeException | Error e) {
            writing.interrupt();
            throw e;
        }
        if (writerFailure instanceof IOException e) {
            throw e;
        }
        if (writerFailure != null) {
            throw new IllegalStateException("writing the export failed", writerFailure);
        }
    }

    private void drain(Writer writer) {
        try {
            for (List<List<?>> batch = queue.take(); batch != END; batch = queue.take()) {
                for (List<?> cells : batch) {
                    writer.row(cells);
                }
                writer.endOfBatch();
            }
        } catch (InterruptedException e) {
            // the reader failed and stopped the writer: nothing more is written
        } catch (Throwable e) {
            writerFailure = e;
        }
    }

    /** Waits for room for the batch, and throws the writer's failure as soon as there is one. */
    private void handOver(List<List<?>> batch) {
        try {
            do {
                failed();
            } while (!queue.offer(batch, 100, TimeUnit.MILLISECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UncheckedIOException(new InterruptedIOException("export interrupted"));
        }
    }

    private void join(Thread writing) {
        try {
            writing.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            writing.interrupt();
            throw new UncheckedIOException(new InterruptedIOException("export interrupted"));
        }
    }

    private void failed() {
        Throwable failure = writerFailure;
        if (failure instanceof IOException e) {
            throw new UncheckedIOException(e);
        }
        if (failure instanceof RuntimeException e) {
            throw e;
        }
        if (failure != null) {
            throw new IllegalStateException("writing the export failed", failure);
        }
    }
}
