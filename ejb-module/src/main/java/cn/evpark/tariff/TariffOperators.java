package cn.evpark.tariff;

import cn.evpark.operator.CallerScope;
import cn.evpark.operator.Operator;
import cn.evpark.operator.Scope;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** The operators a caller may add standards and rules for: all for a platform administrator. */
@Stateless
public class TariffOperators {

  @PersistenceContext EntityManager em;
  @EJB CallerScope callerScope;

  public List<Operator> choices() {
    Scope scope = callerScope.current();
    return scope
        .bind(
            em.createQuery(
                "select o from Operator o where " + scope.condition("o.id") + " order by o.name",
                Operator.class))
        .getResultList();
  }
}
