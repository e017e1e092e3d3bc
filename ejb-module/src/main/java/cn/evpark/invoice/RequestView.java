package cn.evpark.invoice;

import cn.evpark.shared.Money;
import java.util.List;

/**
 * A request as the driver sees it, with one part per station of its orders.
 *
 * @param parts by station id
 */
public record RequestView(InvoiceRequest request, List<Part> parts) {

  public RequestView {
    parts = List.copyOf(parts);
  }

  /**
   * A request's orders at one station: their invoice's batch and state.
   *
   * @param amount yuan
   * @param batchNo null while not yet batched
   * @param state {@code PENDING} until batched, then the batch's state ({@link InvoiceBatchState})
   * @param invoiceNumber 发票号码 once issued, else null
   */
  public record Part(
      long stationId,
      String stationName,
      Money amount,
      String batchNo,
      String state,
      String invoiceNumber) {}
}
