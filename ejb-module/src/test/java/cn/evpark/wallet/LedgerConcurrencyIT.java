package cn.evpark.wallet;

import static org.assertj.core.api.Assertions.assertThat;

import cn.evpark.shared.Money;
import cn.evpark.shared.TestDatabase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * money.md §2 on MariaDB: 1,000 wallet operations (top-ups, debits, refunds, and copies of earlier
 * ones) on one wallet from 16 threads at once. Every operation is its own database transaction
 * through {@link Ledger#post}; debits the wallet cannot cover are refused. At the end the wallet's
 * balance equals the sum of its entries and the sum of the operations that went through, each key
 * moved money once, no balance was ever below zero and every transaction sums to zero.
 */
class LedgerConcurrencyIT {

  static final int OPERATIONS = 1_000;
  static final int THREADS = 16;

  static TestDatabase db;
  static long walletId;
  static long cashId;
  static long revenueId;

  @BeforeAll
  static void oneWalletOfOneDriver() throws Exception {
    db = TestDatabase.create("it_ledger_concurrency");
    db.update("INSERT INTO operator (name, created_at) VALUES ('运营商', NOW())");
    db.update("INSERT INTO driver (phone, created_at) VALUES ('13800000001', NOW())");
    walletId = account(AccountKind.WALLET, 1);
    cashId = account(AccountKind.CASH_CLEARING, LedgerAccount.OPERATOR_HOLDER);
    revenueId = account(AccountKind.ELECTRICITY_REVENUE, LedgerAccount.OPERATOR_HOLDER);
  }

  @AfterAll
  static void close() {
    db.close();
  }

  static long account(AccountKind kind, long holder) {
    return db.inTransaction(
        em -> {
          LedgerAccounts accounts = new LedgerAccounts();
          accounts.em = em;
          accounts.clock = Clock.systemUTC();
          return (kind.isDriverAccount()
                  ? accounts.wallet(1, holder)
                  : accounts.operatorAccount(1, kind))
              .getId();
        });
  }

  static Ledger ledger(EntityManager em) {
    Ledger ledger = new Ledger();
    ledger.em = em;
    ledger.clock = Clock.systemUTC();
    return ledger;
  }

  /** One operation: its key and what it does to the wallet. */
  record Operation(String key, TransactionKind kind, Money walletAmount, long otherAccount) {
    Posting posting() {
      return new Posting(
          key,
          kind,
          1,
          null,
          "test",
          List.of(
              new Posting.Leg(LedgerConcurrencyIT.walletId, walletAmount),
              new Posting.Leg(otherAccount, walletAmount.negated())));
    }
  }

  @Test
  void thousandConcurrentOperations_leaveBalanceEqualToLedgerAndToTheExpectedSum()
      throws Exception {
    Random random = new Random(20261130);
    List<Operation> operations = new ArrayList<>();
    for (int i = 0; i < OPERATIONS; i++) {
      int pick = random.nextInt(10);
      if (pick < 1 && !operations.isEmpty()) {
        operations.add(operations.get(random.nextInt(operations.size()))); // a copy
      } else if (pick < 5) {
        operations.add(
            new Operation(
                "top-up:" + i,
                TransactionKind.STAFF_TOP_UP,
                Money.ofFen(100 + random.nextInt(10_000)),
                cashId));
      } else if (pick < 8) {
        operations.add(
            new Operation(
                "debit:" + i,
                TransactionKind.CHARGING_SETTLEMENT,
                Money.ofFen(-(100 + random.nextInt(8_000))),
                revenueId));
      } else {
        operations.add(
            new Operation(
                "refund:" + i,
                TransactionKind.STAFF_REFUND,
                Money.ofFen(-(100 + random.nextInt(3_000))),
                cashId));
      }
    }

    Map<String, Money> applied = new ConcurrentHashMap<>();
    AtomicInteger copies = new AtomicInteger();
    AtomicInteger refused = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    List<Future<?>> done = new ArrayList<>();
    for (Operation operation : operations) {
      done.add(
          pool.submit(
              () -> {
                for (int attempt = 1; ; attempt++) {
                  try {
                    Ledger.Posted posted =
                        db.inTransaction(em -> ledger(em).post(operation.posting()));
                    if (posted.posted()) {
                      assertThat(applied.put(operation.key(), operation.walletAmount())).isNull();
                    } else {
                      copies.incrementAndGet();
                    }
                    return;
                  } catch (InsufficientBalanceException e) {
                    refused.incrementAndGet();
                    return;
                  } catch (PersistenceException e) {
                    // a lock wait or deadlock victim, or a copy that lost the key race: again
                    if (attempt == 5) {
                      throw e;
                    }
                  }
                }
              }));
    }
    for (Future<?> f : done) {
      f.get(5, TimeUnit.MINUTES);
    }
    pool.shutdown();

    Money expected = applied.values().stream().reduce(Money.ZERO, Money::plus);
    Money balance = db.inTransaction(em -> em.find(LedgerAccount.class, walletId).getBalance());
    Money ledgerSum = db.inTransaction(em -> ledger(em).sumOfEntries(walletId));
    assertThat(balance).isEqualTo(expected).isEqualTo(ledgerSum);
    assertThat(applied.size() + copies.get() + refused.get()).isEqualTo(OPERATIONS);
    assertThat(copies.get()).isPositive();
    assertThat(refused.get()).isPositive();
    try (Connection c = db.connect();
        Statement s = c.createStatement()) {
      assertThat(single(s, "SELECT COUNT(*) FROM ledger_transaction")).isEqualTo(applied.size());
      assertThat(
              single(
                  s,
                  "SELECT COUNT(*) FROM (SELECT transaction_id FROM ledger_entry"
                      + " GROUP BY transaction_id HAVING SUM(amount) <> 0) unbalanced"))
          .isZero();
      assertThat(
              single(
                  s,
                  "SELECT COUNT(*) FROM ledger_entry WHERE account_id = "
                      + walletId
                      + " AND balance_after < 0"))
          .isZero();
      for (long account : new long[] {walletId, cashId, revenueId}) {
        Money column = db.inTransaction(em -> em.find(LedgerAccount.class, account).getBalance());
        assertThat(column).isEqualTo(db.inTransaction(em -> ledger(em).sumOfEntries(account)));
      }
    }
  }

  static long single(Statement statement, String sql) throws Exception {
    try (ResultSet row = statement.executeQuery(sql)) {
      row.next();
      return row.getLong(1);
    }
  }
}
