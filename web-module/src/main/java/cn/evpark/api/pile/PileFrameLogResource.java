package cn.evpark.api.pile;

import cn.evpark.pile.PileFrameLog;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The per-pile frame log: every frame to and from one pile in hex in the server log, for staff
 * debugging a pile with its vendor.
 */
@Path("admin/piles")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Piles")
public class PileFrameLogResource {

  @EJB PileFrameLog frameLog;

  /** Whether a pile's frames are logged. */
  public record FrameLog(boolean enabled) {}

  @PUT
  @Path("{code}/frame-log")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Switches the hex log of one pile's frames on or off (on this instance)")
  public FrameLog set(@PathParam("code") String code, FrameLog request) {
    return new FrameLog(
        frameLog
            .set(code, request.enabled())
            .orElseThrow(() -> new NotFoundException("no pile " + code)));
  }

  @GET
  @Path("frame-log")
  @Operation(summary = "The piles whose frames are logged now (on this instance)")
  public List<String> logged() {
    return frameLog.loggedPiles();
  }
}
