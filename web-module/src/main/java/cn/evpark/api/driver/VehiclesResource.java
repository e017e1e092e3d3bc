package cn.evpark.api.driver;

import cn.evpark.wallet.Vehicle;
import cn.evpark.wallet.Vehicles;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The driver's vehicles by VIN, so a bound vehicle starts charging at a pile by itself (VIN start,
 * paid by the wallet at the pile's operator; ykc-protocol.md §7.1 method 0x03).
 */
@Path("driver/vehicles")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Driver")
public class VehiclesResource {

  /** What to bind: optionally one of the driver's plates the vehicle carries. */
  public record VehicleRequest(@Schema(example = "粤B12345") String plate) {}

  /** A bound vehicle: its VIN in normal order, and its plate or null. */
  public record VehicleResponse(String vin, String plate) {
    static VehicleResponse of(Vehicle v) {
      return new VehicleResponse(v.getVin(), v.getPlate());
    }
  }

  @EJB Vehicles vehicles;
  @Context SecurityContext security;

  @GET
  @Operation(summary = "The driver's vehicles")
  public List<VehicleResponse> list() {
    return vehicles.ofDriver(DriverCaller.id(security)).stream().map(VehicleResponse::of).toList();
  }

  @PUT
  @Path("{vin}")
  @Operation(summary = "Bind a VIN (17 characters) to the driver; 422 for a malformed VIN")
  public VehicleResponse bind(@PathParam("vin") String vin, VehicleRequest request) {
    return VehicleResponse.of(
        vehicles.bind(DriverCaller.id(security), vin, request == null ? null : request.plate()));
  }

  @DELETE
  @Path("{vin}")
  @Operation(summary = "Unbind one of the driver's VINs")
  public Response unbind(@PathParam("vin") String vin) {
    vehicles.unbind(DriverCaller.id(security), vin);
    return Response.noContent().build();
  }
}
