package cn.evpark.benefit;

import cn.evpark.operator.AccessDeniedException;
import cn.evpark.operator.CallerScope;
import cn.evpark.operator.Scope;
import cn.evpark.operator.ScopedQuery;
import cn.evpark.operator.StaffAccount;
import cn.evpark.shared.BusinessCalendar;
import cn.evpark.shared.NotFoundException;
import cn.evpark.shared.RuleViolationException;
import cn.evpark.station.StationService;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Charging activities (充电活动, manual 7.4; money.md §5): list, add, edit and end early, within the
 * caller's operator; read-only accounts only list.
 */
@Stateless
public class ChargingActivities {

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @EJB CallerScope callers;
  @EJB StationService stations;

  /**
   * Adds an activity.
   *
   * @throws RuleViolationException ({@value ActivityDraft#INVALID}) naming each broken rule
   * @throws NotFoundException when the operator or a station is outside the caller's scope
   * @throws AccessDeniedException for a read-only account
   */
  public ChargingActivity create(long operatorId, ActivityDraft draft) {
    callers.forChange().check(operatorId, "operator.notFound");
    Discount discount = draft.checked();
    checkStations(operatorId, draft);
    ChargingActivity activity =
        new ChargingActivity(operatorId, BusinessCalendar.toStored(clock.instant()));
    activity.edit(draft, discount, caller(), today());
    em.persist(activity);
    return activity;
  }

  /**
   * Changes an activity that has not ended; orders settled already keep what they were given.
   *
   * @throws ActivityEndedException when it has ended
   * @throws RuleViolationException ({@value ActivityDraft#INVALID}) naming each broken rule
   * @throws NotFoundException when it or a station is outside the caller's scope
   * @throws AccessDeniedException for a read-only account
   */
  public ChargingActivity edit(long id, ActivityDraft draft) {
    ChargingActivity activity = visible(callers.forChange(), id);
    Discount discount = draft.checked();
    checkStations(activity.getOperatorId(), draft);
    activity.edit(draft, discount, caller(), today());
    return activity;
  }

  /**
   * Ends an activity now: orders starting from now on no longer qualify.
   *
   * @throws ActivityEndedException when it has ended already
   * @throws NotFoundException when it is outside the caller's scope
   * @throws AccessDeniedException for a read-only account
   */
  public ChargingActivity endEarly(long id) {
    ChargingActivity activity = visible(callers.forChange(), id);
    activity.endEarly(BusinessCalendar.toStored(clock.instant()), caller());
    return activity;
  }

  /**
   * An activity the caller may see.
   *
   * @throws NotFoundException when it is outside the caller's scope or unknown
   */
  public ChargingActivity get(long id) {
    return visible(callers.current(), id);
  }

  /** The activities the caller may see, newest first. */
  public List<ChargingActivity> list() {
    return ScopedQuery.in(callers.current(), em)
        .from(ChargingActivity.class, "a")
        .orderBy("a.id desc")
        .select("a", ChargingActivity.class)
        .getResultList();
  }

  /** The business day now (Asia/Shanghai): what the list's states are judged on. */
  public LocalDate today() {
    return BusinessCalendar.businessDay(clock.instant());
  }

  private ChargingActivity visible(Scope scope, long id) {
    return scope
        .visible(em.find(ChargingActivity.class, id), ChargingActivity::getOperatorId)
        .orElseThrow(() -> new NotFoundException("activity.notFound", "no activity " + id));
  }

  private void checkStations(long operatorId, ActivityDraft draft) {
    for (long stationId : draft.stationIds()) {
      stations
          .find(stationId)
          .filter(s -> s.getOperator().getId() == operatorId)
          .orElseThrow(() -> new NotFoundException("station.notFound", "no station " + stationId));
    }
  }

  private String caller() {
    return callers.account().map(StaffAccount::getUsername).orElse("platform");
  }
}
