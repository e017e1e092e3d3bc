package cn.evpark.web.tariff;

import cn.evpark.tariff.ChargingFeeStandard;
import cn.evpark.tariff.ChargingFeeStandardService;
import cn.evpark.tariff.FeeSchedule;
import cn.evpark.tariff.Segment;
import cn.evpark.tariff.SegmentInput;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * 充电费 (manual 二、2.1): the charging fee standards, searched by name 10 a page, and the dialog that
 * adds or edits one, row by row.
 */
@Named
@ViewScoped
public class ChargingFeesPage extends FeeRulesPage<ChargingFeesPage.Row> {

  private static final long serialVersionUID = 1L;

  /**
   * A line of the list; its 计费规则 is one text per segment, as the manual writes them ({@code
   * 00:00-24:00, 电费1.0元, 服务费0.25元}).
   */
  public record Row(long id, String name, String operator, List<String> rule)
      implements Line, Serializable {}

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

  private List<SegmentRow> rows = new ArrayList<>();

  @Override
  long count(String searchName) {
    return standards.count(searchName);
  }

  @Override
  List<Row> lines(String searchName, int first, int pageSize) {
    return standards.search(searchName, first, pageSize).stream()
        .map(s -> new Row(s.getId(), s.getName(), s.getOperator().getName(), rule(s.schedule())))
        .toList();
  }

  /** A new standard starts with one row at 00:00. */
  @Override
  void clearFields() {
    rows = new ArrayList<>();
    SegmentRow first = new SegmentRow();
    first.setStart("00:00");
    rows.add(first);
  }

  @Override
  void fill(long id) {
    ChargingFeeStandard standard = standards.get(id);
    setName(standard.getName());
    setOperatorId(standard.getOperator().getId());
    rows = new ArrayList<>(standard.schedule().segments().stream().map(SegmentRow::new).toList());
  }

  @Override
  void create(Long operatorId, String name) {
    standards.create(operatorId, name, inputs());
  }

  @Override
  void revise(long id, String name) {
    standards.revise(id, name, inputs());
  }

  @Override
  void remove(long id) {
    standards.delete(id);
  }

  private List<SegmentInput> inputs() {
    return rows.stream().map(SegmentRow::toInput).toList();
  }

  public void addRow() {
    rows.add(new SegmentRow());
  }

  public void removeRow(int index) {
    rows.remove(index);
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
}
