package cn.evpark.invoice;

import java.math.BigDecimal;
import java.util.List;

/**
 * A batch as the tax platform receives it: the seller (the station's 发票设置 and 全电账号) and its
 * invoices with their buyers and orders.
 *
 * @param batchNo {@code IB…}, the platform's key for the batch
 */
public record TaxSubmission(
    String batchNo,
    String taxAccount,
    String sellerName,
    String sellerTaxpayerId,
    List<Item> invoices) {

  public TaxSubmission {
    invoices = List.copyOf(invoices);
  }

  /**
   * One invoice.
   *
   * @param invoiceNo {@code IV…}
   * @param buyerTaxNumber empty for a person
   * @param amount yuan, tax included (价税合计)
   * @param orderNos the orders' 商户订单号
   */
  public record Item(
      String invoiceNo,
      String buyerType,
      String buyerName,
      String buyerTaxNumber,
      String email,
      BigDecimal amount,
      List<String> orderNos) {
    public Item {
      orderNos = List.copyOf(orderNos);
    }
  }
}
