package cn.evpark.web.tariff;

import cn.evpark.shared.BusinessCalendar;
import cn.evpark.tariff.BillingModelPush;
import cn.evpark.tariff.PileBillingModels;
import cn.evpark.tariff.PileModelRow;
import cn.evpark.web.i18n.Messages;
import cn.evpark.web.shared.PageAction;
import cn.evpark.web.shared.PageMessages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * 计费模型: each pile's billing model — the one its station's tariff asks for, the one it holds, how
 * the last push went — with a button to push again. Shows the out-of-date piles first of all.
 */
@Named
@ViewScoped
public class BillingModelsPage implements Serializable {

  private static final long serialVersionUID = 1L;

  /** A line of the table. */
  public record Row(
      String pileCode,
      String station,
      boolean online,
      String expected,
      String held,
      String lastPush,
      String pushedAt,
      String state,
      boolean mayPush)
      implements Serializable {}

  @EJB transient PileBillingModels models;
  @EJB transient BillingModelPush push;
  @Inject transient Messages messages;
  @Inject transient PageMessages feedback;

  private boolean outOfDateOnly;
  private List<Row> rows;

  @PostConstruct
  void load() {
    rows = models.overview(outOfDateOnly).stream().map(this::row).toList();
  }

  public void refresh() {
    load();
  }

  /** 重新下发 to one pile. */
  @PageAction
  public void pushAgain(String pileCode) {
    try {
      push.pushAgain(pileCode);
      feedback.info("tariffs.models.pushing");
    } finally {
      load(); // refused or not, the table shows how the piles stand now
    }
  }

  /** 全部重新下发: every out-of-date pile that is online. */
  @PageAction
  public void pushAll() {
    try {
      int piles = push.pushAgainToAllOutOfDate();
      feedback.info("tariffs.models.pushingAll", piles);
    } finally {
      load();
    }
  }

  private Row row(PileModelRow row) {
    String none = messages.get("tariffs.models.none");
    return new Row(
        row.pileCode(),
        row.stationName(),
        row.online(),
        row.expected() == null ? none : row.expected(),
        row.holdsAModel() ? row.held() : none,
        row.pushOutcome() == null
            ? ""
            : messages.get("tariffs.models.outcome." + row.pushOutcome().name()),
        BusinessCalendar.display(row.pushedAt()),
        row.state().name(),
        row.online() && row.expected() != null);
  }

  public boolean isOutOfDateOnly() {
    return outOfDateOnly;
  }

  public void setOutOfDateOnly(boolean outOfDateOnly) {
    this.outOfDateOnly = outOfDateOnly;
  }

  public List<Row> getRows() {
    return rows;
  }
}
