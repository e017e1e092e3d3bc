package cn.evpark.api.invoice;

import cn.evpark.invoice.InvoiceBatch;
import cn.evpark.invoice.InvoiceBatchState;
import cn.evpark.invoice.InvoiceBatches;
import cn.evpark.shared.BusinessCalendar;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Invoice batches for staff (money.md §8), of the caller's operator, newest first. */
@Path("admin/invoice-batches")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Invoices")
public class InvoiceBatchesResource {

  /**
   * A batch: state PENDING, SENT, ISSUED or FAILED; amount yuan; times Asia/Shanghai, null while
   * not reached; businessDate the settlement run's day.
   */
  public record InvoiceBatchResponse(
      String batchNo,
      long stationId,
      long operatorId,
      String taxAccount,
      String sellerName,
      String businessDate,
      String state,
      BigDecimal amount,
      int invoices,
      String createdAt,
      String sentAt,
      String finishedAt,
      String failure) {

    static InvoiceBatchResponse of(InvoiceBatch b) {
      return new InvoiceBatchResponse(
          b.batchNo(),
          b.getStationId(),
          b.getOperatorId(),
          b.getTaxAccount(),
          b.getSellerName(),
          b.getBusinessDate().toString(),
          b.getState().name(),
          b.getAmount().yuan(),
          b.getInvoices(),
          BusinessCalendar.display(b.getCreatedAt()),
          b.getSentAt().map(BusinessCalendar::display).orElse(null),
          b.getFinishedAt().map(BusinessCalendar::display).orElse(null),
          b.getFailure().orElse(null));
    }
  }

  @EJB InvoiceBatches batches;

  @GET
  @Operation(
      summary = "Invoice batches, newest first; state filters (PENDING, SENT, ISSUED, FAILED)")
  public List<InvoiceBatchResponse> list(
      @QueryParam("state") String state,
      @QueryParam("first") @DefaultValue("0") int first,
      @QueryParam("size") @DefaultValue("50") int size) {
    InvoiceBatchState filter;
    try {
      filter = state == null || state.isBlank() ? null : InvoiceBatchState.valueOf(state);
    } catch (IllegalArgumentException e) {
      throw new BadRequestException("state is PENDING, SENT, ISSUED or FAILED");
    }
    return batches.list(filter, Math.max(0, first), Math.max(1, Math.min(size, 200))).stream()
        .map(InvoiceBatchResponse::of)
        .toList();
  }
}
