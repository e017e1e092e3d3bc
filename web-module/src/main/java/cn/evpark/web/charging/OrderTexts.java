package cn.evpark.web.charging;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.function.UnaryOperator;

/**
 * The words the 充电订单 page and its export use for an order's coded values, from the page texts
 * ({@code orders.*} in the messages bundles), so the table and the spreadsheet say the same.
 */
public final class OrderTexts {

  private final UnaryOperator<String> text;

  /**
   * @param text the page text of a key; throws {@link MissingResourceException} for an unknown key
   */
  public OrderTexts(UnaryOperator<String> text) {
    this.text = text;
  }

  /** A page text, e.g. a column header. */
  public String label(String key) {
    return text.apply(key);
  }

  /**
   * 充电类型, e.g. 扫码充电; a type the pile's record names outside the spec's table with the pile's byte,
   * e.g. {@code 其他 0x03} (money.md §4.8: unknown codes are kept raw and shown).
   */
  public String chargingType(OrderLine line) {
    String type = text.apply("orders.type." + line.chargingType());
    return "OTHER".equals(line.chargingType()) && line.transactionTypeCode() != null
        ? String.format(Locale.ROOT, "%s 0x%02X", type, line.transactionTypeCode())
        : type;
  }

  /** 充电状态, e.g. 充电完成. */
  public String state(OrderLine line) {
    return text.apply("orders.state." + line.state());
  }

  /** 支付状态, e.g. 已支付; empty before settlement. */
  public String paymentStatus(OrderLine line) {
    return line.paymentStatus() == null ? "" : text.apply("orders.payment." + line.paymentStatus());
  }

  /** 充电时长 as the manual writes it: {@code 24分钟55秒}, {@code 1小时2分钟3秒}; empty when unknown. */
  public String duration(OrderLine line) {
    Long seconds = line.durationSeconds();
    if (seconds == null) {
      return "";
    }
    long s = Math.max(0, seconds);
    long hours = s / 3600;
    long minutes = s % 3600 / 60;
    long rest = s % 60;
    return hours > 0
        ? format("orders.duration.hours", hours, minutes, rest)
        : format("orders.duration.minutes", minutes, rest);
  }

  /**
   * 结束原因: the page's words for the common codes, else the code in hex and the protocol's meaning
   * (vendors add codes of their own, shown as they are); empty before the pile's record.
   */
  public String stopReason(OrderLine line) {
    Integer code = line.stopReasonCode();
    if (code == null) {
      return "";
    }
    try {
      return text.apply("orders.stopReason." + code);
    } catch (MissingResourceException notCommon) {
      return String.format(Locale.ROOT, "0x%02X %s", code, line.stopReasonText()).strip();
    }
  }

  /** The ledger account of a settlement's line, e.g. 钱包. */
  public String account(String kind) {
    return text.apply("orders.account." + kind);
  }

  private String format(String key, Object... arguments) {
    return new MessageFormat(text.apply(key), Locale.ROOT).format(arguments);
  }
}
