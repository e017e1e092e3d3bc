package cn.evpark.web.shared;

import jakarta.faces.component.UIData;
import jakarta.faces.context.FacesContext;
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

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return (int) fetch(0, 1).total();
  }

  @Override
  public List<T> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    Page<T> page = fetch(first, pageSize);
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
