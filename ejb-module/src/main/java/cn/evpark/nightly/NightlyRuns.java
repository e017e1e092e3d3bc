package cn.evpark.nightly;

import cn.evpark.shared.BusinessCalendar;
import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Claims nightly job runs so that each (job, night) runs once however many instances fire
 * (servers-notes.md §2): a claim is an insert under the table's primary key in a transaction of its
 * own; whoever fails it skips.
 */
@Stateless
public class NightlyRuns {

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Resource SessionContext context;

  /**
   * Claims the job's night.
   *
   * @param night the business day the night closes (Asia/Shanghai)
   * @param claimedBy who claims (the instance)
   * @return true for the one caller whose insert succeeded; false when the night was claimed
   *     already, by this instance or another
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean claim(String jobName, LocalDate night, String claimedBy) {
    if (em.find(NightlyRun.class, new NightlyRun.Key(jobName, night)) != null) {
      return false;
    }
    try {
      em.persist(
          new NightlyRun(
              jobName, night, BusinessCalendar.toStored(clock.instant()), shorten(claimedBy)));
      em.flush();
      return true;
    } catch (PersistenceException claimedMeanwhile) {
      // another instance inserted the same key between the find and the flush
      context.setRollbackOnly();
      return false;
    }
  }

  /** Records the executions started for a claimed night. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void started(String jobName, LocalDate night, List<Long> executionIds) {
    Optional.ofNullable(em.find(NightlyRun.class, new NightlyRun.Key(jobName, night)))
        .ifPresent(
            run ->
                run.started(
                    executionIds.stream().map(String::valueOf).collect(Collectors.joining(","))));
  }

  /**
   * Takes over a stale claim (servers-notes.md §2): a conditional UPDATE that only the first of
   * several instances seeing the same claim wins, keeping the executions it replaces.
   *
   * @param seen the claim as the caller read it; the update applies only while it is unchanged
   * @param claimedBy who takes it over (the instance)
   * @return true for the one caller whose update changed the row
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean takeOver(NightlyRun seen, String claimedBy) {
    return em.createQuery(
                "update NightlyRun r set r.claimedAt = :now, r.claimedBy = :by,"
                    + " r.replacedExecutions = r.executions, r.executions = null,"
                    + " r.takeovers = r.takeovers + 1"
                    + " where r.jobName = :job and r.businessDate = :night"
                    + " and r.takeovers = :takeovers")
            .setParameter("now", BusinessCalendar.toStored(clock.instant()))
            .setParameter("by", shorten(claimedBy))
            .setParameter("job", seen.getJobName())
            .setParameter("night", seen.getBusinessDate())
            .setParameter("takeovers", seen.getTakeovers())
            .executeUpdate()
        == 1;
  }

  /** The job's claims of the nights from {@code earliest} on, oldest first. */
  public List<NightlyRun> claimsFrom(String jobName, LocalDate earliest) {
    return em.createQuery(
            "select r from NightlyRun r where r.jobName = :job and r.businessDate >= :earliest"
                + " order by r.businessDate",
            NightlyRun.class)
        .setParameter("job", jobName)
        .setParameter("earliest", earliest)
        .getResultList();
  }

  /** The latest night claimed for the job; empty when it never ran. */
  public Optional<LocalDate> latestNight(String jobName) {
    return Optional.ofNullable(
        em.createQuery(
                "select max(r.businessDate) from NightlyRun r where r.jobName = :job",
                LocalDate.class)
            .setParameter("job", jobName)
            .getSingleResult());
  }

  /** The claim of a night, if any. */
  public Optional<NightlyRun> of(String jobName, LocalDate night) {
    return Optional.ofNullable(em.find(NightlyRun.class, new NightlyRun.Key(jobName, night)));
  }

  private static String shorten(String text) {
    return text.length() <= 120 ? text : text.substring(0, 120);
  }
}
