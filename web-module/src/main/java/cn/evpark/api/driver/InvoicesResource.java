package cn.evpark.api.driver;

import cn.evpark.invoice.BuyerType;
import cn.evpark.invoice.InvoiceApplication;
import cn.evpark.invoice.InvoiceRequests;
import cn.evpark.invoice.RequestView;
import cn.evpark.shared.BusinessCalendar;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A driver's e-invoice requests (申请开票, money.md §8): ask for an invoice for settled, paid orders of
 * one operator, and see what became of each. Refusals: 404 {@code invoice.order.notFound} for an
 * order that is not the driver's; 422 {@code invoice.request.refused} with one violation per order
 * not settled, not paid, of another operator, already asked for, or of a station without
 * e-invoices.
 */
@Path("driver/invoices")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Driver")
public class InvoicesResource {

  /**
   * An invoice request.
   *
   * @param buyerType PERSONAL (个人) or COMPANY (企业)
   * @param title 发票抬头
   * @param buyerTaxNumber 纳税人识别号, for a company
   * @param orderNos 商户订单号 of the orders, 1–100
   */
  public record InvoiceRequestBody(
      long operatorId,
      String buyerType,
      String title,
      String buyerTaxNumber,
      String email,
      List<String> orderNos) {}

  /**
   * A request and its parts per station: state PENDING (not yet batched, or batched and not sent),
   * SENT, ISSUED or FAILED; amounts yuan; times Asia/Shanghai.
   */
  public record InvoiceRequestResponse(
      long id,
      long operatorId,
      String buyerType,
      String title,
      String buyerTaxNumber,
      String email,
      BigDecimal amount,
      String requestedAt,
      List<PartResponse> parts) {

    static InvoiceRequestResponse of(RequestView view) {
      var r = view.request();
      return new InvoiceRequestResponse(
          r.getId(),
          r.getOperatorId(),
          r.getBuyerType().name(),
          r.getTitle(),
          r.getBuyerTaxNumber().orElse(null),
          r.getEmail(),
          r.getAmount().yuan(),
          BusinessCalendar.display(r.getRequestedAt()),
          view.parts().stream().map(PartResponse::of).toList());
    }
  }

  /** One station's invoice of a request. */
  public record PartResponse(
      long stationId,
      String stationName,
      BigDecimal amount,
      String batchNo,
      String state,
      String invoiceNumber) {

    static PartResponse of(RequestView.Part p) {
      return new PartResponse(
          p.stationId(),
          p.stationName(),
          p.amount().yuan(),
          p.batchNo(),
          p.state(),
          p.invoiceNumber());
    }
  }

  @EJB InvoiceRequests requests;
  @Context SecurityContext security;

  @POST
  @Operation(summary = "Ask for an e-invoice for settled, paid orders of one operator; answers 201")
  public Response request(InvoiceRequestBody body) {
    long driverId = DriverCaller.id(security);
    if (body == null || body.buyerType() == null) {
      throw new BadRequestException("buyerType is PERSONAL or COMPANY");
    }
    BuyerType buyerType;
    try {
      buyerType = BuyerType.valueOf(body.buyerType());
    } catch (IllegalArgumentException e) {
      throw new BadRequestException("buyerType is PERSONAL or COMPANY");
    }
    InvoiceApplication application =
        new InvoiceApplication(
            body.operatorId(),
            buyerType,
            body.title(),
            body.buyerTaxNumber(),
            body.email(),
            body.orderNos());
    long id = requests.request(driverId, application).getId();
    InvoiceRequestResponse made =
        requests.ofDriver(driverId, 0, 100).stream()
            .filter(v -> v.request().getId() == id)
            .findFirst()
            .map(InvoiceRequestResponse::of)
            .orElseThrow();
    return Response.status(Response.Status.CREATED).entity(made).build();
  }

  @GET
  @Operation(summary = "The driver's invoice requests, newest first, with their batches' states")
  public List<InvoiceRequestResponse> list(
      @QueryParam("first") @DefaultValue("0") int first,
      @QueryParam("size") @DefaultValue("20") int size) {
    return requests
        .ofDriver(DriverCaller.id(security), Math.max(0, first), Math.max(1, Math.min(size, 100)))
        .stream()
        .map(InvoiceRequestResponse::of)
        .toList();
  }
}
