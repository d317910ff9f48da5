package org.cunwu.shared.export;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletResponse;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.cunwu.shared.VersionedEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Writes a table (a header row, then rows) as .xlsx or .csv straight to the response, row by row as the records are
 * read ({@link Batches}): the header goes out at once and then the rows every {@value Batches#SIZE}, an xlsx deflated
 * into its zip as it goes ({@link XlsxStream}), so exporting a million rows starts within a second and stays small.
 * A client that goes away stops the export at the next write: no more records are read, and no error is logged.
 */
@Component
public class TableExporter {

    private static final Logger log = LoggerFactory.getLogger(TableExporter.class);

    /** What the writer gathers before it hands bytes to the server (which sends them on in its own 8 KB pieces). */
    private static final int BUFFER = 64 * 1024;

    private final MessageSource messages;
    private final Batches batches;

    TableExporter(MessageSource messages, Batches batches) {
        this.messages = messages;
        this.batches = batches;
    }

    /**
     * Every list's download: its columns, its records (read in batches by the service), the format asked for (xlsx
     * unless csv) and the message key of its title (a text that is no key, such as a campaign's name, stays as it is).
     */
    public <T> void export(HttpServletResponse response, String format, String titleKey, Columns<T> columns, Records<T> records)
            throws IOException {
        export(response, format, titleKey, columns, (Map<String, String> labels, Locale locale, RowSink sink) ->
                records.forEach(record -> sink.row(translated(columns.row(record), labels, locale))));
    }

    /**
     * The same for a list whose service hands over what it selects rather than reading it: read as a projection of
     * the columns' attributes when every column names them ({@link Columns#projected()}), else record by record in
     * {@link Batches}.
     */
    public <T> void export(HttpServletResponse response, String format, String titleKey, Columns<T> columns, Selection<T> selection)
            throws IOException {
        if (!columns.projected()) {
            export(response, format, titleKey, columns, (Records<T>) action -> batches.forEach(selection.type(), selection.where(),
                    selection.sort(), action, selection.fetched().toArray(String[]::new)));
            return;
        }
        Function<Object[], List<Object>> row = columns.fromAttributes();
        export(response, format, titleKey, columns, (Map<String, String> labels, Locale locale, RowSink sink) ->
                batches.forEachRow(selection, columns.paths(), values -> sink.row(translated(row.apply(values), labels, locale))));
    }

    /**
     * The same for a list with a column of {@link BatchCounts}, which reads the counts of each batch of records (always
     * read whole here) before their rows are made.
     */
    public <T extends VersionedEntity> void export(HttpServletResponse response, String format, String titleKey, Columns<T> columns,
            Selection<T> selection, BatchCounts<T> counts) throws IOException {
        export(response, format, titleKey, columns, (Records<T>) action -> batches.forEachBatch(selection.type(), selection.where(),
                selection.sort(), batch -> {
                    counts.accept(batch);
                    batch.forEach(action);
                }, selection.fetched().toArray(String[]::new)));
    }

    /** The rows of a list, written to the sink with their labels translated (each label's text looked up once). */
    private interface ListRows {

        void write(Map<String, String> labels, Locale locale, RowSink sink);
    }

    private void export(HttpServletResponse response, String format, String titleKey, Columns<?> columns, ListRows rows) throws IOException {
        Locale locale = LocaleContextHolder.getLocale();
        List<String> headers = columns.labelKeys().stream().map(key -> messages.getMessage(key, null, key, locale)).toList();
        // a label's text is looked up once per export, not once per row (a million rows, several labels each)
        Map<String, String> labels = new HashMap<>();
        export(response, ExportFormat.parse(format).orElse(ExportFormat.XLSX), messages.getMessage(titleKey, null, titleKey, locale),
                headers, sink -> rows.write(labels, locale, sink));
    }

    private List<Object> translated(List<Object> cells, Map<String, String> labels, Locale locale) {
        cells.replaceAll(cell -> cell instanceof Columns.Label label
                ? labels.computeIfAbsent(label.key(), key -> messages.getMessage(key, null, key, locale)) : cell);
        return cells;
    }

    /** A table with headers written out already (a template to fill in rather than a list). */
    public void export(HttpServletResponse response, ExportFormat format, String baseName, List<String> headers,
            Consumer<RowSink> rows) throws IOException {
        String fileName = baseName + "-" + LocalDate.now().format(DateTimeFormatter.BASIC_ISO_DATE) + "." + format.extension();
        response.setContentType(format.contentType());
        response.setHeader("Content-Disposition",
                "attachment; filename=\"export." + format.extension() + "\"; filename*=UTF-8''"
                        + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20"));
        ClientStream client = new ClientStream(response.getOutputStream());
        BufferedOutputStream out = new BufferedOutputStream(client, BUFFER);
        try {
            switch (format) {
                case XLSX -> writeXlsx(out, baseName, headers, rows);
                case CSV -> writeCsv(out, headers, rows);
            }
        } catch (RuntimeException | IOException e) {
            if (!client.broken) {
                throw e;
            }
            // the user closed the tab or cancelled the download: reading stopped with the failed write (the cursor is
            // closed and its transaction rolled back); nothing is left to answer, and nothing went wrong here
            log.debug("Export of {} stopped: the client went away ({})", baseName, e.toString());
        }
    }

    /**
     * Rows go out as they are read, the header at once and then every {@value Batches#SIZE} rows flushed to the client,
     * written in a thread of their own while the next are read ({@link ReadAhead}).
     */
    void writeXlsx(OutputStream out, String sheetName, List<String> headers, Consumer<RowSink> rows) throws IOException {
        XlsxStream workbook = new XlsxStream(out, sheetName, headers);
        workbook.flush();
        ReadAhead.write(rows, new ReadAhead.Writer() {

            @Override
            public void row(List<?> cells) throws IOException {
                workbook.row(cells);
            }

            @Override
            public void endOfBatch() throws IOException {
                workbook.flush();
            }
        });
        workbook.finish();
        out.flush();
    }

    /** A text that Excel would run as a formula (=, +, -, @) is written with a leading apostrophe. */
    static String csvCell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        if (value instanceof Number) {
            return value.toString();
        }
        String text = value.toString();
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    void writeCsv(OutputStream out, List<String> headers, Consumer<RowSink> rows) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), BUFFER);
        writer.write('\uFEFF'); // the byte-order mark makes Excel read the Chinese as UTF-8
        CSVPrinter printer = new CSVPrinter(writer, CSVFormat.EXCEL);
        printer.printRecord(headers);
        printer.flush(); // the download starts before the first record is read
        ReadAhead.write(rows, new ReadAhead.Writer() {

            @Override
            public void row(List<?> cells) throws IOException {
                for (Object cell : cells) {
                    printer.print(csvCell(cell));
                }
                printer.println();
            }

            @Override
            public void endOfBatch() throws IOException {
                printer.flush();
            }
        });
        printer.flush();
    }

    /**
     * The response's stream, remembering that a write failed: the client is gone (Tomcat's ClientAbortException, a
     * broken pipe, a reset connection), which the export treats as the end of the download rather than an error.
     */
    private static final class ClientStream extends FilterOutputStream {

        private boolean broken;

        ClientStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            try {
                out.write(b);
            } catch (IOException e) {
                broken = true;
                throw e;
            }
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            try {
                out.write(b, off, len);
            } catch (IOException e) {
                broken = true;
                throw e;
            }
        }

        @Override
        public void flush() throws IOException {
            try {
                out.flush();
            } catch (IOException e) {
                broken = true;
                throw e;
            }
        }
    }
}
