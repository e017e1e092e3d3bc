package cn.evpark.web.statistics;

import cn.evpark.statistics.StationStatistics.Line;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The 导出 of the 统计分析 page (manual 六): an XLSX with the table's columns and labels, one row per
 * station and day, then 总计. Rows stream through a window of {@value #WINDOW} in memory.
 *
 * <p>Energy (kWh, 4 decimals) and amounts (yuan, 2 decimals) are numeric cells so the spreadsheet
 * can sum them; a double holds each of these values exactly as displayed (under 15 significant
 * digits), and nothing is computed with it here.
 */
public final class StatisticsSheet implements AutoCloseable {

  static final int WINDOW = 100;

  /** The columns, as page text keys of their headers. */
  public static final List<String> COLUMNS =
      List.of(
          "statistics.station",
          "statistics.date",
          "statistics.received",
          "statistics.energy",
          "statistics.electricityFee",
          "statistics.serviceFee",
          "statistics.channelFee",
          "statistics.platformCommission");

  private static final List<Function<Line, BigDecimal>> FIGURES =
      List.of(
          l -> l.received().yuan(),
          l -> l.energy().kwh(),
          l -> l.electricityFee().yuan(),
          l -> l.serviceFee().yuan(),
          l -> l.channelFee().yuan(),
          l -> l.platformCommission().yuan());

  private final SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
  private final SXSSFSheet sheet;
  private final CellStyle kwh;
  private final CellStyle yuan;
  private int next;

  /**
   * A workbook with one sheet and the header row.
   *
   * @param label the page text of a key
   */
  public StatisticsSheet(Function<String, String> label) {
    workbook.setCompressTempFiles(true);
    sheet = workbook.createSheet(label.apply("statistics.sheet"));
    kwh = workbook.createCellStyle();
    kwh.setDataFormat(workbook.createDataFormat().getFormat("0.0000"));
    yuan = workbook.createCellStyle();
    yuan.setDataFormat(workbook.createDataFormat().getFormat("0.00"));
    Row header = sheet.createRow(next++);
    for (int c = 0; c < COLUMNS.size(); c++) {
      header.createCell(c).setCellValue(label.apply(COLUMNS.get(c)));
      sheet.setColumnWidth(c, (c == 0 ? 26 : 16) * 256);
    }
    sheet.createFreezePane(0, 1);
  }

  /**
   * Adds a line under the given first two cells: its station name and day, or 总计 and nothing for
   * the total.
   */
  public void add(Line line, String name, String date) {
    Row row = sheet.createRow(next++);
    row.createCell(0).setCellValue(name);
    row.createCell(1).setCellValue(date);
    for (int f = 0; f < FIGURES.size(); f++) {
      BigDecimal value = FIGURES.get(f).apply(line);
      var cell = row.createCell(2 + f);
      cell.setCellValue(value.doubleValue());
      cell.setCellStyle(f == 1 ? kwh : yuan);
    }
  }

  /** How many rows were added below the header. */
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
