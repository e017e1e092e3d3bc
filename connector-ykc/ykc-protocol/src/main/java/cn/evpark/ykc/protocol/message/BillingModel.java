package cn.evpark.ykc.protocol.message;

import cn.evpark.ykc.protocol.BillingModelNumber;
import java.time.LocalTime;
import java.util.Collections;
import java.util.List;

/**
 * A billing model: the body shared by 0x0A and 0x58 after the pile code ({@code ykc-protocol.md
 * §5.8}). Four tiers of electricity and service price and, for each of the 48 half-hours of a local
 * day, the tier that applies.
 *
 * <pre>
 *   01 00 | 40 0D 03 00  9C 40 00 00 | … three more tiers … | 00   | 00 00 … (48 slots)
 *   number  sharp 2.00000 service 0.40000                    loss   00:00-00:30, 00:30-01:00, …
 * </pre>
 *
 * @param number the model number the pile will report in later 0x05 frames
 * @param sharp tier 0 prices
 * @param peak tier 1 prices
 * @param flat tier 2 prices
 * @param valley tier 3 prices
 * @param lossRatio loss ratio in percent; the document says the platform sends 0
 * @param slots 48 tiers: slot {@code i} covers {@code [i × 30 min, (i + 1) × 30 min)}
 */
public record BillingModel(
    BillingModelNumber number,
    TierPrice sharp,
    TierPrice peak,
    TierPrice flat,
    TierPrice valley,
    int lossRatio,
    List<Tier> slots) {

  /** Half-hour slots in a day. */
  public static final int SLOTS = 48;

  static final int LENGTH = 2 + 4 * 8 + 1 + SLOTS;

  public BillingModel {
    Fields.present(number, "number");
    Fields.present(sharp, "sharp");
    Fields.present(peak, "peak");
    Fields.present(flat, "flat");
    Fields.present(valley, "valley");
    Fields.u8(lossRatio, "lossRatio");
    slots = Fields.list(slots, SLOTS, "slots");
    if (slots.size() != SLOTS) {
      throw new IllegalArgumentException("a billing model has 48 slots, got " + slots.size());
    }
  }

  /** One price all day: every slot in the flat tier, the other tiers at the same prices. */
  public static BillingModel uniform(BillingModelNumber number, TierPrice price) {
    return new BillingModel(
        number, price, price, price, price, 0, Collections.nCopies(SLOTS, Tier.FLAT));
  }

  /** The prices of {@code tier}. */
  public TierPrice prices(Tier tier) {
    return switch (tier) {
      case SHARP -> sharp;
      case PEAK -> peak;
      case FLAT -> flat;
      case VALLEY -> valley;
    };
  }

  /** The tier in force at local time {@code time}. */
  public Tier tierAt(LocalTime time) {
    return slots.get(time.getHour() * 2 + time.getMinute() / 30);
  }

  static BillingModel read(BodyReader in) {
    BillingModelNumber number = in.modelNumber();
    TierPrice sharp = TierPrice.read(in);
    TierPrice peak = TierPrice.read(in);
    TierPrice flat = TierPrice.read(in);
    TierPrice valley = TierPrice.read(in);
    int lossRatio = in.u8();
    Tier[] slots = new Tier[SLOTS];
    for (int i = 0; i < SLOTS; i++) {
      slots[i] = in.code(Tier.class);
    }
    return new BillingModel(number, sharp, peak, flat, valley, lossRatio, List.of(slots));
  }

  void write(BodyWriter out) {
    out.modelNumber(number);
    sharp.write(out);
    peak.write(out);
    flat.write(out);
    valley.write(out);
    out.u8(lossRatio);
    for (Tier tier : slots) {
      out.code(tier);
    }
  }
}
