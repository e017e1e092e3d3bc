package cn.evpark.web.tariff;

import cn.evpark.operator.Operator;
import cn.evpark.operator.OperatorService;
import cn.evpark.shared.DomainException;
import cn.evpark.tariff.OccupancyCharge;
import cn.evpark.tariff.OccupancyChargeType;
import cn.evpark.tariff.OccupancyRule;
import cn.evpark.tariff.OccupancyRuleService;
import cn.evpark.tariff.OccupancyTerms;
import cn.evpark.web.i18n.Messages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.primefaces.PrimeFaces;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** 占位费 (manual 二、2.3): the occupancy fee rules and the dialog that adds or edits one. */
@Named
@ViewScoped
public class OccupancyFeesPage implements Serializable {

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
      implements Serializable {}

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
  @EJB transient OperatorService operators;
  @Inject transient Messages messages;
  @Inject transient TariffFeedback feedback;

  private String searchName;
  private final LazyDataModel<Row> table = new Table();

  private Long editingId;
  private Long operatorId;
  private String name;
  private OccupancyChargeType chargeType;
  private BigDecimal deposit;
  private ChargeFields withOrder = new ChargeFields();
  private ChargeFields withoutOrder = new ChargeFields();

  public void startAdding() {
    editingId = null;
    name = null;
    chargeType = OccupancyChargeType.PREPAID;
    deposit = null;
    List<Operator> choices = operators.listAll();
    operatorId = choices.size() == 1 ? choices.get(0).getId() : null;
    withOrder = new ChargeFields();
    withoutOrder = new ChargeFields();
  }

  public void startEditing(long id) {
    try {
      OccupancyRule rule = rules.get(id);
      OccupancyTerms terms = rule.terms();
      editingId = id;
      name = rule.getName();
      operatorId = rule.getOperator().getId();
      chargeType = terms.chargeType();
      deposit = terms.deposit();
      withOrder = new ChargeFields(terms.withOrder());
      withoutOrder = new ChargeFields(terms.withoutOrder());
    } catch (DomainException e) {
      feedback.refused(e, null);
    }
  }

  public void save() {
    try {
      if (editingId == null) {
        rules.create(
            operatorId, name, chargeType, deposit, withOrder.toCharge(), withoutOrder.toCharge());
      } else {
        rules.revise(
            editingId, name, chargeType, deposit, withOrder.toCharge(), withoutOrder.toCharge());
      }
    } catch (DomainException e) {
      feedback.refused(e, "editor:editorMessages");
      return;
    }
    feedback.done("tariffs.saved");
    PrimeFaces.current().executeScript("PF('editorDialog').hide()");
    PrimeFaces.current().ajax().update("list:table", "messages");
  }

  public void delete(long id) {
    try {
      rules.delete(id);
      feedback.done("tariffs.deleted");
    } catch (DomainException e) {
      feedback.refused(e, null);
    }
  }

  public boolean isEditing() {
    return editingId != null;
  }

  public List<Operator> getOperatorChoices() {
    return operators.listAll();
  }

  public OccupancyChargeType[] getChargeTypes() {
    return OccupancyChargeType.values();
  }

  public LazyDataModel<Row> getTable() {
    return table;
  }

  public String getSearchName() {
    return searchName;
  }

  public void setSearchName(String searchName) {
    this.searchName = searchName;
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

  private final class Table extends LazyDataModel<Row> {

    private static final long serialVersionUID = 1L;

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      return (int) rules.count(searchName);
    }

    @Override
    public List<Row> load(
        int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
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
    public String getRowKey(Row row) {
      return Long.toString(row.id());
    }
  }
}
