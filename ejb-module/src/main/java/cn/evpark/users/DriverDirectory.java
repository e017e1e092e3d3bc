package cn.evpark.users;

import cn.evpark.benefit.VipBenefit;
import cn.evpark.benefit.VipBenefits;
import cn.evpark.charging.DriverOrderCounts;
import cn.evpark.operator.AccessDeniedException;
import cn.evpark.operator.CallerScope;
import cn.evpark.operator.Scope;
import cn.evpark.shared.NotFoundException;
import cn.evpark.wallet.AccountKind;
import cn.evpark.wallet.Driver;
import cn.evpark.wallet.Drivers;
import cn.evpark.wallet.InvalidDriverException;
import cn.evpark.wallet.LedgerAccounts;
import cn.evpark.wallet.WalletHolders;
import cn.evpark.wallet.WalletStatement;
import cn.evpark.wallet.Wallets;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * 用户管理 (manual 7.1; money.md §1, §5): the drivers of the operators the caller may see, each with
 * phone, plates, wallet balance, arrears, order count and VIP benefit; staff add a driver by phone
 * and edit plates. Money moves elsewhere ({@link Wallets#topUpByStaff}); VIP benefits are set by
 * {@link VipBenefits}.
 */
@Stateless
public class DriverDirectory {

  @EJB CallerScope callers;
  @EJB WalletHolders holders;
  @EJB Wallets wallets;
  @EJB Drivers drivers;
  @EJB LedgerAccounts accounts;
  @EJB VipBenefits vips;
  @EJB DriverOrderCounts orderCounts;

  /** One page of {@link DriverRow}s and how many match in all. */
  public record Page(List<DriverRow> rows, long total) {}

  /**
   * The drivers whose phone or a plate contains {@code text}, newest first, in six queries whatever
   * the page's size.
   *
   * @param first index of the first row, from 0
   * @param size rows at most
   */
  public Page search(String text, int first, int size) {
    Scope scope = callers.current();
    WalletHolders.Page page = holders.search(scope, text, first, size);
    Set<Long> driverIds =
        page.holders().stream().map(WalletHolders.Holder::driverId).collect(Collectors.toSet());
    Map<String, VipBenefit> vip = vips.ofDrivers(driverIds);
    Map<String, Long> orders = orderCounts.of(scope, driverIds);
    List<DriverRow> rows =
        page.holders().stream()
            .map(
                h -> {
                  String key = VipBenefits.key(h.operatorId(), h.driverId());
                  return new DriverRow(
                      h.operatorId(),
                      h.driverId(),
                      h.phone(),
                      List.copyOf(h.plates()),
                      h.balance(),
                      h.arrears(),
                      orders.getOrDefault(key, 0L),
                      Optional.ofNullable(vip.get(key)));
                })
            .toList();
    return new Page(rows, page.total());
  }

  /**
   * A driver of an operator the caller may see, with the wallet's latest {@code lines} ledger
   * lines.
   *
   * @throws NotFoundException when the driver has no wallet at the operator, or the operator is
   *     outside the caller's scope
   */
  public Details details(long operatorId, long driverId, int lines) {
    DriverRow row = row(callers.current(), operatorId, driverId);
    WalletStatement statement =
        wallets.statementsOf(driverId, lines).stream()
            .filter(w -> w.operatorId() == operatorId)
            .findFirst()
            .orElseThrow(() -> notFound(driverId));
    return new Details(row, statement.lines());
  }

  /** A driver at an operator with the wallet's latest ledger lines. */
  public record Details(DriverRow row, List<WalletStatement.Line> lines) {}

  /**
   * Adds a driver to the operator's users (用户管理 添加): registered by phone if new, the wallet at the
   * operator opened with a zero balance.
   *
   * @throws InvalidDriverException when the phone is not a mainland mobile number
   * @throws NotFoundException when the operator is outside the caller's scope
   * @throws AccessDeniedException for a read-only account
   */
  public DriverRow add(long operatorId, String phone) {
    Scope scope = callers.forChange();
    scope.check(operatorId, "operator.notFound");
    Driver driver = drivers.register(phone);
    accounts.wallet(operatorId, driver.getId());
    return row(scope, operatorId, driver.getId());
  }

  /**
   * Replaces the plates of a driver of the operator (编辑车牌).
   *
   * @throws InvalidDriverException when a plate is malformed or there are more than five
   * @throws NotFoundException when the driver has no wallet at the operator, or the operator is
   *     outside the caller's scope
   * @throws AccessDeniedException for a read-only account
   */
  public DriverRow editPlates(long operatorId, long driverId, List<String> plates) {
    Scope scope = callers.forChange();
    row(scope, operatorId, driverId);
    drivers.replacePlates(driverId, plates);
    return row(scope, operatorId, driverId);
  }

  private DriverRow row(Scope scope, long operatorId, long driverId) {
    scope.check(operatorId, "driver.notFound");
    if (accounts.existing(operatorId, AccountKind.WALLET, driverId).isEmpty()) {
      throw notFound(driverId);
    }
    Driver driver = drivers.byId(driverId).orElseThrow(() -> notFound(driverId));
    String key = VipBenefits.key(operatorId, driverId);
    return new DriverRow(
        operatorId,
        driverId,
        driver.getPhone(),
        List.copyOf(driver.getPlates()),
        wallets.balance(operatorId, driverId),
        wallets.arrears(operatorId, driverId),
        orderCounts.of(Scope.operator(operatorId), Set.of(driverId)).getOrDefault(key, 0L),
        vips.of(operatorId, driverId));
  }

  private static NotFoundException notFound(long driverId) {
    return new NotFoundException("driver.notFound", "no driver " + driverId);
  }
}
