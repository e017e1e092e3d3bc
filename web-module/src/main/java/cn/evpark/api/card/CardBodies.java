package cn.evpark.api.card;

import cn.evpark.card.CardKind;
import cn.evpark.card.CardLine;
import cn.evpark.card.CardMoney;
import cn.evpark.card.CardStatus;
import cn.evpark.card.CardView;
import cn.evpark.shared.BusinessCalendar;
import cn.evpark.wallet.TransactionKind;
import jakarta.ws.rs.BadRequestException;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The JSON bodies of {@link CardsResource}. */
public final class CardBodies {

  private CardBodies() {}

  /**
   * 发卡.
   *
   * @param phone 用户编号: the driver's mainland mobile number
   * @param physicalNumber an IC card's chip number, 1 to 16 hex digits as typed or read; omitted
   *     for an e-card
   */
  public record IssueRequest(
      CardKind kind,
      long stationId,
      @Schema(example = "13800138000") String phone,
      @Schema(example = "D14B0A54") String physicalNumber,
      String remarks) {}

  /** 编辑: the station and remarks. */
  public record EditRequest(long stationId, String remarks) {}

  /** 充值 or 退款: yuan (more than 0, whole fen), a reason, and the client's request id. */
  public record MoneyRequest(
      @Schema(example = "50.00") BigDecimal amount,
      String reason,
      @Schema(description = "unique per movement; a repeat changes nothing") String requestId) {

    public void check() {
      if (amount == null
          || amount.signum() <= 0
          || amount.stripTrailingZeros().scale() > 2
          || amount.compareTo(new BigDecimal("100000")) > 0) {
        throw new BadRequestException("amount is yuan, more than 0 and at most 100000, whole fen");
      }
      if (requestId == null || requestId.isBlank() || requestId.length() > 64) {
        throw new BadRequestException("requestId (1 to 64 characters) is required");
      }
      if (reason == null || reason.isBlank() || reason.length() > 200) {
        throw new BadRequestException("reason (1 to 200 characters) is required");
      }
    }
  }

  /** A movement: whether this request posted it, the yuan moved and the balance after. */
  public record MoneyResponse(boolean posted, BigDecimal amount, BigDecimal balance) {
    public static MoneyResponse of(CardMoney.Moved moved) {
      return new MoneyResponse(moved.posted(), moved.amount().yuan(), moved.balance().yuan());
    }
  }

  /** A card: balance in yuan; times in Asia/Shanghai. */
  public record CardResponse(
      long id,
      CardKind kind,
      @Schema(description = "卡号, 16 digits") String cardNumber,
      @Schema(description = "an IC card's chip number as printed") String physicalNumber,
      long stationId,
      String stationName,
      long driverId,
      String phone,
      CardStatus status,
      BigDecimal balance,
      String remarks,
      @Schema(description = "Asia/Shanghai") String issuedAt) {
    static CardResponse of(CardView v) {
      return new CardResponse(
          v.id(),
          v.kind(),
          v.cardNumber(),
          v.physicalNumber(),
          v.stationId(),
          v.stationName(),
          v.driverId(),
          v.phone(),
          v.status(),
          v.balance().yuan(),
          v.remarks(),
          BusinessCalendar.display(v.issuedAt()));
    }
  }

  /** A page of cards and how many match. */
  public record CardPageResponse(List<CardResponse> cards, long total) {}

  /** One 记录 line: yuan, positive onto the card. */
  public record LineResponse(
      @Schema(description = "Asia/Shanghai") String postedAt,
      TransactionKind kind,
      BigDecimal amount,
      BigDecimal balanceAfter,
      String reason,
      String postedBy) {
    static LineResponse of(CardLine l) {
      return new LineResponse(
          BusinessCalendar.display(l.postedAt()),
          l.kind(),
          l.amount().yuan(),
          l.balanceAfter().yuan(),
          l.reason(),
          l.postedBy());
    }
  }
}
