package cn.evpark.station;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/**
 * 发票设置: whether drivers may ask for e-invoices of this station's orders, and who issues them: the
 * seller's name and its taxpayer id (统一社会信用代码, checked by {@link TaxpayerId}). Both are required
 * while enabled.
 *
 * @param enabled 电子发票 开通
 * @param sellerName 销售方名称
 * @param taxpayerId 纳税人识别号
 */
public record InvoiceSettings(
    boolean enabled, @Size(max = 100) String sellerName, String taxpayerId)
    implements Serializable {

  public InvoiceSettings {
    sellerName = Interconnection.blankToEmpty(sellerName);
    taxpayerId = Interconnection.blankToEmpty(taxpayerId).toUpperCase(java.util.Locale.ROOT);
  }

  public static InvoiceSettings none() {
    return new InvoiceSettings(false, "", "");
  }

  @AssertTrue(message = "{station.invoice.taxpayerId.invalid}")
  public boolean isTaxpayerIdValid() {
    return taxpayerId.isEmpty() || TaxpayerId.isValid(taxpayerId);
  }

  @AssertTrue(message = "{station.invoice.incomplete}")
  public boolean isComplete() {
    return !enabled || !(sellerName.isEmpty() || taxpayerId.isEmpty());
  }
}
