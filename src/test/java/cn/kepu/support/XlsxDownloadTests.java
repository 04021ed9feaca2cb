package cn.kepu.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class XlsxDownloadTests {

    @Test
    @DisplayName("导出时数出表中行数（含标题和表头）供审计记录，不必再打开整个工作簿")
    void countsTheRowsOfEverySheet() throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var first = book.createSheet("台账");
            for (int r = 0; r < 1_203; r++) {
                first.createRow(r).createCell(0).setCellValue("第" + r + "行 <row 不是标签");
            }
            book.createSheet("说明").createRow(0).createCell(0).setCellValue("说明");
            book.write(out);
            assertThat(XlsxDownload.rows(out.toByteArray())).isEqualTo(1_204);
            assertThat(XlsxDownload.of("台账.xlsx", out.toByteArray()).getHeaders().getFirst(XlsxDownload.ROWS)).isEqualTo("1204");
        }
    }
}
