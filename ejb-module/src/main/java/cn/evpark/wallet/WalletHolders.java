package cn.evpark.wallet;

import cn.evpark.operator.Scope;
import cn.evpark.operator.ScopedQuery;
import cn.evpark.shared.Money;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Locale;

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
   * @param balance the wallet's balance, yuan
   */
  public record Holder(long operatorId, long driverId, String phone, Money balance) {}

  /** One page of holders and how many match in all. */
  public record Page(List<Holder> holders, long total) {}

  /**
   * The wallet holders within {@code scope} whose phone or a plate contains {@code text}, newest
   * wallet first. Plates are stored upper-cased ({@link Driver#replacePlates}), so the text is too.
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
    List<Holder> holders =
        rows.setFirstResult(first).setMaxResults(size).getResultList().stream()
            .map(r -> new Holder((Long) r[0], (Long) r[1], (String) r[2], (Money) r[3]))
            .toList();
    return new Page(holders, count.getSingleResult());
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
