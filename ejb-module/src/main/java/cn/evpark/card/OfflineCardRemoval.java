package cn.evpark.card;

import cn.evpark.ykc.protocol.PhysicalCardNumber;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * An IC card that left a station for good (删除, or 编辑 to another station), by physical number: a
 * pile offline when it left still holds it on its offline card list (ykc-protocol.md §7.11), and is
 * told to clear it at every login ({@link OfflineCardLists#atLogin}). Taken out when a card with
 * that number joins the station again. Platform data of a station, read only by the platform.
 */
@Entity
@IdClass(OfflineCardRemoval.Key.class)
@Table(name = "offline_card_removal")
public class OfflineCardRemoval {

  @Id
  @Column(name = "station_id")
  private long stationId;

  /** 16 hex digits, as the pile reads the chip. */
  @Id
  @Column(name = "physical_no", length = 16)
  private String physicalNo;

  /** UTC, as stored ({@link cn.evpark.shared.BusinessCalendar#toStored}). */
  @Column(name = "removed_at", nullable = false)
  private LocalDateTime removedAt;

  protected OfflineCardRemoval() {}

  OfflineCardRemoval(long stationId, PhysicalCardNumber physical, LocalDateTime removedAt) {
    this.stationId = stationId;
    this.physicalNo = physical.hex();
    this.removedAt = Objects.requireNonNull(removedAt);
  }

  public long getStationId() {
    return stationId;
  }

  public PhysicalCardNumber physicalNumber() {
    return PhysicalCardNumber.of(physicalNo);
  }

  /** The primary key: station and physical number. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;

    private long stationId;
    private String physicalNo;

    public Key() {}

    public Key(long stationId, String physicalNo) {
      this.stationId = stationId;
      this.physicalNo = physicalNo;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Key k && k.stationId == stationId && k.physicalNo.equals(physicalNo);
    }

    @Override
    public int hashCode() {
      return Objects.hash(stationId, physicalNo);
    }
  }
}
