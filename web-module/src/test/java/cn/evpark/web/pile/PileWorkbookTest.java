package cn.evpark.web.pile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.evpark.pile.PileImportRow;
import cn.evpark.pile.PileImports.PileImportUnreadableException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class PileWorkbookTest {

  @Test
  void template_readsBackAsItsExampleRow() {
    List<PileImportRow> rows = PileWorkbook.read(PileWorkbook.template());

    assertThat(rows)
        .containsExactly(
            new PileImportRow(
                2,
                "1",
                "YKC",
                "AC-7kW",
                "32010200000001",
                "2.00",
                "启用",
                "公用",
                "B2-018",
                "地下二层18号"));
  }

  @Test
  void template_headsItsColumnsAsErrorsNameThem() throws IOException {
    try (XSSFWorkbook workbook =
        new XSSFWorkbook(new ByteArrayInputStream(PileWorkbook.template()))) {
      Row header = workbook.getSheetAt(0).getRow(0);

      assertThat(header.cellIterator())
          .toIterable()
          .map(cell -> cell.getStringCellValue())
          .containsExactly(
              "站点编号", "协议", "设备型号", "充电桩编码", "启动充电最低金额", "运营状态", "桩分类", "车位编号", "车位名称");
    }
  }

  @Test
  void numericCells_keepEveryDigit_andEmptyRowsAreSkipped() throws IOException {
    byte[] xlsx =
        workbook(
            sheet -> {
              Row row = sheet.createRow(3);
              row.createCell(0).setCellValue(7);
              row.createCell(3).setCellValue(32010200000001d);
              row.createCell(4).setCellValue(2.5);
              sheet.createRow(4).createCell(2).setCellValue("  ");
            });

    List<PileImportRow> rows = PileWorkbook.read(xlsx);

    assertThat(rows).hasSize(1);
    assertThat(rows.get(0).number()).isEqualTo(4);
    assertThat(rows.get(0).stationId()).isEqualTo("7");
    assertThat(rows.get(0).code()).isEqualTo("32010200000001");
    assertThat(rows.get(0).minStartAmount()).isEqualTo("2.5");
    assertThat(rows.get(0).bayName()).isEmpty();
  }

  @Test
  void somethingElseThanXlsx_isRefused() {
    assertThatThrownBy(() -> PileWorkbook.read("a,b,c".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(PileImportUnreadableException.class)
        .hasMessageContaining("not an XLSX workbook");
  }

  @Test
  void aWorkbookWithoutSheet_isRefused() throws IOException {
    byte[] xlsx;
    try (XSSFWorkbook workbook = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      workbook.write(out);
      xlsx = out.toByteArray();
    }

    assertThatThrownBy(() -> PileWorkbook.read(xlsx))
        .isInstanceOf(PileImportUnreadableException.class)
        .hasMessageContaining("no sheet");
  }

  @Test
  void aCellThatIsNoText_isRefused_byItsRowAndColumn() throws IOException {
    byte[] xlsx =
        workbook(
            sheet -> {
              XSSFCell code = (XSSFCell) sheet.createRow(3).createCell(3);
              code.setCellValue(1);
              code.getCTCell().setV("not a number");
            });

    assertThatThrownBy(() -> PileWorkbook.read(xlsx))
        .isInstanceOf(PileImportUnreadableException.class)
        .hasMessageContaining("row 4, column 充电桩编码");
  }

  /** An XLSX with the header row and what {@code rows} adds below it. */
  private static byte[] workbook(Consumer<Sheet> rows) throws IOException {
    try (XSSFWorkbook workbook = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = workbook.createSheet();
      sheet.createRow(0).createCell(0).setCellValue("站点编号");
      rows.accept(sheet);
      workbook.write(out);
      return out.toByteArray();
    }
  }
}
