package cn.evpark.tariff;

import cn.evpark.operator.Operator;
import cn.evpark.operator.Scope;
import cn.evpark.operator.ScopedQuery;
import cn.evpark.shared.RuleViolation;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.List;

/**
 * The queries the three kinds of tariff share (standards, reservation rules, occupancy rules): each
 * is an entity with an operator and a name unique within it, listed by name search.
 *
 * @param <T> the entity
 */
final class Catalog<T> {

  private final EntityManager em;
  private final Class<T> type;
  private final String prefix;

  /**
   * @param prefix the code prefix of its rules, e.g. {@code tariff.standard}
   */
  Catalog(EntityManager em, Class<T> type, String prefix) {
    this.em = em;
    this.type = type;
    this.prefix = prefix;
  }

  /** The name's rules: present, not too long, and no other of the operator's has it. */
  List<RuleViolation> nameRules(Operator operator, String name, Long self) {
    List<RuleViolation> broken = new ArrayList<>(Rules.name(name, prefix));
    if (broken.isEmpty() && operator != null) {
      long same =
          em.createQuery(
                  "select count(x) from "
                      + entity()
                      + " x where x.operator = :o and x.name = :n and x.id <> :self",
                  Long.class)
              .setParameter("o", operator)
              .setParameter("n", name.strip())
              .setParameter("self", self == null ? -1L : self)
              .getSingleResult();
      if (same > 0) {
        broken.add(
            Rules.broken("name", prefix + ".name.taken", "the operator has one of this name"));
      }
    }
    return broken;
  }

  /** How many the scope sees whose name contains {@code name} (all when blank). */
  long count(Scope scope, String name) {
    return named(scoped(scope, name).select("count(x)", Long.class), name).getSingleResult();
  }

  /** One page of {@link #count}'s, newest first. */
  List<T> search(Scope scope, String name, int first, int max) {
    return named(
            scoped(scope, name)
                .join("join fetch x.operator")
                .orderBy("x.id desc")
                .select("x", type),
            name)
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList();
  }

  /** Those of one operator that the scope sees, by name. */
  List<T> of(Scope scope, long operatorId) {
    return ScopedQuery.in(scope, em)
        .from(type, "x")
        .where("x.operator.id = :o")
        .orderBy("x.name")
        .select("x", type)
        .setParameter("o", operatorId)
        .getResultList();
  }

  private String entity() {
    return type.getSimpleName();
  }

  /** Those of the scope whose name contains {@code name}, when it is not blank. */
  private ScopedQuery scoped(Scope scope, String name) {
    ScopedQuery query = ScopedQuery.in(scope, em).from(type, "x");
    return name == null || name.isBlank() ? query : query.where("locate(:name, x.name) > 0");
  }

  private static <Q> TypedQuery<Q> named(TypedQuery<Q> query, String name) {
    return name == null || name.isBlank() ? query : query.setParameter("name", name.strip());
  }
}
