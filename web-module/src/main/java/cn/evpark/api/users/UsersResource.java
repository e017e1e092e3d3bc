package cn.evpark.api.users;

import cn.evpark.benefit.Discount;
import cn.evpark.benefit.VipBenefit;
import cn.evpark.benefit.VipBenefits;
import cn.evpark.benefit.VipKind;
import cn.evpark.shared.BusinessCalendar;
import cn.evpark.users.DriverDirectory;
import cn.evpark.users.DriverRow;
import cn.evpark.wallet.WalletStatement;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.BadRequestException;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * 用户管理 for integrators (manual 7.1; money.md §1, §5): the drivers of the caller's operator(s), add
 * a driver, edit plates, set or remove a VIP benefit. Staff top-ups are {@code POST
 * /api/admin/drivers/{id}/top-ups}. Operator-scoped; read-only accounts get 403 on changes.
 */
@Path("admin/users")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Users")
public class UsersResource {

  /**
   * A driver at one operator: wallet balance and arrears in yuan, the number of orders, the VIP
   * benefit (absent without one).
   */
  public record UserResponse(
      long operatorId,
      long driverId,
      String phone,
      List<String> plates,
      BigDecimal balance,
      BigDecimal arrears,
      long orders,
      VipResponse vip) {

    static UserResponse of(DriverRow row) {
      return new UserResponse(
          row.operatorId(),
          row.driverId(),
          row.phone(),
          row.plates(),
          row.balance().yuan(),
          row.arrears().yuan(),
          row.orders(),
          row.vip().map(VipResponse::of).orElse(null));
    }
  }

  /** A VIP benefit: FREE or DISCOUNT, per cent off, and its stations (empty for all). */
  public record VipResponse(
      String kind, BigDecimal electricityPercent, BigDecimal servicePercent, Set<Long> stationIds) {

    static VipResponse of(VipBenefit vip) {
      return new VipResponse(
          vip.getKind().name(),
          vip.getElectricityDiscount(),
          vip.getServiceDiscount(),
          vip.getStationIds());
    }
  }

  /** One page of users. */
  public record UsersPage(long total, List<UserResponse> items) {}

  /** A user with the wallet's latest ledger lines (yuan; credits positive). */
  public record UserDetails(UserResponse user, List<LineResponse> lines) {}

  public record LineResponse(String postedAt, String kind, BigDecimal amount, BigDecimal balance) {

    static LineResponse of(WalletStatement.Line line) {
      return new LineResponse(
          BusinessCalendar.display(line.postedAt()),
          line.kind().name(),
          line.amount().yuan(),
          line.balanceAfter().yuan());
    }
  }

  /** A driver to add to an operator's users, by mainland mobile number. */
  public record AddUserRequest(long operatorId, @Schema(example = "13800138000") String phone) {}

  /** The driver's plates, at most five, replacing the present ones. */
  public record PlatesRequest(@Schema(example = "[\"沪A12345\"]") List<String> plates) {}

  /**
   * A VIP benefit: kind FREE, or DISCOUNT with per cent off electricity and/or service (0–100, two
   * decimals at most, not both 0); stationIds limits it to some of the operator's stations.
   */
  public record VipRequest(
      @Schema(example = "DISCOUNT") String kind,
      @Schema(example = "20") BigDecimal electricityPercent,
      @Schema(example = "0") BigDecimal servicePercent,
      Set<Long> stationIds) {}

  @EJB DriverDirectory directory;
  @EJB VipBenefits vips;

  @GET
  @Operation(summary = "The users whose phone or a plate contains the text, newest first")
  public UsersPage search(
      @QueryParam("search") String search,
      @QueryParam("page") @DefaultValue("1") int page,
      @QueryParam("size") @DefaultValue("20") int size) {
    if (page < 1 || size < 1 || size > 100) {
      throw new BadRequestException("page from 1, size 1 to 100");
    }
    DriverDirectory.Page found = directory.search(search, (page - 1) * size, size);
    return new UsersPage(found.total(), found.rows().stream().map(UserResponse::of).toList());
  }

  @POST
  @Operation(summary = "Add a driver (registered by phone if new) to an operator's users")
  public Response add(AddUserRequest request) {
    if (request == null || request.phone() == null) {
      throw new BadRequestException("operatorId and phone are required");
    }
    return Response.status(201)
        .entity(UserResponse.of(directory.add(request.operatorId(), request.phone())))
        .build();
  }

  @GET
  @Path("{operatorId}/{driverId}")
  @Operation(summary = "A user with the wallet's latest 50 ledger lines")
  public UserDetails details(
      @PathParam("operatorId") long operatorId, @PathParam("driverId") long driverId) {
    DriverDirectory.Details details = directory.details(operatorId, driverId, 50);
    return new UserDetails(
        UserResponse.of(details.row()), details.lines().stream().map(LineResponse::of).toList());
  }

  @PUT
  @Path("{operatorId}/{driverId}/plates")
  @Operation(summary = "Replace the user's plates (at most five)")
  public UserResponse plates(
      @PathParam("operatorId") long operatorId,
      @PathParam("driverId") long driverId,
      PlatesRequest request) {
    if (request == null || request.plates() == null) {
      throw new BadRequestException("plates are required (an empty list removes them all)");
    }
    return UserResponse.of(directory.editPlates(operatorId, driverId, request.plates()));
  }

  @PUT
  @Path("{operatorId}/{driverId}/vip")
  @Operation(summary = "Set the user's VIP benefit at the operator (free, or a discount)")
  public VipResponse setVip(
      @PathParam("operatorId") long operatorId,
      @PathParam("driverId") long driverId,
      VipRequest request) {
    VipKind kind = kindOf(request);
    Discount discount =
        kind == VipKind.FREE
            ? Discount.FREE
            : new Discount(orZero(request.electricityPercent()), orZero(request.servicePercent()));
    Set<Long> stations = request.stationIds() == null ? Set.of() : request.stationIds();
    return VipResponse.of(vips.set(operatorId, driverId, kind, discount, stations));
  }

  @DELETE
  @Path("{operatorId}/{driverId}/vip")
  @Operation(summary = "Remove the user's VIP benefit at the operator")
  public Response removeVip(
      @PathParam("operatorId") long operatorId, @PathParam("driverId") long driverId) {
    vips.remove(operatorId, driverId);
    return Response.noContent().build();
  }

  private static VipKind kindOf(VipRequest request) {
    if (request == null || request.kind() == null) {
      throw new BadRequestException("kind is FREE or DISCOUNT");
    }
    try {
      return VipKind.valueOf(request.kind());
    } catch (IllegalArgumentException unknown) {
      throw new BadRequestException("kind is FREE or DISCOUNT");
    }
  }

  private static BigDecimal orZero(BigDecimal percent) {
    return percent == null ? BigDecimal.ZERO : percent;
  }
}
