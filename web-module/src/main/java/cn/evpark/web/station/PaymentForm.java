package cn.evpark.web.station;

import cn.evpark.station.PaymentSettings;
import java.io.Serializable;
import java.math.BigDecimal;

/** The 支付设置 tab of the station settings: online payment on or off, and the channel's fee in %. */
public class PaymentForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private boolean enabled;
  private BigDecimal feePercent;

  /** The form of a station's current settings. */
  public static PaymentForm of(PaymentSettings settings) {
    PaymentForm form = new PaymentForm();
    form.enabled = settings.enabled();
    form.feePercent = settings.channelFeePercent();
    return form;
  }

  /** The settings as typed; the service checks them (Bean Validation). */
  public PaymentSettings settings() {
    return new PaymentSettings(enabled, feePercent);
  }

  public boolean isEnabled() {
    return enabled;
  }

  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  /** The channel's fee, percent of the amount paid (e.g. {@code 0.6}). */
  public BigDecimal getFeePercent() {
    return feePercent;
  }

  public void setFeePercent(BigDecimal feePercent) {
    this.feePercent = feePercent;
  }
}
