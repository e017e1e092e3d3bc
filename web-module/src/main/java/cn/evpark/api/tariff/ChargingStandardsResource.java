package cn.evpark.api.tariff;

import cn.evpark.tariff.ChargingFeeStandard;
import cn.evpark.tariff.ChargingFeeStandardService;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Charging fee standards (充电费). */
@Path("admin/tariff/charging-standards")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Tariffs")
public class ChargingStandardsResource {

  @EJB ChargingFeeStandardService standards;
  @Context UriInfo uri;

  @GET
  @Operation(summary = "The standards whose name contains `name`, newest first")
  public PageResponse<StandardResponse> search(
      @QueryParam("name") String name,
      @QueryParam("page") @DefaultValue("1") int page,
      @QueryParam("size") @DefaultValue("10") int size) {
    Paging paging = new Paging(page, size);
    return new PageResponse<>(
        standards.count(name),
        standards.search(name, paging.first(), paging.size()).stream()
            .map(StandardResponse::of)
            .toList());
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One standard")
  public StandardResponse get(@PathParam("id") long id) {
    return StandardResponse.of(standards.get(id));
  }

  @POST
  @Operation(
      summary = "Adds a standard",
      description = "422 with one violation per broken rule (code and field of each).")
  public Response create(StandardRequest request) {
    ChargingFeeStandard created =
        standards.create(request.operatorId(), request.name(), request.rows());
    return Response.created(uri.getAbsolutePathBuilder().path("{id}").build(created.getId()))
        .entity(StandardResponse.of(created))
        .build();
  }

  @PUT
  @Path("{id}")
  @Operation(
      summary = "Edits a standard",
      description =
          "A change of the segments gives the standard a new billing-model number and sends it"
              + " to the online piles of every station that charges by it.")
  public StandardResponse revise(@PathParam("id") long id, StandardRequest request) {
    return StandardResponse.of(standards.revise(id, request.name(), request.rows()));
  }

  @DELETE
  @Path("{id}")
  @Operation(summary = "Deletes a standard; 409 while a station charges by it")
  public void delete(@PathParam("id") long id) {
    standards.delete(id);
  }
}
