package cn.evpark.batch.statistics;

import cn.evpark.batch.KeyedReader;
import cn.evpark.shared.Money;
import cn.evpark.statistics.StationDayInputs;
import cn.evpark.statistics.StatisticsInputs;
import cn.evpark.statistics.StatisticsInputs.StationSelection;
import jakarta.batch.api.BatchProperty;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Reads the day's sums of one partition's stations, ids {@code (after, last]}, in pages by station
 * id, and checkpoints the last id handed out, so a restarted partition goes on after its last
 * committed chunk. The day's arrears payments are allocated to stations once when it opens.
 */
@Named
@Dependent
public class StationDayReader extends KeyedReader<StationDayInputs> {

  static final int PAGE = 100;

  @EJB StatisticsInputs inputs;

  @Inject @BatchProperty String date;

  @Inject @BatchProperty String operator;

  @Inject @BatchProperty String station;

  @Inject @BatchProperty String after;

  @Inject @BatchProperty String last;

  private LocalDate day;
  private StationSelection selection;
  private Map<Long, Money> arrearsPaid;
  private long lastOfRange;

  public StationDayReader() {
    super(PAGE);
  }

  @Override
  protected void opened() {
    if (date == null || date.isBlank()) {
      throw new IllegalArgumentException("the job parameter date (yyyy-MM-dd) is required");
    }
    day = LocalDate.parse(date.strip());
    selection = Selection.of(operator, station);
    lastOfRange = Long.parseLong(last);
    arrearsPaid = inputs.arrearsPaidOn(day);
  }

  @Override
  protected long firstAfter() {
    return Long.parseLong(after);
  }

  @Override
  protected List<StationDayInputs> pageAfter(long afterId, int size) {
    return inputs.stationsAfter(day, selection, afterId, lastOfRange, size, arrearsPaid);
  }

  @Override
  protected long idOf(StationDayInputs item) {
    return item.key().stationId();
  }
}
