package cn.evpark.pile;

import cn.evpark.shared.BusinessCalendar;
import cn.evpark.ykc.api.PileEvent;
import cn.evpark.ykc.protocol.PileCode;
import cn.evpark.ykc.protocol.TransactionSerial;
import cn.evpark.ykc.protocol.message.RealTimeData;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;

/**
 * The real-time data kept from the piles (0x13): a charging session's progress and each change of a
 * gun's state. Written as one JDBC batch per adapter batch, in the caller's transaction: at tens of
 * thousands of piles this is the high-volume stream, never one transaction per frame.
 */
@Stateless
public class GunSamples {

  static final String INSERT =
      "INSERT INTO gun_sample (pile_code, gun, transaction_serial, status, plugged,"
          + " output_voltage, output_current, soc, charging_minutes, energy, amount, fault_bits,"
          + " reported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

  @Resource(lookup = "jdbc/evpark")
  DataSource dataSource;

  /** The latest progress the pile reported of a session, if any frame of it arrived. */
  public Optional<SessionProgress> progress(TransactionSerial serial) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement query =
            connection.prepareStatement(
                "SELECT energy, amount, soc, charging_minutes, reported_at FROM gun_sample"
                    + " WHERE transaction_serial = ? ORDER BY id DESC LIMIT 1")) {
      query.setString(1, serial.value());
      try (ResultSet row = query.executeQuery()) {
        if (!row.next()) {
          return Optional.empty();
        }
        return Optional.of(
            new SessionProgress(
                row.getBigDecimal(1),
                row.getBigDecimal(2),
                row.getInt(3),
                row.getInt(4),
                row.getTimestamp(5).toLocalDateTime()));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the progress of session " + serial, e);
    }
  }

  /**
   * Every frame the pile reported of a session (0x13), oldest first: what a staff settlement of an
   * abnormal order is priced from (money.md §3). A session sends one every 15 s while charging, a
   * few thousand in a long one, read over the index of (serial, time).
   */
  public List<SessionProgress> session(PileCode pile, TransactionSerial serial) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement query =
            connection.prepareStatement(
                "SELECT energy, amount, soc, charging_minutes, reported_at FROM gun_sample"
                    + " WHERE transaction_serial = ? AND pile_code = ?"
                    + " ORDER BY reported_at, id")) {
      query.setString(1, serial.value());
      query.setString(2, pile.value());
      List<SessionProgress> frames = new ArrayList<>();
      try (ResultSet row = query.executeQuery()) {
        while (row.next()) {
          frames.add(
              new SessionProgress(
                  row.getBigDecimal(1),
                  row.getBigDecimal(2),
                  row.getInt(3),
                  row.getInt(4),
                  row.getTimestamp(5).toLocalDateTime()));
        }
      }
      return frames;
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the frames of session " + serial, e);
    }
  }

  /**
   * The sessions among {@code serials} that reported a frame at or after {@code since} (UTC), in
   * one query per 500 sessions over the index of (serial, time).
   */
  public Set<TransactionSerial> reportingSince(
      Collection<TransactionSerial> serials, LocalDateTime since) {
    Set<TransactionSerial> reporting = new HashSet<>();
    List<TransactionSerial> all = List.copyOf(serials);
    for (int from = 0; from < all.size(); from += 500) {
      List<TransactionSerial> chunk = all.subList(from, Math.min(all.size(), from + 500));
      String marks = String.join(",", Collections.nCopies(chunk.size(), "?"));
      try (Connection connection = dataSource.getConnection();
          PreparedStatement query =
              connection.prepareStatement(
                  "SELECT DISTINCT transaction_serial FROM gun_sample WHERE transaction_serial IN ("
                      + marks
                      + ") AND reported_at >= ?")) {
        for (int i = 0; i < chunk.size(); i++) {
          query.setString(i + 1, chunk.get(i).value());
        }
        query.setTimestamp(chunk.size() + 1, Timestamp.valueOf(since));
        try (ResultSet rows = query.executeQuery()) {
          while (rows.next()) {
            reporting.add(TransactionSerial.of(rows.getString(1)));
          }
        }
      } catch (SQLException e) {
        throw new IllegalStateException("cannot read which sessions report", e);
      }
    }
    return reporting;
  }

  public void record(List<PileEvent> batch) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement insert = connection.prepareStatement(INSERT)) {
      for (PileEvent event : batch) {
        if (event.message() instanceof RealTimeData data) {
          insert.setString(1, data.pileCode().value());
          insert.setInt(2, data.gun());
          if (data.transactionSerial().isNone()) {
            insert.setNull(3, Types.CHAR);
          } else {
            insert.setString(3, data.transactionSerial().value());
          }
          // a status the table lacks as its raw byte, "0x07": the sample is kept all the same
          insert.setString(4, data.status().name());
          insert.setBoolean(5, data.plugged());
          insert.setBigDecimal(6, data.outputVoltage());
          insert.setBigDecimal(7, data.outputCurrent());
          insert.setInt(8, data.soc());
          insert.setInt(9, data.chargingMinutes());
          insert.setBigDecimal(10, data.energy());
          insert.setBigDecimal(11, data.amount());
          insert.setInt(12, data.hardwareFaultBits());
          insert.setTimestamp(13, Timestamp.valueOf(BusinessCalendar.toStored(event.receivedAt())));
          insert.addBatch();
        }
      }
      insert.executeBatch();
    } catch (SQLException e) {
      throw new IllegalStateException("cannot store " + batch.size() + " real-time frames", e);
    }
  }
}
