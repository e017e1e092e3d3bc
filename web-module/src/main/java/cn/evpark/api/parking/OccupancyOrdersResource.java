package cn.evpark.api.parking;

import cn.evpark.api.problem.Listing;
import cn.evpark.api.problem.QueryParams;
import cn.evpark.parking.OccupancyOrders;
import cn.evpark.parking.PlateFilter;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
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
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * 占位订单 for staff (manual 5.4, {@code parking.md §3}): the stays in the account's operator's bays,
 * money collected offline towards what a stay left owed, and the departure of a stay no camera
 * reported. Another operator's stay answers 404; a read-only account is refused 403.
 */
@Path("admin/occupancy-orders")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Parking devices")
public class OccupancyOrdersResource {

  /** The most stays one page answers. */
  static final int MAX_SIZE = 500;

  /** Money staff collected offline, yuan, with the staff client's id of the request. */
  public record Collection(@Schema(example = "2.50") BigDecimal amount, String requestId) {}

  /** When staff saw the car leave: ISO-8601 with offset, e.g. 2026-12-01T18:30+08:00. */
  public record Departure(@Schema(example = "2026-12-01T18:30+08:00") String leftAt) {}

  @EJB OccupancyOrders orders;

  @GET
  @Operation(
      summary =
          "Stays, the latest opened first, filtered by station, plate (part of it) and the days"
              + " (yyyy-MM-dd, Asia/Shanghai, inclusive) they opened on; at most size (default 100,"
              + " at most 500) from first; X-Total-Count holds how many there are")
  public Response list(
      @QueryParam("station") Long station,
      @QueryParam("plate") String plate,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("first") @DefaultValue("0") int first,
      @QueryParam("size") @DefaultValue("100") int size) {
    OccupancyOrders.Page page =
        orders.search(
            new PlateFilter(
                station, plate, QueryParams.date("from", from), QueryParams.date("to", to)),
            Listing.first(first),
            Listing.size(size, MAX_SIZE));
    return Listing.of(page.rows().stream().map(OccupancyBody::of).toList(), page.total());
  }

  @GET
  @Path("{orderNo}")
  @Operation(summary = "One stay")
  public OccupancyBody get(@PathParam("orderNo") String orderNo) {
    return OccupancyBody.of(orders.get(orderNo));
  }

  @POST
  @Path("{orderNo}/offline-collections")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Record money collected offline (线下收取金额) towards what the stay left owed",
      description =
          "At most what is still owed of the stay; a repeat of the requestId changes nothing."
              + " 409 parking.occupancy.notSettled before the stay settled; 422 for the amount.")
  public OccupancyBody collect(@PathParam("orderNo") String orderNo, Collection body) {
    if (body == null) {
      throw new BadRequestException("a body with amount and requestId is required");
    }
    return OccupancyBody.of(orders.collectOffline(orderNo, body.amount(), body.requestId()));
  }

  @POST
  @Path("{orderNo}/departure")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Settle a stay no camera reported the departure of, with when staff saw it",
      description =
          "409 parking.occupancy.departed when its departure is known; 422 for a time before the"
              + " entry (or the end of charging) or in the future.")
  public OccupancyBody depart(@PathParam("orderNo") String orderNo, Departure body) {
    return OccupancyBody.of(orders.settleDeparture(orderNo, leftAt(body)));
  }

  private static LocalDateTime leftAt(Departure body) {
    if (body == null || body.leftAt() == null) {
      throw new BadRequestException("leftAt is required, e.g. 2026-12-01T18:30+08:00");
    }
    try {
      return OffsetDateTime.parse(body.leftAt())
          .atZoneSameInstant(cn.evpark.shared.BusinessCalendar.ZONE)
          .toLocalDateTime();
    } catch (DateTimeParseException e) {
      throw new BadRequestException(
          "leftAt is ISO-8601 with an offset, e.g. 2026-12-01T18:30+08:00: " + body.leftAt());
    }
  }
}
