package org.cunwu.shared.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import jakarta.servlet.http.HttpServletResponse;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Writes a table (a header row, then rows) as .xlsx or .csv straight to the response, row by row as the records are
 * read: a CSV is flushed to the client every {@value Batches#SIZE} rows; an xlsx keeps 200 rows in memory (POI's SXSSF
 * puts the rest in a temporary file until the workbook is written), so exporting a million rows stays small.
 */
@Component
public class TableExporter {

    private final MessageSource messages;

    TableExporter(MessageSource messages) {
        this.messages = messages;
    }

    /**
     * Every list's download: its columns, its records (read in batches by the service), the format asked for (xlsx
     * unless csv) and the message key of its title (a text that is no key, such as a campaign's name, stays as it is).
     */
    public <T> void export(HttpServletResponse response, String format, String titleKey, Columns<T> columns, Records<T> records)
            throws IOException {
        Locale locale = LocaleContextHolder.getLocale();
        List<String> headers = columns.labelKeys().stream().map(key -> messages.getMessage(key, null, key, locale)).toList();
        export(response, ExportFormat.parse(format).orElse(ExportFormat.XLSX), messages.getMessage(titleKey, null, titleKey, locale),
                headers, sink -> records.forEach(record -> sink.row(translated(columns.row(record), locale))));
    }

    private List<Object> translated(List<Object> cells, Locale locale) {
        cells.replaceAll(cell -> cell instanceof Columns.Label label ? messages.getMessage(label.key(), null, label.key(), locale) : cell);
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
        switch (format) {
            case XLSX -> writeXlsx(response.getOutputStream(), baseName, headers, rows);
            case CSV -> writeCsv(response.getOutputStream(), headers, rows);
        }
    }

    void writeXlsx(OutputStream out, String sheetName, List<String> headers, Consumer<RowSink> rows) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            SXSSFSheet sheet = workbook.createSheet(sheetName);
            CellStyle headerStyle = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            headerStyle.setFont(bold);
            Row header = sheet.createRow(0);
            for (int i = 0; i < headers.size(); i++) {
                Cell cell = header.createCell(i);
                cell.setCellValue(headers.get(i));
                cell.setCellStyle(headerStyle);
                sheet.setColumnWidth(i, 16 * 256);
            }
            sheet.createFreezePane(0, 1);
            int[] next = {1};
            rows.accept(cells -> {
                Row row = sheet.createRow(next[0]++);
                for (int i = 0; i < cells.size(); i++) {
                    setCell(row.createCell(i), cells.get(i));
                }
            });
            workbook.write(out);
        }
    }

    private static void setCell(Cell cell, Object value) {
        if (value == null) {
            cell.setBlank();
        } else if (value instanceof Number number && !(value instanceof BigDecimal)) {
            cell.setCellValue(number.doubleValue());
        } else if (value instanceof BigDecimal decimal) {
            cell.setCellValue(decimal.doubleValue());
        } else {
            cell.setCellValue(value.toString());
        }
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
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF'); // the byte-order mark makes Excel read the Chinese as UTF-8
        CSVPrinter printer = new CSVPrinter(writer, CSVFormat.EXCEL);
        printer.printRecord(headers);
        int[] written = {0};
        rows.accept(cells -> {
            try {
                printer.printRecord(cells.stream().map(TableExporter::csvCell).toList());
                if (++written[0] % Batches.SIZE == 0) {
                    printer.flush();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        printer.flush();
    }
}
