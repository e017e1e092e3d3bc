package cn.evpark.web.tariff;

import cn.evpark.tariff.ReservationRule;
import cn.evpark.tariff.ReservationRuleService;
import cn.evpark.tariff.ReservationTerms;
import cn.evpark.tariff.ReservationTier;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** 预约费 (manual 二、2.2): the reservation fee rules and the dialog that adds or edits one. */
@Named
@ViewScoped
public class ReservationFeesPage extends FeeRulesPage<ReservationFeesPage.Row> {

  private static final long serialVersionUID = 1L;

  /** A line of the list. */
  public record Row(long id, String name, String operator, int dailyLimit, String tiers)
      implements Line, Serializable {}

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

  private Integer dailyLimit;
  private List<TierRow> tiers = new ArrayList<>();

  @Override
  long count(String searchName) {
    return rules.count(searchName);
  }

  @Override
  List<Row> lines(String searchName, int first, int pageSize) {
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
                                  "tariffs.reservation.tier", t.minutes(), t.fee().toPlainString()))
                      .collect(Collectors.joining("; ")));
            })
        .toList();
  }

  @Override
  void clearFields() {
    dailyLimit = null;
    tiers = new ArrayList<>(List.of(new TierRow()));
  }

  @Override
  void fill(long id) {
    ReservationRule rule = rules.get(id);
    setName(rule.getName());
    setOperatorId(rule.getOperator().getId());
    ReservationTerms terms = rule.terms();
    dailyLimit = terms.dailyLimit();
    tiers = new ArrayList<>();
    for (ReservationTier tier : terms.tiers()) {
      TierRow row = new TierRow();
      row.setMinutes(tier.minutes());
      row.setFee(tier.fee());
      tiers.add(row);
    }
  }

  @Override
  void create(Long operatorId, String name) {
    rules.create(operatorId, name, dailyLimit, values());
  }

  @Override
  void revise(long id, String name) {
    rules.revise(id, name, dailyLimit, values());
  }

  @Override
  void remove(long id) {
    rules.delete(id);
  }

  private List<ReservationTier> values() {
    return tiers.stream().map(TierRow::toTier).toList();
  }

  public void addTier() {
    tiers.add(new TierRow());
  }

  public void removeTier(int index) {
    tiers.remove(index);
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
}
