package org.cunwu.shared.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.WorkbookUtil;

/**
 * An .xlsx written straight to the response as its rows come, in one pass: the sheet's XML is deflated into the zip
 * while the records are still being read, so the download starts at once, a client that goes away is noticed at the
 * next write, and memory holds no more than the zip's buffers (POI's SXSSF, used before, wrote every row to a
 * temporary file and sent nothing until the last record was read). Text is written inline (no shared-strings table to
 * keep in memory); the header row is bold and frozen. A sheet holds at most 1,048,576 rows, so a larger list goes on in
 * a second sheet ("name (2)") with the header again. The workbook's parts that list the sheets come after them in the
 * zip, where their number is known; readers find parts by name, not by position.
 */
final class XlsxStream {

    static final int MAX_ROWS = 1_048_576;
    private static final int MAX_TEXT = 32_767;
    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String PACKAGE_RELATIONSHIPS = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static final String XML = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

    private final ZipOutputStream zip;
    private final Writer xml;
    private final String name;
    private final List<String> headers;
    private final String[] columns;
    private final int rowsPerSheet;
    private int sheets;
    private int rowInSheet;

    XlsxStream(OutputStream out, String sheetName, List<String> headers) throws IOException {
        this(out, sheetName, headers, MAX_ROWS);
    }

    /** A workbook whose sheets hold fewer rows than Excel's limit (tests). */
    XlsxStream(OutputStream out, String sheetName, List<String> headers, int rowsPerSheet) throws IOException {
        this.rowsPerSheet = rowsPerSheet;
        this.zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        zip.setLevel(Deflater.BEST_SPEED);
        this.xml = new BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8), 16 * 1024);
        this.name = WorkbookUtil.createSafeSheetName(sheetName == null || sheetName.isBlank() ? "Sheet" : sheetName);
        this.headers = headers;
        this.columns = new String[Math.max(headers.size(), 1)];
        for (int i = 0; i < columns.length; i++) {
            columns[i] = CellReference.convertNumToColString(i);
        }
        startSheet();
    }

    /** One row of cells: text, a number, or empty for null; anything else is written as its text. */
    void row(List<?> cells) throws IOException {
        if (rowInSheet == rowsPerSheet) {
            endSheet();
            startSheet();
        }
        int r = ++rowInSheet;
        xml.write("<row r=\"");
        xml.write(Integer.toString(r));
        xml.write("\">");
        for (int i = 0; i < cells.size(); i++) {
            cell(column(i), r, cells.get(i), false);
        }
        xml.write("</row>\n");
    }

    /** Sends what is buffered so far to the client. */
    void flush() throws IOException {
        xml.flush();
        zip.flush();
    }

    /** Ends the last sheet and writes the parts that name the sheets; the stream beneath is left open. */
    void finish() throws IOException {
        endSheet();
        part("xl/workbook.xml", workbook());
        part("xl/_rels/workbook.xml.rels", workbookRelationships());
        part("xl/styles.xml", XML + "<styleSheet xmlns=\"" + MAIN + "\">"
                + "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font>"
                + "<font><b/><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>"
                + "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill></fills>"
                + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
                + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
                + "<cellXfs count=\"2\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
                + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/></cellXfs>"
                + "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles></styleSheet>");
        part("_rels/.rels", XML + "<Relationships xmlns=\"" + PACKAGE_RELATIONSHIPS + "\"><Relationship Id=\"rId1\" Type=\""
                + RELATIONSHIPS + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
        part("[Content_Types].xml", contentTypes());
        zip.finish();
        zip.flush();
    }

    private void startSheet() throws IOException {
        sheets++;
        rowInSheet = 1;
        zip.putNextEntry(new ZipEntry("xl/worksheets/sheet" + sheets + ".xml"));
        xml.write(XML);
        xml.write("<worksheet xmlns=\"" + MAIN + "\" xmlns:r=\"" + RELATIONSHIPS + "\">");
        xml.write("<sheetViews><sheetView workbookViewId=\"0\"><pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"
                + "</sheetView></sheetViews><sheetFormatPr defaultRowHeight=\"15\"/>");
        xml.write("<cols><col min=\"1\" max=\"" + columns.length + "\" width=\"16\" customWidth=\"1\"/></cols><sheetData>\n");
        xml.write("<row r=\"1\">");
        for (int i = 0; i < headers.size(); i++) {
            cell(columns[i], 1, headers.get(i), true);
        }
        xml.write("</row>\n");
    }

    private void endSheet() throws IOException {
        xml.write("</sheetData></worksheet>");
        xml.flush();
        zip.closeEntry();
    }

    private String column(int index) {
        return index < columns.length ? columns[index] : CellReference.convertNumToColString(index);
    }

    private void cell(String column, int row, Object value, boolean header) throws IOException {
        if (value == null) {
            return;
        }
        String number = number(value);
        xml.write("<c r=\"");
        xml.write(column);
        xml.write(Integer.toString(row));
        if (number != null) {
            xml.write("\"><v>");
            xml.write(number);
            xml.write("</v></c>");
            return;
        }
        xml.write(header ? "\" s=\"1\" t=\"inlineStr\"><is><t xml:space=\"preserve\">" : "\" t=\"inlineStr\"><is><t xml:space=\"preserve\">");
        text(value.toString());
        xml.write("</t></is></c>");
    }

    /** A number's text as the cell's value, or null for what is written as text (and a number no cell can hold). */
    private static String number(Object value) {
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            return Double.isFinite(d) ? Double.toString(d) : null;
        }
        return value instanceof Number ? value.toString() : null;
    }

    /** Text escaped for XML; characters XML cannot carry become '?', and text is cut at a cell's 32,767 characters. */
    private void text(String text) throws IOException {
        int length = Math.min(text.length(), MAX_TEXT);
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> xml.write("&lt;");
                case '>' -> xml.write("&gt;");
                case '&' -> xml.write("&amp;");
                case '\r' -> xml.write("&#13;");
                case '\n', '\t' -> xml.write(c);
                default -> {
                    if (c < 0x20 || c == 0xFFFE || c == 0xFFFF) {
                        xml.write('?');
                    } else if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
                        xml.write(c);
                        xml.write(text.charAt(++i));
                    } else if (Character.isSurrogate(c)) {
                        xml.write('?');
                    } else {
                        xml.write(c);
                    }
                }
            }
        }
    }

    private void part(String entry, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(entry));
        xml.write(content);
        xml.flush();
        zip.closeEntry();
    }

    private String workbook() {
        StringBuilder b = new StringBuilder(XML).append("<workbook xmlns=\"").append(MAIN).append("\" xmlns:r=\"").append(RELATIONSHIPS)
                .append("\"><sheets>");
        for (int i = 1; i <= sheets; i++) {
            String sheet = i == 1 ? name : WorkbookUtil.createSafeSheetName(truncated(name, 31 - 4 - Integer.toString(i).length()) + " (" + i + ")");
            b.append("<sheet name=\"").append(attribute(sheet)).append("\" sheetId=\"").append(i).append("\" r:id=\"rId").append(i).append("\"/>");
        }
        return b.append("</sheets></workbook>").toString();
    }

    private String workbookRelationships() {
        StringBuilder b = new StringBuilder(XML).append("<Relationships xmlns=\"").append(PACKAGE_RELATIONSHIPS).append("\">");
        for (int i = 1; i <= sheets; i++) {
            b.append("<Relationship Id=\"rId").append(i).append("\" Type=\"").append(RELATIONSHIPS)
                    .append("/worksheet\" Target=\"worksheets/sheet").append(i).append(".xml\"/>");
        }
        b.append("<Relationship Id=\"rId").append(sheets + 1).append("\" Type=\"").append(RELATIONSHIPS)
                .append("/styles\" Target=\"styles.xml\"/>");
        return b.append("</Relationships>").toString();
    }

    private String contentTypes() {
        String spreadsheet = "application/vnd.openxmlformats-officedocument.spreadsheetml.";
        StringBuilder b = new StringBuilder(XML)
                .append("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">")
                .append("<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>")
                .append("<Default Extension=\"xml\" ContentType=\"application/xml\"/>")
                .append("<Override PartName=\"/xl/workbook.xml\" ContentType=\"").append(spreadsheet).append("sheet.main+xml\"/>")
                .append("<Override PartName=\"/xl/styles.xml\" ContentType=\"").append(spreadsheet).append("styles+xml\"/>");
        for (int i = 1; i <= sheets; i++) {
            b.append("<Override PartName=\"/xl/worksheets/sheet").append(i).append(".xml\" ContentType=\"").append(spreadsheet)
                    .append("worksheet+xml\"/>");
        }
        return b.append("</Types>").toString();
    }

    private static String truncated(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length);
    }

    private static String attribute(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
