package cn.evpark.web.pile;

import cn.evpark.pile.PileImportRow;
import cn.evpark.pile.PileImportRow.Column;
import cn.evpark.pile.PileImports;
import cn.evpark.pile.PileImports.PileImportUnreadableException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The XLSX of the pile bulk import (批量导入), for the pile page's upload and the API's: its template,
 * and its rows as the domain takes them. One pile per row below the header, in the columns of
 * {@link Column} (the fields of the 添加充电桩 form): 站点编号, 设备型号, 充电桩编码, 启动充电最低金额, 运营状态 (启用/禁用), 桩分类
 * (公用/私用), 车位编号, 车位名称. Every cell is read as text and empty rows are skipped; what the text must
 * say is checked by {@link PileImports}.
 */
public final class PileWorkbook {

  private PileWorkbook() {}

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
          List.of("1", "YKC", "AC-7kW", "32010200000001", "2.00", "启用", "公用", "B2-018", "地下二层18号");
      for (Column column : Column.values()) {
        int c = column.ordinal();
        header.createCell(c).setCellValue(column.header());
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
   * The non-empty rows below the header of the first sheet, numbered as the spreadsheet shows them
   * (the header is row 1).
   *
   * @throws PileImportUnreadableException when the bytes are not an XLSX workbook with a sheet, or
   *     a cell cannot be read as text (the message names its row and column)
   */
  public static List<PileImportRow> read(byte[] xlsx) {
    try (Workbook workbook = open(xlsx)) {
      if (workbook.getNumberOfSheets() == 0) {
        throw new PileImportUnreadableException("the workbook has no sheet");
      }
      Sheet sheet = workbook.getSheetAt(0);
      DataFormatter formatter = new DataFormatter();
      List<PileImportRow> rows = new ArrayList<>();
      for (int r = 1; r <= sheet.getLastRowNum(); r++) {
        Row row = sheet.getRow(r);
        if (row == null) {
          continue;
        }
        Map<Column, String> cells = new EnumMap<>(Column.class);
        for (Column column : Column.values()) {
          cells.put(column, text(row, column, formatter));
        }
        if (cells.values().stream().allMatch(String::isEmpty)) {
          continue;
        }
        rows.add(
            new PileImportRow(
                r + 1,
                cells.get(Column.STATION_ID),
                cells.get(Column.PROTOCOL),
                cells.get(Column.DEVICE_MODEL),
                cells.get(Column.CODE),
                cells.get(Column.MIN_START_AMOUNT),
                cells.get(Column.OPERATING_STATUS),
                cells.get(Column.CATEGORY),
                cells.get(Column.BAY_NUMBER),
                cells.get(Column.BAY_NAME)));
      }
      return rows;
    } catch (IOException closing) {
      throw new UncheckedIOException(closing);
    }
  }

  private static Workbook open(byte[] xlsx) {
    try {
      return new XSSFWorkbook(new ByteArrayInputStream(xlsx));
    } catch (IOException | RuntimeException e) {
      throw new PileImportUnreadableException("not an XLSX workbook");
    }
  }

  /** A cell as text; a number typed without the text format keeps all its digits. */
  private static String text(Row row, Column column, DataFormatter formatter) {
    Cell cell = row.getCell(column.ordinal());
    if (cell == null) {
      return "";
    }
    try {
      if (cell.getCellType() == CellType.NUMERIC) {
        return BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
      }
      return formatter.formatCellValue(cell).strip();
    } catch (RuntimeException e) {
      throw new PileImportUnreadableException(
          "row " + (row.getRowNum() + 1) + ", column " + column.header() + " cannot be read");
    }
  }
}
