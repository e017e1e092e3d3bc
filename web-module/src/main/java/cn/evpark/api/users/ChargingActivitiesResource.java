package cn.evpark.api.users;

import cn.evpark.benefit.ActivityDraft;
import cn.evpark.benefit.ChargingActivities;
import cn.evpark.benefit.ChargingActivity;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * 充电活动 for integrators (manual 7.4; money.md §5): list, add, edit, end early. Operator-scoped;
 * read-only accounts get 403 on changes; a broken rule answers 422 naming each one.
 */
@Path("admin/charging-activities")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Charging activities")
public class ChargingActivitiesResource {

  /**
   * An activity: dates inclusive (Asia/Shanghai), weekdays (MONDAY …), type PROPORTIONAL, per cent
   * off electricity and service, stations; state NOT_STARTED, ACTIVE or ENDED today.
   */
  public record ActivityResponse(
      long id,
      long operatorId,
      String name,
      LocalDate startDate,
      LocalDate endDate,
      Set<DayOfWeek> weekdays,
      String remarks,
      String type,
      BigDecimal electricityPercent,
      BigDecimal servicePercent,
      Set<Long> stationIds,
      String state) {

    static ActivityResponse of(ChargingActivity a, LocalDate today) {
      return new ActivityResponse(
          a.getId(),
          a.getOperatorId(),
          a.getName(),
          a.getStartDate(),
          a.getEndDate(),
          a.getWeekdays(),
          a.getRemarks(),
          a.getType().name(),
          a.getElectricityDiscount(),
          a.getServiceDiscount(),
          a.getStationIds(),
          a.stateOn(today).name());
    }
  }

  /** An activity to add or the new terms of one. operatorId is read only when adding. */
  public record ActivityRequest(
      Long operatorId,
      @Schema(example = "周末充电八折") String name,
      @Schema(example = "2026-12-01") LocalDate startDate,
      @Schema(example = "2026-12-31") LocalDate endDate,
      @Schema(example = "[\"SATURDAY\",\"SUNDAY\"]") Set<DayOfWeek> weekdays,
      String remarks,
      @Schema(example = "20") BigDecimal electricityPercent,
      @Schema(example = "20") BigDecimal servicePercent,
      Set<Long> stationIds) {

    ActivityDraft draft() {
      return new ActivityDraft(
          name,
          startDate,
          endDate,
          weekdays,
          remarks,
          electricityPercent,
          servicePercent,
          stationIds);
    }
  }

  @EJB ChargingActivities activities;

  @GET
  @Operation(summary = "The activities of the caller's operator(s), newest first")
  public List<ActivityResponse> list() {
    LocalDate today = activities.today();
    return activities.list().stream().map(a -> ActivityResponse.of(a, today)).toList();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One activity")
  public ActivityResponse get(@PathParam("id") long id) {
    return ActivityResponse.of(activities.get(id), activities.today());
  }

  @POST
  @Operation(summary = "Add an activity")
  public Response create(ActivityRequest request) {
    if (request == null || request.operatorId() == null) {
      throw new BadRequestException("operatorId is required");
    }
    ChargingActivity created = activities.create(request.operatorId(), request.draft());
    return Response.status(201).entity(ActivityResponse.of(created, activities.today())).build();
  }

  @PUT
  @Path("{id}")
  @Operation(summary = "Change an activity that has not ended")
  public ActivityResponse edit(@PathParam("id") long id, ActivityRequest request) {
    if (request == null) {
      throw new BadRequestException("a body is required");
    }
    return ActivityResponse.of(activities.edit(id, request.draft()), activities.today());
  }

  @POST
  @Path("{id}/end")
  @Operation(summary = "End an activity now: orders starting from now on no longer qualify")
  public ActivityResponse end(@PathParam("id") long id) {
    return ActivityResponse.of(activities.endEarly(id), activities.today());
  }
}
