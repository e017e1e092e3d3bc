package cn.evpark.web.charging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class OrderSheetTest {

  final OrderTexts zh = OrderTextsTest.texts("zh");

  @Test
  void cells_areTheTableColumnsInOrder() {
    assertThat(OrderSheet.cells(OrderTextsTest.settled(), zh))
        .containsExactly(
            "上海市黄浦区联谊大厦充电站",
            "",
            "202611250000000051",
            new BigDecimal("12.5000"),
            "2026-11-25 11:00:00",
            "45分钟0秒",
            new BigDecimal("5.00"),
            new BigDecimal("10.00"),
            new BigDecimal("15.00"),
            null,
            "充电完成",
            "未支付",
            "SOC达到100%");
  }

  @Test
  void cells_ofAnOrderWithABenefit_showWhatItSavedAfterTheTotal() {
    OrderLine vip =
        OrderTextsTest.line(
            "APP",
            null,
            "SETTLED",
            "PAID",
            2700L,
            0x41,
            "SOC reached 100 %",
            new BigDecimal("12.00"),
            new BigDecimal("3.00"));

    List<Object> cells = OrderSheet.cells(vip, zh);

    assertThat(cells.subList(8, 10))
        .containsExactly(new BigDecimal("12.00"), new BigDecimal("3.00"));
  }

  @Test
  void cells_ofAnOrderStillCharging_leaveTheBillEmpty() {
    OrderLine charging =
        new OrderLine(
            "202611250000000052",
            "站",
            "13800000000",
            "32010200000001",
            1,
            "0".repeat(32),
            "APP",
            null,
            null,
            "",
            "",
            "",
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            "CHARGING",
            null,
            null,
            null,
            false,
            null);

    List<Object> cells = OrderSheet.cells(charging, zh);

    assertThat(cells.get(3)).isNull();
    assertThat(cells.subList(6, 10)).containsOnlyNulls();
    assertThat(cells.get(10)).isEqualTo("充电中");
  }

  @Test
  void writeTo_moreRowsThanTheWindow_keepsEveryRowWithHeadersAndAmounts() throws Exception {
    int count = OrderSheet.WINDOW * 3 + 7;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (OrderSheet sheet = new OrderSheet(zh)) {
      for (int i = 0; i < count; i++) {
        sheet.add(OrderTextsTest.settled());
      }
      sheet.writeTo(out);
      assertThat(sheet.rows()).isEqualTo(count);
    }

    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
      Sheet sheet = book.getSheet("充电订单");
      assertThat(sheet.getLastRowNum()).isEqualTo(count);
      assertThat(texts(sheet.getRow(0)))
          .containsExactly(
              "电站名称",
              "手机号",
              "商户订单号",
              "充电电量(度数)",
              "充电开始时间",
              "充电时长",
              "服务费(元)",
              "电费(元)",
              "实收总金额(元)",
              "优惠金额(元)",
              "充电状态",
              "支付状态",
              "结束原因");
      Row last = sheet.getRow(count);
      assertThat(texts(last))
          .containsExactly(
              "上海市黄浦区联谊大厦充电站",
              "",
              "202611250000000051",
              "12.5000",
              "2026-11-25 11:00:00",
              "45分钟0秒",
              "5.00",
              "10.00",
              "15.00",
              "",
              "充电完成",
              "未支付",
              "SOC达到100%");
      assertThat(last.getCell(8).getCellType()).isEqualTo(CellType.NUMERIC);
    }
  }

  static List<String> texts(Row row) {
    DataFormatter format = new DataFormatter();
    List<String> texts = new ArrayList<>();
    for (int c = 0; c < OrderSheet.COLUMNS.size(); c++) {
      Cell cell = row.getCell(c);
      texts.add(cell == null ? "" : format.formatCellValue(cell));
    }
    return texts;
  }
}
