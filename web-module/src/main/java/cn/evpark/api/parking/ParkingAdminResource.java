package cn.evpark.api.parking;

import cn.evpark.api.problem.Listing;
import cn.evpark.parking.BayEventRow;
import cn.evpark.parking.BayEvents;
import cn.evpark.parking.IssuedParkingKey;
import cn.evpark.parking.ParkingKeyInfo;
import cn.evpark.parking.ParkingKeys;
import cn.evpark.parking.ParkingSystems;
import cn.evpark.shared.BusinessCalendar;
import cn.evpark.shared.NotFoundException;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The parking devices of a station for staff ({@code parking.md §1}): the station's device key,
 * issued and rotated here with its secret shown once, and the events its devices reported, with
 * their photos. Stations within the account's operator: another operator's answers 404.
 */
@Path("admin/parking")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Parking devices")
public class ParkingAdminResource {

  /** The most events one page answers. */
  static final int MAX_SIZE = 500;

  /** A station's key; the secret only in the answer that issued it. */
  @Schema(name = "ParkingKey")
  public record KeyResponse(
      long stationId,
      @Schema(description = "what devices send as X-Parking-Key") String keyId,
      @Schema(description = "the HMAC secret: in the answer that issued the key, never again")
          String secret,
      @Schema(description = "Asia/Shanghai, ISO-8601 with offset") String issuedAt,
      String issuedBy) {

    static KeyResponse of(ParkingKeyInfo key, String secret) {
      return new KeyResponse(
          key.stationId(),
          key.keyId(),
          secret,
          BusinessCalendar.iso(key.issuedAt()),
          key.issuedBy());
    }
  }

  /** An event a device reported. */
  @Schema(name = "BayEventRow")
  public record EventResponse(
      long id,
      String eventId,
      @Schema(description = "VEHICLE_IN, VEHICLE_OUT, LOCK_RAISED, LOCK_LOWERED") String kind,
      String bayNumber,
      @Schema(description = "the pile whose bay it is; empty once the pile is deleted")
          String pileCode,
      @Schema(description = "the plate read; empty for a lock's event") String plate,
      @Schema(description = "when the device saw it, Asia/Shanghai") String time,
      @Schema(description = "when the platform received it, Asia/Shanghai") String receivedAt,
      @Schema(description = "the photo's path under /api, when there is one") String photo) {

    static EventResponse of(BayEventRow row) {
      return new EventResponse(
          row.id(),
          row.deviceEventId(),
          row.kind().name(),
          row.bayNumber(),
          row.pileCode(),
          row.plate(),
          BusinessCalendar.isoLocal(row.eventTime()),
          BusinessCalendar.isoLocal(row.receivedAt()),
          row.photo() ? "admin/parking/bay-events/" + row.id() + "/photo" : null);
    }
  }

  @EJB ParkingKeys keys;
  @EJB BayEvents events;
  @EJB ParkingSystems systems;

  @POST
  @Path("stations/{station}/key")
  @Operation(
      summary = "Issues the station's device key, replacing the one it had (201)",
      description =
          "The answer holds the secret, which is never shown again; devices signing with the old"
              + " key are refused from now on.")
  public Response issue(@PathParam("station") long station) {
    IssuedParkingKey issued = keys.issue(station);
    return Response.status(Response.Status.CREATED)
        .entity(KeyResponse.of(issued.key(), issued.secret()))
        .build();
  }

  @GET
  @Path("stations/{station}/key")
  @Operation(summary = "The station's device key without its secret; 404 parking.key.none")
  public KeyResponse key(@PathParam("station") long station) {
    return keys.of(station)
        .map(key -> KeyResponse.of(key, null))
        .orElseThrow(
            () -> new NotFoundException("parking.key.none", "station " + station + " has no key"));
  }

  /** Where a station's parking system takes reductions and bay lock requests. */
  @Schema(name = "ParkingSystem")
  public record SystemBody(
      @Schema(
              description =
                  "http(s); the platform POSTs to <url>/reductions and <url>/bay-locks, signed"
                      + " with the station's key",
              example = "https://parking.example/api")
          String url) {}

  @GET
  @Path("stations/{station}/parking-system")
  @Operation(
      summary = "A station's parking system address; 404 parking.system.none when it has none")
  public SystemBody system(@PathParam("station") long station) {
    return new SystemBody(
        systems
            .of(station)
            .orElseThrow(
                () ->
                    new NotFoundException(
                        "parking.system.none", "station " + station + " has no parking system")));
  }

  @PUT
  @Path("stations/{station}/parking-system")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Sets a station's parking system address",
      description = "422 parking.system.url for an address that is not http(s).")
  public SystemBody system(@PathParam("station") long station, SystemBody body) {
    return new SystemBody(systems.set(station, body == null ? null : body.url()));
  }

  @GET
  @Path("stations/{station}/bay-events")
  @Operation(
      summary =
          "The events the station's devices reported, latest seen first: at most size (default"
              + " 100, at most 500) from first; X-Total-Count holds how many there are")
  public Response events(
      @PathParam("station") long station,
      @QueryParam("first") @DefaultValue("0") int first,
      @QueryParam("size") @DefaultValue("100") int size) {
    List<EventResponse> page =
        events.page(station, Listing.first(first), Listing.size(size, MAX_SIZE)).stream()
            .map(EventResponse::of)
            .toList();
    return Listing.of(page, events.count(station));
  }

  @GET
  @Path("bay-events/{id}/photo")
  @Produces({"image/jpeg", "image/png", MediaType.APPLICATION_JSON})
  @Operation(summary = "An event's photo; 404 parking.photo.notFound")
  public Response photo(@PathParam("id") long id) {
    BayEvents.StoredPhoto photo = events.photo(id);
    return Response.ok(photo.bytes(), photo.mediaType()).build();
  }
}
