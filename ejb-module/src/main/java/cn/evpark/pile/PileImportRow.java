package cn.evpark.pile;

import java.io.Serializable;
import java.util.Objects;

/**
 * One row of the pile bulk import (批量导入) as the operator filled it in: the fields of the 添加充电桩
 * form, each the text of its cell, stripped, empty when blank (never null). Nothing else is checked
 * here: {@link PileImports} checks every field and names a bad one by {@link #number()} and {@link
 * Column#header()}.
 *
 * @param number the row's number as the operator's file shows it (the header is row 1)
 * @param stationId 站点编号: the station's id
 * @param protocol 协议: the device model's family (设备型号's first choice, manual 4.2), YKC or YD; empty
 *     for YKC
 * @param deviceModel 设备型号: the name of a device model of that family
 * @param code 充电桩编码
 * @param minStartAmount 启动充电最低金额, yuan; empty for the default 2.00
 * @param operatingStatus 运营状态: 启用 or 禁用; empty for 启用
 * @param category 桩分类: 公用 or 私用; empty for 公用
 * @param bayNumber 车位编号, optional
 * @param bayName 车位名称, optional
 */
public record PileImportRow(
    int number,
    String stationId,
    String protocol,
    String deviceModel,
    String code,
    String minStartAmount,
    String operatingStatus,
    String category,
    String bayNumber,
    String bayName)
    implements Serializable {

  /** The fields of a row, in the order of the import template's columns. */
  public enum Column {
    STATION_ID("站点编号"),
    PROTOCOL("协议"),
    DEVICE_MODEL("设备型号"),
    CODE("充电桩编码"),
    MIN_START_AMOUNT("启动充电最低金额"),
    OPERATING_STATUS("运营状态"),
    CATEGORY("桩分类"),
    BAY_NUMBER("车位编号"),
    BAY_NAME("车位名称");

    private final String header;

    Column(String header) {
      this.header = header;
    }

    /** The column's header in the template, by which errors name it. */
    public String header() {
      return header;
    }
  }

  /**
   * @throws IllegalArgumentException when {@code number} is below 1
   */
  public PileImportRow {
    if (number < 1) {
      throw new IllegalArgumentException("rows are numbered from 1, not " + number);
    }
    stationId = text(stationId);
    protocol = text(protocol);
    deviceModel = text(deviceModel);
    code = text(code);
    minStartAmount = text(minStartAmount);
    operatingStatus = text(operatingStatus);
    category = text(category);
    bayNumber = text(bayNumber);
    bayName = text(bayName);
  }

  private static String text(String cell) {
    return Objects.requireNonNullElse(cell, "").strip();
  }
}
