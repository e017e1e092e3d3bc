package cn.evpark.invoice;

import cn.evpark.invoice.InvoiceEligibility.OrderFacts;
import cn.evpark.operator.Scope;
import cn.evpark.operator.ScopedQuery;
import cn.evpark.shared.Money;
import cn.evpark.shared.NotFoundException;
import cn.evpark.shared.RuleViolation;
import cn.evpark.shared.RuleViolationException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A driver's invoice requests (申请开票, money.md §8): made for the driver's own settled, paid orders
 * of one operator ({@link InvoiceEligibility}), and listed with what became of each station's part.
 */
@Stateless
public class InvoiceRequests {

  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  /**
   * Makes a request.
   *
   * @throws NotFoundException {@code invoice.order.notFound} when an order does not exist or is
   *     another driver's (the same answer, so nobody learns of others' orders)
   * @throws RuleViolationException {@code invoice.request.refused} with one violation per broken
   *     rule ({@link InvoiceEligibility}); also when a concurrent request took an order first (the
   *     UNIQUE order of {@code invoice_request_order})
   */
  public InvoiceRequest request(long driverId, @Valid InvoiceApplication application) {
    List<OrderFacts> facts =
        application.orderNos().stream().map(no -> facts(driverId, no)).toList();
    List<RuleViolation> broken = InvoiceEligibility.check(application, facts);
    if (!broken.isEmpty()) {
      throw new RuleViolationException("invoice.request.refused", broken);
    }
    Money amount = facts.stream().map(OrderFacts::total).reduce(Money.ZERO, Money::plus);
    InvoiceRequest request =
        new InvoiceRequest(
            driverId, application, amount, LocalDateTime.now(clock.withZone(ZoneOffset.UTC)));
    em.persist(request);
    em.flush();
    for (OrderFacts order : facts) {
      em.persist(
          new RequestedOrder(request.getId(), order.orderId(), order.stationId(), order.total()));
    }
    try {
      em.flush();
    } catch (PersistenceException e) {
      throw new RuleViolationException(
          "invoice.request.refused",
          List.of(
              new RuleViolation(
                  "orderNos",
                  "invoice.order.requested",
                  List.of(""),
                  "an order was just asked for")));
    }
    return request;
  }

  /** A driver's requests, newest first, with each station's invoice and its batch. */
  public List<RequestView> ofDriver(long driverId, int first, int size) {
    List<InvoiceRequest> requests =
        ScopedQuery.in(Scope.platform(), em)
            .from(InvoiceRequest.class, "r")
            .where("r.driverId = :d")
            .orderBy("r.id desc")
            .select("r", InvoiceRequest.class)
            .setParameter("d", driverId)
            .setFirstResult(first)
            .setMaxResults(size)
            .getResultList();
    if (requests.isEmpty()) {
      return List.of();
    }
    List<Long> ids = requests.stream().map(InvoiceRequest::getId).toList();
    Map<Long, List<RequestView.Part>> parts = new HashMap<>();
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT ro.request_id, ro.station_id, s.name, SUM(ro.amount), b.id, b.state,"
                    + " i.invoice_number FROM invoice_request_order ro"
                    + " JOIN station s ON s.id = ro.station_id"
                    + " LEFT JOIN invoice i ON i.request_id = ro.request_id"
                    + " AND i.station_id = ro.station_id"
                    + " LEFT JOIN invoice_batch b ON b.id = i.batch_id"
                    + " WHERE ro.request_id IN ("
                    + ids.stream().map(String::valueOf).collect(Collectors.joining(","))
                    + ")"
                    + " GROUP BY ro.request_id, ro.station_id, s.name, b.id, b.state,"
                    + " i.invoice_number ORDER BY ro.request_id, ro.station_id")
            .getResultList();
    for (Object[] row : rows) {
      parts
          .computeIfAbsent(((Number) row[0]).longValue(), r -> new ArrayList<>())
          .add(
              new RequestView.Part(
                  ((Number) row[1]).longValue(),
                  (String) row[2],
                  new Money((BigDecimal) row[3]),
                  row[4] == null ? null : InvoiceBatch.batchNo(((Number) row[4]).longValue()),
                  row[5] == null ? "PENDING" : (String) row[5],
                  (String) row[6]));
    }
    return requests.stream()
        .map(r -> new RequestView(r, parts.getOrDefault(r.getId(), List.of())))
        .toList();
  }

  private OrderFacts facts(long driverId, String orderNo) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT o.id, o.operator_id, o.station_id, o.state, o.payment_status,"
                    + " o.total_amount, s.invoice_enabled,"
                    + " (SELECT COUNT(*) FROM invoice_request_order ro WHERE ro.order_id = o.id)"
                    + " FROM charging_order o JOIN station s ON s.id = o.station_id"
                    + " WHERE o.order_no = ?1 AND o.driver_id = ?2")
            .setParameter(1, orderNo)
            .setParameter(2, driverId)
            .getResultList();
    if (rows.isEmpty()) {
      throw new NotFoundException("invoice.order.notFound", "no order " + orderNo + " of yours");
    }
    Object[] row = rows.get(0);
    return new OrderFacts(
        orderNo,
        ((Number) row[0]).longValue(),
        ((Number) row[1]).longValue(),
        ((Number) row[2]).longValue(),
        (String) row[3],
        (String) row[4],
        row[5] == null ? null : new Money((BigDecimal) row[5]),
        Boolean.TRUE.equals(row[6]) || (row[6] instanceof Number n && n.intValue() != 0),
        ((Number) row[7]).longValue() > 0);
  }
}
