package cn.evpark.pile;

import java.io.Serializable;
import java.util.List;

/** One page of the pile list, and how many piles match in all. */
public record PilePage(List<PileRow> rows, long total) implements Serializable {

  public PilePage {
    rows = List.copyOf(rows);
  }
}
