package cn.evpark.web.pile;

import cn.evpark.pile.GroundLockView;
import cn.evpark.pile.PileRow;
import cn.evpark.web.shared.LiveValues;
import java.util.List;
import java.util.function.Function;

/**
 * The live values of the pile list (manual 4.3): each pile's 在线状态, each gun's state and each ground
 * lock's, keyed as {@code piles.xhtml} marks them ({@code pile-<id>-online}, {@code
 * pile-<id>-gun-<n>}, {@code pile-<id>-lock-<n>}, guns from 1). Pure, so the keys and texts are
 * tested without a container.
 */
final class PileLiveValues {

  private PileLiveValues() {}

  /**
   * @param texts the page's texts by bundle key
   */
  static LiveValues of(List<PileRow> rows, Function<String, String> texts) {
    LiveValues live = new LiveValues();
    for (PileRow row : rows) {
      live.put(
          onlineKey(row.id()),
          texts.apply(row.online() ? "pile.online.true" : "pile.online.false"),
          onlineCss(row.online()));
      int gun = 0;
      // each state as the enum's name (its text and CSS key), not as the adapter's type
      for (Object gunState : row.guns()) {
        gun++;
        String state = gunState.toString();
        live.put(
            gunKey(row.id(), gun),
            gun + texts.apply("pile.gun.suffix") + " " + texts.apply("gun." + state),
            gunCss(state));
      }
      for (GroundLockView lock : row.groundLocks()) {
        live.put(lockKey(row.id(), lock.gun()), lockText(lock, texts), lockCss(lock));
      }
    }
    return live;
  }

  /**
   * A ground lock's line: {@code 1号枪 已升锁 · 有车 · 电量 80%}, and its alarm when it has one. A code the
   * protocol does not list shows as its byte.
   */
  static String lockText(GroundLockView lock, Function<String, String> texts) {
    StringBuilder text =
        new StringBuilder()
            .append(lock.gun())
            .append(texts.apply("pile.gun.suffix"))
            .append(' ')
            .append(named(texts, "lock.", lock.lockState()))
            .append(" · ")
            .append(texts.apply(lock.vehiclePresent() ? "lock.vehicle" : "lock.empty"))
            .append(" · ")
            .append(texts.apply("lock.battery"))
            .append(' ')
            .append(lock.batteryPercent())
            .append('%');
    if (lock.alarmed()) {
      text.append(" · ").append(named(texts, "lock.alarm.", lock.alarm()));
    }
    return text.toString();
  }

  /** The classes of a ground lock's tag; the page renders the same. */
  static String lockCss(GroundLockView lock) {
    return "ui-tag lock lock-" + lock.lockState() + (lock.alarmed() ? " lock-alarm" : "");
  }

  static String lockKey(long pileId, int gun) {
    return "pile-" + pileId + "-lock-" + gun;
  }

  /** The text of a listed code; an unlisted one ({@code 0x12}) as it is. */
  private static String named(Function<String, String> texts, String prefix, String name) {
    return name.startsWith("0x") ? name : texts.apply(prefix + name);
  }

  static String onlineKey(long pileId) {
    return "pile-" + pileId + "-online";
  }

  static String gunKey(long pileId, int gun) {
    return "pile-" + pileId + "-gun-" + gun;
  }

  /** The classes of the 在线状态 tag; the page renders the same. */
  static String onlineCss(boolean online) {
    return online ? "ui-tag ui-tag-success pile-online" : "ui-tag pile-online pile-offline";
  }

  /** The classes of a gun's tag; the page renders the same. */
  static String gunCss(String state) {
    return "ui-tag gun gun-" + state;
  }
}
