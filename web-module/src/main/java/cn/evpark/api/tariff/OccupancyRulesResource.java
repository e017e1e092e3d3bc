package cn.evpark.api.tariff;

import cn.evpark.tariff.OccupancyRule;
import cn.evpark.tariff.OccupancyRuleService;
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

/** Occupancy fee rules (占位费). */
@Path("admin/tariff/occupancy-rules")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Tariffs")
public class OccupancyRulesResource {

  @EJB OccupancyRuleService rules;
  @Context UriInfo uri;

  @GET
  @Operation(summary = "The occupancy rules whose name contains `name`, newest first")
  public PageResponse<OccupancyRuleBodies.Response> search(
      @QueryParam("name") String name,
      @QueryParam("page") @DefaultValue("1") int page,
      @QueryParam("size") @DefaultValue("10") int size) {
    Paging paging = new Paging(page, size);
    return new PageResponse<>(
        rules.count(name),
        rules.search(name, paging.first(), paging.size()).stream()
            .map(OccupancyRuleBodies.Response::of)
            .toList());
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One occupancy rule")
  public OccupancyRuleBodies.Response get(@PathParam("id") long id) {
    return OccupancyRuleBodies.Response.of(rules.get(id));
  }

  @POST
  @Operation(summary = "Adds an occupancy rule; 422 with one violation per broken rule")
  public Response create(OccupancyRuleBodies.Request request) {
    OccupancyRule created =
        rules.create(
            request.operatorId(),
            request.name(),
            request.type(),
            request.deposit(),
            request.with(),
            request.without());
    return Response.created(uri.getAbsolutePathBuilder().path("{id}").build(created.getId()))
        .entity(OccupancyRuleBodies.Response.of(created))
        .build();
  }

  @PUT
  @Path("{id}")
  @Operation(summary = "Edits an occupancy rule")
  public OccupancyRuleBodies.Response revise(
      @PathParam("id") long id, OccupancyRuleBodies.Request request) {
    return OccupancyRuleBodies.Response.of(
        rules.revise(
            id,
            request.name(),
            request.type(),
            request.deposit(),
            request.with(),
            request.without()));
  }

  @DELETE
  @Path("{id}")
  @Operation(summary = "Deletes an occupancy rule; 409 while a station uses it")
  public void delete(@PathParam("id") long id) {
    rules.delete(id);
  }
}
