package cn.evpark.web.tariff;

import cn.evpark.tariff.ChargingFeeStandardService;
import cn.evpark.tariff.OccupancyRuleService;
import cn.evpark.tariff.ReservationRuleService;
import cn.evpark.tariff.StationTariffService;
import cn.evpark.tariff.StationTariffSettings;
import cn.evpark.web.shared.PageAction;
import cn.evpark.web.shared.PageMessages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.function.Supplier;

/**
 * The station settings' 费率设置 tab (manual 3.2): choose a charging fee standard and save it, or make
 * the station free; choose a reservation rule, save it and publish it; choose an occupancy rule,
 * save it and make it effective. The choices are the station's operator's.
 */
@Named
@ViewScoped
public class StationTariffTab implements Serializable {

  private static final long serialVersionUID = 1L;

  /** An entry of a choice list. */
  public record Choice(long id, String name) implements Serializable {}

  @EJB transient StationTariffService tariffs;
  @EJB transient ChargingFeeStandardService standards;
  @EJB transient ReservationRuleService reservationRules;
  @EJB transient OccupancyRuleService occupancyRules;
  @Inject transient PageMessages feedback;

  private StationTariffSettings settings;
  private Long standardId;
  private Long reservationRuleId;
  private Long occupancyRuleId;
  private List<Choice> standardChoices = List.of();
  private List<Choice> reservationChoices = List.of();
  private List<Choice> occupancyChoices = List.of();

  /** Shows the tab for a station. */
  @PageAction
  public void open(long stationId) {
    show(tariffs.settingsOf(stationId));
    long operator = settings.operatorId();
    standardChoices =
        standards.listOf(operator).stream().map(s -> new Choice(s.getId(), s.getName())).toList();
    reservationChoices =
        reservationRules.listOf(operator).stream()
            .map(r -> new Choice(r.getId(), r.getName()))
            .toList();
    occupancyChoices =
        occupancyRules.listOf(operator).stream()
            .map(r -> new Choice(r.getId(), r.getName()))
            .toList();
  }

  /** 充电费设置 确定. */
  @PageAction
  public void saveStandard() {
    change(() -> tariffs.chargeBy(settings.stationId(), standardId == null ? -1 : standardId));
  }

  /** 充电费设置 免费. */
  @PageAction
  public void makeFree() {
    change(() -> tariffs.chargeNothing(settings.stationId()));
  }

  /** 预约费设置 确定. */
  @PageAction
  public void saveReservationRule() {
    change(() -> tariffs.offerReservations(settings.stationId(), reservationRuleId));
  }

  /** 预约费设置 发布 / 取消发布. */
  @PageAction
  public void publishReservations(boolean published) {
    change(() -> tariffs.publishReservations(settings.stationId(), published));
  }

  /** 占位费设置 确定. */
  @PageAction
  public void saveOccupancyRule() {
    change(() -> tariffs.useOccupancyRule(settings.stationId(), occupancyRuleId));
  }

  /** 占位费设置 生效 / 失效. */
  @PageAction
  public void makeOccupancyFeeEffective(boolean effective) {
    change(() -> tariffs.makeOccupancyFeeEffective(settings.stationId(), effective));
  }

  private void change(Supplier<StationTariffSettings> action) {
    show(action.get());
    feedback.info("tariffs.saved");
  }

  private void show(StationTariffSettings shown) {
    settings = shown;
    standardId = shown.standardId();
    reservationRuleId = shown.reservationRuleId();
    occupancyRuleId = shown.occupancyRuleId();
  }

  public StationTariffSettings getSettings() {
    return settings;
  }

  public Long getStandardId() {
    return standardId;
  }

  public void setStandardId(Long standardId) {
    this.standardId = standardId;
  }

  public Long getReservationRuleId() {
    return reservationRuleId;
  }

  public void setReservationRuleId(Long reservationRuleId) {
    this.reservationRuleId = reservationRuleId;
  }

  public Long getOccupancyRuleId() {
    return occupancyRuleId;
  }

  public void setOccupancyRuleId(Long occupancyRuleId) {
    this.occupancyRuleId = occupancyRuleId;
  }

  public List<Choice> getStandardChoices() {
    return standardChoices;
  }

  public List<Choice> getReservationChoices() {
    return reservationChoices;
  }

  public List<Choice> getOccupancyChoices() {
    return occupancyChoices;
  }
}
