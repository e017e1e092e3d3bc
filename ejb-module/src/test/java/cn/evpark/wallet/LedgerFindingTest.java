package cn.evpark.wallet;

import static org.assertj.core.api.Assertions.assertThat;

import cn.evpark.wallet.LedgerFinding.AccountTotals;
import cn.evpark.wallet.LedgerFinding.Kind;
import cn.evpark.wallet.LedgerFinding.TransactionTotals;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The ledger check's rules (money.md §2). */
class LedgerFindingTest {

  @Test
  void account_balanceEqualToItsEntries_isRight_acrossScales() {
    assertThat(
            LedgerFinding.of(
                new AccountTotals(1, 9, new BigDecimal("12.30"), new BigDecimal("12.3"))))
        .isEmpty();
    assertThat(LedgerFinding.of(new AccountTotals(1, 9, new BigDecimal("0.00"), BigDecimal.ZERO)))
        .isEmpty();
  }

  @Test
  void account_balanceOffByOneFen_isFound_withBothFigures() {
    assertThat(
            LedgerFinding.of(
                new AccountTotals(4, 9, new BigDecimal("12.31"), new BigDecimal("12.30"))))
        .contains(
            new LedgerFinding(
                Kind.ACCOUNT_BALANCE, 4, 9, new BigDecimal("12.30"), new BigDecimal("12.31")));
  }

  @Test
  void transaction_summingToZero_isRight_anythingElseIsFound() {
    assertThat(LedgerFinding.of(new TransactionTotals(5, 9, new BigDecimal("0.00")))).isEmpty();
    assertThat(LedgerFinding.of(new TransactionTotals(6, 9, new BigDecimal("-0.01"))))
        .contains(
            new LedgerFinding(
                Kind.TRANSACTION_SUM, 6, 9, BigDecimal.ZERO, new BigDecimal("-0.01")));
  }
}
