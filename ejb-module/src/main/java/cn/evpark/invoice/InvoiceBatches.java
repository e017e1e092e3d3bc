package cn.evpark.invoice;

import cn.evpark.invoice.InvoiceGrouping.BatchPlan;
import cn.evpark.invoice.InvoiceGrouping.InvoicePlan;
import cn.evpark.invoice.InvoiceGrouping.PendingOrder;
import cn.evpark.invoice.InvoiceGrouping.StationPending;
import cn.evpark.operator.CallerScope;
import cn.evpark.operator.Scope;
import cn.evpark.operator.ScopedQuery;
import cn.evpark.shared.Money;
import cn.evpark.station.Station;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Invoice batches (money.md §8): what invoice settlement reads and makes, their states as the tax
 * platform moves them, and the list staff see. The job's steps call it without a scope (the
 * platform's own work); {@link #list} is scoped to the caller's operator.
 */
@Stateless
public class InvoiceBatches {

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @EJB CallerScope scope;

  /**
   * Stations with requested orders not yet in a batch, by station id after {@code afterStationId},
   * with those orders.
   */
  public List<StationPending> stationsWithPending(long afterStationId, int limit) {
    List<Long> stationIds =
        em.createQuery(
                "select distinct o.stationId from RequestedOrder o"
                    + " where o.batched = false and o.stationId > :after order by o.stationId",
                Long.class)
            .setParameter("after", afterStationId)
            .setMaxResults(limit)
            .getResultList();
    List<StationPending> stations = new ArrayList<>();
    for (long stationId : stationIds) {
      List<PendingOrder> orders =
          em.createQuery(
                  "select o from RequestedOrder o where o.batched = false and o.stationId = :s"
                      + " order by o.orderId",
                  RequestedOrder.class)
              .setParameter("s", stationId)
              .getResultStream()
              .map(o -> new PendingOrder(o.getRequestId(), o.getOrderId(), o.getAmount()))
              .toList();
      stations.add(new StationPending(invoicing(stationId), orders));
    }
    return stations;
  }

  /** A station's invoicing settings (its row by id: the job works across operators). */
  private StationInvoicing invoicing(long stationId) {
    return StationInvoicing.of(em.find(Station.class, stationId));
  }

  /**
   * Makes a planned batch with its invoices and lines, and marks its requested orders batched, in
   * the caller's transaction. An order batched meanwhile (an overlapping run) fails the
   * transaction: the conditional update finds fewer pending orders than planned, and the line's
   * primary key (the order) refuses a second line in any case.
   *
   * @param businessDate the run's business day (Asia/Shanghai)
   * @return the new batch's id
   * @throws IllegalStateException when an order of the plan is no longer pending
   */
  public long make(BatchPlan plan, LocalDate businessDate) {
    int orders = plan.invoices().stream().mapToInt(i -> i.orderIds().size()).sum();
    List<Long> orderIds = plan.invoices().stream().flatMap(i -> i.orderIds().stream()).toList();
    int marked =
        em.createQuery(
                "update RequestedOrder o set o.batched = true"
                    + " where o.orderId in :ids and o.batched = false")
            .setParameter("ids", orderIds)
            .executeUpdate();
    if (marked != orders) {
      throw new IllegalStateException(
          "station "
              + plan.station().stationId()
              + ": "
              + (orders - marked)
              + " orders were batched meanwhile");
    }
    InvoiceBatch batch =
        new InvoiceBatch(
            plan.station(), businessDate, plan.amount(), plan.invoices().size(), now());
    em.persist(batch);
    em.flush();
    Map<Long, Money> amounts =
        em.createQuery(
                "select o from RequestedOrder o where o.orderId in :ids", RequestedOrder.class)
            .setParameter("ids", orderIds)
            .getResultStream()
            .collect(Collectors.toMap(RequestedOrder::getOrderId, RequestedOrder::getAmount));
    for (InvoicePlan planned : plan.invoices()) {
      Invoice invoice =
          new Invoice(
              batch.getId(), planned.requestId(), plan.station().stationId(), planned.amount());
      em.persist(invoice);
      em.flush();
      for (long orderId : planned.orderIds()) {
        em.persist(new InvoiceLine(orderId, invoice.getId(), amounts.get(orderId)));
      }
    }
    em.flush();
    return batch.getId();
  }

  /** Ids of the batches in a state, ascending, after {@code afterId}. */
  public List<Long> idsIn(InvoiceBatchState state, long afterId, int limit) {
    // the settlement job's, across operators
    return ScopedQuery.in(Scope.platform(), em)
        .from(InvoiceBatch.class, "b")
        .where("b.state = :s and b.id > :after")
        .orderBy("b.id")
        .select("b.id", Long.class)
        .setParameter("s", state)
        .setParameter("after", afterId)
        .setMaxResults(limit)
        .getResultList();
  }

  /** A batch as the tax platform receives it. */
  public TaxSubmission submission(long batchId) {
    InvoiceBatch batch = em.find(InvoiceBatch.class, batchId);
    List<Invoice> invoices = invoicesOf(batchId);
    List<TaxSubmission.Item> items = new ArrayList<>();
    for (Invoice invoice : invoices) {
      InvoiceRequest request = em.find(InvoiceRequest.class, invoice.getRequestId());
      @SuppressWarnings("unchecked")
      List<String> orderNos =
          em.createNativeQuery(
                  "SELECT o.order_no FROM invoice_line l JOIN charging_order o ON o.id = l.order_id"
                      + " WHERE l.invoice_id = ?1 ORDER BY o.id")
              .setParameter(1, invoice.getId())
              .getResultList();
      items.add(
          new TaxSubmission.Item(
              invoice.invoiceNo(),
              request.getBuyerType().name(),
              request.getTitle(),
              request.getBuyerTaxNumber().orElse(""),
              request.getEmail(),
              invoice.getAmount().yuan(),
              orderNos));
    }
    return new TaxSubmission(
        batch.batchNo(),
        batch.getTaxAccount(),
        batch.getSellerName(),
        batch.getSellerTaxpayerId(),
        items);
  }

  /** The tax platform took the batch. */
  public void sent(long batchId) {
    locked(batchId).sent(now());
  }

  /** The tax platform refused the batch. */
  public void refused(long batchId, String reason) {
    locked(batchId).failed(reason, now());
  }

  /**
   * Records the tax platform's word on a sent batch: issued (with each invoice's number), failed,
   * or nothing yet.
   *
   * @return the batch's state afterwards
   */
  public InvoiceBatchState outcome(long batchId, TaxPlatform.Outcome outcome) {
    InvoiceBatch batch = locked(batchId);
    if (batch.getState() != InvoiceBatchState.SENT) {
      return batch.getState();
    }
    switch (outcome.progress()) {
      case ISSUED -> {
        for (Invoice invoice : invoicesOf(batchId)) {
          invoice.numbered(outcome.numbers().get(invoice.invoiceNo()));
        }
        batch.issued(now());
      }
      case FAILED -> batch.failed(outcome.reason(), now());
      case PROCESSING -> {}
    }
    return batch.getState();
  }

  /**
   * Batches for staff, newest first, of the caller's operator (all for a platform administrator).
   *
   * @param state null for every state
   */
  public List<InvoiceBatch> list(InvoiceBatchState state, int first, int size) {
    ScopedQuery batches = ScopedQuery.in(scope.current(), em).from(InvoiceBatch.class, "b");
    if (state != null) {
      batches.where("b.state = :s");
    }
    var query = batches.orderBy("b.id desc").select("b", InvoiceBatch.class);
    if (state != null) {
      query.setParameter("s", state);
    }
    return query.setFirstResult(first).setMaxResults(size).getResultList();
  }

  private List<Invoice> invoicesOf(long batchId) {
    return em.createQuery(
            "select i from Invoice i where i.batchId = :b order by i.id", Invoice.class)
        .setParameter("b", batchId)
        .getResultList();
  }

  private InvoiceBatch locked(long batchId) {
    return em.find(InvoiceBatch.class, batchId, LockModeType.PESSIMISTIC_WRITE);
  }

  private LocalDateTime now() {
    return LocalDateTime.now(clock.withZone(ZoneOffset.UTC));
  }
}
