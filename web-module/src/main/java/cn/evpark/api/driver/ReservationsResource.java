package cn.evpark.api.driver;

import cn.evpark.parking.Reservation;
import cn.evpark.parking.Reservations;
import cn.evpark.shared.BusinessCalendar;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Reservations of bays for drivers ({@code parking.md §2}): what a station offers, booking (the fee
 * is paid from the wallet at once), the driver's reservations, cancellation (the fee is kept).
 */
@Path("driver")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Driver")
public class ReservationsResource {

  /** A station's offer: the daily limit, the tiers, each bay free or not now. */
  @Schema(name = "ReservationOffer")
  public record OfferResponse(int dailyLimit, List<TierResponse> tiers, List<BayResponse> bays) {}

  /** 可预约时长 (分钟) and 预约费用 (元). */
  @Schema(name = "ReservationTier")
  public record TierResponse(int minutes, BigDecimal fee) {}

  /** A bay: its number and name, and whether it can be booked now. */
  @Schema(name = "ReservationBay")
  public record BayResponse(String bayNumber, String bayName, boolean free) {}

  /** A booking asked for. */
  @Schema(name = "ReservationRequest")
  public record ReservationRequest(
      long stationId,
      @Schema(description = "a bay of the offer") String bayNumber,
      @Schema(description = "one of the offer's tiers") int minutes,
      @Schema(description = "one of the driver's plates", example = "粤B12345") String plate) {}

  /** A reservation as its driver sees it; times Asia/Shanghai, ISO-8601 with offset. */
  @Schema(name = "Reservation")
  public record ReservationResponse(
      String orderNo,
      long stationId,
      String bayNumber,
      String plate,
      int minutes,
      BigDecimal fee,
      @Schema(description = "RESERVED, FULFILLED, EXPIRED or CANCELLED") String state,
      String bookedAt,
      String endsAt,
      String endedAt,
      @Schema(description = "the bay's lock: SENT, RAISED, LOWERED or FAILED") String lock) {

    static ReservationResponse of(Reservation r) {
      return new ReservationResponse(
          r.getOrderNo(),
          r.getStationId(),
          r.getBayNumber(),
          r.getPlate(),
          r.getMinutes(),
          r.getFee().yuan(),
          r.getState().name(),
          BusinessCalendar.iso(r.getBookedAt()),
          BusinessCalendar.iso(r.getEndsAt()),
          BusinessCalendar.iso(r.getEndedAt().orElse(null)),
          r.getLockState().name());
    }
  }

  @EJB Reservations reservations;
  @Context SecurityContext security;
  @Context UriInfo uri;

  @GET
  @Path("stations/{station}/reservation-offer")
  @Operation(
      summary =
          "What the station offers for reservations; 409 parking.reserve.notOffered when none")
  public OfferResponse offer(@PathParam("station") long station) {
    Reservations.Offer offer = reservations.offer(station);
    return new OfferResponse(
        offer.terms().dailyLimit(),
        offer.terms().tiers().stream().map(t -> new TierResponse(t.minutes(), t.fee())).toList(),
        offer.bays().stream()
            .map(b -> new BayResponse(b.bayNumber(), b.bayName(), b.free()))
            .toList());
  }

  @POST
  @Path("reservations")
  @Operation(
      summary = "Book a bay (Idempotency-Key header required); 201, or 409 naming the failed check",
      description =
          "The fee is paid from the wallet at once and the bay's lock rises; checks in order:"
              + " notOffered, tierUnknown, plateNotDrivers, bayUnknown, noLock, pileOffline,"
              + " bayReserved, bayOccupied, arrears, dailyLimit, balance (codes"
              + " parking.reserve.<check>).")
  public Response reserve(
      @HeaderParam("Idempotency-Key") String idempotencyKey, ReservationRequest request) {
    long driverId = DriverCaller.id(security);
    if (idempotencyKey == null || idempotencyKey.isBlank() || idempotencyKey.length() > 64) {
      throw new BadRequestException("the Idempotency-Key header (1 to 64 characters) is required");
    }
    if (request == null || request.bayNumber() == null || request.plate() == null) {
      throw new BadRequestException("stationId, bayNumber, minutes and plate are required");
    }
    Reservation reservation =
        reservations.reserve(
            driverId,
            new Reservations.Request(
                request.stationId(), request.bayNumber(), request.minutes(), request.plate()),
            idempotencyKey);
    return Response.created(
            uri.getBaseUriBuilder()
                .path("driver/reservations")
                .path(reservation.getOrderNo())
                .build())
        .entity(ReservationResponse.of(reservation))
        .build();
  }

  @GET
  @Path("reservations")
  @Operation(summary = "The driver's reservations, the latest first")
  public List<ReservationResponse> list(
      @QueryParam("first") @DefaultValue("0") int first,
      @QueryParam("size") @DefaultValue("20") int size) {
    return reservations
        .ofDriver(DriverCaller.id(security), Math.max(0, first), Math.max(1, Math.min(size, 100)))
        .stream()
        .map(ReservationResponse::of)
        .toList();
  }

  @POST
  @Path("reservations/{orderNo}/cancel")
  @Operation(
      summary = "Cancel a reservation: the bay is freed, the fee kept",
      description = "404 parking.reservation.notFound; 409 parking.reservation.notOpen once ended.")
  public ReservationResponse cancel(@PathParam("orderNo") String orderNo) {
    return ReservationResponse.of(reservations.cancel(DriverCaller.id(security), orderNo));
  }
}
