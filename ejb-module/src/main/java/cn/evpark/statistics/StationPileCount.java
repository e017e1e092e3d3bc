package cn.evpark.statistics;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * How many AC and DC piles and guns a station has, as of the last run of the pile-count job. One
 * row per station, replaced by every run.
 */
@Entity
@Table(name = "station_pile_count")
public class StationPileCount implements Serializable {

  private static final long serialVersionUID = 1L;

  @Id
  @Column(name = "station_id")
  private long stationId;

  @Column(name = "ac_piles", nullable = false)
  private int acPiles;

  @Column(name = "dc_piles", nullable = false)
  private int dcPiles;

  @Column(nullable = false)
  private int guns;

  @Column(name = "counted_at", nullable = false)
  private LocalDateTime countedAt;

  protected StationPileCount() {}

  public StationPileCount(
      long stationId, int acPiles, int dcPiles, int guns, LocalDateTime countedAt) {
    if (acPiles < 0 || dcPiles < 0 || guns < 0) {
      throw new IllegalArgumentException("counts are never negative");
    }
    this.stationId = stationId;
    this.acPiles = acPiles;
    this.dcPiles = dcPiles;
    this.guns = guns;
    this.countedAt = countedAt;
  }

  public long getStationId() {
    return stationId;
  }

  public int getAcPiles() {
    return acPiles;
  }

  public int getDcPiles() {
    return dcPiles;
  }

  public int getGuns() {
    return guns;
  }

  public LocalDateTime getCountedAt() {
    return countedAt;
  }
}
