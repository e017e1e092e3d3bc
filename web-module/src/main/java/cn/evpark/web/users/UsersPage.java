package cn.evpark.web.users;

import cn.evpark.benefit.Discount;
import cn.evpark.benefit.VipBenefit;
import cn.evpark.benefit.VipBenefits;
import cn.evpark.benefit.VipKind;
import cn.evpark.operator.Operator;
import cn.evpark.operator.OperatorService;
import cn.evpark.shared.BusinessCalendar;
import cn.evpark.shared.Money;
import cn.evpark.station.Station;
import cn.evpark.station.StationService;
import cn.evpark.users.DriverDirectory;
import cn.evpark.users.DriverRow;
import cn.evpark.wallet.Wallets;
import cn.evpark.web.shared.PageAction;
import cn.evpark.web.shared.PageMessages;
import cn.evpark.web.shared.PagedModel;
import cn.evpark.wechatpay.Refund;
import cn.evpark.wechatpay.WalletRefunds;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * 用户管理 (manual 7.1): the operator's drivers with phone, plates, wallet balance, arrears, orders and
 * VIP; search by phone or plate, add a driver, details (wallet lines and refunds), edit plates, set
 * or remove a VIP benefit, and top up a wallet with a reason (cash, through the ledger, once per
 * dialog: the request id is made when the dialog opens).
 */
@Named
@ViewScoped
public class UsersPage implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The wallet lines the details show. */
  private static final int LINES = 20;

  @EJB transient DriverDirectory directory;
  @EJB transient VipBenefits vips;
  @EJB transient Wallets wallets;
  @EJB transient WalletRefunds refunds;
  @EJB transient OperatorService operators;
  @EJB transient StationService stations;
  @Inject transient PageMessages feedback;

  private String search;
  private Long operatorId;
  private String phone;

  private DriverRow selected;
  private DriverDirectory.Details details;
  private List<Refund> selectedRefunds = List.of();
  private String plates;
  private VipKind vipKind = VipKind.FREE;
  private BigDecimal electricityPercent;
  private BigDecimal servicePercent;
  private List<Long> vipStations = new ArrayList<>();
  private BigDecimal topUpAmount;
  private String topUpReason;
  private String topUpRequestId;

  private final PagedModel<DriverRow> drivers =
      new PagedModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        protected Page<DriverRow> fetch(int first, int size) {
          DriverDirectory.Page page = directory.search(search, first, size);
          return new Page<>(page.rows(), page.total());
        }

        @Override
        protected String keyOf(DriverRow row) {
          return row.operatorId() + "-" + row.driverId();
        }
      };

  @PageAction
  public void add() {
    DriverRow added = directory.add(operatorId, phone);
    feedback.info("users.added", added.phone());
    phone = null;
  }

  /** Opens a dialog for a row: its details, plates, VIP and top-up forms start from it. */
  public void select(DriverRow row) {
    selected = row;
    plates = String.join(" ", row.plates());
    VipBenefit vip = row.vip().orElse(null);
    vipKind = vip == null ? VipKind.FREE : vip.getKind();
    electricityPercent = vip == null ? null : vip.getElectricityDiscount();
    servicePercent = vip == null ? null : vip.getServiceDiscount();
    vipStations = vip == null ? new ArrayList<>() : new ArrayList<>(vip.getStationIds());
    topUpAmount = null;
    topUpReason = null;
    topUpRequestId = UUID.randomUUID().toString();
  }

  @PageAction
  public void showDetails(DriverRow row) {
    select(row);
    details = directory.details(row.operatorId(), row.driverId(), LINES);
    selectedRefunds = refunds.ofOperators(row.driverId(), 0, LINES);
  }

  @PageAction(messagesFor = "platesForm:platesMessages")
  public void savePlates() {
    List<String> list =
        plates == null || plates.isBlank()
            ? List.of()
            : Arrays.stream(plates.strip().split("[\\s,，、]+")).toList();
    directory.editPlates(selected.operatorId(), selected.driverId(), list);
    feedback.info("users.saved");
  }

  @PageAction(messagesFor = "vipForm:vipMessages")
  public void saveVip() {
    Discount discount =
        vipKind == VipKind.FREE
            ? Discount.FREE
            : new Discount(orZero(electricityPercent), orZero(servicePercent));
    vips.set(
        selected.operatorId(), selected.driverId(), vipKind, discount, Set.copyOf(vipStations));
    feedback.info("users.vip.saved", selected.phone());
  }

  @PageAction
  public void removeVip(DriverRow row) {
    vips.remove(row.operatorId(), row.driverId());
    feedback.info("users.vip.removed", row.phone());
  }

  @PageAction(messagesFor = "topUpForm:topUpMessages")
  public void topUp() {
    if (topUpAmount == null
        || topUpAmount.signum() <= 0
        || topUpAmount.stripTrailingZeros().scale() > Money.SCALE
        || topUpReason == null
        || topUpReason.isBlank()) {
      // the ledger takes positive whole fen only; a reason is what the audit keeps (money.md §6)
      feedback.error("users.topUp.incomplete");
      return;
    }
    Wallets.TopUp done =
        wallets.topUpByStaff(
            selected.operatorId(),
            selected.driverId(),
            new Money(topUpAmount),
            topUpReason.strip(),
            topUpRequestId);
    feedback.info(
        done.posted() ? "users.topUp.done" : "users.topUp.repeat",
        selected.phone(),
        done.amount().yuan().toPlainString());
  }

  public PagedModel<DriverRow> getDrivers() {
    return drivers;
  }

  public List<Operator> getOperators() {
    return operators.listAll();
  }

  /** The stations of the selected driver's operator, for the VIP's station choice. */
  public List<Station> getOperatorStations() {
    if (selected == null) {
      return List.of();
    }
    return stations.listAll().stream()
        .filter(s -> s.getOperator().getId() == selected.operatorId())
        .toList();
  }

  /** Station names of a VIP's stations, for the list; empty text for every station. */
  public String stationNames(VipBenefit vip) {
    if (vip.getStationIds().isEmpty()) {
      return "";
    }
    Map<Long, String> names = stations.namesOf(vip.getStationIds());
    return vip.getStationIds().stream()
        .map(id -> names.getOrDefault(id, "#" + id))
        .sorted()
        .collect(Collectors.joining("、"));
  }

  /** The operators' names by id, for the list's operator column. */
  public Map<Long, String> getOperatorNames() {
    return getOperators().stream()
        .collect(Collectors.toMap(Operator::getId, Operator::getName, (a, b) -> a));
  }

  public VipKind[] getVipKinds() {
    return VipKind.values();
  }

  public String display(LocalDateTime utc) {
    return utc == null ? "" : BusinessCalendar.display(utc);
  }

  /** A percent as staff typed it, e.g. 20 or 12.5. */
  public String percent(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }

  private static BigDecimal orZero(BigDecimal percent) {
    return percent == null ? BigDecimal.ZERO : percent;
  }

  public String getSearch() {
    return search;
  }

  public void setSearch(String search) {
    this.search = search;
  }

  public Long getOperatorId() {
    return operatorId;
  }

  public void setOperatorId(Long operatorId) {
    this.operatorId = operatorId;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }

  public DriverRow getSelected() {
    return selected;
  }

  public DriverDirectory.Details getDetails() {
    return details;
  }

  public List<Refund> getSelectedRefunds() {
    return selectedRefunds;
  }

  public String getPlates() {
    return plates;
  }

  public void setPlates(String plates) {
    this.plates = plates;
  }

  public VipKind getVipKind() {
    return vipKind;
  }

  public void setVipKind(VipKind vipKind) {
    this.vipKind = vipKind;
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

  public List<Long> getVipStations() {
    return vipStations;
  }

  public void setVipStations(List<Long> vipStations) {
    this.vipStations = vipStations;
  }

  public BigDecimal getTopUpAmount() {
    return topUpAmount;
  }

  public void setTopUpAmount(BigDecimal topUpAmount) {
    this.topUpAmount = topUpAmount;
  }

  public String getTopUpReason() {
    return topUpReason;
  }

  public void setTopUpReason(String topUpReason) {
    this.topUpReason = topUpReason;
  }
}
