package cn.evpark.batch.statistics;

import cn.evpark.shared.Money;
import cn.evpark.statistics.StationDayInputs;
import cn.evpark.statistics.StatisticsInputs;
import cn.evpark.statistics.StatisticsInputs.StationSelection;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;

/**
 * Reads the day's sums of one partition's stations, ids {@code (after, last]}, in pages by station
 * id, and checkpoints the last id handed out, so a restarted partition goes on after its last
 * committed chunk. The day's arrears payments are allocated to stations once when it opens.
 */
@Named
@Dependent
public class StationDayReader extends AbstractItemReader {

  static final int PAGE = 100;

  @EJB StatisticsInputs inputs;

  @Inject @BatchProperty String date;

  @Inject @BatchProperty String operator;

  @Inject @BatchProperty String station;

  @Inject @BatchProperty String after;

  @Inject @BatchProperty String last;

  private final Deque<StationDayInputs> page = new ArrayDeque<>();
  private LocalDate day;
  private StationSelection selection;
  private Map<Long, Money> arrearsPaid;
  private long lastStationId;
  private long lastOfRange;
  private boolean exhausted;

  @Override
  public void open(Serializable checkpoint) {
    if (date == null || date.isBlank()) {
      throw new IllegalArgumentException("the job parameter date (yyyy-MM-dd) is required");
    }
    day = LocalDate.parse(date.strip());
    selection = Selection.of(operator, station);
    lastOfRange = Long.parseLong(last);
    lastStationId = checkpoint == null ? Long.parseLong(after) : (Long) checkpoint;
    arrearsPaid = inputs.arrearsPaidOn(day);
  }

  @Override
  public Object readItem() {
    if (page.isEmpty() && !exhausted) {
      page.addAll(
          inputs.stationsAfter(day, selection, lastStationId, lastOfRange, PAGE, arrearsPaid));
      exhausted = page.size() < PAGE;
    }
    StationDayInputs next = page.poll();
    if (next != null) {
      lastStationId = next.key().stationId();
    }
    return next;
  }

  @Override
  public Serializable checkpointInfo() {
    return lastStationId;
  }
}
