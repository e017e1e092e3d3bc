package cn.evpark.wechatpay;

import java.util.Objects;

/**
 * What a verified, decrypted WeChat Pay payment notice says (money.md §6): the {@code resource}'s
 * transaction.
 *
 * @param mchid the merchant paid
 * @param appid the app paid through
 * @param outTradeNo our payment order's number
 * @param transactionId WeChat's id of the payment: the ledger's idempotency key
 * @param tradeState e.g. {@code SUCCESS}
 * @param totalFen {@code amount.total}, fen
 */
public record PaidNotice(
    String mchid,
    String appid,
    String outTradeNo,
    String transactionId,
    String tradeState,
    long totalFen) {

  public PaidNotice {
    Objects.requireNonNull(mchid, "mchid");
    Objects.requireNonNull(appid, "appid");
    Objects.requireNonNull(outTradeNo, "outTradeNo");
    Objects.requireNonNull(transactionId, "transactionId");
    Objects.requireNonNull(tradeState, "tradeState");
  }
}
