package cn.evpark.api.pile;

import cn.evpark.api.problem.Listing;
import cn.evpark.pile.GunQrCode;
import cn.evpark.pile.Pile;
import cn.evpark.pile.PileImports;
import cn.evpark.pile.PileList;
import cn.evpark.pile.PileOperations;
import cn.evpark.pile.PilePage;
import cn.evpark.pile.PileQrCodes;
import cn.evpark.pile.PileService;
import cn.evpark.web.pile.PileWorkbook;
import cn.evpark.web.pile.QrCodeImages;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Piles (设备管理 充电桩) for integrators, addressed by their code, within the account's operator: another
 * operator's pile answers 404, a change by a read-only account 403. Commands answer when the pile
 * has: 409 when it is offline, 504 when it does not answer.
 */
@Path("admin/piles")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Piles")
public class PilesResource {

  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  @EJB PileService piles;
  @EJB PileList list;
  @EJB PileOperations operations;
  @EJB PileQrCodes qrCodes;
  @EJB PileImports imports;
  @Context UriInfo uri;

  /** The most piles one list answers. */
  static final int MAX_SIZE = 1000;

  @GET
  @Operation(
      summary =
          "The piles in scope (optionally one station's) with each gun's state, newest station"
              + " first, a page at a time: at most size (default 100, at most 1000) from first"
              + " (default 0); the X-Total-Count header holds how many there are in all")
  @APIResponse(
      responseCode = "200",
      description = "The page's piles",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(type = SchemaType.ARRAY, implementation = PileResponse.class)),
      headers =
          @Header(
              name = "X-Total-Count",
              description = "How many piles there are in all",
              schema = @Schema(type = SchemaType.INTEGER)))
  public Response list(
      @QueryParam("station") Long stationId,
      @QueryParam("first") @DefaultValue("0") int first,
      @QueryParam("size") @DefaultValue("100") int size) {
    PilePage page =
        list.search(stationId, null, Listing.first(first), Listing.size(size, MAX_SIZE));
    return Listing.of(page.rows().stream().map(PileResponse::of).toList(), page.total());
  }

  @GET
  @Path("{code}")
  @Operation(summary = "One pile with each gun's state")
  public PileResponse get(@PathParam("code") String code) {
    return PileResponse.of(list.rowOf(code));
  }

  @POST
  @Operation(summary = "Registers a pile (新增); answers 201")
  public Response register(PileRequest request) {
    Pile pile = piles.register(request.details(null));
    return Response.created(uri.getAbsolutePathBuilder().path(pile.codeDigits()).build())
        .entity(get(pile.codeDigits()))
        .build();
  }

  @PUT
  @Path("{code}")
  @Operation(summary = "Changes a pile (编辑); a new 运营状态 reaches an online pile at once")
  public PileResponse edit(@PathParam("code") String code, PileRequest request) {
    piles.edit(pile(code).getId(), request.details(code));
    return get(code);
  }

  @DELETE
  @Path("{code}")
  @Operation(summary = "Deletes a pile; 409 pile.charging while a gun charges")
  public void delete(@PathParam("code") String code) {
    piles.delete(pile(code).getId());
  }

  @POST
  @Path("{code}/restart")
  @Operation(summary = "Reboots the pile now (重启, 0x92); answers when the pile has")
  public CompletionStage<Map<String, Object>> restart(@PathParam("code") String code) {
    return operations.restart(pile(code).getId()).thenApply(done -> Map.of("code", code));
  }

  @POST
  @Path("{code}/guns/{gun}/ground-lock/{action: raise|lower}")
  @Operation(
      summary = "Raises or lowers the ground lock at a gun's bay (升锁 / 降锁, 0x62)",
      description =
          "Answers when the pile reports the lock moved; 409 pile.lock.refused when it reports it"
              + " did not (a vehicle in the bay), 404 pile.gun.notFound for no such gun, 409 when"
              + " the pile is offline, 504 when it does not answer.")
  public CompletionStage<Map<String, Object>> moveGroundLock(
      @PathParam("code") String code,
      @PathParam("gun") int gun,
      @PathParam("action") String action) {
    return operations
        .moveGroundLock(pile(code).getId(), gun, "raise".equals(action))
        .thenApply(done -> Map.of("code", code, "gun", gun, "lock", action));
  }

  @POST
  @Path("{code}/time-sync")
  @Operation(
      summary = "Sets the pile's clock (同步时间)",
      description =
          "Answers with the time the pile reports it set; 409 when the pile is offline, 504 when"
              + " it does not answer.")
  public CompletionStage<TimeSyncResponse> syncTime(@PathParam("code") String code) {
    return operations
        .syncTime(pile(code).getId())
        .thenApply(time -> new TimeSyncResponse(code, time.toString()));
  }

  @POST
  @Path("{code}/qr-push")
  @Operation(
      summary = "Pushes the QR code to the pile's screen (桩/枪二维码下发, 0xF0)",
      description = "target=pile for the pile's code, target=guns for one code per gun.")
  public CompletionStage<Map<String, Object>> pushQr(
      @PathParam("code") String code, @QueryParam("target") String target) {
    long id = pile(code).getId();
    return ("guns".equals(target) ? operations.pushGunQrCodes(id) : operations.pushPileQrCode(id))
        .thenApply(done -> Map.of("code", code));
  }

  @GET
  @Path("{code}/guns/{gun}/qr.png")
  @Produces("image/png")
  @Operation(summary = "The printable QR code PNG of one gun (二维码下载)")
  public Response qrCode(@PathParam("code") String code, @PathParam("gun") int gun) {
    GunQrCode qr = qrCodes.ofGun(pile(code).getId(), gun);
    return Response.ok(QrCodeImages.png(qr), "image/png")
        .header("Content-Disposition", "attachment; filename=\"" + QrCodeImages.fileName(qr) + "\"")
        .build();
  }

  @GET
  @Path("import-template.xlsx")
  @Produces(XLSX)
  @Operation(summary = "The XLSX template of the bulk import")
  public Response importTemplate() {
    return Response.ok(PileWorkbook.template(), XLSX)
        .header("Content-Disposition", "attachment; filename=\"piles-template.xlsx\"")
        .build();
  }

  @POST
  @Path("import")
  @Consumes(XLSX)
  @Operation(
      summary = "Imports piles from the XLSX template, all or none",
      description = "200 with the number imported, or 422 with one error per bad row.")
  public Response importPiles(byte[] xlsx) {
    PileImports.Result result = imports.importRows(PileWorkbook.read(xlsx));
    return Response.status(result.errors().isEmpty() ? 200 : 422).entity(result).build();
  }

  private Pile pile(String code) {
    return piles.getByCode(code);
  }
}
