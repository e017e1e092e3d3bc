package cn.evpark.api.pile;

import cn.evpark.pile.PileLiveStates;
import cn.evpark.pile.PileService;
import cn.evpark.ykc.protocol.PileCode;
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

  @EJB PileService piles;
  @EJB PileLiveStates live;

  /** Whether a pile's frames are logged. */
  public record FrameLog(boolean enabled) {}

  @PUT
  @Path("{code}/frame-log")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Switches the hex log of one pile's frames on or off (on this instance)")
  public FrameLog set(@PathParam("code") String code, FrameLog request) {
    PileCode pile = registered(code);
    live.logFrames(pile, request.enabled());
    return new FrameLog(live.frameLogged().contains(pile));
  }

  @GET
  @Path("frame-log")
  @Operation(summary = "The piles whose frames are logged now (on this instance)")
  public List<String> logged() {
    return live.frameLogged().stream().map(PileCode::value).sorted().toList();
  }

  private PileCode registered(String code) {
    try {
      PileCode pile = PileCode.of(code);
      piles.findByCode(pile).orElseThrow(() -> new NotFoundException("no pile " + code));
      return pile;
    } catch (IllegalArgumentException e) {
      throw new NotFoundException("no pile " + code);
    }
  }
}
