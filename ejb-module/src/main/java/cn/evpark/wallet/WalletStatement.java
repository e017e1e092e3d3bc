package cn.evpark.wallet;

import cn.evpark.shared.Money;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A driver's wallet at one operator, as the driver sees it.
 *
 * @param operatorId the operator
 * @param balance the wallet's balance, yuan
 * @param arrears what the driver owes the operator (欠费), yuan, zero when nothing
 * @param depositHeld occupancy deposits (占位押金) held from it for sessions whose stay has not settled
 *     yet, yuan (parking.md §3)
 * @param lines the wallet's latest ledger lines, newest first
 */
public record WalletStatement(
    long operatorId,
    Money balance,
    Money arrears,
    Money depositHeld,
    List<WalletStatement.Line> lines) {

  /**
   * One movement of the wallet.
   *
   * @param postedAt UTC
   * @param kind what it was
   * @param amount yuan, positive in, negative out
   * @param balanceAfter the balance after it, yuan
   */
  public record Line(
      LocalDateTime postedAt, TransactionKind kind, Money amount, Money balanceAfter) {}
}
