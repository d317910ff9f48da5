package org.cunwu.shared.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.mock.web.MockHttpServletResponse;

class TableExporterTests {

    final TableExporter exporter = new TableExporter(new StaticMessageSource(), null);

    @Test
    void csvCellsThatExcelWouldRunAsFormulasAreDefused() {
        assertThat(TableExporter.csvCell("=HYPERLINK(\"x\")")).isEqualTo("'=HYPERLINK(\"x\")");
        assertThat(TableExporter.csvCell("@SUM(A1)")).startsWith("'");
        assertThat(TableExporter.csvCell("朱陈社区")).isEqualTo("朱陈社区");
        assertThat(TableExporter.csvCell(new BigDecimal("-12.50"))).isEqualTo("-12.50");
        assertThat(TableExporter.csvCell(null)).isEmpty();
    }

    @Test
    void aClientThatGoesAwayStopsTheReadingAndIsNoError() throws IOException {
        for (ExportFormat format : ExportFormat.values()) {
            int[] read = {0};
            exporter.export(new GoneAfter(64 * 1024), format, "问题清单", List.of("标题", "数量"), sink -> {
                for (int i = 0; i < 5_000_000; i++) {
                    read[0]++;
                    sink.row(List.of("第" + i + "个问题，写得长一些以便很快填满缓冲区", i));
                }
            });
            assertThat(read[0]).as(format.name()).isBetween(1, 50_000);
        }
    }

    @Test
    void theHeaderLeavesBeforeTheFirstRecordIsRead() throws IOException {
        for (ExportFormat format : ExportFormat.values()) {
            MockHttpServletResponse response = new MockHttpServletResponse();
            int[] before = {-1};
            exporter.export(response, format, "问题清单", List.of("标题"), sink -> before[0] = response.getContentAsByteArray().length);
            assertThat(before[0]).as(format.name()).isPositive();
            assertThat(response.isCommitted()).isTrue();
        }
    }

    @Test
    void anXlsxGoesOnInANewSheetWithItsHeaderWhenASheetIsFull() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XlsxStream workbook = new XlsxStream(out, "问题清单", List.of("标题", "数量"), 4);
        for (int i = 1; i <= 7; i++) {
            workbook.row(Arrays.asList("问题 <" + i + "> & \u0001", i % 2 == 0 ? null : i));
        }
        workbook.finish();
        try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(read.getNumberOfSheets()).isEqualTo(3);
            assertThat(read.getSheetName(0)).isEqualTo("问题清单");
            assertThat(read.getSheetName(2)).isEqualTo("问题清单 (3)");
            assertThat(read.getSheetAt(1).getRow(0).getCell(0).getStringCellValue()).isEqualTo("标题");
            assertThat(read.getSheetAt(1).getRow(0).getCell(0).getCellStyle().getFont().getBold()).isTrue();
            assertThat(read.getSheetAt(1).getRow(1).getCell(0).getStringCellValue()).isEqualTo("问题 <4> & ?");
            assertThat(read.getSheetAt(1).getRow(1).getCell(1)).isNull();
            assertThat(read.getSheetAt(2).getRow(1).getCell(1).getNumericCellValue()).isEqualTo(7);
            assertThat(read.getSheetAt(2).getLastRowNum()).isEqualTo(1);
        }
    }

    @Test
    void rowsWrittenInTheirOwnThreadKeepTheirOrderAndAFailedReadIsNoQuietEnd() throws IOException {
        MockHttpServletResponse response = new MockHttpServletResponse();
        exporter.export(response, ExportFormat.CSV, "问题清单", List.of("序号"), sink -> {
            for (int i = 0; i < Batches.SIZE * 5 + 7; i++) {
                sink.row(List.of(i));
            }
        });
        List<String> lines = List.of(response.getContentAsString(StandardCharsets.UTF_8).substring(1).split("\r\n"));
        assertThat(lines).hasSize(Batches.SIZE * 5 + 8).startsWith("序号", "0", "1").endsWith(String.valueOf(Batches.SIZE * 5 + 6));
        assertThat(lines.subList(1, lines.size())).isSortedAccordingTo(Comparator.comparingInt(Integer::parseInt));

        for (ExportFormat format : ExportFormat.values()) {
            IllegalStateException failure = new IllegalStateException("the database went away");
            assertThatThrownBy(() -> exporter.export(new MockHttpServletResponse(), format, "问题清单", List.of("序号"), sink -> {
                for (int i = 0; i < Batches.SIZE * 3; i++) {
                    sink.row(List.of(i));
                }
                throw failure;
            })).as(format.name()).isSameAs(failure);
        }
    }

    /** A response whose client goes away after some bytes: every later write fails as Tomcat's would. */
    static final class GoneAfter extends HttpServletResponseWrapper {

        private final int bytes;

        GoneAfter(int bytes) {
            super(new MockHttpServletResponse());
            this.bytes = bytes;
        }

        @Override
        public ServletOutputStream getOutputStream() {
            return new ServletOutputStream() {
                private int written;

                @Override
                public void write(int b) throws IOException {
                    if (++written > bytes) {
                        throw new IOException("Broken pipe");
                    }
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                }
            };
        }
    }
}
