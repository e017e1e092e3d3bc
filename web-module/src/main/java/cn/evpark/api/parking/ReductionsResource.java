package cn.evpark.api.parking;

import cn.evpark.api.problem.Listing;
import cn.evpark.api.problem.QueryParams;
import cn.evpark.parking.PlateFilter;
import cn.evpark.parking.ReductionOrders;
import cn.evpark.parking.ReductionRow;
import cn.evpark.parking.ReductionSummaryRow;
import cn.evpark.shared.BusinessCalendar;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Parking-fee reductions for staff ({@code parking.md §4}, manual 5.2): the reduction orders with
 * their issuing and redemption, issuing a failed one again, and 减免汇总. Within the account's
 * operator; another operator's answers 404, a read-only account 403.
 */
@Path("admin/reduction-orders")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Parking devices")
public class ReductionsResource {

  static final int MAX_SIZE = 500;

  /** A reduction order: times ISO-8601 in Asia/Shanghai. */
  @Schema(name = "ReductionOrder")
  public record ReductionBody(
      String orderNo,
      String content,
      String stationName,
      String plate,
      String kind,
      BigDecimal value,
      String chargingOrderNo,
      String createdAt,
      String issuedAt,
      @Schema(description = "PENDING, SENT or FAILED") String issueState,
      int attempts,
      String lastError,
      boolean redeemed,
      String redeemedAt) {

    static ReductionBody of(ReductionRow row) {
      return new ReductionBody(
          row.orderNo(),
          row.content(),
          row.stationName(),
          row.plate(),
          row.kind().name(),
          row.value(),
          row.chargingOrderNo(),
          BusinessCalendar.isoLocal(row.createdAt()),
          BusinessCalendar.isoLocal(row.issuedAt()),
          row.issueState().name(),
          row.attempts(),
          row.lastError(),
          row.redeemed(),
          BusinessCalendar.isoLocal(row.redeemedAt()));
    }
  }

  @EJB ReductionOrders orders;

  @GET
  @Operation(
      summary =
          "Reduction orders, the latest first, filtered by station, plate (part of it) and the"
              + " days (yyyy-MM-dd, Asia/Shanghai, inclusive) they were written on; X-Total-Count")
  public Response list(
      @QueryParam("station") Long station,
      @QueryParam("plate") String plate,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("first") @DefaultValue("0") int first,
      @QueryParam("size") @DefaultValue("100") int size) {
    ReductionOrders.Page page =
        orders.search(
            new PlateFilter(
                station, plate, QueryParams.date("from", from), QueryParams.date("to", to)),
            Listing.first(first),
            Listing.size(size, MAX_SIZE));
    return Listing.of(page.rows().stream().map(ReductionBody::of).toList(), page.total());
  }

  @POST
  @Path("{orderNo}/reissue")
  @Operation(
      summary = "Issues a failed reduction again (重新下发)",
      description = "409 parking.reduction.notFailed unless it failed.")
  public ReductionBody reissue(@PathParam("orderNo") String orderNo) {
    return ReductionBody.of(orders.reissue(orderNo));
  }

  @GET
  @Path("summary")
  @Operation(
      summary =
          "减免汇总: reductions per station and day of from..to (yyyy-MM-dd, inclusive, at most 92"
              + " days; default the last 7 days)")
  public List<ReductionSummaryRow> summary(
      @QueryParam("station") Long station,
      @QueryParam("from") String from,
      @QueryParam("to") String to) {
    LocalDate today = LocalDate.now(BusinessCalendar.ZONE);
    LocalDate end = to == null || to.isBlank() ? today : QueryParams.date("to", to);
    LocalDate start =
        from == null || from.isBlank() ? end.minusDays(6) : QueryParams.date("from", from);
    if (end.isBefore(start) || start.plusDays(ReductionOrders.SUMMARY_MAX_DAYS).isBefore(end)) {
      throw new BadRequestException(
          "from..to covers 1 to " + ReductionOrders.SUMMARY_MAX_DAYS + " days");
    }
    return orders.summary(new PlateFilter(station, null, start, end));
  }
}
