package cn.evpark.api.pile;

import cn.evpark.pile.Pile;
import cn.evpark.pile.PileCommands;
import cn.evpark.pile.PileLiveStates;
import cn.evpark.pile.PileService;
import cn.evpark.ykc.api.PileLiveState;
import cn.evpark.ykc.protocol.PileCode;
import cn.evpark.ykc.protocol.message.TimeSyncReply;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
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
  @EJB PileCommands commands;

  @GET
  @Operation(summary = "Every registered pile with its connection state")
  public List<PileResponse> list() {
    Map<PileCode, PileLiveState> online = live.online();
    return piles.listAll().stream().map(p -> toResponse(p, online)).toList();
  }

  @POST
  @Path("{code}/time-sync")
  @Operation(
      summary = "Sets the pile's clock (同步时间)",
      description =
          "Answers with the time the pile reports it set; 409 when the pile is offline, 504 when"
              + " it does not answer.")
  public CompletionStage<TimeSyncResponse> syncTime(@PathParam("code") String code) {
    PileCode pileCode = parse(code);
    piles.findByCode(pileCode).orElseThrow(() -> new NotFoundException("no pile " + code));
    return commands
        .syncTime(pileCode)
        .thenApply(
            reply ->
                new TimeSyncResponse(
                    code, ((TimeSyncReply) reply).time().toLocalDateTime().toString()));
  }

  private static PileCode parse(String code) {
    try {
      return PileCode.of(code);
    } catch (IllegalArgumentException e) {
      throw new NotFoundException("no pile " + code);
    }
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
