package cn.evpark.ykc.simulator;

import cn.evpark.ykc.protocol.PileCode;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Random;

/**
 * The guns of a {@link VirtualPile}, numbered from 1 as on the wire. Meters start at a random
 * reading seeded by the pile code, so runs repeat.
 *
 * <p>Runs on: the pile's event loop.
 */
final class Guns implements Iterable<Gun> {

  private final PileCode code;
  private final Gun[] guns;

  Guns(PileCode code, int count, Random random) {
    this.code = code;
    this.guns = new Gun[count];
    for (int i = 0; i < count; i++) {
      guns[i] = new Gun(i + 1, BigDecimal.valueOf(1_000_000L + random.nextInt(90_000_000), 4));
    }
  }

  /** True if {@code gun} is a gun number of this pile. */
  boolean valid(int gun) {
    return gun >= 1 && gun <= guns.length;
  }

  /**
   * The gun numbered {@code gun}.
   *
   * @throws IllegalArgumentException if there is no such gun
   */
  Gun at(int gun) {
    if (!valid(gun)) {
      throw new IllegalArgumentException("no gun " + gun + " on " + code);
    }
    return guns[gun - 1];
  }

  /** True if no gun is charging. */
  boolean allIdle() {
    for (Gun g : guns) {
      if (g.session != null) {
        return false;
      }
    }
    return true;
  }

  @Override
  public Iterator<Gun> iterator() {
    return Arrays.asList(guns).iterator();
  }
}
