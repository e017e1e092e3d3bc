package cn.evpark.web.parking;

import cn.evpark.parking.BayEventRow;
import cn.evpark.parking.BayEvents;
import cn.evpark.parking.IssuedParkingKey;
import cn.evpark.parking.ParkingKeyInfo;
import cn.evpark.parking.ParkingKeys;
import cn.evpark.shared.BusinessCalendar;
import cn.evpark.web.shared.PageAction;
import cn.evpark.web.shared.PageMessages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The station settings' 停车设备 tab ({@code parking.md §1}): the key the station's bay cameras and
 * locks sign their calls with, issued or rotated here with its secret shown once, and the latest
 * events the devices reported, with their photos.
 */
@Named
@ViewScoped
public class StationParkingTab implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The latest events the tab lists. */
  static final int SHOWN_EVENTS = 20;

  @EJB transient ParkingKeys keys;
  @EJB transient BayEvents events;
  @Inject transient PageMessages feedback;

  private Long stationId;
  private ParkingKeyInfo key;
  private String issuedSecret;
  private List<BayEventRow> latest = List.of();

  /** Shows the tab for a station. */
  @PageAction
  public void open(long id) {
    stationId = id;
    issuedSecret = null;
    key = keys.of(id).orElse(null);
    latest = events.page(id, 0, SHOWN_EVENTS);
  }

  /** 生成密钥 / 轮换密钥: the new secret is shown until the tab is opened again. */
  @PageAction
  public void issue() {
    IssuedParkingKey issued = keys.issue(stationId);
    key = issued.key();
    issuedSecret = issued.secret();
    feedback.info("parking.key.issued");
  }

  /** 刷新 of the event list. */
  @PageAction
  public void refresh() {
    latest = events.page(stationId, 0, SHOWN_EVENTS);
  }

  public ParkingKeyInfo getKey() {
    return key;
  }

  /** The secret just issued, else null: never read back from the platform. */
  public String getIssuedSecret() {
    return issuedSecret;
  }

  public List<BayEventRow> getEvents() {
    return latest;
  }

  /** When the key was issued, Asia/Shanghai. */
  public String issuedAt() {
    return key == null ? "" : BusinessCalendar.display(key.issuedAt());
  }

  /** An event's time as shown; the rows are Asia/Shanghai already. */
  public String shown(LocalDateTime local) {
    return BusinessCalendar.displayLocal(local);
  }
}
