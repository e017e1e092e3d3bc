package cn.evpark.parking;

import cn.evpark.shared.DomainException;
import java.util.List;

/**
 * What staff asked of a stay does not fit where it is ({@code parking.md §3}): money collected
 * offline before it settled ({@code parking.occupancy.notSettled}), a departure for a stay that has
 * one ({@code parking.occupancy.departed}). The argument is the stay's 订单编号.
 */
public class OccupancyStateException extends DomainException {

  private static final long serialVersionUID = 1L;

  public OccupancyStateException(String code, String message, String orderNo) {
    super(code, message, List.of(String.valueOf(orderNo)));
  }
}
