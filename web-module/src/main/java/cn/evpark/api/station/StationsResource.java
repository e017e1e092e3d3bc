package cn.evpark.api.station;

import cn.evpark.overview.StationList;
import cn.evpark.overview.StationPage;
import cn.evpark.pile.PileQrCodes;
import cn.evpark.station.Interconnection;
import cn.evpark.station.InvoiceSettings;
import cn.evpark.station.PaymentSettings;
import cn.evpark.station.Station;
import cn.evpark.station.StationService;
import cn.evpark.station.TaxAccount;
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
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Stations (电站管理) for integrators. Request and response bodies are this package's records, not the
 * domain's: the OpenAPI scanner of Payara 6.2025 fails on Bean Validation annotations of record
 * components.
 *
 * <p>Stations, within the account's operator: another operator's station answers 404, a change by a
 * read-only account 403.
 */
@Path("admin/stations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Stations")
public class StationsResource {

  /** 运营设置 / 平台配置. */
  public record InterconnectionRequest(
      boolean enabled,
      @Schema(description = "9 digits or capital letters") String operatorId,
      @Schema(description = "16 characters") String operatorSecret,
      @Schema(description = "16 characters") String dataSecret,
      @Schema(description = "16 characters") String dataSecretIv,
      @Schema(description = "16 characters") String sigSecret) {}

  /** 支付设置. */
  public record PaymentRequest(
      boolean enabled,
      @Schema(description = "percent, 0–10", example = "0.60") BigDecimal channelFeePercent) {}

  /** 发票设置. */
  public record InvoicingRequest(
      boolean enabled,
      String sellerName,
      @Schema(description = "统一社会信用代码, 18 characters") String taxpayerId) {}

  /** 全电账号. */
  public record TaxAccountRequest(
      String account, String holder, @Schema(description = "mobile number") String phone) {}

  @EJB StationService stations;
  @EJB StationList stationList;
  @EJB PileQrCodes qrCodes;
  @Context UriInfo uri;

  @GET
  @Operation(summary = "One page of the station list with the manual's columns (search by name)")
  public StationPage list(
      @QueryParam("name") @DefaultValue("") String name,
      @QueryParam("first") @DefaultValue("0") int first,
      @QueryParam("size") @DefaultValue("10") int size) {
    return stationList.page(name, Math.max(first, 0), Math.min(Math.max(size, 1), 100));
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One station with its settings")
  public StationResponse get(@PathParam("id") long id) {
    return response(stations.get(id));
  }

  @POST
  @Operation(summary = "Creates a station (新增); answers 201")
  public Response create(StationRequest request) {
    Station station = stations.create(request.operatorId(), request.details());
    return Response.created(uri.getAbsolutePathBuilder().path("{id}").build(station.getId()))
        .entity(response(station))
        .build();
  }

  @PUT
  @Path("{id}")
  @Operation(summary = "Changes the fields of the 新增 form (编辑)")
  public StationResponse edit(@PathParam("id") long id, StationRequest request) {
    return response(stations.edit(id, request.details()));
  }

  @PUT
  @Path("{id}/interconnection")
  @Operation(summary = "运营设置/平台配置: interconnection on/off and the T/CEC 102 parameters")
  public StationResponse interconnection(
      @PathParam("id") long id, InterconnectionRequest settings) {
    return response(
        stations.configureInterconnection(
            id,
            new Interconnection(
                settings.enabled(),
                settings.operatorId(),
                settings.operatorSecret(),
                settings.dataSecret(),
                settings.dataSecretIv(),
                settings.sigSecret())));
  }

  @PUT
  @Path("{id}/payment")
  @Operation(summary = "支付设置: electronic payment on/off and the channel fee rate (percent)")
  public StationResponse payment(@PathParam("id") long id, PaymentRequest settings) {
    return response(
        stations.configurePayment(
            id, new PaymentSettings(settings.enabled(), settings.channelFeePercent())));
  }

  @PUT
  @Path("{id}/invoicing")
  @Operation(summary = "发票设置: e-invoicing on/off, seller name and taxpayer id")
  public StationResponse invoicing(@PathParam("id") long id, InvoicingRequest settings) {
    return response(
        stations.configureInvoicing(
            id,
            new InvoiceSettings(settings.enabled(), settings.sellerName(), settings.taxpayerId())));
  }

  @PUT
  @Path("{id}/tax-account")
  @Operation(summary = "全电账号: the tax bureau account invoices are issued from")
  public StationResponse taxAccount(@PathParam("id") long id, TaxAccountRequest account) {
    return response(
        stations.assignTaxAccount(
            id, new TaxAccount(account.account(), account.holder(), account.phone())));
  }

  @DELETE
  @Path("{id}")
  @Operation(
      summary = "Always refused: a station is never deleted (409 station.notDeletable)",
      description = "电站不可删除，新增成功之后只能编辑修改 (manual 3.4).")
  public void delete(@PathParam("id") long id) {
    stations.delete(id);
  }

  @GET
  @Path("{id}/qr-codes.zip")
  @Produces("application/zip")
  @Operation(summary = "The QR code PNG of every gun of the station's piles, in one ZIP")
  public Response qrCodes(@PathParam("id") long id) {
    byte[] zip = QrCodeImages.zip(qrCodes.ofStation(id));
    return Response.ok(zip, "application/zip")
        .header("Content-Disposition", "attachment; filename=\"station-" + id + "-qr.zip\"")
        .build();
  }

  private StationResponse response(Station station) {
    return StationResponse.of(station, stations.addressOf(station));
  }
}
