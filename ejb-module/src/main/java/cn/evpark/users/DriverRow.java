package cn.evpark.users;

import cn.evpark.benefit.VipBenefit;
import cn.evpark.shared.Money;
import java.util.List;
import java.util.Optional;

/**
 * One row of 用户管理 (manual 7.1): a driver at one operator.
 *
 * @param operatorId the operator whose user the driver is
 * @param driverId the driver
 * @param phone mainland mobile number
 * @param plates up to five
 * @param balance the wallet at the operator, yuan
 * @param arrears what the driver owes the operator (欠费), yuan, positive
 * @param orders how many charging orders the driver has at the operator
 * @param vip the VIP benefit at the operator; empty without one
 */
public record DriverRow(
    long operatorId,
    long driverId,
    String phone,
    List<String> plates,
    Money balance,
    Money arrears,
    long orders,
    Optional<VipBenefit> vip) {}
