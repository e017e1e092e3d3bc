package cn.evpark.ykc.simulator;

import cn.evpark.ykc.protocol.Cp56Time2a;
import cn.evpark.ykc.protocol.PhysicalCardNumber;
import cn.evpark.ykc.protocol.TransactionSerial;
import cn.evpark.ykc.protocol.message.BillingModel;
import cn.evpark.ykc.protocol.message.Tier;
import cn.evpark.ykc.protocol.message.TransactionType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.Map;

/**
 * One charging session on a gun: who started it, the billing model it is charged on, and the energy
 * so far per tariff tier (kWh, scale 4). Amounts are energy × (electricity + service price) per
 * tier, HALF_UP at 4 decimals, as the transaction record carries them ({@code ykc-protocol.md
 * §7.7}). Mutable, confined to the pile's event loop.
 */
final class ChargingSession {
  final TransactionSerial serial;
  final TransactionType type;
  final PhysicalCardNumber card;
  final BillingModel model;
  final Cp56Time2a start;
  final BigDecimal meterStart;
  final int startSoc;
  final Map<Tier, BigDecimal> energy = new EnumMap<>(Tier.class);
  BigDecimal balance;
  long millis;

  ChargingSession(
      TransactionSerial serial,
      TransactionType type,
      PhysicalCardNumber card,
      BillingModel model,
      Cp56Time2a start,
      BigDecimal meterStart,
      int startSoc) {
    this.serial = serial;
    this.type = type;
    this.card = card;
    this.model = model;
    this.start = start;
    this.meterStart = meterStart;
    this.startSoc = startSoc;
  }

  /** Energy so far, kWh, scale 4. */
  BigDecimal totalEnergy() {
    BigDecimal total = BigDecimal.ZERO.setScale(4);
    for (BigDecimal e : energy.values()) {
      total = total.add(e);
    }
    return total;
  }

  /** Amount so far, yuan, scale 4. */
  BigDecimal totalAmount() {
    BigDecimal total = BigDecimal.ZERO.setScale(4);
    for (Map.Entry<Tier, BigDecimal> e : energy.entrySet()) {
      total =
          total.add(
              e.getValue()
                  .multiply(model.prices(e.getKey()).total())
                  .setScale(4, RoundingMode.HALF_UP));
    }
    return total;
  }
}
