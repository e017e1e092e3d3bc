package cn.evpark.ykc.simulator;

import cn.evpark.ykc.protocol.PhysicalCardNumber;
import java.util.Set;

/**
 * What the platform has set on a {@link VirtualPile}.
 *
 * @param outOfService true after 0x52 locked the pile: it refuses to start sessions
 * @param maxPowerPercent output power limit from 0x52, percent
 * @param qrPrefix the prefix from 0xF0, empty if none
 * @param offlineCards the whitelist from 0x44/0x46
 */
public record PileSettings(
    boolean outOfService,
    int maxPowerPercent,
    String qrPrefix,
    Set<PhysicalCardNumber> offlineCards) {

  public PileSettings {
    offlineCards = Set.copyOf(offlineCards);
  }
}
