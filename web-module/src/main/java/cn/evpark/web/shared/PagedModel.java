package cn.evpark.web.shared;

import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIData;
import jakarta.faces.context.FacesContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * A table of 10 rows a page whose rows come from a service that pages (one call per page: the rows
 * and the total of all matches).
 *
 * @param <T> a row
 */
public abstract class PagedModel<T> extends LazyDataModel<T> {

  private static final long serialVersionUID = 1L;

  /** A page of rows and the number of all matching rows. */
  public record Page<T>(List<T> rows, long total) {}

  /** Where the page the table shows now starts, and its size: for {@link #reloadShown()}. */
  private int shownFirst;

  private int shownSize = 10;

  /**
   * Turns the table of this client id back to its first page, as a 查询 with new filters does: the
   * page shown before may not exist among the new rows.
   */
  public static void showFirstPage(String tableClientId) {
    if (FacesContext.getCurrentInstance().getViewRoot().findComponent(tableClientId)
        instanceof UIData data) {
      data.setFirst(0);
    }
  }

  /** Fetches the rows from {@code first}, at most {@code size} of them. */
  protected abstract Page<T> fetch(int first, int size);

  /** The key of a row, for the table's row ids. */
  protected abstract String keyOf(T row);

  /**
   * The total, read with the page the table is about to show. PrimeFaces asks a lazy table's count
   * first (to place its first row) and then its rows ({@code DataTable.loadLazyScrollData}); every
   * service answers both in one {@link #fetch}, so the page read here is kept for the {@link #load}
   * of the same request: one read per render, not two.
   */
  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    Window rendered = renderedWindow();
    int first = rendered == null ? shownFirst : rendered.first();
    int size = rendered == null || rendered.size() <= 0 ? shownSize : rendered.size();
    Page<T> page = fetch(first, size);
    requestAttributes().put(this, new Read<>(first, size, page));
    return (int) page.total();
  }

  @Override
  public List<T> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    Page<T> page =
        requestAttributes().remove(this) instanceof Read<?> read
                && read.first() == first
                && read.size() == pageSize
            ? cast(read.page())
            : fetch(first, pageSize);
    setRowCount((int) page.total());
    shownFirst = first;
    shownSize = pageSize;
    return page.rows();
  }

  /**
   * The rows of the page the table shows now, read again, leaving the table as it is: for a refresh
   * of their live values ({@link LiveValues}).
   */
  public List<T> reloadShown() {
    return fetch(shownFirst, shownSize).rows();
  }

  /** A page read by {@link #count}, from {@code first}, at most {@code size} rows. */
  private record Read<T>(int first, int size, Page<T> page) {}

  @SuppressWarnings("unchecked")
  private Page<T> cast(Page<?> page) {
    return (Page<T>) page;
  }

  /**
   * What lives as long as the current request: the page {@link #count} read waits there for {@link
   * #load}, never into another request or the view's saved state.
   */
  protected Map<Object, Object> requestAttributes() {
    FacesContext faces = FacesContext.getCurrentInstance();
    return faces == null ? new HashMap<>() : faces.getAttributes();
  }

  /** Where a table's page starts, and its size (rows). */
  protected record Window(int first, int size) {}

  /**
   * The page of the table being rendered, when it shows this model (its first row and its rows),
   * else null.
   */
  protected Window renderedWindow() {
    FacesContext faces = FacesContext.getCurrentInstance();
    return faces != null
            && UIComponent.getCurrentComponent(faces) instanceof UIData table
            && table.getValue() == this
        ? new Window(table.getFirst(), table.getRows())
        : null;
  }

  @Override
  public String getRowKey(T row) {
    return keyOf(row);
  }

  /**
   * The row with this key on the page the table shows: how a checked row's box becomes the row (the
   * only rows a table checks are those it shows); null when none has it.
   */
  @Override
  public T getRowData(String rowKey) {
    List<T> shown = getWrappedData();
    if (shown != null) {
      for (T row : shown) {
        if (keyOf(row).equals(rowKey)) {
          return row;
        }
      }
    }
    return null;
  }
}
