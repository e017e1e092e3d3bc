package cn.evpark.wechatpay;

import com.wechat.pay.java.service.payments.model.Transaction;
import com.wechat.pay.java.service.payments.model.Transaction.TradeStateEnum;
import java.util.Objects;

/**
 * What WeChat Pay says of a payment (money.md §6): the {@code resource}'s transaction of a
 * verified, decrypted notice, or the transaction WeChat answered our query with.
 *
 * @param mchid the merchant paid
 * @param appid the app paid through
 * @param outTradeNo our payment order's number
 * @param transactionId WeChat's id of the payment: the ledger's idempotency key
 * @param tradeState WeChat's {@code trade_state}, e.g. {@code SUCCESS}
 * @param totalFen {@code amount.total}, fen
 */
public record PaidNotice(
    String mchid,
    String appid,
    String outTradeNo,
    String transactionId,
    TradeStateEnum tradeState,
    long totalFen) {

  public PaidNotice {
    Objects.requireNonNull(mchid, "mchid");
    Objects.requireNonNull(appid, "appid");
    Objects.requireNonNull(outTradeNo, "outTradeNo");
    Objects.requireNonNull(transactionId, "transactionId");
    Objects.requireNonNull(tradeState, "tradeState");
  }

  /** From the SDK's transaction, whose ids, trade state and amount are present. */
  static PaidNotice of(Transaction transaction) {
    return new PaidNotice(
        transaction.getMchid(),
        transaction.getAppid(),
        transaction.getOutTradeNo(),
        transaction.getTransactionId(),
        transaction.getTradeState(),
        transaction.getAmount().getTotal());
  }
}
