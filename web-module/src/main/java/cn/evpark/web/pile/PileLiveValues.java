package cn.evpark.web.pile;

import cn.evpark.pile.PileRow;
import cn.evpark.web.shared.LiveValues;
import java.util.List;
import java.util.function.Function;

/**
 * The live values of the pile list (manual 4.3): each pile's 在线状态 and each gun's state, keyed as
 * {@code piles.xhtml} marks them ({@code pile-<id>-online}, {@code pile-<id>-gun-<n>}, guns from
 * 1). Pure, so the keys and texts are tested without a container.
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
    }
    return live;
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
