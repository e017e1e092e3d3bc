package cn.evpark.parking;

import cn.evpark.shared.DomainException;
import java.util.List;

/**
 * What was asked of a reduction does not fit where it is ({@code parking.md §4}): issuing again one
 * that has not failed ({@code parking.reduction.notFailed}), redeeming one never issued ({@code
 * parking.reduction.notIssued}). The argument is its 减免订单编号.
 */
public class ReductionStateException extends DomainException {

  private static final long serialVersionUID = 1L;

  public ReductionStateException(String code, String message, String orderNo) {
    super(code, message, List.of(String.valueOf(orderNo)));
  }
}
