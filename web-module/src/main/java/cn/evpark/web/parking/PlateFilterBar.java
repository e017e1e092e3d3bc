package cn.evpark.web.parking;

import cn.evpark.parking.PlateFilter;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * The filter bar of the parking order pages (manual 5.2–5.4): 电站, 车牌号, a range of days, as the user
 * typed them until 查询 applies them ({@link #applied}).
 */
public class PlateFilterBar implements Serializable {

  private static final long serialVersionUID = 1L;

  private Long stationId;
  private String plate;
  private LocalDate from;
  private LocalDate to;

  /** Whether the range ends before it starts (the page refuses it with its own words). */
  public boolean backwards() {
    return from != null && to != null && to.isBefore(from);
  }

  /** What the bar selects now. */
  public PlateFilter applied() {
    return new PlateFilter(stationId, plate, from, to);
  }

  public Long getStationId() {
    return stationId;
  }

  public void setStationId(Long stationId) {
    this.stationId = stationId;
  }

  public String getPlate() {
    return plate;
  }

  public void setPlate(String plate) {
    this.plate = plate;
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }
}
