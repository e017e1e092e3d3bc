package cn.evpark.api.parking;

import cn.evpark.parking.ReductionKind;
import cn.evpark.parking.ReductionRules;
import cn.evpark.parking.ReductionTerms;
import cn.evpark.shared.NotFoundException;
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
import java.math.BigDecimal;
import java.util.Arrays;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A station's parking-fee reduction setting (停车减免, {@code parking.md §4}) for staff: what a
 * charging order must reach and what it earns; reductions go to the station's parking system.
 * Within the account's operator; another operator's station answers 404, a read-only account 403.
 */
@Path("admin/parking/stations/{stationId}/reduction")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Parking devices")
public class ReductionSettingResource {

  /** A station's reduction setting; see {@link ReductionTerms} for every field's rule. */
  @Schema(name = "ReductionSetting")
  public record Setting(
      boolean enabled,
      @Schema(description = "kWh an order must reach, or null") BigDecimal minEnergy,
      @Schema(description = "yuan an order's total must reach, or null") BigDecimal minAmount,
      @Schema(description = "MINUTES or AMOUNT") String kind,
      @Schema(description = "minutes free (whole) or yuan", example = "120") BigDecimal value) {

    static Setting of(ReductionTerms terms) {
      return new Setting(
          terms.enabled(),
          terms.minEnergy(),
          terms.minAmount(),
          terms.kind().name(),
          terms.value());
    }
  }

  @EJB ReductionRules rules;

  @GET
  @Operation(summary = "A station's parking-fee reduction setting; 404 when it never had one")
  public Setting setting(@PathParam("stationId") long stationId) {
    return rules
        .of(stationId)
        .map(Setting::of)
        .orElseThrow(
            () ->
                new NotFoundException(
                    "parking.reduction.none", "station " + stationId + " has no reduction"));
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Sets a station's parking-fee reduction; orders settled from now on earn it",
      description =
          "422 naming every broken rule (parking.reduction.*; parking.reduction.noSystem when enabled"
              + " at a station without a parking system address).")
  public Setting set(@PathParam("stationId") long stationId, Setting body) {
    if (body == null) {
      throw new BadRequestException("a ReductionSetting body is required");
    }
    ReductionKind kind =
        Arrays.stream(ReductionKind.values())
            .filter(k -> k.name().equalsIgnoreCase(body.kind() == null ? "" : body.kind().strip()))
            .findFirst()
            .orElse(null);
    return Setting.of(
        rules.set(
            stationId,
            new ReductionTerms(
                body.enabled(), body.minEnergy(), body.minAmount(), kind, body.value())));
  }
}
