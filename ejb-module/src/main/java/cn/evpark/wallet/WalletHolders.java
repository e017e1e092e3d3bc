package cn.evpark.wallet;

import cn.evpark.operator.Scope;
import cn.evpark.operator.ScopedQuery;
import cn.evpark.shared.Money;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The drivers an operator has (用户管理, manual 7.1): those holding a wallet at it, opened by a
 * payment, a staff top-up or staff adding them. A driver paying at two operators is a user of each,
 * with a wallet apiece (money.md §1).
 */
@Stateless
public class WalletHolders {

  @PersistenceContext EntityManager em;

  /**
   * A driver holding a wallet at an operator.
   *
   * @param plates the driver's plates, upper-cased, at most {@link Driver#MAX_PLATES}
   * @param balance the wallet's balance, yuan
   * @param arrears what the driver owes the operator (欠费, money.md §1), yuan, zero or more
   */
  public record Holder(
      long operatorId,
      long driverId,
      String phone,
      List<String> plates,
      Money balance,
      Money arrears) {}

  /** One page of holders and how many match in all. */
  public record Page(List<Holder> holders, long total) {}

  /**
   * The wallet holders within {@code scope} whose phone or a plate contains {@code text}, newest
   * wallet first. Plates are stored upper-cased ({@link Driver#replacePlates}), so the text is too.
   *
   * <p>Four queries whatever the page's size: the count, the page, its plates and its arrears.
   *
   * @param text part of a phone or plate (case ignored); null or blank for all
   * @param first index of the page's first holder, from 0
   * @param size holders on the page at most
   */
  public Page search(Scope scope, String text, int first, int size) {
    String pattern =
        "%" + (text == null ? "" : text.strip().toUpperCase(Locale.ROOT)).replace("%", "") + "%";
    TypedQuery<Long> count = holders(scope).select("count(a)", Long.class);
    TypedQuery<Object[]> rows =
        holders(scope)
            .orderBy("a.id desc")
            .select("a.operatorId, d.id, d.phone, a.balance", Object[].class);
    for (TypedQuery<?> query : List.of(count, rows)) {
      query.setParameter("kind", AccountKind.WALLET).setParameter("text", pattern);
    }
    List<Object[]> page = rows.setFirstResult(first).setMaxResults(size).getResultList();
    Set<Long> driverIds = page.stream().map(r -> (Long) r[1]).collect(Collectors.toSet());
    Map<Long, List<String>> plates = platesOf(driverIds);
    Map<String, Money> arrears = arrearsOf(scope, driverIds);
    List<Holder> holders =
        page.stream()
            .map(
                r ->
                    new Holder(
                        (Long) r[0],
                        (Long) r[1],
                        (String) r[2],
                        plates.getOrDefault((Long) r[1], List.of()),
                        (Money) r[3],
                        arrears.getOrDefault(r[0] + ":" + r[1], Money.ZERO)))
            .toList();
    return new Page(holders, count.getSingleResult());
  }

  private Map<Long, List<String>> platesOf(Set<Long> driverIds) {
    Map<Long, List<String>> plates = new HashMap<>();
    if (!driverIds.isEmpty()) {
      for (Object[] row :
          em.createQuery(
                  "select d.id, p from Driver d join d.plates p where d.id in :ids", Object[].class)
              .setParameter("ids", driverIds)
              .getResultList()) {
        plates.computeIfAbsent((Long) row[0], id -> new ArrayList<>()).add((String) row[1]);
      }
    }
    return plates;
  }

  /** The arrears of these drivers within the scope, keyed {@code operatorId:driverId}. */
  private Map<String, Money> arrearsOf(Scope scope, Set<Long> driverIds) {
    Map<String, Money> arrears = new HashMap<>();
    if (!driverIds.isEmpty()) {
      for (Object[] row :
          ScopedQuery.in(scope, em)
              .from(LedgerAccount.class, "r")
              .where("r.kind = :kind and r.holderId in :drivers")
              .select("r.operatorId, r.holderId, r.balance", Object[].class)
              .setParameter("kind", AccountKind.ARREARS)
              .setParameter("drivers", driverIds)
              .getResultList()) {
        arrears.put(row[0] + ":" + row[1], ((Money) row[2]).negated());
      }
    }
    return arrears;
  }

  /**
   * Wallets in the scope with their drivers, matching the parameters {@code kind} and {@code text}.
   */
  private ScopedQuery holders(Scope scope) {
    return ScopedQuery.in(scope, em)
        .from(LedgerAccount.class, "a")
        .join(", Driver d")
        .where("a.kind = :kind and a.holderId = d.id")
        .where(
            "d.phone like :text or exists (select d2.id from Driver d2 join d2.plates p"
                + " where d2.id = d.id and p like :text)");
  }
}
