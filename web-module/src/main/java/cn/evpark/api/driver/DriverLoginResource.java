package cn.evpark.api.driver;

import cn.evpark.wallet.Driver;
import cn.evpark.wallet.LoginCodes;
import cn.evpark.web.security.DriverTokens;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A driver's login by SMS code: ask for a code, then trade it for a bearer token of the driver API.
 */
@Path("driver/login")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Driver login")
public class DriverLoginResource {

  /** The phone to send a code to. */
  public record CodeRequest(@Schema(example = "13800000000") String phone) {}

  /** The phone and the code it received. */
  public record LoginRequest(
      @Schema(example = "13800000000") String phone, @Schema(example = "123456") String code) {}

  /** A bearer token for the driver API, valid for seven days. */
  public record LoginResponse(String token, long driverId, String phone) {}

  @EJB LoginCodes codes;
  @Inject DriverTokens tokens;

  @POST
  @Path("code")
  @Operation(summary = "Send a one-time login code to a mobile number (one a minute)")
  public Response sendCode(CodeRequest request) {
    codes.send(request == null ? null : request.phone());
    return Response.noContent().build();
  }

  @POST
  @Operation(summary = "Log in with the code: answers a bearer token (401 for a wrong code)")
  public LoginResponse logIn(LoginRequest request) {
    Driver driver =
        codes
            .logIn(
                request == null ? null : request.phone(), request == null ? null : request.code())
            .orElseThrow(
                () ->
                    new NotAuthorizedException(
                        "the code is wrong or no longer valid; ask for a new one",
                        "Bearer realm=\"evpark\""));
    return new LoginResponse(
        tokens.issue(driver.getId(), driver.getPhone()), driver.getId(), driver.getPhone());
  }
}
