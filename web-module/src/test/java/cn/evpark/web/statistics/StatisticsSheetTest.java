package cn.evpark.web.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import cn.evpark.shared.Energy;
import cn.evpark.shared.Money;
import cn.evpark.statistics.StationStatistics.Line;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.Locale;
import java.util.ResourceBundle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The 导出 of 统计分析: the manual's columns, one row per line, numbers as numbers, 总计 last. */
class StatisticsSheetTest {

  static final ResourceBundle ZH =
      ResourceBundle.getBundle("cn.evpark.web.i18n.messages", Locale.SIMPLIFIED_CHINESE);

  static Line line(String received, String kwh) {
    return new Line(
        7L,
        "临港景宏展厅充电站",
        LocalDate.of(2025, 7, 31),
        Money.of(received),
        Energy.of(kwh),
        Money.of("10.00"),
        Money.of("2.50"),
        Money.of("0.07"),
        Money.of("0.15"));
  }

  @Test
  void export_hasTheManualsColumns_linesAndTotal() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (StatisticsSheet sheet = new StatisticsSheet(ZH::getString)) {
      Line line = line("12.50", "20.1234");
      sheet.add(line, line.stationName(), line.date().toString());
      sheet.add(line("12.50", "20.1234"), ZH.getString("statistics.total"), "");
      assertThat(sheet.rows()).isEqualTo(2);
      sheet.writeTo(out);
    }

    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
      Sheet sheet = book.getSheetAt(0);
      Row header = sheet.getRow(0);
      assertThat(header.getCell(0).getStringCellValue()).isEqualTo("电站名称");
      assertThat(header.getCell(2).getStringCellValue()).isEqualTo("实收(元)");
      assertThat(header.getCell(3).getStringCellValue()).isEqualTo("充电电量(千瓦时)");
      assertThat(header.getCell(7).getStringCellValue()).isEqualTo("服务费支出(元)");
      Row first = sheet.getRow(1);
      assertThat(first.getCell(0).getStringCellValue()).isEqualTo("临港景宏展厅充电站");
      assertThat(first.getCell(1).getStringCellValue()).isEqualTo("2025-07-31");
      assertThat(first.getCell(2).getNumericCellValue()).isEqualTo(12.5);
      assertThat(first.getCell(3).getNumericCellValue()).isEqualTo(20.1234);
      assertThat(first.getCell(3).getCellStyle().getDataFormatString()).isEqualTo("0.0000");
      assertThat(first.getCell(6).getNumericCellValue()).isEqualTo(0.07);
      assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("总计");
      assertThat(sheet.getLastRowNum()).isEqualTo(2);
    }
  }
}
