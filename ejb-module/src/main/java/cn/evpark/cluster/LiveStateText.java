package cn.evpark.cluster;

import cn.evpark.ykc.api.GunState;
import cn.evpark.ykc.api.PileLiveState;
import cn.evpark.ykc.protocol.PileCode;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * A pile's live state as one line of text, to cross the grid: {@code <online>;<since epoch
 * ms>;<last frame epoch ms>;<gun>=<state>,...}, e.g. {@code
 * true;1764633600000;1764633612000;1=IDLE,2=CHARGING}.
 */
final class LiveStateText {

  private LiveStateText() {}

  static String of(PileLiveState state) {
    StringBuilder guns = new StringBuilder();
    state
        .guns()
        .forEach(
            (gun, gunState) ->
                guns.append(guns.isEmpty() ? "" : ",").append(gun).append('=').append(gunState));
    return state.online()
        + ";"
        + state.since().toEpochMilli()
        + ";"
        + state.lastFrameAt().toEpochMilli()
        + ";"
        + guns;
  }

  /**
   * @throws IllegalArgumentException when {@code text} is not in this form
   */
  static PileLiveState parse(PileCode code, String text) {
    String[] fields = text.split(";", -1);
    if (fields.length != 4) {
      throw new IllegalArgumentException("not a live state: " + text);
    }
    Map<Integer, GunState> guns = new HashMap<>();
    if (!fields[3].isEmpty()) {
      for (String gun : fields[3].split(",")) {
        int equals = gun.indexOf('=');
        guns.put(
            Integer.parseInt(gun.substring(0, equals)),
            GunState.valueOf(gun.substring(equals + 1)));
      }
    }
    return new PileLiveState(
        code,
        Boolean.parseBoolean(fields[0]),
        Instant.ofEpochMilli(Long.parseLong(fields[1])),
        Instant.ofEpochMilli(Long.parseLong(fields[2])),
        guns);
  }
}
