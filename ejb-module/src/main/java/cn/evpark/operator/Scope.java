package cn.evpark.operator;

import cn.evpark.shared.NotFoundException;
import jakarta.persistence.Query;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Which operators' data a call may see: every operator (a platform administrator, or the platform
 * itself: the MDB, batch jobs, timers) or exactly one (its staff).
 *
 * <p>Services filter every query with it and check every object they load by id. An object of
 * another operator is refused as <em>not found</em>, exactly like one that does not exist, so its
 * existence does not leak to another tenant (the API answers 404).
 *
 * <pre>{@code
 * Scope scope = callerScope.current();
 * em.createQuery("select s from Station s where " + scope.condition("s.operator.id"), Station.class)
 *     ... scope.bind(query) ...
 * Station station = scope.visible(em.find(Station.class, id), s -> s.getOperator().getId())
 *     .orElseThrow(() -> new NotFoundException("station.notFound", "no station " + id));
 * }</pre>
 */
public final class Scope implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The named parameter {@link #condition} uses. */
  static final String PARAMETER = "scopeOperatorId";

  private static final Scope PLATFORM = new Scope(null);

  /** Null when platform-wide. */
  private final Long operatorId;

  private Scope(Long operatorId) {
    this.operatorId = operatorId;
  }

  /** Every operator. */
  public static Scope platform() {
    return PLATFORM;
  }

  /** The data of one operator only. */
  public static Scope operator(long operatorId) {
    return new Scope(operatorId);
  }

  public boolean isPlatformWide() {
    return operatorId == null;
  }

  /** The one operator of this scope; empty when platform-wide. */
  public Optional<Long> operatorId() {
    return Optional.ofNullable(operatorId);
  }

  /** Whether data of {@code ownerOperatorId} is visible in this scope. */
  public boolean covers(long ownerOperatorId) {
    return operatorId == null || operatorId == ownerOperatorId;
  }

  /**
   * Refuses an operator id outside this scope as not found.
   *
   * @param ownerOperatorId the operator that owns the object
   * @param notFoundCode the code of the {@link NotFoundException}, e.g. {@code station.notFound}
   */
  public void check(long ownerOperatorId, String notFoundCode) {
    if (!covers(ownerOperatorId)) {
      throw new NotFoundException(notFoundCode, "not found");
    }
  }

  /**
   * The object if it exists and is visible in this scope, else empty: for {@code em.find} results.
   * Platform-wide, the owner is not looked at (it may be a lazy relation: no query for nothing).
   */
  public <T> Optional<T> visible(T object, Function<? super T, Long> ownerOperatorId) {
    Optional<T> found = Optional.ofNullable(object);
    return operatorId == null ? found : found.filter(o -> covers(ownerOperatorId.apply(o)));
  }

  /**
   * A JPQL condition keeping the rows of this scope, for the operator id at {@code path} (e.g.
   * {@code "s.operator.id"}); always true when platform-wide. Pass the query to {@link #bind}.
   */
  public String condition(String path) {
    return operatorId == null ? "1 = 1" : "(" + path + " = :" + PARAMETER + ")";
  }

  /** Binds the parameter of {@link #condition} on a query built with it. */
  public <Q extends Query> Q bind(Q query) {
    if (operatorId != null) {
      query.setParameter(PARAMETER, operatorId);
    }
    return query;
  }

  /** The Criteria form of {@link #condition}. */
  public Predicate predicate(CriteriaBuilder cb, Expression<Long> ownerOperatorId) {
    return operatorId == null ? cb.conjunction() : cb.equal(ownerOperatorId, operatorId);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Scope scope && Objects.equals(operatorId, scope.operatorId);
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(operatorId);
  }

  @Override
  public String toString() {
    return operatorId == null ? "Scope[platform]" : "Scope[operator " + operatorId + "]";
  }
}
