package cn.evpark.operator;

import cn.evpark.shared.DomainException;
import cn.evpark.shared.NotFoundException;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Operators (tenants): platform administrators create them and see all; an operator's staff see
 * their own.
 */
@Stateless
public class OperatorService {

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @EJB CallerScope callers;

  public Operator create(@NotBlank @Size(max = 100) String name) {
    callers.requirePlatformAdmin();
    if (findByName(name.strip()).isPresent()) {
      throw new OperatorNameTakenException();
    }
    Operator operator = new Operator(name, LocalDateTime.now(clock));
    em.persist(operator);
    em.flush(); // the identity id, for the caller
    return operator;
  }

  public Optional<Operator> findByName(String name) {
    // operator names are unique across the platform
    return ScopedQuery.in(Scope.platform(), em)
        .from(Operator.class, "o")
        .where("o.name = :n")
        .select("o", Operator.class)
        .setParameter("n", name)
        .getResultStream()
        .findFirst();
  }

  /** An operator the caller may see. */
  public Optional<Operator> find(long id) {
    return callers.current().visible(em.find(Operator.class, id), Operator::getId);
  }

  /** The operators the caller may see, by name. */
  public List<Operator> listAll() {
    return ScopedQuery.in(callers.current(), em)
        .from(Operator.class, "o")
        .orderBy("o.name")
        .select("o", Operator.class)
        .getResultList();
  }

  /**
   * Sets an operator's platform commission on service fees (money.md §7), platform administrators
   * only.
   *
   * @param percent 0.00–100.00
   * @throws NotFoundException for an unknown operator
   */
  public Operator chargePlatformCommission(
      long operatorId,
      @NotNull @DecimalMin("0.00") @DecimalMax("100.00") @Digits(integer = 3, fraction = 2)
          BigDecimal percent) {
    callers.requirePlatformAdmin();
    Operator operator =
        Optional.ofNullable(em.find(Operator.class, operatorId))
            .orElseThrow(() -> new NotFoundException("operator.notFound", "no such operator"));
    operator.chargePlatformCommission(percent);
    return operator;
  }

  /** An operator of this name exists already. */
  public static class OperatorNameTakenException extends DomainException {
    private static final long serialVersionUID = 1L;

    OperatorNameTakenException() {
      super("operator.name.taken", "an operator of this name exists");
    }
  }
}
