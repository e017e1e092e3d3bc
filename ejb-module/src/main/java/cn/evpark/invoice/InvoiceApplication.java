package cn.evpark.invoice;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Locale;

/**
 * A driver's request for an e-invoice (申请开票, money.md §8): orders of one operator and the buyer.
 *
 * @param operatorId the operator whose orders these are
 * @param buyerType 个人 or 企业
 * @param title 发票抬头, the buyer's name, 1–100 characters
 * @param buyerTaxNumber 纳税人识别号 of a company (18 characters, GB 32100-2015); empty for a person
 * @param email where the tax platform sends the issued invoice
 * @param orderNos the orders' 商户订单号, 1–100, each once
 */
public record InvoiceApplication(
    long operatorId,
    @NotNull BuyerType buyerType,
    @NotBlank @Size(max = 100) String title,
    String buyerTaxNumber,
    @NotBlank @Email @Size(max = 254) String email,
    @NotEmpty @Size(max = InvoiceApplication.MAX_ORDERS) List<@NotBlank String> orderNos) {

  /** The most orders one request may name. */
  public static final int MAX_ORDERS = 100;

  public InvoiceApplication {
    title = title == null ? null : title.strip();
    buyerTaxNumber =
        buyerTaxNumber == null || buyerTaxNumber.isBlank()
            ? ""
            : buyerTaxNumber.strip().toUpperCase(Locale.ROOT);
    email = email == null ? null : email.strip();
    orderNos = orderNos == null ? List.of() : List.copyOf(orderNos);
  }
}
