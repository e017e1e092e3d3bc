package cn.evpark.web.shared;

import jakarta.el.ValueExpression;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.AbortProcessingException;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;
import org.primefaces.component.datatable.DataTable;

/**
 * The pager of every paginated table, as the manual shows it under each list ("共 2 条 10条/页 < 1 > 前往
 * 1 页", manual 3.1, 4.1): the total, the page size (10, 20, 50 or 100 rows), the pages and the page
 * to go to. Registered in {@code faces-config.xml} for every {@code p:dataTable} added to a view,
 * so a new list gets it without saying so; a table's own pager attributes are replaced. The labels
 * of the size and the jump ("10条/页", "前往 N 页") are written by {@code admin.js} from the layout's
 * {@code data-pager-*} texts, since PrimeFaces renders only the numbers.
 */
public class TablePager implements SystemEventListener {

  /** The manual's order: total, page size, pages, page to go to. */
  static final String TEMPLATE =
      "{CurrentPageReport} {RowsPerPageDropdown} {PreviousPageLink} {PageLinks} {NextPageLink}"
          + " {JumpToPageInput}";

  /** The page sizes offered. */
  static final String SIZES = "10,20,50,100";

  @Override
  public boolean isListenerForSource(Object source) {
    return source instanceof DataTable;
  }

  @Override
  public void processEvent(SystemEvent event) throws AbortProcessingException {
    DataTable table = (DataTable) event.getSource();
    if (!table.isPaginator()) {
      return;
    }
    FacesContext faces = FacesContext.getCurrentInstance();
    table.setPaginatorTemplate(TEMPLATE);
    table.setRowsPerPageTemplate(SIZES);
    table.setPaginatorPosition("bottom");
    ValueExpression total =
        faces
            .getApplication()
            .getExpressionFactory()
            .createValueExpression(faces.getELContext(), "#{msg['table.total']}", String.class);
    table.setValueExpression("currentPageReportTemplate", total);
  }
}
