package cn.evpark.invoice;

import cn.evpark.station.Station;
import cn.evpark.station.TaxAccount;
import java.io.Serializable;

/**
 * What a station issues invoices with (manual 3.4): its 发票设置 and its 全电账号.
 *
 * @param enabled 电子发票 开通
 * @param sellerName 销售方名称, empty when not set
 * @param sellerTaxpayerId 纳税人识别号, empty when not set
 * @param taxAccount the 全电账号, empty when none is assigned
 */
public record StationInvoicing(
    long stationId,
    long operatorId,
    boolean enabled,
    String sellerName,
    String sellerTaxpayerId,
    String taxAccount)
    implements Serializable {

  public StationInvoicing {
    sellerName = sellerName == null ? "" : sellerName;
    sellerTaxpayerId = sellerTaxpayerId == null ? "" : sellerTaxpayerId;
    taxAccount = taxAccount == null ? "" : taxAccount;
  }

  static StationInvoicing of(Station station) {
    return new StationInvoicing(
        station.getId(),
        station.getOperator().getId(),
        station.invoicing().enabled(),
        station.invoicing().sellerName(),
        station.invoicing().taxpayerId(),
        station.taxAccount().map(TaxAccount::account).orElse(""));
  }

  /**
   * Whether invoices can be issued now: invoicing enabled with a seller, and a tax account. A
   * station lacking one keeps its requested orders pending until staff complete its settings.
   */
  public boolean canIssue() {
    return enabled && !sellerName.isEmpty() && !sellerTaxpayerId.isEmpty() && !taxAccount.isEmpty();
  }
}
