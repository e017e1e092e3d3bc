package cn.evpark.api.tariff;

import cn.evpark.api.problem.Listing;
import cn.evpark.tariff.BillingModelPush;
import cn.evpark.tariff.PileBillingModels;
import cn.evpark.tariff.PileModelRow;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The billing model of each pile: which it must hold, which it holds, and pushing it again. */
@Path("admin/tariff/billing-models")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Tariffs")
public class BillingModelsResource {

  private static final int MAX_SIZE = 500;

  @EJB PileBillingModels models;
  @EJB BillingModelPush push;

  /**
   * A pile's billing model.
   *
   * @param pileCode the pile
   * @param stationId its station
   * @param stationName the station's name
   * @param online connected now
   * @param expected the model number it must hold; null when the station has no tariff
   * @param held the number it holds as far as known; null when unknown
   * @param lastPush how the last push went (SENT, ACCEPTED, REFUSED, OFFLINE, CHARGING, NO_REPLY);
   *     null when none
   * @param state UP_TO_DATE, OUT_OF_DATE or NO_TARIFF
   */
  @Schema(name = "PileBillingModel")
  public record PileModel(
      String pileCode,
      long stationId,
      String stationName,
      boolean online,
      String expected,
      String held,
      String lastPush,
      String state) {

    static PileModel of(PileModelRow row) {
      return new PileModel(
          row.pileCode(),
          row.stationId(),
          row.stationName(),
          row.online(),
          row.expected(),
          row.held(),
          row.pushOutcome() == null ? null : row.pushOutcome().name(),
          row.state().name());
    }
  }

  @GET
  @Operation(
      summary =
          "The piles' billing models, the newest station's piles first; with outOfDate=true only"
              + " the out-of-date; at most size (default 100, at most 500) from first; X-Total-Count"
              + " holds how many there are")
  public Response list(
      @QueryParam("outOfDate") boolean outOfDate,
      @QueryParam("first") @DefaultValue("0") int first,
      @QueryParam("size") @DefaultValue("100") int size) {
    PileBillingModels.OverviewPage page =
        models.overview(outOfDate, Listing.first(first), Listing.size(size, MAX_SIZE));
    return Listing.of(page.rows().stream().map(PileModel::of).toList(), page.total());
  }

  @POST
  @Path("{pileCode}/push")
  @Operation(summary = "Sends the pile its billing model again (0x58), in the background")
  public Response pushAgain(@PathParam("pileCode") String pileCode) {
    push.pushAgain(pileCode);
    return Response.accepted().build();
  }
}
