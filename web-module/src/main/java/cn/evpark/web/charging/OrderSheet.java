package cn.evpark.web.charging;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The 导出 of the 充电订单 page: an XLSX with the table's columns and labels, one row per order, any
 * number of rows in bounded memory. Rows go through a window of {@value #WINDOW} rows in memory;
 * the rest is flushed to a compressed temporary file until {@link #writeTo} zips the workbook out,
 * and {@link #close} deletes it.
 *
 * <p>Energy (kWh, 4 decimals) and amounts (yuan, 2 decimals) are numeric cells so the spreadsheet
 * can sum them. A spreadsheet number is a binary double: it holds every value of up to 15
 * significant digits exactly as displayed, which covers any order's kWh and yuan; nothing is
 * computed with it here.
 */
public final class OrderSheet implements AutoCloseable {

  /** Rows kept in memory while writing. */
  static final int WINDOW = 100;

  /** The columns, as the page texts of their headers: the table's, without 详情. */
  public static final List<String> COLUMNS =
      List.of(
          "orders.station",
          "orders.phone",
          "orders.orderNo",
          "orders.energy",
          "orders.startedAt",
          "orders.duration",
          "orders.serviceFee",
          "orders.electricityFee",
          "orders.totalAmount",
          "order.benefit.saving",
          "orders.state",
          "orders.paymentStatus",
          "orders.stopReason");

  private final OrderTexts texts;
  private final SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
  private final SXSSFSheet sheet;
  private final CellStyle kwh;
  private final CellStyle yuan;
  private int next;

  /** A workbook with one sheet named {@code orders.sheet} and the header row. */
  public OrderSheet(OrderTexts texts) {
    this.texts = texts;
    workbook.setCompressTempFiles(true);
    sheet = workbook.createSheet(texts.label("orders.sheet"));
    kwh = workbook.createCellStyle();
    kwh.setDataFormat(workbook.createDataFormat().getFormat("0.0000"));
    yuan = workbook.createCellStyle();
    yuan.setDataFormat(workbook.createDataFormat().getFormat("0.00"));
    Row header = sheet.createRow(next++);
    for (int c = 0; c < COLUMNS.size(); c++) {
      header.createCell(c).setCellValue(texts.label(COLUMNS.get(c)));
    }
    int[] widths = {24, 14, 22, 14, 21, 14, 11, 11, 14, 14, 10, 10, 22};
    for (int c = 0; c < widths.length; c++) {
      sheet.setColumnWidth(c, widths[c] * 256);
    }
    sheet.createFreezePane(0, 1);
  }

  /**
   * The cells of an order, in {@link #COLUMNS} order: text, or a {@link BigDecimal} for kWh and
   * yuan; {@code null} for a value the order does not have yet.
   */
  public static List<Object> cells(OrderLine line, OrderTexts texts) {
    return Arrays.asList(
        line.stationName(),
        line.phone(),
        line.orderNo(),
        line.energy(),
        line.startedAt(),
        texts.duration(line),
        line.serviceFee(),
        line.electricityFee(),
        line.totalAmount(),
        line.benefitSaving(),
        texts.state(line),
        texts.paymentStatus(line),
        texts.stopReason(line));
  }

  /** Adds an order as the next row. */
  public void add(OrderLine line) {
    Row row = sheet.createRow(next++);
    List<Object> cells = cells(line, texts);
    for (int c = 0; c < cells.size(); c++) {
      Object value = cells.get(c);
      if (value instanceof BigDecimal number) {
        var cell = row.createCell(c);
        cell.setCellValue(number.doubleValue());
        cell.setCellStyle(number.scale() > 2 ? kwh : yuan);
      } else if (value != null) {
        row.createCell(c).setCellValue(value.toString());
      }
    }
  }

  /** How many orders were added. */
  public int rows() {
    return next - 1;
  }

  /** Writes the workbook as XLSX; {@code out} stays open. */
  public void writeTo(OutputStream out) throws IOException {
    workbook.write(out);
  }

  /** Deletes the temporary file. */
  @Override
  public void close() throws IOException {
    try {
      workbook.dispose();
    } finally {
      workbook.close();
    }
  }
}
