package cn.evpark.operator;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an entity whose rows belong to one operator (tenant), and says where its owner's id is: a
 * path from the entity, e.g. {@code "operator.id"} for a station, {@code "station.operator.id"} for
 * a pile. Queries over such an entity go through {@link ScopedQuery}, which filters by this path
 * (architecture.md, Security; {@code TenancyRulesTest} holds services to it).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface OperatorOwned {

  /** The JPQL path from the entity to its operator's id, without the alias. */
  String value();
}
