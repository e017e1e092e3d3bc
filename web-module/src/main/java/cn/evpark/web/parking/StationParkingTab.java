package cn.evpark.web.parking;

import cn.evpark.parking.BayEventRow;
import cn.evpark.parking.BayEvents;
import cn.evpark.parking.IssuedParkingKey;
import cn.evpark.parking.ParkingKeyInfo;
import cn.evpark.parking.ParkingKeys;
import cn.evpark.parking.ParkingSystems;
import cn.evpark.parking.ReductionKind;
import cn.evpark.parking.ReductionRules;
import cn.evpark.parking.ReductionTerms;
import cn.evpark.shared.BusinessCalendar;
import cn.evpark.web.shared.PageAction;
import cn.evpark.web.shared.PageMessages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The station settings' 停车设备 tab ({@code parking.md §1, §4}): the key the station's bay cameras,
 * locks and parking system sign their calls with, issued or rotated here with its secret shown
 * once; the station's parking-fee reduction after charging (停车减免) and where its parking system
 * takes it; and the latest events the devices reported, with their photos.
 */
@Named
@ViewScoped
public class StationParkingTab implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The latest events the tab lists. */
  static final int SHOWN_EVENTS = 20;

  @EJB transient ParkingKeys keys;
  @EJB transient BayEvents events;
  @EJB transient ReductionRules reductions;
  @EJB transient ParkingSystems systems;
  @Inject transient PageMessages feedback;

  private Long stationId;
  private ParkingKeyInfo key;
  private String issuedSecret;
  private List<BayEventRow> latest = List.of();
  private boolean enabled;
  private BigDecimal minEnergy;
  private BigDecimal minAmount;
  private ReductionKind kind = ReductionKind.MINUTES;
  private BigDecimal value;
  private String url;

  /** Shows the tab for a station. */
  @PageAction
  public void open(long id) {
    stationId = id;
    issuedSecret = null;
    key = keys.of(id).orElse(null);
    latest = events.page(id, 0, SHOWN_EVENTS);
    show(reductions.of(id).orElse(null));
    url = systems.of(id).orElse(null);
  }

  /** 确定 of 停车场系统地址: reductions and bay lock requests go there from now on. */
  @PageAction
  public void saveSystem() {
    url = systems.set(stationId, url);
    feedback.info("parking.system.saved");
  }

  /** 保存 of 停车减免: orders settled from now on earn the reduction. */
  @PageAction
  public void saveReduction() {
    show(reductions.set(stationId, new ReductionTerms(enabled, minEnergy, minAmount, kind, value)));
    feedback.info("parking.reduction.saved");
  }

  private void show(ReductionTerms terms) {
    enabled = terms != null && terms.enabled();
    minEnergy = terms == null ? null : terms.minEnergy();
    minAmount = terms == null ? null : terms.minAmount();
    kind = terms == null ? ReductionKind.MINUTES : terms.kind();
    value = terms == null ? null : terms.value();
  }

  /** The kinds of reduction, for the select. */
  public ReductionKind[] getKinds() {
    return ReductionKind.values();
  }

  public boolean isEnabled() {
    return enabled;
  }

  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  public BigDecimal getMinEnergy() {
    return minEnergy;
  }

  public void setMinEnergy(BigDecimal minEnergy) {
    this.minEnergy = minEnergy;
  }

  public BigDecimal getMinAmount() {
    return minAmount;
  }

  public void setMinAmount(BigDecimal minAmount) {
    this.minAmount = minAmount;
  }

  public ReductionKind getKind() {
    return kind;
  }

  public void setKind(ReductionKind kind) {
    this.kind = kind;
  }

  public BigDecimal getValue() {
    return value;
  }

  public void setValue(BigDecimal value) {
    this.value = value;
  }

  public String getUrl() {
    return url;
  }

  public void setUrl(String url) {
    this.url = url;
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
