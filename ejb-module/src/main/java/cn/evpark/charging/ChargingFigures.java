package cn.evpark.charging;

import cn.evpark.operator.CallerScope;
import cn.evpark.operator.Scope;
import cn.evpark.operator.ScopedQuery;
import cn.evpark.pile.Pile;
import cn.evpark.shared.BusinessCalendar;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * What the stations in the caller's scope have charged, from the piles' transaction records: the
 * energy and the amount each pile billed, per business day (by the session's end, Asia/Shanghai). A
 * record counts once however often the pile re-sent it.
 */
@Stateless
public class ChargingFigures {

  /** One business day: energy in kWh (4 decimals) and amount in yuan (0.01, half-up). */
  public record Day(LocalDate day, BigDecimal energy, BigDecimal amount) {}

  @EJB CallerScope callers;
  @PersistenceContext EntityManager em;

  /** Every day from {@code first} to {@code last}, both included, oldest first. */
  public List<Day> days(LocalDate first, LocalDate last) {
    Scope scope = callers.current();
    List<Day> days = new ArrayList<>();
    for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
      // a record is its pile's operator's
      Object[] sums =
          ScopedQuery.in(scope, em)
              .from(Pile.class, "p")
              .join(", PileTransactionRecord r")
              .where("p.code = r.pileCode")
              .where("r.endedAt >= :from and r.endedAt < :to")
              .select("sum(r.totalEnergy), sum(r.totalAmount)", Object[].class)
              .setParameter("from", startOf(day))
              .setParameter("to", startOf(day.plusDays(1)))
              .getSingleResult();
      days.add(new Day(day, scaled(sums[0], 4), scaled(sums[1], 2)));
    }
    return days;
  }

  private static LocalDateTime startOf(LocalDate day) {
    return BusinessCalendar.toStored(day.atStartOfDay(BusinessCalendar.ZONE).toInstant());
  }

  private static BigDecimal scaled(Object sum, int scale) {
    BigDecimal value = sum == null ? BigDecimal.ZERO : (BigDecimal) sum;
    return value.setScale(scale, RoundingMode.HALF_UP);
  }
}
