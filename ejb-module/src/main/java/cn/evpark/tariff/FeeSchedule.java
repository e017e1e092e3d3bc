package cn.evpark.tariff;

import cn.evpark.shared.RuleViolation;
import cn.evpark.shared.RuleViolationException;
import java.math.BigDecimal;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The time segments of a charging fee standard (收费标准), in canonical form: they start at 00:00, each
 * ends where the next starts, the last ends at 24:00, every boundary is on a half hour, segments of
 * one rate type cost the same, and no two neighbours share a rate type (they are one segment). A
 * schedule that exists obeys every rule of {@link ScheduleRule}.
 *
 * <p>Staff enter rows ({@link SegmentInput}); {@link #of} checks every rule, reports each broken
 * one, and normalises: the last row is completed to 24:00 (manual rule 3), and neighbouring rows of
 * the same rate type are merged. The canonical form is what maps one to one onto a YKC billing
 * model ({@link BillingModelMapping}).
 *
 * @param segments in time order
 */
public record FeeSchedule(List<Segment> segments) {

  /** A free station's schedule (免费): one flat segment at price 0 all day. */
  public static final FeeSchedule FREE =
      new FeeSchedule(
          List.of(
              new Segment(
                  RateType.FLAT, TimeOfDay.MIDNIGHT, TimeOfDay.END_OF_DAY, TierPrices.FREE)));

  /** What {@link RuleViolationException#code()} says when a standard's rows break a rule. */
  public static final String INVALID = "tariff.standard.invalid";

  public FeeSchedule {
    segments = List.copyOf(segments);
    if (segments.isEmpty() || !segments.get(0).start().equals(TimeOfDay.MIDNIGHT)) {
      throw new IllegalArgumentException("a schedule starts at 00:00: " + segments);
    }
    if (!segments.get(segments.size() - 1).end().equals(TimeOfDay.END_OF_DAY)) {
      throw new IllegalArgumentException("a schedule ends at 24:00: " + segments);
    }
    Map<RateType, TierPrices> prices = new EnumMap<>(RateType.class);
    for (int i = 0; i < segments.size(); i++) {
      Segment segment = segments.get(i);
      TierPrices before = prices.putIfAbsent(segment.rateType(), segment.prices());
      if (before != null && !samePrices(before, segment.prices())) {
        throw new IllegalArgumentException("one rate type, two prices: " + segments);
      }
      if (i > 0) {
        Segment previous = segments.get(i - 1);
        if (!previous.end().equals(segment.start())) {
          throw new IllegalArgumentException("segments leave a gap or overlap: " + segments);
        }
        if (previous.rateType() == segment.rateType()) {
          throw new IllegalArgumentException("neighbours of one rate type: " + segments);
        }
      }
    }
  }

  /**
   * Checks staff's rows against every rule and gives the canonical schedule.
   *
   * @throws RuleViolationException with code {@link #INVALID}, listing every broken rule
   */
  public static FeeSchedule of(List<SegmentInput> rows) {
    List<RuleViolation> broken = rulesBrokenBy(rows);
    if (!broken.isEmpty()) {
      throw new RuleViolationException(INVALID, broken);
    }
    List<Segment> merged = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      SegmentInput row = rows.get(i);
      RateType type = RateType.parse(row.rateType()).orElseThrow();
      TimeOfDay start = TimeOfDay.parse(row.start()).orElseThrow();
      TimeOfDay end =
          i + 1 < rows.size()
              ? TimeOfDay.parse(rows.get(i + 1).start()).orElseThrow()
              : TimeOfDay.END_OF_DAY;
      TierPrices prices =
          new TierPrices(new UnitPrice(row.electricity()), new UnitPrice(row.service()));
      Segment last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
      if (last != null && last.rateType() == type) {
        merged.set(merged.size() - 1, new Segment(type, last.start(), end, last.prices()));
      } else {
        merged.add(new Segment(type, start, end, prices));
      }
    }
    return new FeeSchedule(merged);
  }

  /** Every rule {@code rows} break, in row order; empty when they make a valid standard. */
  public static List<RuleViolation> rulesBrokenBy(List<SegmentInput> rows) {
    List<RuleViolation> broken = new ArrayList<>();
    if (rows == null || rows.isEmpty()) {
      broken.add(ScheduleRule.SEGMENTS_REQUIRED.brokenAt("segments"));
      return broken;
    }
    List<Optional<TimeOfDay>> starts = new ArrayList<>();
    for (SegmentInput row : rows) {
      starts.add(Optional.ofNullable(row).flatMap(r -> TimeOfDay.parse(r.start())));
    }
    Map<RateType, Integer> firstRowOf = new EnumMap<>(RateType.class);
    for (int i = 0; i < rows.size(); i++) {
      SegmentInput row =
          Objects.requireNonNullElse(rows.get(i), new SegmentInput(null, null, null, null, null));
      int number = i + 1;
      String at = "segments[" + i + "]";

      Optional<RateType> type = RateType.parse(row.rateType());
      if (type.isEmpty()) {
        broken.add(ScheduleRule.RATE_TYPE.brokenAt(at + ".rateType", number));
      }

      Optional<TimeOfDay> start = starts.get(i);
      if (start.isEmpty()) {
        broken.add(ScheduleRule.TIME_FORMAT.brokenAt(at + ".start", number));
      } else if (start.get().equals(TimeOfDay.END_OF_DAY)) {
        broken.add(ScheduleRule.CLOSED_LOOP.brokenAt(at + ".start", number));
      } else if (!start.get().isOnHalfHour()) {
        broken.add(ScheduleRule.HALF_HOUR.brokenAt(at + ".start", number));
      } else if (i == 0 && !start.get().equals(TimeOfDay.MIDNIGHT)) {
        broken.add(ScheduleRule.FIRST_AT_MIDNIGHT.brokenAt(at + ".start", number));
      } else if (i > 0
          && starts.get(i - 1).filter(s -> s.isBefore(TimeOfDay.END_OF_DAY)).isPresent()
          && !starts.get(i - 1).get().isBefore(start.get())) {
        // (a start at 24:00 before this row is reported as out of the day, not twice)
        broken.add(ScheduleRule.INCREASING.brokenAt(at + ".start", number));
      }

      if (row.end() != null && !row.end().isBlank()) {
        Optional<TimeOfDay> end = TimeOfDay.parse(row.end());
        boolean last = i == rows.size() - 1;
        if (end.isEmpty()) {
          broken.add(ScheduleRule.TIME_FORMAT.brokenAt(at + ".end", number));
        } else if (!last && !end.get().isOnHalfHour()) {
          broken.add(ScheduleRule.HALF_HOUR.brokenAt(at + ".end", number));
        } else if (!last
            && starts.get(i + 1).isPresent()
            && !end.get().equals(starts.get(i + 1).get())) {
          broken.add(ScheduleRule.CLOSED_LOOP.brokenAt(at + ".end", number));
        }
      }

      boolean pricesValid =
          checkPrice(row.electricity(), at + ".electricity", number, broken)
              & checkPrice(row.service(), at + ".service", number, broken);
      if (type.isPresent() && pricesValid) {
        Integer first = firstRowOf.putIfAbsent(type.get(), i);
        if (first != null && !samePrices(rows.get(first), row)) {
          broken.add(ScheduleRule.SAME_RATE_SAME_PRICE.brokenAt(at, number, first + 1));
        }
      }
    }
    return broken;
  }

  private static boolean checkPrice(
      BigDecimal price, String field, int row, List<RuleViolation> broken) {
    ScheduleRule rule = null;
    if (price == null) {
      rule = ScheduleRule.PRICE_REQUIRED;
    } else if (price.signum() < 0) {
      rule = ScheduleRule.PRICE_NEGATIVE;
    } else if (UnitPrice.tooPrecise(price)) {
      rule = ScheduleRule.PRICE_SCALE;
    } else if (price.compareTo(UnitPrice.MAX) > 0) {
      rule = ScheduleRule.PRICE_TOO_HIGH;
    }
    if (rule != null) {
      broken.add(rule.brokenAt(field, row));
    }
    return rule == null;
  }

  private static boolean samePrices(SegmentInput a, SegmentInput b) {
    return a.electricity().compareTo(b.electricity()) == 0
        && a.service().compareTo(b.service()) == 0;
  }

  private static boolean samePrices(TierPrices a, TierPrices b) {
    return a.electricity().equals(b.electricity()) && a.service().equals(b.service());
  }

  /**
   * The schedule of 48 half-hour slots and the prices of the rate types they use, merging runs of
   * one rate type into a segment.
   *
   * @throws IllegalArgumentException when a slot's rate type has no prices
   */
  public static FeeSchedule fromSlots(List<RateType> slots, Map<RateType, TierPrices> prices) {
    if (slots.size() != BillingModelMapping.SLOTS) {
      throw new IllegalArgumentException("a day has 48 half-hour slots, not " + slots.size());
    }
    List<Segment> segments = new ArrayList<>();
    int from = 0;
    for (int i = 1; i <= slots.size(); i++) {
      if (i == slots.size() || slots.get(i) != slots.get(from)) {
        RateType type = slots.get(from);
        TierPrices tierPrices = prices.get(type);
        if (tierPrices == null) {
          throw new IllegalArgumentException("no prices for rate type " + type);
        }
        segments.add(
            new Segment(type, TimeOfDay.ofHalfHour(from), TimeOfDay.ofHalfHour(i), tierPrices));
        from = i;
      }
    }
    return new FeeSchedule(segments);
  }

  /** The rate type of each half-hour slot of the day: slot {@code i} starts at {@code i × 30}. */
  public List<RateType> slots() {
    List<RateType> slots = new ArrayList<>(BillingModelMapping.SLOTS);
    for (Segment segment : segments) {
      for (int h = segment.start().halfHour(); h < segment.end().halfHour(); h++) {
        slots.add(segment.rateType());
      }
    }
    return Collections.unmodifiableList(slots);
  }

  /** The rate types the schedule uses, in order of first use. */
  public Set<RateType> rateTypes() {
    Set<RateType> types = new LinkedHashSet<>();
    segments.forEach(s -> types.add(s.rateType()));
    return Collections.unmodifiableSet(types);
  }

  /** The prices of a rate type; empty when the schedule does not use it. */
  public Optional<TierPrices> prices(RateType type) {
    return segments.stream().filter(s -> s.rateType() == type).map(Segment::prices).findFirst();
  }

  /** The segment in force at a local time of day. */
  public Segment segmentAt(LocalTime time) {
    TimeOfDay at = TimeOfDay.of(time);
    return segments.stream()
        .filter(s -> s.covers(at))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("no segment at " + time));
  }

  /** The rows that make this schedule again, each with its end time. */
  public List<SegmentInput> toInputs() {
    return segments.stream().map(SegmentInput::of).toList();
  }
}
