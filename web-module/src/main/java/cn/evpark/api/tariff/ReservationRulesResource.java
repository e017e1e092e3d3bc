package cn.evpark.api.tariff;

import cn.evpark.tariff.ReservationRule;
import cn.evpark.tariff.ReservationRuleService;
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

/** Reservation fee rules (预约费). */
@Path("admin/tariff/reservation-rules")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Tariffs")
public class ReservationRulesResource {

  @EJB ReservationRuleService rules;
  @Context UriInfo uri;

  @GET
  @Operation(summary = "The reservation rules whose name contains `name`, newest first")
  public PageResponse<ReservationRuleBodies.Response> search(
      @QueryParam("name") String name,
      @QueryParam("page") @DefaultValue("1") int page,
      @QueryParam("size") @DefaultValue("10") int size) {
    Paging paging = new Paging(page, size);
    return new PageResponse<>(
        rules.count(name),
        rules.search(name, paging.first(), paging.size()).stream()
            .map(ReservationRuleBodies.Response::of)
            .toList());
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One reservation rule")
  public ReservationRuleBodies.Response get(@PathParam("id") long id) {
    return ReservationRuleBodies.Response.of(rules.get(id));
  }

  @POST
  @Operation(summary = "Adds a reservation rule; 422 with one violation per broken rule")
  public Response create(ReservationRuleBodies.Request request) {
    ReservationRule created =
        rules.create(request.operatorId(), request.name(), request.dailyLimit(), request.toTiers());
    return Response.created(uri.getAbsolutePathBuilder().path("{id}").build(created.getId()))
        .entity(ReservationRuleBodies.Response.of(created))
        .build();
  }

  @PUT
  @Path("{id}")
  @Operation(summary = "Edits a reservation rule")
  public ReservationRuleBodies.Response revise(
      @PathParam("id") long id, ReservationRuleBodies.Request request) {
    return ReservationRuleBodies.Response.of(
        rules.revise(id, request.name(), request.dailyLimit(), request.toTiers()));
  }

  @DELETE
  @Path("{id}")
  @Operation(summary = "Deletes a reservation rule; 409 while a station offers it")
  public void delete(@PathParam("id") long id) {
    rules.delete(id);
  }
}
