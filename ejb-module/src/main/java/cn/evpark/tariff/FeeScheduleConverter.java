package cn.evpark.tariff;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.ArrayList;
import java.util.List;

/**
 * Stores a {@link FeeSchedule} as one line of text, for the tariff snapshot a charging order keeps
 * from its start (money.md §4.3): segments in time order, separated by {@code ;}, each {@code <rate
 * type> <start>-<end> <electricity> <service>} with times {@code HH:mm} (Asia/Shanghai wall clock,
 * {@code 24:00} for the end of the day) and prices in yuan/kWh at 5 decimals, e.g. {@code VALLEY
 * 00:00-08:00 0.30000 0.40000;PEAK 08:00-24:00 1.00000 0.80000}. At most 48 segments of about 40
 * characters each.
 *
 * <p>Applied by {@code @Convert} where a schedule is stored, never automatically.
 */
@Converter
public class FeeScheduleConverter implements AttributeConverter<FeeSchedule, String> {

  @Override
  public String convertToDatabaseColumn(FeeSchedule schedule) {
    if (schedule == null) {
      return null;
    }
    StringBuilder text = new StringBuilder();
    for (Segment segment : schedule.segments()) {
      if (!text.isEmpty()) {
        text.append(';');
      }
      text.append(segment.rateType().name())
          .append(' ')
          .append(segment.start())
          .append('-')
          .append(segment.end())
          .append(' ')
          .append(segment.prices().electricity())
          .append(' ')
          .append(segment.prices().service());
    }
    return text.toString();
  }

  /**
   * @throws IllegalArgumentException when the text is no schedule this converter wrote
   */
  @Override
  public FeeSchedule convertToEntityAttribute(String text) {
    if (text == null) {
      return null;
    }
    List<Segment> segments = new ArrayList<>();
    for (String part : text.split(";")) {
      String[] fields = part.split(" ");
      String[] times = fields.length == 4 ? fields[1].split("-") : new String[0];
      if (times.length != 2) {
        throw new IllegalArgumentException("not a stored fee schedule segment: " + part);
      }
      segments.add(
          new Segment(
              RateType.valueOf(fields[0]),
              time(times[0], part),
              time(times[1], part),
              TierPrices.of(fields[2], fields[3])));
    }
    return new FeeSchedule(segments);
  }

  private static TimeOfDay time(String text, String segment) {
    return TimeOfDay.parse(text)
        .orElseThrow(() -> new IllegalArgumentException("no time of day in " + segment));
  }
}
