package cn.evpark.cluster;

import cn.evpark.ykc.protocol.PileCode;
import java.util.List;

/**
 * Pile sessions held by a cluster member that left the grid: their piles are offline until they log
 * in again, on another member. Fired once for the cluster, by its oldest member.
 *
 * @param sessions at most {@value ClusterGrid#LOST_CHUNK}
 */
public record SessionsLost(List<Session> sessions) {

  /** A pile's session as the registry held it: its code and connection id. */
  public record Session(PileCode pileCode, long connectionId) {

    /** From a registry entry: the pile code and the entry's text ({@link RegistryEntry}). */
    static Session of(String code, String entry) {
      return new Session(new PileCode(code), RegistryEntry.parse(entry).connectionId());
    }
  }
}
