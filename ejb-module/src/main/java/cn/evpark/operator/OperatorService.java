package cn.evpark.operator;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Optional;

/** Operators (tenants). */
@Stateless
public class OperatorService {

  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  public Operator create(String name) {
    Operator operator = new Operator(name, LocalDateTime.now(clock));
    em.persist(operator);
    return operator;
  }

  public Optional<Operator> findByName(String name) {
    return em.createQuery("select o from Operator o where o.name = :n", Operator.class)
        .setParameter("n", name)
        .getResultStream()
        .findFirst();
  }

  public Optional<Operator> find(long id) {
    return Optional.ofNullable(em.find(Operator.class, id));
  }
}
