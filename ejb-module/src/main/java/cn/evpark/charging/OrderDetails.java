package cn.evpark.charging;

import cn.evpark.shared.Money;
import cn.evpark.wallet.AccountKind;
import java.util.List;
import java.util.Optional;

/**
 * An order's details for staff: the order, the ledger lines its settlement posted, the pile's
 * transaction record as received and, when staff settled it, who, when, why and from what.
 *
 * @param row the order with its station and phone
 * @param ledger the settlement's entries (empty when no money moved)
 * @param recordHex the 0x3B frame as the pile sent it, hex; empty before the record arrived
 * @param staffSettlement the audit of a staff settlement (money.md §3, ABNORMAL); empty unless
 *     staff settled the order
 */
public record OrderDetails(
    OrderRow row,
    List<LedgerLine> ledger,
    Optional<String> recordHex,
    Optional<StaffSettlement> staffSettlement) {

  /**
   * One entry of the settlement: which account, how much (yuan, positive credits), its balance
   * after.
   */
  public record LedgerLine(AccountKind account, Money amount, Money balanceAfter) {}
}
