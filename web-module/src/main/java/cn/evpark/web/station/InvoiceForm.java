package cn.evpark.web.station;

import cn.evpark.station.InvoiceSettings;
import java.io.Serializable;

/** The 发票设置 tab of the station settings: invoicing on or off, the seller and its taxpayer id. */
public class InvoiceForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private boolean enabled;
  private String sellerName;
  private String taxpayerId;

  /** The form of a station's current settings. */
  public static InvoiceForm of(InvoiceSettings settings) {
    InvoiceForm form = new InvoiceForm();
    form.enabled = settings.enabled();
    form.sellerName = settings.sellerName();
    form.taxpayerId = settings.taxpayerId();
    return form;
  }

  /** The settings as typed; the service checks them (Bean Validation). */
  public InvoiceSettings settings() {
    return new InvoiceSettings(enabled, sellerName, taxpayerId);
  }

  public boolean isEnabled() {
    return enabled;
  }

  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  public String getSellerName() {
    return sellerName;
  }

  public void setSellerName(String sellerName) {
    this.sellerName = sellerName;
  }

  public String getTaxpayerId() {
    return taxpayerId;
  }

  public void setTaxpayerId(String taxpayerId) {
    this.taxpayerId = taxpayerId;
  }
}
