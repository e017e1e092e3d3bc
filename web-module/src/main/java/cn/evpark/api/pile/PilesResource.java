package cn.evpark.api.pile;

import cn.evpark.pile.Pile;
import cn.evpark.pile.PileLiveStates;
import cn.evpark.pile.PileService;
import cn.evpark.ykc.api.PileLiveState;
import cn.evpark.ykc.protocol.PileCode;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Piles, for integrators. */
@Path("admin/piles")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Piles")
public class PilesResource {

  @EJB PileService piles;
  @EJB PileLiveStates live;

  @GET
  @Operation(summary = "Every registered pile with its connection state")
  public List<PileResponse> list() {
    Map<PileCode, PileLiveState> online = live.online();
    return piles.listAll().stream().map(p -> toResponse(p, online)).toList();
  }

  private static PileResponse toResponse(Pile pile, Map<PileCode, PileLiveState> online) {
    return new PileResponse(
        pile.getCode().value(),
        pile.getStation().getId(),
        pile.getStation().getName(),
        pile.getKind().name(),
        pile.getGunCount(),
        pile.isEnabled(),
        online.containsKey(pile.getCode()));
  }
}
