package cn.evpark.tariff;

import cn.evpark.ykc.protocol.BillingModelNumber;
import cn.evpark.ykc.protocol.PileCode;
import cn.evpark.ykc.protocol.message.BillingModel;
import cn.evpark.ykc.protocol.message.TierPrice;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The YKC billing model each pile must charge by (ykc-protocol.md §5.5–5.8, §11.5).
 *
 * <p>Until stations have charging fee standards, every pile gets the default model: one flat price
 * all day, from configuration ({@code ykc.default-tariff.electricity} and {@code
 * ykc.default-tariff.service}, yuan per kWh).
 */
@Stateless
public class PileBillingModels {

  static final BillingModelNumber DEFAULT_NUMBER = BillingModelNumber.of("0001");

  @Inject
  @ConfigProperty(name = "ykc.default-tariff.electricity", defaultValue = "1.00000")
  BigDecimal electricity;

  @Inject
  @ConfigProperty(name = "ykc.default-tariff.service", defaultValue = "0.50000")
  BigDecimal service;

  /** The model the pile must have now. */
  public BillingModel forPile(PileCode code) {
    return BillingModel.uniform(DEFAULT_NUMBER, new TierPrice(electricity, service));
  }

  /** Whether the model the pile reports having is the one it must have. */
  public boolean isCurrent(PileCode code, BillingModelNumber reported) {
    return forPile(code).number().equals(reported);
  }
}
