package cn.evpark.operator;

import cn.evpark.shared.NotFoundException;
import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Which operators' data a call may see: every operator (a platform administrator, or the platform
 * itself: the MDB, batch jobs, timers) or exactly one (its staff).
 *
 * <p>Services filter every query with it, through {@link ScopedQuery}, and check every object they
 * load by id. An object of another operator is refused as <em>not found</em>, exactly like one that
 * does not exist, so its existence does not leak to another tenant (the API answers 404).
 *
 * <pre>{@code
 * Scope scope = callerScope.current();
 * ScopedQuery.in(scope, em).from(Station.class, "s").select("s", Station.class) ...
 * Station station = scope.visible(em.find(Station.class, id), s -> s.getOperator().getId())
 *     .orElseThrow(() -> new NotFoundException("station.notFound", "no station " + id));
 * }</pre>
 */
public final class Scope implements Serializable {

  private static final long serialVersionUID = 1L;

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
