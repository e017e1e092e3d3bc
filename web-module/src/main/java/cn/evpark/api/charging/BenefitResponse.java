package cn.evpark.api.charging;

import cn.evpark.charging.ChargingOrder;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The benefit an order was settled with (money.md §5: the order shows which applied and what it
 * saved).
 *
 * @param source {@code VIP} or {@code ACTIVITY}
 * @param name the activity's name, or {@code VIP}
 * @param saving the list total minus the total, yuan
 */
@Schema(description = "The one benefit applied at settlement; absent when none applied")
public record BenefitResponse(String source, String name, BigDecimal saving) {

  /** The order's benefit; null when it was settled without one. */
  public static BenefitResponse of(ChargingOrder order) {
    return order
        .getBenefitSource()
        .map(
            source ->
                new BenefitResponse(
                    source.name(),
                    order.getBenefitName().orElse(""),
                    order.getBenefitSaving().map(m -> m.yuan()).orElse(null)))
        .orElse(null);
  }
}
