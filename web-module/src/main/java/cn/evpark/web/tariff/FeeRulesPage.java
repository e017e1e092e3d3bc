package cn.evpark.web.tariff;

import cn.evpark.operator.Operator;
import cn.evpark.operator.OperatorService;
import cn.evpark.web.i18n.Messages;
import cn.evpark.web.shared.PageAction;
import cn.evpark.web.shared.PageMessages;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.PrimeFaces;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * What the pages of 计费管理's rules (充电费, 预约费, 占位费) share: the list searched by name 10 a page, and
 * the dialog that adds or edits one rule of an operator, shows the platform's refusal in the dialog
 * and, once saved, closes it and refreshes the list. Each page adds its rule's fields.
 *
 * @param <R> a line of the list
 */
abstract class FeeRulesPage<R extends FeeRulesPage.Line> implements Serializable {

  private static final long serialVersionUID = 1L;

  /** A line of the list, known by its rule's id. */
  interface Line {
    long id();
  }

  @EJB transient OperatorService operators;
  @Inject transient Messages messages;
  @Inject transient PageMessages feedback;

  private String searchName;
  private final LazyDataModel<R> table = new Table();

  private Long editingId;
  private Long operatorId;
  private String name;

  /** The rules named like {@code searchName}, for the list. */
  abstract long count(String searchName);

  /** A page of the rules named like {@code searchName}, as lines of the list. */
  abstract List<R> lines(String searchName, int first, int pageSize);

  /** Empties the page's own fields for a new rule. */
  abstract void clearFields();

  /** Fills name, operator and the page's own fields from the stored rule {@code id}. */
  abstract void fill(long id);

  abstract void create(Long operatorId, String name);

  abstract void revise(long id, String name);

  abstract void remove(long id);

  /** Opens the dialog on a new rule, of the only operator when there is one. */
  public void startAdding() {
    editingId = null;
    name = null;
    List<Operator> choices = operators.listAll();
    operatorId = choices.size() == 1 ? choices.get(0).getId() : null;
    clearFields();
  }

  /** Opens the dialog on a stored rule. */
  @PageAction
  public void startEditing(long id) {
    fill(id);
    editingId = id;
  }

  /** 确定: saves the dialog; on success closes it and refreshes the list. */
  @PageAction(messagesFor = "editor:editorMessages")
  public void save() {
    if (editingId == null) {
      create(operatorId, name);
    } else {
      revise(editingId, name);
    }
    feedback.info("tariffs.saved");
    PrimeFaces.current().executeScript("PF('editorDialog').hide()");
    PrimeFaces.current().ajax().update("list:table", "messages");
  }

  @PageAction
  public void delete(long id) {
    remove(id);
    feedback.info("tariffs.deleted");
  }

  public boolean isEditing() {
    return editingId != null;
  }

  public List<Operator> getOperatorChoices() {
    return operators.listAll();
  }

  public LazyDataModel<R> getTable() {
    return table;
  }

  public String getSearchName() {
    return searchName;
  }

  public void setSearchName(String searchName) {
    this.searchName = searchName;
  }

  public Long getOperatorId() {
    return operatorId;
  }

  public void setOperatorId(Long operatorId) {
    this.operatorId = operatorId;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  private final class Table extends LazyDataModel<R> {

    private static final long serialVersionUID = 1L;

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      return (int) FeeRulesPage.this.count(searchName);
    }

    @Override
    public List<R> load(
        int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      return lines(searchName, first, pageSize);
    }

    @Override
    public String getRowKey(R row) {
      return Long.toString(row.id());
    }
  }
}
