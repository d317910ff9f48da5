package org.cunwu.shared.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class TableExporterTests {

    @Test
    void csvCellsThatExcelWouldRunAsFormulasAreDefused() {
        assertThat(TableExporter.csvCell("=HYPERLINK(\"x\")")).isEqualTo("'=HYPERLINK(\"x\")");
        assertThat(TableExporter.csvCell("@SUM(A1)")).startsWith("'");
        assertThat(TableExporter.csvCell("朱陈社区")).isEqualTo("朱陈社区");
        assertThat(TableExporter.csvCell(new BigDecimal("-12.50"))).isEqualTo("-12.50");
        assertThat(TableExporter.csvCell(null)).isEmpty();
    }
}
