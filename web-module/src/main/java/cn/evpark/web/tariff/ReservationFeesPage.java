package cn.evpark.web.tariff;

import cn.evpark.operator.Operator;
import cn.evpark.operator.OperatorService;
import cn.evpark.shared.DomainException;
import cn.evpark.tariff.ReservationRule;
import cn.evpark.tariff.ReservationRuleService;
import cn.evpark.tariff.ReservationTerms;
import cn.evpark.tariff.ReservationTier;
import cn.evpark.web.i18n.Messages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.primefaces.PrimeFaces;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** 预约费 (manual 二、2.2): the reservation fee rules and the dialog that adds or edits one. */
@Named
@ViewScoped
public class ReservationFeesPage implements Serializable {

  private static final long serialVersionUID = 1L;

  /** A line of the list. */
  public record Row(long id, String name, String operator, int dailyLimit, String tiers)
      implements Serializable {}

  /** A line of the editor's 收费标准. */
  public static class TierRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private Integer minutes;
    private BigDecimal fee;

    public Integer getMinutes() {
      return minutes;
    }

    public void setMinutes(Integer minutes) {
      this.minutes = minutes;
    }

    public BigDecimal getFee() {
      return fee;
    }

    public void setFee(BigDecimal fee) {
      this.fee = fee;
    }

    ReservationTier toTier() {
      return new ReservationTier(minutes == null ? 0 : minutes, fee);
    }
  }

  @EJB transient ReservationRuleService rules;
  @EJB transient OperatorService operators;
  @Inject transient Messages messages;
  @Inject transient TariffFeedback feedback;

  private String searchName;
  private final LazyDataModel<Row> table = new Table();

  private Long editingId;
  private Long operatorId;
  private String name;
  private Integer dailyLimit;
  private List<TierRow> tiers = new ArrayList<>();

  public void startAdding() {
    editingId = null;
    name = null;
    dailyLimit = null;
    List<Operator> choices = operators.listAll();
    operatorId = choices.size() == 1 ? choices.get(0).getId() : null;
    tiers = new ArrayList<>(List.of(new TierRow()));
  }

  public void startEditing(long id) {
    try {
      ReservationRule rule = rules.get(id);
      editingId = id;
      name = rule.getName();
      operatorId = rule.getOperator().getId();
      ReservationTerms terms = rule.terms();
      dailyLimit = terms.dailyLimit();
      tiers = new ArrayList<>();
      for (ReservationTier tier : terms.tiers()) {
        TierRow row = new TierRow();
        row.setMinutes(tier.minutes());
        row.setFee(tier.fee());
        tiers.add(row);
      }
    } catch (DomainException e) {
      feedback.refused(e, null);
    }
  }

  public void addTier() {
    tiers.add(new TierRow());
  }

  public void removeTier(int index) {
    tiers.remove(index);
  }

  public void save() {
    List<ReservationTier> values = tiers.stream().map(TierRow::toTier).toList();
    try {
      if (editingId == null) {
        rules.create(operatorId, name, dailyLimit, values);
      } else {
        rules.revise(editingId, name, dailyLimit, values);
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

  public Integer getDailyLimit() {
    return dailyLimit;
  }

  public void setDailyLimit(Integer dailyLimit) {
    this.dailyLimit = dailyLimit;
  }

  public List<TierRow> getTiers() {
    return tiers;
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
                ReservationTerms terms = r.terms();
                return new Row(
                    r.getId(),
                    r.getName(),
                    r.getOperator().getName(),
                    terms.dailyLimit(),
                    terms.tiers().stream()
                        .map(
                            t ->
                                messages.format(
                                    "tariffs.reservation.tier",
                                    t.minutes(),
                                    t.fee().toPlainString()))
                        .collect(Collectors.joining("; ")));
              })
          .toList();
    }

    @Override
    public String getRowKey(Row row) {
      return Long.toString(row.id());
    }
  }
}
