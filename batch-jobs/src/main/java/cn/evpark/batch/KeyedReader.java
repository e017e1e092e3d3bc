package cn.evpark.batch;

import jakarta.batch.api.chunk.AbstractItemReader;
import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * A chunk reader keyed by a rising id: it reads items in pages after the last id handed out and
 * checkpoints that id, so a restarted step goes on after its last committed chunk, and a new job
 * instance reads afresh (servers-notes.md §3). A subclass says how to read a page and what an
 * item's id is.
 *
 * @param <T> the items; their ids rise in the order {@link #pageAfter} returns them
 */
public abstract class KeyedReader<T> extends AbstractItemReader {

  private final int pageSize;
  private final Deque<T> page = new ArrayDeque<>();
  private long lastId;
  private boolean exhausted;

  /**
   * @param pageSize how many items one read of the domain returns at most
   */
  protected KeyedReader(int pageSize) {
    this.pageSize = pageSize;
  }

  /** Reads the step's parameters, before the first page; nothing by default. */
  protected void opened() {}

  /** The id a fresh step starts after: 0, every item, by default. */
  protected long firstAfter() {
    return 0;
  }

  /** At most {@code size} items with ids above {@code afterId}, by rising id. */
  protected abstract List<T> pageAfter(long afterId, int size);

  /** An item's id, the key the reader checkpoints. */
  protected abstract long idOf(T item);

  @Override
  public void open(Serializable checkpoint) {
    opened();
    lastId = checkpoint == null ? firstAfter() : (Long) checkpoint;
  }

  @Override
  public Object readItem() {
    if (page.isEmpty() && !exhausted) {
      page.addAll(pageAfter(lastId, pageSize));
      exhausted = page.size() < pageSize;
    }
    T next = page.poll();
    if (next != null) {
      lastId = idOf(next);
    }
    return next;
  }

  @Override
  public Serializable checkpointInfo() {
    return lastId;
  }
}
