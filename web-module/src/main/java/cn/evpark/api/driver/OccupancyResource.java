package cn.evpark.api.driver;

import cn.evpark.api.parking.OccupancyBody;
import cn.evpark.parking.OccupancyOrders;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A driver's stays in charging bays (占位订单, {@code parking.md §3}): what each cost, what its deposit
 * covered and returned, and what is still owed (paid through {@code /api/driver/arrears}).
 */
@Path("driver/occupancy-orders")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Driver")
public class OccupancyResource {

  @EJB OccupancyOrders orders;
  @Context SecurityContext security;

  @GET
  @Operation(summary = "The driver's stays, the latest first; size (default 20, at most 100)")
  public List<OccupancyBody> list(
      @QueryParam("first") @DefaultValue("0") int first,
      @QueryParam("size") @DefaultValue("20") int size) {
    return orders
        .ofDriver(DriverCaller.id(security), Math.max(0, first), Math.max(1, Math.min(size, 100)))
        .stream()
        .map(OccupancyBody::of)
        .toList();
  }
}
