package cn.evpark.api.problem;

import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * The API's lists: at most {@code size} rows from row {@code first} (from 0), answered with {@link
 * #TOTAL} holding how many match in all, so a client pages without a second call. Out-of-range
 * values are read as the nearest allowed one, never refused.
 */
public final class Listing {

  /** The header holding how many rows match in all. */
  public static final String TOTAL = "X-Total-Count";

  private Listing() {}

  /** The first row asked for; a negative one is 0. */
  public static int first(int first) {
    return Math.max(0, first);
  }

  /** The page size asked for, kept within 1 and {@code max}. */
  public static int size(int size, int max) {
    return Math.max(1, Math.min(size, max));
  }

  /** 200 with the rows and {@link #TOTAL}. */
  public static Response of(List<?> rows, long total) {
    return Response.ok(rows).header(TOTAL, total).build();
  }
}
