package cn.evpark.web.tariff;

import cn.evpark.shared.BusinessCalendar;
import cn.evpark.tariff.BillingModelPush;
import cn.evpark.tariff.PileBillingModels;
import cn.evpark.tariff.PileModelRow;
import cn.evpark.web.i18n.Messages;
import cn.evpark.web.shared.PageAction;
import cn.evpark.web.shared.PageMessages;
import cn.evpark.web.shared.PagedModel;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * 计费模型: each pile's billing model — the one its station's tariff asks for, the one it holds, how
 * the last push went — with a button to push again; 10 piles a page in the pile list's order, or
 * only the out-of-date ones. The table reads the page it shows and nothing more, refreshed every 5
 * seconds.
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

  private static final String TABLE = "models:table";

  private boolean outOfDateOnly;

  private final PagedModel<Row> rows =
      new PagedModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        protected Page<Row> fetch(int first, int size) {
          PileBillingModels.OverviewPage page = models.overview(outOfDateOnly, first, size);
          return new Page<>(
              page.rows().stream().map(BillingModelsPage.this::row).toList(), page.total());
        }

        @Override
        protected String keyOf(Row row) {
          return row.pileCode();
        }
      };

  /** 只看未同步 switched: the first page of what it selects. */
  public void filter() {
    PagedModel.showFirstPage(TABLE);
  }

  /** 重新下发 to one pile. */
  @PageAction
  public void pushAgain(String pileCode) {
    push.pushAgain(pileCode);
    feedback.info("tariffs.models.pushing");
  }

  /** 全部重新下发: every out-of-date pile that is online. */
  @PageAction
  public void pushAll() {
    int piles = push.pushAgainToAllOutOfDate();
    feedback.info("tariffs.models.pushingAll", piles);
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

  public PagedModel<Row> getRows() {
    return rows;
  }
}
