package cn.evpark.web.tariff;

import cn.evpark.operator.Operator;
import cn.evpark.operator.OperatorService;
import cn.evpark.web.i18n.Messages;
import cn.evpark.web.shared.CheckedRows;
import cn.evpark.web.shared.PageAction;
import cn.evpark.web.shared.PageMessages;
import cn.evpark.web.shared.PagedModel;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.primefaces.PrimeFaces;
import org.primefaces.model.LazyDataModel;

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

    /** The rule's name (计费标准名称). */
    String name();
  }

  @EJB transient OperatorService operators;
  @Inject transient Messages messages;
  @Inject transient PageMessages feedback;
  @Inject transient CheckedRows checkedRows;

  private String searchName;
  private final LazyDataModel<R> table = new Table();
  private List<R> selected = new ArrayList<>();

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

  /**
   * 删除 of the rules checked in the list (manual 2.1.3: 选中对应的计费规则，点击【删除】): a rule the platform
   * refuses (one a station still uses) stays checked, named with the reason; the others go.
   */
  public void deleteSelected() {
    selected = checkedRows.apply(selected, Line::name, line -> remove(line.id()), "table.deleted");
  }

  /** The rules checked in the list (empty for an account that may not change them). */
  public List<R> getSelected() {
    return selected;
  }

  public void setSelected(List<R> selected) {
    this.selected = selected == null ? new ArrayList<>() : new ArrayList<>(selected);
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

  private final class Table extends PagedModel<R> {

    private static final long serialVersionUID = 1L;

    @Override
    protected Page<R> fetch(int first, int size) {
      return new Page<>(
          FeeRulesPage.this.lines(searchName, first, size), FeeRulesPage.this.count(searchName));
    }

    @Override
    protected String keyOf(R row) {
      return Long.toString(row.id());
    }
  }
}
