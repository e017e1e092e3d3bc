package cn.evpark.api.tariff;

import cn.evpark.tariff.StationTariffService;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A station's tariff settings (电站 设置 → 费率设置). */
@Path("admin/tariff/stations/{stationId}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Tariffs")
public class StationTariffsResource {

  @EJB StationTariffService tariffs;

  @GET
  @Operation(summary = "The station's charging fee standard, reservation and occupancy rules")
  public StationTariffBodies.Response get(@PathParam("stationId") long stationId) {
    return StationTariffBodies.Response.of(tariffs.settingsOf(stationId));
  }

  @PUT
  @Path("charging")
  @Operation(
      summary = "Charges by a standard, or makes charging free",
      description = "The station's online piles are sent their new billing model.")
  public StationTariffBodies.Response charging(
      @PathParam("stationId") long stationId, StationTariffBodies.Charging body) {
    if (body.free()) {
      return StationTariffBodies.Response.of(tariffs.chargeNothing(stationId));
    }
    if (body.standardId() == null) {
      throw new BadRequestException("a standardId, or free: true");
    }
    return StationTariffBodies.Response.of(tariffs.chargeBy(stationId, body.standardId()));
  }

  @PUT
  @Path("reservations")
  @Operation(summary = "Offers a reservation rule and publishes it (发布) or not")
  public StationTariffBodies.Response reservations(
      @PathParam("stationId") long stationId, StationTariffBodies.Reservations body) {
    return StationTariffBodies.Response.of(
        tariffs.configureReservations(stationId, body.ruleId(), body.published()));
  }

  @PUT
  @Path("occupancy-fee")
  @Operation(summary = "Uses an occupancy rule and puts it into effect (生效) or not")
  public StationTariffBodies.Response occupancyFee(
      @PathParam("stationId") long stationId, StationTariffBodies.OccupancyFee body) {
    return StationTariffBodies.Response.of(
        tariffs.configureOccupancyFee(stationId, body.ruleId(), body.effective()));
  }
}
