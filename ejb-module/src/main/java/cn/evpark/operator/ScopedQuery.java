package cn.evpark.operator;

import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A JPQL query over an {@link OperatorOwned} entity that always keeps to a {@link Scope}: the only
 * way services query operator-owned rows, so a query cannot forget the tenant (issue 13).
 *
 * <p>The operator predicate comes from the entity's {@link OperatorOwned} path and its value is
 * bound as a parameter, never written into the text; platform-wide scopes add none. The caller adds
 * joins, conditions (with named parameters for every value) and an order:
 *
 * <pre>{@code
 * ScopedQuery.in(scope, em)
 *     .from(Station.class, "s")
 *     .join("join fetch s.operator")
 *     .where("lower(s.name) like :name")
 *     .orderBy("s.id desc")
 *     .select("s", Station.class)            // select s from Station s join fetch s.operator
 *     .setParameter("name", pattern)         //   where s.operator.id = :scopeOperatorId
 *     .getResultList();                      //   and lower(s.name) like :name order by s.id desc
 * }</pre>
 *
 * Platform code that reads across operators on purpose (the pile message MDB, timers) says so with
 * {@link Scope#platform()}.
 */
public final class ScopedQuery {

  /** The named parameter holding the scope's operator id. */
  static final String PARAMETER = "scopeOperatorId";

  private final Scope scope;
  private final EntityManager em;
  private String from;
  private String ownerPath;
  private final List<String> joins = new ArrayList<>();
  private final List<String> conditions = new ArrayList<>();
  private String groupBy;
  private String orderBy;

  private ScopedQuery(Scope scope, EntityManager em) {
    this.scope = Objects.requireNonNull(scope, "scope");
    this.em = Objects.requireNonNull(em, "em");
  }

  /** A query in this scope, run on this entity manager. */
  public static ScopedQuery in(Scope scope, EntityManager em) {
    return new ScopedQuery(scope, em);
  }

  /**
   * The operator-owned entity the scope applies to, under an alias.
   *
   * @throws IllegalArgumentException when the entity is not {@link OperatorOwned}
   */
  public ScopedQuery from(Class<?> entity, String alias) {
    OperatorOwned owned = entity.getAnnotation(OperatorOwned.class);
    if (owned == null) {
      throw new IllegalArgumentException(entity.getName() + " is not @OperatorOwned");
    }
    Entity named = entity.getAnnotation(Entity.class);
    String name = named == null || named.name().isEmpty() ? entity.getSimpleName() : named.name();
    this.from = name + " " + alias;
    this.ownerPath = alias + "." + owned.value();
    return this;
  }

  /**
   * A continuation of the from clause: a join ({@code "join fetch s.operator"}) or another entity
   * ({@code ", PileTransactionRecord r"}, with the join condition in {@link #where}).
   */
  public ScopedQuery join(String fragment) {
    joins.add(fragment);
    return this;
  }

  /** A condition, and-ed with the scope's and the others; values go in named parameters. */
  public ScopedQuery where(String condition) {
    conditions.add("(" + condition + ")");
    return this;
  }

  /** The group by clause, without the keywords. */
  public ScopedQuery groupBy(String grouping) {
    this.groupBy = grouping;
    return this;
  }

  /** The order by clause, without the keywords. */
  public ScopedQuery orderBy(String order) {
    this.orderBy = order;
    return this;
  }

  /**
   * The query, its scope parameter bound; the caller binds its own.
   *
   * @param select the select clause without the keyword, e.g. {@code "s"} or {@code "count(s)"}
   * @param type the type of a result row
   */
  public <R> TypedQuery<R> select(String select, Class<R> type) {
    TypedQuery<R> query = em.createQuery(jpql(select), type);
    scope.operatorId().ifPresent(operator -> query.setParameter(PARAMETER, operator));
    return query;
  }

  /** The JPQL text {@link #select} runs. */
  String jpql(String select) {
    if (from == null) {
      throw new IllegalStateException("no entity: call from() first");
    }
    List<String> where = new ArrayList<>();
    if (!scope.isPlatformWide()) {
      where.add(ownerPath + " = :" + PARAMETER);
    }
    where.addAll(conditions);
    StringBuilder jpql = new StringBuilder("select ").append(select).append(" from ").append(from);
    joins.forEach(j -> jpql.append(j.startsWith(",") ? "" : " ").append(j));
    if (!where.isEmpty()) {
      jpql.append(" where ").append(String.join(" and ", where));
    }
    if (groupBy != null) {
      jpql.append(" group by ").append(groupBy);
    }
    if (orderBy != null) {
      jpql.append(" order by ").append(orderBy);
    }
    return jpql.toString();
  }
}
