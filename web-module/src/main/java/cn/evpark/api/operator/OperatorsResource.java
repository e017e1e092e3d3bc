package cn.evpark.api.operator;

import cn.evpark.operator.Operator;
import cn.evpark.operator.OperatorService;
import cn.evpark.operator.StaffAccountService;
import cn.evpark.operator.StaffDraft;
import cn.evpark.operator.StaffRole;
import cn.evpark.operator.StaffSummary;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Operators and staff accounts for integrators: platform administrators manage every operator,
 * operator administrators the accounts of their own.
 */
@Path("admin")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Operators and staff")
public class OperatorsResource {

  /** An operator as the API shows it. */
  public record OperatorResponse(long id, String name) {}

  /** The platform's commission on the operator's service fees, percent (0–100, 2 decimals). */
  public record CommissionRequest(java.math.BigDecimal percent) {}

  /** A new operator. */
  public record OperatorRequest(String name) {}

  /** A new staff account; operatorId only from a platform administrator. */
  public record StaffRequest(
      Long operatorId, String username, String displayName, StaffRole role, String password) {}

  @EJB OperatorService operators;
  @EJB StaffAccountService staff;

  @GET
  @Path("operators")
  @Operation(summary = "The operators the account may see")
  public List<OperatorResponse> operators() {
    return operators.listAll().stream()
        .map(o -> new OperatorResponse(o.getId(), o.getName()))
        .toList();
  }

  @PUT
  @Path("operators/{id}/platform-commission")
  @Operation(
      summary =
          "Sets the platform's commission on the operator's service fees (服务费支出 of the"
              + " statistics, money.md §7); platform administrators only")
  public OperatorResponse chargePlatformCommission(
      @PathParam("id") long id, CommissionRequest request) {
    if (request == null || request.percent() == null) {
      throw new jakarta.ws.rs.BadRequestException("percent is required");
    }
    Operator operator = operators.chargePlatformCommission(id, request.percent());
    return new OperatorResponse(operator.getId(), operator.getName());
  }

  @POST
  @Path("operators")
  @Operation(summary = "Adds an operator (platform administrators); answers 201")
  public Response createOperator(OperatorRequest request) {
    Operator operator = operators.create(request.name());
    return Response.status(201)
        .entity(new OperatorResponse(operator.getId(), operator.getName()))
        .build();
  }

  @GET
  @Path("staff")
  @Operation(summary = "The staff accounts the account may see")
  public List<StaffSummary> staff() {
    return staff.list();
  }

  @POST
  @Path("staff")
  @Operation(summary = "Adds a staff account; answers 201")
  public Response createStaff(StaffRequest request) {
    long id =
        staff
            .create(
                new StaffDraft(
                    request.operatorId(),
                    request.username(),
                    request.displayName(),
                    request.role(),
                    request.password()))
            .getId();
    return Response.status(201).entity(Map.of("id", id)).build();
  }

  @PUT
  @Path("staff/{id}/enabled")
  @Operation(summary = "Enables (true) or disables (false) an account")
  public void enable(@PathParam("id") long id, boolean enabled) {
    staff.setEnabled(id, enabled);
  }
}
