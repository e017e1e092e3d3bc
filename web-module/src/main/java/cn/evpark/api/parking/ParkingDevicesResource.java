package cn.evpark.api.parking;

import cn.evpark.api.problem.MalformedBodyException;
import cn.evpark.api.problem.Problem;
import cn.evpark.parking.BayEventReport;
import cn.evpark.parking.BayEvents;
import cn.evpark.parking.ParkingKeys;
import cn.evpark.parking.Reductions;
import cn.evpark.shared.BusinessCalendar;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The stations' parking devices (bay cameras, locks and barriers; {@code parking.md §1}), open to
 * anyone at the container: each call is signed with its station's key ({@code
 * parking.ParkingSignature}), which is checked on the raw body before it is read.
 */
@Path("parking")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Parking devices")
public class ParkingDevicesResource {

  /** A bay event as devices send it; see {@link BayEventReport} for every field's rule. */
  @Schema(name = "BayEvent")
  public record BayEventBody(
      @Schema(description = "the device's own id of the event, 1..64 of A-Z a-z 0-9 - _ . :")
          String eventId,
      @Schema(description = "VEHICLE_IN, VEHICLE_OUT, LOCK_RAISED or LOCK_LOWERED") String kind,
      @Schema(description = "the bay's number: a pile's 车位编号 at the station") String bayNumber,
      @Schema(description = "the plate read, for VEHICLE_IN and VEHICLE_OUT", example = "粤B12345")
          String plate,
      @Schema(
              description = "when the device saw it, ISO-8601 with an offset",
              example = "2026-12-01T08:00:00+08:00")
          String time,
      @Schema(description = "a JPEG or PNG in base64, at most 2 MiB decoded; optional")
          String photo) {}

  /** Thread-safe: shared by every request. */
  private static final Jsonb JSON = JsonbBuilder.create();

  @EJB ParkingKeys keys;
  @EJB BayEvents events;
  @EJB Reductions reductions;

  @POST
  @Path("bay-events")
  @Consumes(MediaType.WILDCARD)
  @Operation(
      summary = "A plate entering or leaving a bay, or a bay's lock moving",
      description =
          "Signed: X-Parking-Key (the station's key id), X-Parking-Timestamp (Unix seconds, within"
              + " 5 minutes of now), X-Parking-Signature (hex HMAC-SHA256 with the station's"
              + " secret of the timestamp, a line feed and the raw body). Answers 201 with the"
              + " event's id; 200 with the same id when the station had the event id already,"
              + " which changes nothing; 401 when the signature does not hold; 422 naming every"
              + " bad field (parking.bay.unknown for a bay no pile of the station has).")
  @RequestBody(
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = BayEventBody.class)))
  public Response bayEvent(
      @HeaderParam("X-Parking-Key") String key,
      @HeaderParam("X-Parking-Timestamp") String timestamp,
      @HeaderParam("X-Parking-Signature") String signature,
      byte[] body) {
    byte[] raw = body == null ? new byte[0] : body;
    long station = keys.authenticate(key, timestamp, signature, raw);
    BayEventBody event = read(raw);
    BayEventReport report =
        new BayEventReport(
            event.eventId(),
            event.kind(),
            event.bayNumber(),
            event.plate(),
            event.time(),
            event.photo());
    BayEvents.Received received;
    try {
      received = events.receive(station, report);
    } catch (EJBException lostRace) {
      // A repeat sent while the first was being stored can lose the race to insert the event id
      // (the unique key refuses it): taken again, it finds the first and answers as a repeat.
      received = events.receive(station, report);
    }
    return Response.status(received.repeated() ? Response.Status.OK : Response.Status.CREATED)
        .entity(Map.of("id", received.id(), "repeated", received.repeated()))
        .build();
  }

  /** A redemption as the parking system reports it. */
  @Schema(name = "ReductionRedemption")
  public record RedemptionBody(
      @Schema(description = "the reduction's 减免订单编号, as issued") String orderNo,
      @Schema(
              description = "when the car park redeemed it, ISO-8601 with an offset",
              example = "2026-12-01T18:30:00+08:00")
          String redeemedAt) {}

  @POST
  @Path("reduction-redemptions")
  @Consumes(MediaType.WILDCARD)
  @Operation(
      summary = "The parking system redeemed (核销) a reduction the platform issued to it",
      description =
          "Signed as devices sign bay events, with the key of the reduction's station. Answers"
              + " 200 with the reduction's number and redemption time, repeated true when it was"
              + " redeemed before (nothing changes); 404 parking.reduction.notFound for no"
              + " reduction of that station; 409 parking.reduction.notIssued before it was sent;"
              + " 400 for a body that is not a ReductionRedemption.")
  @RequestBody(
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = RedemptionBody.class)))
  public Response redemption(
      @HeaderParam("X-Parking-Key") String key,
      @HeaderParam("X-Parking-Timestamp") String timestamp,
      @HeaderParam("X-Parking-Signature") String signature,
      byte[] body) {
    byte[] raw = body == null ? new byte[0] : body;
    long station = keys.authenticate(key, timestamp, signature, raw);
    RedemptionBody redemption = read(raw, RedemptionBody.class, "ReductionRedemption");
    Instant at;
    try {
      at = OffsetDateTime.parse(String.valueOf(redemption.redeemedAt()).strip()).toInstant();
    } catch (DateTimeParseException e) {
      throw new MalformedBodyException(
          List.of(
              new Problem.Violation(
                  "redeemedAt", "ISO-8601 with an offset, e.g. 2026-12-01T18:30:00+08:00")),
          e);
    }
    Reductions.Redeemed redeemed = reductions.redeem(station, redemption.orderNo(), at);
    return Response.ok(
            Map.of(
                "orderNo",
                redeemed.reduction().getOrderNo(),
                "redeemedAt",
                BusinessCalendar.iso(redeemed.reduction().getRedeemedAt().orElseThrow()),
                "repeated",
                !redeemed.now()))
        .build();
  }

  /** The body, read only once its signature held. */
  private static BayEventBody read(byte[] body) {
    return read(body, BayEventBody.class, "BayEvent");
  }

  private static <T> T read(byte[] body, Class<T> type, String schema) {
    T event = null;
    JsonbException failure = null;
    try {
      event = JSON.fromJson(new String(body, StandardCharsets.UTF_8), type);
    } catch (JsonbException e) {
      failure = e;
    }
    if (event == null) {
      throw new MalformedBodyException(
          List.of(new Problem.Violation("", "a JSON object of the " + schema + " schema")),
          failure);
    }
    return event;
  }
}
