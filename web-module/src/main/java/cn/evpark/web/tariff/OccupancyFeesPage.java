package cn.evpark.web.tariff;

import cn.evpark.tariff.OccupancyCharge;
import cn.evpark.tariff.OccupancyChargeType;
import cn.evpark.tariff.OccupancyRule;
import cn.evpark.tariff.OccupancyRuleService;
import cn.evpark.tariff.OccupancyTerms;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/** 占位费 (manual 二、2.3): the occupancy fee rules and the dialog that adds or edits one. */
@Named
@ViewScoped
public class OccupancyFeesPage extends FeeRulesPage<OccupancyFeesPage.Row> {

  private static final long serialVersionUID = 1L;

  /** A line of the list. */
  public record Row(
      long id,
      String name,
      String operator,
      String chargeType,
      String deposit,
      String withOrder,
      String withoutOrder)
      implements Line, Serializable {}

  /** The editor's fields of one kind of occupancy: free minutes, then X yuan per N minutes. */
  public static class ChargeFields implements Serializable {

    private static final long serialVersionUID = 1L;

    private Integer freeMinutes;
    private Integer periodMinutes;
    private BigDecimal periodFee;

    ChargeFields() {}

    ChargeFields(OccupancyCharge charge) {
      freeMinutes = charge.freeMinutes();
      periodMinutes = charge.periodMinutes();
      periodFee = charge.periodFee();
    }

    OccupancyCharge toCharge() {
      return new OccupancyCharge(
          freeMinutes == null ? -1 : freeMinutes,
          periodMinutes == null ? 0 : periodMinutes,
          periodFee);
    }

    public Integer getFreeMinutes() {
      return freeMinutes;
    }

    public void setFreeMinutes(Integer freeMinutes) {
      this.freeMinutes = freeMinutes;
    }

    public Integer getPeriodMinutes() {
      return periodMinutes;
    }

    public void setPeriodMinutes(Integer periodMinutes) {
      this.periodMinutes = periodMinutes;
    }

    public BigDecimal getPeriodFee() {
      return periodFee;
    }

    public void setPeriodFee(BigDecimal periodFee) {
      this.periodFee = periodFee;
    }
  }

  @EJB transient OccupancyRuleService rules;

  private OccupancyChargeType chargeType;
  private BigDecimal deposit;
  private ChargeFields withOrder = new ChargeFields();
  private ChargeFields withoutOrder = new ChargeFields();

  @Override
  long count(String searchName) {
    return rules.count(searchName);
  }

  @Override
  List<Row> lines(String searchName, int first, int pageSize) {
    return rules.search(searchName, first, pageSize).stream()
        .map(
            r -> {
              OccupancyTerms terms = r.terms();
              return new Row(
                  r.getId(),
                  r.getName(),
                  r.getOperator().getName(),
                  messages.get("tariffs.occupancy.chargeType." + terms.chargeType().name()),
                  terms.deposit().toPlainString(),
                  charge(terms.withOrder()),
                  charge(terms.withoutOrder()));
            })
        .toList();
  }

  @Override
  void clearFields() {
    chargeType = OccupancyChargeType.PREPAID;
    deposit = null;
    withOrder = new ChargeFields();
    withoutOrder = new ChargeFields();
  }

  @Override
  void fill(long id) {
    OccupancyRule rule = rules.get(id);
    OccupancyTerms terms = rule.terms();
    setName(rule.getName());
    setOperatorId(rule.getOperator().getId());
    chargeType = terms.chargeType();
    deposit = terms.deposit();
    withOrder = new ChargeFields(terms.withOrder());
    withoutOrder = new ChargeFields(terms.withoutOrder());
  }

  @Override
  void create(Long operatorId, String name) {
    rules.create(
        operatorId, name, chargeType, deposit, withOrder.toCharge(), withoutOrder.toCharge());
  }

  @Override
  void revise(long id, String name) {
    rules.revise(id, name, chargeType, deposit, withOrder.toCharge(), withoutOrder.toCharge());
  }

  @Override
  void remove(long id) {
    rules.delete(id);
  }

  public OccupancyChargeType[] getChargeTypes() {
    return OccupancyChargeType.values();
  }

  public OccupancyChargeType getChargeType() {
    return chargeType;
  }

  public void setChargeType(OccupancyChargeType chargeType) {
    this.chargeType = chargeType;
  }

  public BigDecimal getDeposit() {
    return deposit;
  }

  public void setDeposit(BigDecimal deposit) {
    this.deposit = deposit;
  }

  public ChargeFields getWithOrder() {
    return withOrder;
  }

  public ChargeFields getWithoutOrder() {
    return withoutOrder;
  }

  private String charge(OccupancyCharge charge) {
    return messages.format(
        "tariffs.occupancy.charge",
        charge.freeMinutes(),
        charge.periodMinutes(),
        charge.periodFee().toPlainString());
  }
}
