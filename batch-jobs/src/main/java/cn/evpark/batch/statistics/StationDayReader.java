package cn.evpark.batch.statistics;

import cn.evpark.batch.KeyedReader;
import cn.evpark.shared.Money;
import cn.evpark.statistics.StationDayInputs;
import cn.evpark.statistics.StationDayKey;
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
 * Reads the sums of one partition's stations, ids {@code (after, last]}, for each business day of
 * {@code [date, to]} ({@code to} defaults to {@code date}): one item per station, the list of its
 * days. It pages stations by id and checkpoints the last id handed out, so a restarted partition
 * goes on after its last committed chunk with every day of the next station. Its stations' share of
 * the days' arrears payments comes from the mapper ({@link ArrearsShares}).
 */
@Named
@Dependent
public class StationDayReader extends KeyedReader<List<StationDayInputs>> {

  static final int PAGE = 100;

  @EJB StatisticsInputs inputs;

  @Inject @BatchProperty String date;

  @Inject @BatchProperty String to;

  @Inject @BatchProperty String operator;

  @Inject @BatchProperty String station;

  @Inject @BatchProperty String after;

  @Inject @BatchProperty String last;

  @Inject @BatchProperty String arrears;

  private LocalDate from;
  private LocalDate until;
  private StationSelection selection;
  private Map<StationDayKey, Money> arrearsPaid;
  private long lastOfRange;

  public StationDayReader() {
    super(PAGE);
  }

  @Override
  protected void opened() {
    DayRange days = DayRange.of(date, to);
    from = days.from();
    until = days.to();
    selection = Selection.of(operator, station);
    lastOfRange = Long.parseLong(last);
    arrearsPaid = ArrearsShares.decode(arrears);
  }

  @Override
  protected long firstAfter() {
    return Long.parseLong(after);
  }

  @Override
  protected List<List<StationDayInputs>> pageAfter(long afterId, int size) {
    return inputs.stationsAfter(from, until, selection, afterId, lastOfRange, size, arrearsPaid);
  }

  @Override
  protected long idOf(List<StationDayInputs> days) {
    return days.get(0).key().stationId();
  }
}
