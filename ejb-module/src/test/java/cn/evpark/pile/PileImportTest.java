package cn.evpark.pile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class PileImportTest {

  @Test
  void template_readsBackAsItsExampleRow() {
    List<PileImport.Line> lines = PileImport.read(PileImport.template());

    assertThat(lines).hasSize(1);
    assertThat(lines.get(0).number()).isEqualTo(2);
    assertThat(lines.get(0).cells())
        .containsExactly("1", "AC-7kW", "32010200000001", "2.00", "启用", "公用", "B2-018", "地下二层18号");
  }

  @Test
  void numericCells_keepEveryDigit_andEmptyRowsAreSkipped() throws IOException {
    byte[] xlsx;
    try (XSSFWorkbook workbook = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = workbook.createSheet();
      sheet.createRow(0).createCell(0).setCellValue("站点编号");
      Row row = sheet.createRow(3);
      row.createCell(0).setCellValue(7);
      row.createCell(2).setCellValue(32010200000001d);
      row.createCell(3).setCellValue(2.5);
      workbook.write(out);
      xlsx = out.toByteArray();
    }

    List<PileImport.Line> lines = PileImport.read(xlsx);

    assertThat(lines).hasSize(1);
    assertThat(lines.get(0).number()).isEqualTo(4);
    assertThat(lines.get(0).cell(0)).isEqualTo("7");
    assertThat(lines.get(0).cell(2)).isEqualTo("32010200000001");
    assertThat(lines.get(0).cell(3)).isEqualTo("2.5");
    assertThat(lines.get(0).cell(7)).isEmpty();
  }

  @Test
  void somethingElseThanXlsx_isRefused() {
    assertThatThrownBy(() -> PileImport.read("a,b,c".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
