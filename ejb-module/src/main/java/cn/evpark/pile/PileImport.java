package cn.evpark.pile;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The XLSX of the pile bulk import: its template, and reading its rows. One pile per row below the
 * header, in the columns of the 添加充电桩 form: 站点编号, 设备型号, 充电桩编码, 启动充电最低金额, 运营状态 (启用/禁用), 桩分类 (公用/私用),
 * 车位编号, 车位名称. Empty rows are skipped.
 */
public final class PileImport {

  /** The header of the template, in column order. */
  public static final List<String> COLUMNS =
      List.of("站点编号", "设备型号", "充电桩编码", "启动充电最低金额", "运营状态", "桩分类", "车位编号", "车位名称");

  /** The most rows one file may hold. */
  public static final int MAX_ROWS = 2000;

  /**
   * One row as read, every cell as text.
   *
   * @param number the row's number as the spreadsheet shows it (the header is row 1)
   */
  public record Line(int number, List<String> cells) implements Serializable {

    public Line {
      cells = List.copyOf(cells);
    }

    public String cell(int column) {
      return column < cells.size() ? cells.get(column) : "";
    }
  }

  /**
   * A row that cannot be imported, and why.
   *
   * @param row the row's number as the spreadsheet shows it
   * @param column the column's header, or empty for the whole row
   * @param problem a stable code, e.g. {@code station.notFound}
   */
  public record RowError(int row, String column, String problem) implements Serializable {}

  private PileImport() {}

  /** The template: the header and one example row, every cell text so codes keep their digits. */
  public static byte[] template() {
    try (Workbook workbook = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = workbook.createSheet("充电桩");
      CellStyle text = workbook.createCellStyle();
      text.setDataFormat(workbook.createDataFormat().getFormat("@"));
      Row header = sheet.createRow(0);
      Row example = sheet.createRow(1);
      List<String> sample =
          List.of("1", "AC-7kW", "32010200000001", "2.00", "启用", "公用", "B2-018", "地下二层18号");
      for (int c = 0; c < COLUMNS.size(); c++) {
        header.createCell(c).setCellValue(COLUMNS.get(c));
        Cell cell = example.createCell(c);
        cell.setCellStyle(text);
        cell.setCellValue(sample.get(c));
        sheet.setDefaultColumnStyle(c, text);
        sheet.setColumnWidth(c, 18 * 256);
      }
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The non-empty rows below the header of the first sheet.
   *
   * @throws IllegalArgumentException when the bytes are not an XLSX workbook, or it has more than
   *     {@link #MAX_ROWS} rows
   */
  public static List<Line> read(byte[] xlsx) {
    try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      Sheet sheet = workbook.getSheetAt(0);
      DataFormatter formatter = new DataFormatter();
      List<Line> lines = new ArrayList<>();
      for (int r = 1; r <= sheet.getLastRowNum(); r++) {
        Row row = sheet.getRow(r);
        if (row == null) {
          continue;
        }
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < COLUMNS.size(); c++) {
          cells.add(text(row.getCell(c), formatter));
        }
        if (cells.stream().allMatch(String::isEmpty)) {
          continue;
        }
        if (lines.size() == MAX_ROWS) {
          throw new IllegalArgumentException("more than " + MAX_ROWS + " rows");
        }
        lines.add(new Line(r + 1, cells));
      }
      return lines;
    } catch (IOException | RuntimeException e) {
      if (e instanceof IllegalArgumentException tooMany && e.getMessage().startsWith("more")) {
        throw tooMany;
      }
      throw new IllegalArgumentException("not an XLSX workbook", e);
    }
  }

  /** A cell as text; a number typed without the text format keeps all its digits. */
  private static String text(Cell cell, DataFormatter formatter) {
    if (cell == null) {
      return "";
    }
    if (cell.getCellType() == CellType.NUMERIC) {
      return BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
    }
    return formatter.formatCellValue(cell).strip();
  }
}
