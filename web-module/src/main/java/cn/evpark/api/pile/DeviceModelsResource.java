package cn.evpark.api.pile;

import cn.evpark.pile.DeviceModel;
import cn.evpark.pile.DeviceModelDetails;
import cn.evpark.pile.DeviceModelService;
import cn.evpark.pile.DeviceProtocol;
import cn.evpark.pile.PileKind;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The device model catalogue (设备型号): every account reads, platform administrators change. */
@Path("admin/device-models")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Device models")
public class DeviceModelsResource {

  /** A device model as the API shows it. */
  public record DeviceModelResponse(
      long id, String protocol, String name, String kind, int guns, BigDecimal ratedPowerKw) {

    static DeviceModelResponse of(DeviceModel m) {
      return new DeviceModelResponse(
          m.getId(),
          m.getProtocol().name(),
          m.getName(),
          m.getKind().name(),
          m.getGunCount(),
          m.getRatedPowerKw());
    }
  }

  /** A device model to add. */
  public record DeviceModelRequest(
      DeviceProtocol protocol, String name, PileKind kind, int gunCount, BigDecimal ratedPowerKw) {}

  @EJB DeviceModelService models;

  @GET
  @Operation(summary = "Every device model")
  public List<DeviceModelResponse> list() {
    return models.listAll().stream().map(DeviceModelResponse::of).toList();
  }

  @POST
  @Operation(summary = "Adds a device model (platform administrators); answers 201")
  public Response create(DeviceModelRequest request) {
    DeviceModel model =
        models.create(
            new DeviceModelDetails(
                request.protocol(),
                request.name(),
                request.kind(),
                request.gunCount(),
                request.ratedPowerKw()));
    return Response.status(201).entity(DeviceModelResponse.of(model)).build();
  }

  @DELETE
  @Path("{id}")
  @Operation(summary = "Deletes a device model no pile uses")
  public void delete(@PathParam("id") long id) {
    models.delete(id);
  }
}
