package cn.evpark.web.users;

import cn.evpark.benefit.ActivityDraft;
import cn.evpark.benefit.ActivityState;
import cn.evpark.benefit.ChargingActivities;
import cn.evpark.benefit.ChargingActivity;
import cn.evpark.operator.Operator;
import cn.evpark.operator.OperatorService;
import cn.evpark.station.Station;
import cn.evpark.station.StationService;
import cn.evpark.web.shared.PageAction;
import cn.evpark.web.shared.PageMessages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * 充电活动 (manual 7.4): the operator's charging activities with their state; add (添加) and edit (编辑) in
 * one dialog (活动名称, 活动时间, 星期, 备注, 活动类型 按比例, 电费优惠 %, 服务费优惠 %, 活动电站), and end an activity early (结束).
 */
@Named
@ViewScoped
public class ActivitiesPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB transient ChargingActivities activities;
  @EJB transient OperatorService operators;
  @EJB transient StationService stations;
  @Inject transient PageMessages feedback;

  private Long editingId;
  private Long operatorId;
  private String name;
  private LocalDate startDate;
  private LocalDate endDate;
  private List<String> weekdays = allWeekdayNames();
  private String remarks;
  private BigDecimal electricityPercent;
  private BigDecimal servicePercent;
  private List<Long> stationIds = new ArrayList<>();

  /** Opens the dialog empty, for 添加. */
  public void startAdd() {
    editingId = null;
    name = null;
    startDate = null;
    endDate = null;
    weekdays = allWeekdayNames();
    remarks = null;
    electricityPercent = null;
    servicePercent = null;
    stationIds = new ArrayList<>();
  }

  /** Opens the dialog with an activity's terms, for 编辑. */
  public void startEdit(ChargingActivity activity) {
    editingId = activity.getId();
    operatorId = activity.getOperatorId();
    name = activity.getName();
    startDate = activity.getStartDate();
    endDate = activity.getEndDate();
    weekdays = new ArrayList<>(activity.getWeekdays().stream().map(DayOfWeek::name).toList());
    remarks = activity.getRemarks();
    electricityPercent = activity.getElectricityDiscount();
    servicePercent = activity.getServiceDiscount();
    stationIds = new ArrayList<>(activity.getStationIds());
  }

  @PageAction(messagesFor = "editor:editorMessages")
  public void save() {
    ActivityDraft draft =
        new ActivityDraft(
            name,
            startDate,
            endDate,
            weekdays.stream().map(DayOfWeek::valueOf).collect(Collectors.toSet()),
            remarks,
            electricityPercent,
            servicePercent,
            Set.copyOf(stationIds));
    if (editingId == null) {
      activities.create(chosenOperator(), draft);
    } else {
      activities.edit(editingId, draft);
    }
    feedback.info("activity.saved", draft.name());
  }

  @PageAction
  public void end(long id) {
    ChargingActivity ended = activities.endEarly(id);
    feedback.info("activity.endedNow", ended.getName());
  }

  public List<ChargingActivity> getActivities() {
    return activities.list();
  }

  public ActivityState state(ChargingActivity activity) {
    return activity.stateOn(activities.today());
  }

  public List<Operator> getOperators() {
    return operators.listAll();
  }

  /** The stations to choose from: those of the chosen operator. */
  public List<Station> getStations() {
    long operator = chosenOperator();
    return stations.listAll().stream().filter(s -> s.getOperator().getId() == operator).toList();
  }

  /** The names of an activity's stations, for the list. */
  public String stationNames(ChargingActivity activity) {
    Map<Long, String> names = stations.namesOf(activity.getStationIds());
    return activity.getStationIds().stream()
        .map(id -> names.getOrDefault(id, "#" + id))
        .sorted()
        .collect(Collectors.joining("、"));
  }

  /** An activity's weekdays in order, as bundle keys' suffixes (MONDAY …). */
  public List<DayOfWeek> weekdaysOf(ChargingActivity activity) {
    return activity.getWeekdays().stream().sorted().toList();
  }

  public DayOfWeek[] getAllWeekdays() {
    return DayOfWeek.values();
  }

  public String percent(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }

  private static List<String> allWeekdayNames() {
    return new ArrayList<>(EnumSet.allOf(DayOfWeek.class).stream().map(DayOfWeek::name).toList());
  }

  /** The operator chosen in the dialog, else the first the caller may see. */
  private long chosenOperator() {
    if (operatorId != null) {
      return operatorId;
    }
    List<Operator> visible = getOperators();
    return visible.isEmpty() ? -1 : visible.get(0).getId();
  }

  public boolean isEditing() {
    return editingId != null;
  }

  public Long getOperatorId() {
    return operatorId;
  }

  public void setOperatorId(Long operatorId) {
    this.operatorId = operatorId;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public LocalDate getStartDate() {
    return startDate;
  }

  public void setStartDate(LocalDate startDate) {
    this.startDate = startDate;
  }

  public LocalDate getEndDate() {
    return endDate;
  }

  public void setEndDate(LocalDate endDate) {
    this.endDate = endDate;
  }

  /** The chosen weekdays' names (MONDAY …), as the check boxes submit them. */
  public List<String> getWeekdays() {
    return weekdays;
  }

  public void setWeekdays(List<String> weekdays) {
    this.weekdays = weekdays;
  }

  public String getRemarks() {
    return remarks;
  }

  public void setRemarks(String remarks) {
    this.remarks = remarks;
  }

  public BigDecimal getElectricityPercent() {
    return electricityPercent;
  }

  public void setElectricityPercent(BigDecimal electricityPercent) {
    this.electricityPercent = electricityPercent;
  }

  public BigDecimal getServicePercent() {
    return servicePercent;
  }

  public void setServicePercent(BigDecimal servicePercent) {
    this.servicePercent = servicePercent;
  }

  public List<Long> getStationIds() {
    return stationIds;
  }

  public void setStationIds(List<Long> stationIds) {
    this.stationIds = stationIds;
  }
}
