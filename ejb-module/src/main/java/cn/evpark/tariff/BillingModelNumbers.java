package cn.evpark.tariff;

import cn.evpark.operator.Scope;
import cn.evpark.operator.ScopedQuery;
import cn.evpark.ykc.protocol.BillingModelNumber;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.HashSet;
import java.util.Set;

/**
 * Gives each new schedule of a standard its billing-model number (ykc-protocol.md §11.5: "the
 * platform owns the model number"). Numbers count up from 0001 and go round after 9998, skipping
 * the numbers standards hold now; so a pile offline since more than 9,997 schedule changes could
 * report a number that was given again — far beyond the life of a schedule on a pile.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class BillingModelNumbers {

  @PersistenceContext EntityManager em;

  /** The next free number; taken for good when the calling transaction commits. */
  public BillingModelNumber next() {
    BillingModelCounter counter =
        em.find(BillingModelCounter.class, BillingModelCounter.ROW, LockModeType.PESSIMISTIC_WRITE);
    Set<BillingModelNumber> held =
        new HashSet<>(
            // model numbers are unique across the platform (ykc-protocol.md §11.2)
            ScopedQuery.in(Scope.platform(), em)
                .from(ChargingFeeStandard.class, "s")
                .select("distinct s.modelNumber", BillingModelNumber.class)
                .getResultList());
    int number = counter.getLastNumber();
    for (int tries = 0; tries <= BillingModelCounter.LAST; tries++) {
      number = BillingModelCounter.after(number);
      BillingModelNumber candidate = BillingModelNumber.of(String.format("%04d", number));
      if (!held.contains(candidate)) {
        counter.setLastNumber(number);
        return candidate;
      }
    }
    throw new IllegalStateException("every billing-model number is held by a standard");
  }
}
