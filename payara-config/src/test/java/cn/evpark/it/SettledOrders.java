package cn.evpark.it;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Writes settled charging orders straight into a test's database, as settlement leaves them
 * (money.md §4): for the statistics, which read only settled orders and arrears payments. Days are
 * Asia/Shanghai (UTC+8, stored UTC); orders start and end at random times, some across midnight; a
 * fifth of the wallet orders leave arrears, paid from the wallet one to three days later;
 * offline-card orders are unpaid; a free station's orders cost nothing; and orders in other states
 * are mixed in, which the statistics must ignore.
 *
 * <p>Orders, ledger transactions and ledger entries take their ids from {@link IdSequence}, and
 * every entry moves its account's balance: so the rows can share a database with a running platform
 * (the shared platform) without taking ids it will hand out, showing above its newer orders, or
 * putting the ledger out of balance.
 */
public final class SettledOrders {

  private final Connection db;
  private final Random random;
  private final Map<String, long[]> reserved = new HashMap<>();

  /** Stations copied so far: each copy's name takes the next number, unique within its operator. */
  private int copies;

  public SettledOrders(Connection db, long seed) {
    this.db = db;
    this.random = new Random(seed);
  }

  /**
   * Copies a station {@code n} times under new names ("name 2", …) and sets each one's payment
   * channel fee rate.
   *
   * @return the new stations' ids
   */
  public List<Long> copyStation(long template, int n, String feePercent) throws SQLException {
    List<String> columns = new ArrayList<>();
    try (ResultSet rs = db.getMetaData().getColumns(db.getCatalog(), null, "station", null)) {
      while (rs.next()) {
        String c = rs.getString("COLUMN_NAME");
        if (!c.equals("id") && !c.equals("name")) {
          columns.add(c);
        }
      }
    }
    String list = String.join(", ", columns);
    List<Long> ids = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      try (PreparedStatement insert =
          db.prepareStatement(
              "INSERT INTO station (name, "
                  + list
                  + ") SELECT CONCAT(name, ' ', ?), "
                  + list
                  + " FROM station WHERE id = ?",
              Statement.RETURN_GENERATED_KEYS)) {
        insert.setInt(1, ++copies + 1);
        insert.setLong(2, template);
        insert.executeUpdate();
        try (ResultSet key = insert.getGeneratedKeys()) {
          key.next();
          ids.add(key.getLong(1));
        }
      }
    }
    for (long id : ids) {
      execute("UPDATE station SET payment_fee_percent = " + feePercent + " WHERE id = " + id);
    }
    return ids;
  }

  /**
   * Copies a station {@code n} times in one statement, under names "name #1" … "name #n", each with
   * the payment channel fee rate.
   *
   * @return the new stations' ids, ascending
   */
  public List<Long> copyStations(long template, int n, String feePercent) throws SQLException {
    List<String> columns = new ArrayList<>();
    try (ResultSet rs = db.getMetaData().getColumns(db.getCatalog(), null, "station", null)) {
      while (rs.next()) {
        String c = rs.getString("COLUMN_NAME");
        if (!List.of("id", "name", "payment_fee_percent").contains(c)) {
          columns.add(c);
        }
      }
    }
    String list = String.join(", ", columns);
    long before;
    try (Statement query = db.createStatement();
        ResultSet max = query.executeQuery("SELECT MAX(id) FROM station")) {
      max.next();
      before = max.getLong(1);
    }
    execute(
        "INSERT INTO station (name, payment_fee_percent, "
            + list
            + ") SELECT CONCAT(s.name, ' #', seq + "
            + copies
            + "), "
            + feePercent
            + ", "
            + list.replaceAll("(\\w+)", "s.$1")
            + " FROM station s JOIN seq_1_to_"
            + n
            + " WHERE s.id = "
            + template
            + " ORDER BY seq");
    copies += n;
    List<Long> ids = new ArrayList<>();
    try (Statement query = db.createStatement();
        ResultSet rs =
            query.executeQuery("SELECT id FROM station WHERE id > " + before + " ORDER BY id")) {
      while (rs.next()) {
        ids.add(rs.getLong(1));
      }
    }
    return ids;
  }

  /**
   * A driver with a wallet and an arrears account at the operator; returns {driver, wallet,
   * arrears}.
   */
  public long[] driver(long operatorId, String phone) throws SQLException {
    long driver =
        insert(
            "INSERT INTO driver (phone, created_at, version) VALUES ('" + phone + "', NOW(), 0)");
    long wallet = account(operatorId, "WALLET", driver);
    long arrears = account(operatorId, "ARREARS", driver);
    return new long[] {driver, wallet, arrears};
  }

  private long account(long operatorId, String kind, long holder) throws SQLException {
    return insert(
        "INSERT INTO ledger_account (operator_id, kind, holder_id, balance, created_at) VALUES ("
            + operatorId
            + ", '"
            + kind
            + "', "
            + holder
            + ", 0, NOW())");
  }

  /**
   * {@code perDay} orders a day at each station for the days, paid by the drivers' wallets (with
   * arrears for some) or unpaid offline cards; free stations' orders cost nothing.
   */
  public void generate(
      long operatorId,
      List<Long> stations,
      List<Long> freeStations,
      List<long[]> drivers,
      LocalDate first,
      int days,
      int perDay)
      throws SQLException {
    for (int d = 0; d < days; d++) {
      LocalDate day = first.plusDays(d);
      for (long station : stations) {
        boolean free = freeStations.contains(station);
        for (int i = 0; i < perDay; i++) {
          order(operatorId, station, free, drivers.get(random.nextInt(drivers.size())), day);
        }
      }
    }
  }

  private void order(long operatorId, long station, boolean free, long[] driver, LocalDate day)
      throws SQLException {
    // ends at a random second of the day (Shanghai); 1 in 10 at 00:00–00:20, having started the
    // evening before
    LocalDateTime endLocal =
        random.nextInt(10) == 0
            ? day.atStartOfDay().plusSeconds(random.nextInt(1200))
            : day.atTime(LocalTime.ofSecondOfDay(random.nextInt(86_400)));
    LocalDateTime ended = endLocal.minusHours(8);
    LocalDateTime started = ended.minusMinutes(20 + random.nextInt(100));
    BigDecimal energy = BigDecimal.valueOf(random.nextInt(600_000), 4); // 0–60 kWh
    BigDecimal electricity = free ? BigDecimal.ZERO : BigDecimal.valueOf(random.nextInt(6_000), 2);
    BigDecimal service = free ? BigDecimal.ZERO : BigDecimal.valueOf(random.nextInt(3_000), 2);
    BigDecimal total = electricity.add(service);
    int kind = random.nextInt(20);
    String state = kind == 0 ? "ABNORMAL" : kind == 1 ? "FINISHED" : "SETTLED";
    boolean offline = kind == 2;
    boolean arrears = !free && !offline && kind >= 16 && total.signum() > 0;
    BigDecimal paid =
        offline
            ? BigDecimal.ZERO
            : arrears ? total.divide(BigDecimal.valueOf(3), 2, java.math.RoundingMode.DOWN) : total;
    BigDecimal owed = arrears ? total.subtract(paid) : BigDecimal.ZERO;
    String payment =
        free || total.signum() == 0
            ? "FREE"
            : offline ? "UNPAID" : arrears ? "PARTLY_PAID" : "PAID";
    long id = nextId("charging_order");
    try (PreparedStatement insert =
        db.prepareStatement(
            "INSERT INTO charging_order (id, order_no, operator_id, station_id, pile_code, gun,"
                + " transaction_serial, charging_type, driver_id, account_id, state,"
                + " payment_status, started_at, ended_at, energy, electricity_fee, service_fee,"
                + " total_amount, paid_amount, arrears_amount, billing_difference, created_at,"
                + " settled_at, version)"
                + " VALUES (?, ?, ?, ?, '32010200000099', 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                + " ?, FALSE, ?, ?, 0)")) {
      insert.setLong(1, id);
      insert.setString(2, String.format("%018d", id));
      insert.setLong(3, operatorId);
      insert.setLong(4, station);
      insert.setString(5, String.format("%032d", id));
      insert.setString(6, offline ? "OFFLINE_CARD" : "APP");
      if (offline) {
        insert.setNull(7, java.sql.Types.BIGINT);
        insert.setNull(8, java.sql.Types.BIGINT);
      } else {
        insert.setLong(7, driver[0]);
        insert.setLong(8, driver[1]);
      }
      insert.setString(9, state);
      insert.setString(10, state.equals("SETTLED") ? payment : null);
      insert.setTimestamp(11, Timestamp.valueOf(started));
      insert.setTimestamp(12, Timestamp.valueOf(ended));
      insert.setBigDecimal(13, energy);
      insert.setBigDecimal(14, electricity);
      insert.setBigDecimal(15, service);
      insert.setBigDecimal(16, total);
      insert.setBigDecimal(17, paid);
      insert.setBigDecimal(18, owed);
      insert.setTimestamp(19, Timestamp.valueOf(started));
      insert.setTimestamp(20, Timestamp.valueOf(ended.plusSeconds(5)));
      insert.executeUpdate();
    }
    if (arrears && state.equals("SETTLED")) {
      // paid from the wallet one to three days later, in one or two payments
      LocalDateTime at = ended.plusDays(1 + random.nextInt(3)).plusMinutes(random.nextInt(600));
      BigDecimal part = owed.divide(BigDecimal.valueOf(2), 2, java.math.RoundingMode.DOWN);
      if (part.signum() > 0 && random.nextBoolean()) {
        arrearsPayment(driver, part, at);
        arrearsPayment(driver, owed.subtract(part), at.plusHours(20));
      } else {
        arrearsPayment(driver, owed, at);
      }
    }
  }

  /**
   * An ARREARS_PAYMENT from the wallet, as {@code Wallets.payArrearsFromWallet} posts it: the
   * wallet down by {@code amount}, the arrears account up (towards zero) by it.
   */
  public void arrearsPayment(long[] driver, BigDecimal amount, LocalDateTime atUtc)
      throws SQLException {
    long transaction = nextId("ledger_transaction");
    execute(
        "INSERT INTO ledger_transaction (id, idempotency_key, kind, operator_id, posted_by,"
            + " posted_at) SELECT "
            + transaction
            + ", 'it-arrears-"
            + transaction
            + "', 'ARREARS_PAYMENT', operator_id, 'platform', '"
            + Timestamp.valueOf(atUtc)
            + "' FROM ledger_account WHERE id = "
            + driver[1]);
    entry(transaction, driver[1], amount.negate());
    entry(transaction, driver[2], amount);
  }

  private void entry(long transaction, long account, BigDecimal amount) throws SQLException {
    execute("UPDATE ledger_account SET balance = balance + " + amount + " WHERE id = " + account);
    execute(
        "INSERT INTO ledger_entry (id, transaction_id, account_id, amount, balance_after)"
            + " SELECT "
            + nextId("ledger_entry")
            + ", "
            + transaction
            + ", id, "
            + amount
            + ", balance FROM ledger_account WHERE id = "
            + account);
  }

  /** The next id of {@code sequence}, from a block of 100 reserved at a time. */
  private long nextId(String sequence) throws SQLException {
    long[] block = reserved.get(sequence);
    if (block == null || block[0] > block[1]) {
      long first = IdSequence.reserve(db, sequence, 100);
      block = new long[] {first, first + 99};
      reserved.put(sequence, block);
    }
    return block[0]++;
  }

  private long insert(String sql) throws SQLException {
    try (Statement statement = db.createStatement()) {
      statement.executeUpdate(sql, Statement.RETURN_GENERATED_KEYS);
      try (ResultSet key = statement.getGeneratedKeys()) {
        key.next();
        return key.getLong(1);
      }
    }
  }

  private void execute(String sql) throws SQLException {
    try (Statement statement = db.createStatement()) {
      statement.executeUpdate(sql);
    }
  }
}
