package cn.evpark.web.card;

import cn.evpark.card.CardKind;
import cn.evpark.card.CardLine;
import cn.evpark.card.CardMoney;
import cn.evpark.card.CardView;
import cn.evpark.card.CardViews;
import cn.evpark.card.Cards;
import cn.evpark.shared.BusinessCalendar;
import cn.evpark.shared.Money;
import cn.evpark.station.Station;
import cn.evpark.station.StationService;
import cn.evpark.web.shared.CheckedRows;
import cn.evpark.web.shared.PageAction;
import cn.evpark.web.shared.PageMessages;
import cn.evpark.web.shared.PagedModel;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The page of one kind of card (电子卡管理 or 实体卡管理, manual 7.2–7.3): the list searched by card number,
 * phone and station; 发卡; 充值 and 退款 offline with a reason; 编辑; 记录; 启用/停用; 挂失 (IC cards); 删除. Each
 * action is one service call; refusals (删除 with a balance, a lost card) are shown through the
 * page's messages. Read-only accounts see the list only.
 */
public abstract class CardsPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB transient Cards cards;
  @EJB transient CardViews views;
  @EJB transient CardMoney money;
  @EJB transient StationService stations;
  @Inject transient PageMessages feedback;
  @Inject transient CheckedRows checkedRows;

  private String cardNumber;
  private String phone;
  private Long stationId;

  private Long issueStationId;
  private String issuePhone;
  private String issuePhysicalNumber;
  private String issueRemarks;

  private Long selectedId;
  private boolean refund;
  private BigDecimal amount;
  private String reason;
  private String requestId;
  private Long editStationId;
  private String editRemarks;
  private List<CardView> checked = new ArrayList<>();

  private final PagedModel<CardView> table =
      new PagedModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        protected Page<CardView> fetch(int first, int size) {
          CardViews.CardPage page =
              views.search(
                  new CardViews.Criteria(kind(), stationId, cardNumber, phone), first, size);
          return new Page<>(page.cards(), page.total());
        }

        @Override
        protected String keyOf(CardView row) {
          return Long.toString(row.id());
        }
      };

  /** The kind of card the page shows. */
  protected abstract CardKind kind();

  public boolean isIcCards() {
    return kind() == CardKind.IC_CARD;
  }

  public PagedModel<CardView> getTable() {
    return table;
  }

  public List<Station> getStations() {
    return stations.listAll();
  }

  /** 发卡. */
  @PageAction(messagesFor = "issueForm:issueMessages")
  public void issue() {
    CardView card =
        cards.view(
            cards
                .issue(kind(), issueStationId, issuePhone, issuePhysicalNumber, issueRemarks)
                .getId());
    feedback.info("card.issued", card.cardNumber());
    issuePhone = null;
    issuePhysicalNumber = null;
    issueRemarks = null;
  }

  /** Opens the 充值 or 退款 dialog for a card, with a new request id. */
  public void startMoney(long cardId, boolean refund) {
    selectedId = cardId;
    this.refund = refund;
    amount = null;
    reason = null;
    requestId = UUID.randomUUID().toString();
  }

  /** 充值 or 退款, once per dialog opening (a repeated click posts nothing twice). */
  @PageAction(messagesFor = "moneyForm:moneyMessages")
  public void moveMoney() {
    if (amount == null || amount.signum() <= 0 || amount.stripTrailingZeros().scale() > 2) {
      feedback.error("card.amount.invalid");
      return;
    }
    Money yuan = new Money(amount);
    CardMoney.Moved moved =
        refund
            ? money.refund(selectedId, yuan, reason, requestId)
            : money.topUp(selectedId, yuan, reason, requestId);
    feedback.info(refund ? "card.refunded" : "card.toppedUp", moved.balance().toString());
  }

  /** Opens the 编辑 dialog. */
  public void startEdit(long cardId) {
    CardView card = cards.view(cardId);
    selectedId = cardId;
    editStationId = card.stationId();
    editRemarks = card.remarks();
  }

  /** 编辑. */
  @PageAction(messagesFor = "editForm:editMessages")
  public void edit() {
    cards.edit(selectedId, editStationId, editRemarks);
    feedback.info("card.edited");
  }

  /** Opens the 记录 dialog. */
  public void showRecords(long cardId) {
    selectedId = cardId;
  }

  /** 记录 of the selected card: its latest 100 ledger lines. */
  public List<CardLine> getRecords() {
    return selectedId == null ? List.of() : money.records(selectedId, 0, 100);
  }

  @PageAction
  public void enable(long cardId) {
    cards.enable(cardId);
    feedback.info("card.enabled");
  }

  @PageAction
  public void disable(long cardId) {
    cards.disable(cardId);
    feedback.info("card.disabled");
  }

  @PageAction
  public void reportLost(long cardId) {
    cards.reportLost(cardId);
    feedback.info("card.lost");
  }

  @PageAction
  public void delete(long cardId) {
    cards.delete(cardId);
    feedback.info("card.deleted");
  }

  /** 启用 of the cards checked in the list; a lost card stays checked, with the reason. */
  public void enableChecked() {
    checked =
        checkedRows.apply(checked, this::numberOf, c -> cards.enable(c.id()), "table.enabled");
  }

  /** 停用 of the cards checked in the list; a lost card stays checked, with the reason. */
  public void disableChecked() {
    checked =
        checkedRows.apply(checked, this::numberOf, c -> cards.disable(c.id()), "table.disabled");
  }

  /**
   * 删除 of the cards checked in the list; a card with a balance stays checked, with the reason
   * (money.md §6: a card is deleted only at a zero balance).
   */
  public void deleteChecked() {
    checked =
        checkedRows.apply(checked, this::numberOf, c -> cards.delete(c.id()), "table.deleted");
  }

  /** The card as the list shows it: its physical number on 实体卡管理, else its e-card number. */
  private String numberOf(CardView card) {
    return isIcCards() ? card.physicalNumber() : card.cardNumber();
  }

  /** The cards checked in the list (none for an account that may not change them). */
  public List<CardView> getChecked() {
    return checked;
  }

  public void setChecked(List<CardView> checked) {
    this.checked = checked == null ? new ArrayList<>() : new ArrayList<>(checked);
  }

  /** A stored UTC time as Asia/Shanghai text. */
  public String display(LocalDateTime utc) {
    return utc == null ? "" : BusinessCalendar.display(utc);
  }

  public String getCardNumber() {
    return cardNumber;
  }

  public void setCardNumber(String cardNumber) {
    this.cardNumber = cardNumber;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }

  public Long getStationId() {
    return stationId;
  }

  public void setStationId(Long stationId) {
    this.stationId = stationId;
  }

  public Long getIssueStationId() {
    return issueStationId;
  }

  public void setIssueStationId(Long issueStationId) {
    this.issueStationId = issueStationId;
  }

  public String getIssuePhone() {
    return issuePhone;
  }

  public void setIssuePhone(String issuePhone) {
    this.issuePhone = issuePhone;
  }

  public String getIssuePhysicalNumber() {
    return issuePhysicalNumber;
  }

  public void setIssuePhysicalNumber(String issuePhysicalNumber) {
    this.issuePhysicalNumber = issuePhysicalNumber;
  }

  public String getIssueRemarks() {
    return issueRemarks;
  }

  public void setIssueRemarks(String issueRemarks) {
    this.issueRemarks = issueRemarks;
  }

  public boolean isRefund() {
    return refund;
  }

  public BigDecimal getAmount() {
    return amount;
  }

  public void setAmount(BigDecimal amount) {
    this.amount = amount;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public Long getEditStationId() {
    return editStationId;
  }

  public void setEditStationId(Long editStationId) {
    this.editStationId = editStationId;
  }

  public String getEditRemarks() {
    return editRemarks;
  }

  public void setEditRemarks(String editRemarks) {
    this.editRemarks = editRemarks;
  }
}
