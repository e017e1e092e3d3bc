package cn.evpark.web.charging;

import cn.evpark.charging.ChargingType;
import cn.evpark.charging.OrderFilter;
import cn.evpark.charging.OrderState;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The filters of the 充电订单 page as entered: blanks mean "any", text is stripped. {@link #problems}
 * says which fields cannot select anything sensible, so the page can name the field instead of
 * silently showing no rows.
 *
 * @param stationId 电站
 * @param chargingType 充电类型
 * @param phone 手机号, 11 digits
 * @param from 开始充电时间起, a business day (Asia/Shanghai), inclusive
 * @param to 开始充电时间止, a business day, inclusive, not before {@code from}
 * @param state 充电状态
 * @param pileCode 充电桩编码, 14 digits
 * @param orderNo 商户订单号, 18 digits
 */
public record OrderCriteria(
    Long stationId,
    ChargingType chargingType,
    String phone,
    LocalDate from,
    LocalDate to,
    OrderState state,
    String pileCode,
    String orderNo)
    implements Serializable {

  /** No filter. */
  public static final OrderCriteria ANY =
      new OrderCriteria(null, null, null, null, null, null, null, null);

  private static final Pattern PHONE = Pattern.compile("1\\d{10}");
  private static final Pattern PILE_CODE = Pattern.compile("\\d{14}");
  private static final Pattern ORDER_NO = Pattern.compile("\\d{18}");

  /** A field that cannot be searched for, and the page text saying why. */
  public record Problem(String field, String key) {}

  public OrderCriteria {
    phone = normalised(phone);
    pileCode = normalised(pileCode);
    orderNo = normalised(orderNo);
  }

  /** What is wrong with the entered filters, field by field; empty when they can be searched. */
  public List<Problem> problems() {
    List<Problem> problems = new ArrayList<>();
    if (phone != null && !PHONE.matcher(phone).matches()) {
      problems.add(new Problem("phone", "orders.filter.phone"));
    }
    if (from != null && to != null && to.isBefore(from)) {
      problems.add(new Problem("to", "orders.filter.toBeforeFrom"));
    }
    if (pileCode != null && !PILE_CODE.matcher(pileCode).matches()) {
      problems.add(new Problem("pileCode", "orders.filter.pileCode"));
    }
    if (orderNo != null && !ORDER_NO.matcher(orderNo).matches()) {
      problems.add(new Problem("orderNo", "orders.filter.orderNo"));
    }
    return problems;
  }

  /** The domain's filter of these criteria. */
  public OrderFilter toFilter() {
    return new OrderFilter(stationId, chargingType, phone, from, to, state, pileCode, orderNo);
  }

  private static String normalised(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
