package cn.evpark.web.tariff;

import cn.evpark.operator.Operator;
import cn.evpark.operator.OperatorService;
import cn.evpark.shared.DomainException;
import cn.evpark.tariff.ChargingFeeStandard;
import cn.evpark.tariff.ChargingFeeStandardService;
import cn.evpark.tariff.FeeSchedule;
import cn.evpark.tariff.Segment;
import cn.evpark.tariff.SegmentInput;
import cn.evpark.web.i18n.Messages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.primefaces.PrimeFaces;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * 充电费 (manual 二、2.1): the charging fee standards, searched by name 10 a page, and the dialog that
 * adds or edits one, row by row.
 */
@Named
@ViewScoped
public class ChargingFeesPage implements Serializable {

  private static final long serialVersionUID = 1L;

  /**
   * A line of the list; its 计费规则 is one text per segment, as the manual writes them ({@code
   * 00:00-24:00, 电费1.0元, 服务费0.25元}).
   */
  public record Row(long id, String name, String operator, List<String> rule)
      implements Serializable {}

  /** A row of the editor: one time segment as typed. */
  public static class SegmentRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private String rateType;
    private String start;
    private BigDecimal electricity;
    private BigDecimal service;

    public SegmentRow() {}

    SegmentRow(Segment segment) {
      rateType = segment.rateType().name();
      start = segment.start().toString();
      electricity = segment.prices().electricity().yuan().stripTrailingZeros();
      service = segment.prices().service().yuan().stripTrailingZeros();
    }

    SegmentInput toInput() {
      return new SegmentInput(rateType, start, null, electricity, service);
    }

    public String getRateType() {
      return rateType;
    }

    public void setRateType(String rateType) {
      this.rateType = rateType;
    }

    public String getStart() {
      return start;
    }

    public void setStart(String start) {
      this.start = start;
    }

    public BigDecimal getElectricity() {
      return electricity;
    }

    public void setElectricity(BigDecimal electricity) {
      this.electricity = electricity;
    }

    public BigDecimal getService() {
      return service;
    }

    public void setService(BigDecimal service) {
      this.service = service;
    }
  }

  @EJB transient ChargingFeeStandardService standards;
  @EJB transient OperatorService operators;
  @Inject transient Messages messages;
  @Inject transient TariffFeedback feedback;

  private String searchName;
  private final LazyDataModel<Row> table = new Table();

  private Long editingId;
  private Long operatorId;
  private String name;
  private List<SegmentRow> rows = new ArrayList<>();

  /** Opens the dialog on an empty standard with one row at 00:00. */
  public void startAdding() {
    editingId = null;
    name = null;
    List<Operator> choices = operators.listAll();
    operatorId = choices.size() == 1 ? choices.get(0).getId() : null;
    rows = new ArrayList<>();
    SegmentRow first = new SegmentRow();
    first.setStart("00:00");
    rows.add(first);
  }

  /** Opens the dialog on a standard's current name and segments. */
  public void startEditing(long id) {
    try {
      ChargingFeeStandard standard = standards.get(id);
      editingId = id;
      name = standard.getName();
      operatorId = standard.getOperator().getId();
      rows = new ArrayList<>(standard.schedule().segments().stream().map(SegmentRow::new).toList());
    } catch (DomainException e) {
      feedback.refused(e, null);
    }
  }

  public void addRow() {
    rows.add(new SegmentRow());
  }

  public void removeRow(int index) {
    rows.remove(index);
  }

  /** 确定: saves the dialog; on success closes it and refreshes the list. */
  public void save() {
    List<SegmentInput> inputs = rows.stream().map(SegmentRow::toInput).toList();
    try {
      if (editingId == null) {
        standards.create(operatorId, name, inputs);
      } else {
        standards.revise(editingId, name, inputs);
      }
    } catch (DomainException e) {
      feedback.refused(e, "editor:editorMessages");
      return;
    }
    feedback.done("tariffs.saved");
    PrimeFaces.current().executeScript("PF('editorDialog').hide()");
    PrimeFaces.current().ajax().update("list:table", "messages");
  }

  public void delete(long id) {
    try {
      standards.delete(id);
      feedback.done("tariffs.deleted");
    } catch (DomainException e) {
      feedback.refused(e, null);
    }
  }

  public boolean isEditing() {
    return editingId != null;
  }

  public List<Operator> getOperatorChoices() {
    return operators.listAll();
  }

  public LazyDataModel<Row> getTable() {
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

  public List<SegmentRow> getRows() {
    return rows;
  }

  /** The list's 计费规则: each segment with its prices; with several, each with its rate type. */
  List<String> rule(FeeSchedule schedule) {
    List<String> parts = new ArrayList<>();
    boolean typed = schedule.segments().size() > 1;
    for (Segment s : schedule.segments()) {
      parts.add(
          messages.format(
              typed ? "tariffs.standard.summaryOfType" : "tariffs.standard.summary",
              s.start().toString(),
              s.end().toString(),
              PriceText.of(s.prices().electricity().yuan()),
              PriceText.of(s.prices().service().yuan()),
              messages.get("tariffs.rateType." + s.rateType().name())));
    }
    return parts;
  }

  private final class Table extends LazyDataModel<Row> {

    private static final long serialVersionUID = 1L;

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      return (int) standards.count(searchName);
    }

    @Override
    public List<Row> load(
        int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      return standards.search(searchName, first, pageSize).stream()
          .map(s -> new Row(s.getId(), s.getName(), s.getOperator().getName(), rule(s.schedule())))
          .toList();
    }

    @Override
    public String getRowKey(Row row) {
      return Long.toString(row.id());
    }
  }
}
