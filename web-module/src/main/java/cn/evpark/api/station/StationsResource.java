package cn.evpark.api.station;

import cn.evpark.pile.PileQrCodes;
import cn.evpark.station.Interconnection;
import cn.evpark.station.InvoiceSettings;
import cn.evpark.station.PaymentSettings;
import cn.evpark.station.Station;
import cn.evpark.station.StationPage;
import cn.evpark.station.StationService;
import cn.evpark.station.TaxAccount;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Stations (电站管理) for integrators, within the account's operator: another operator's station
 * answers 404, a change by a read-only account 403.
 */
@Path("admin/stations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Stations")
public class StationsResource {

  @EJB StationService stations;
  @EJB PileQrCodes qrCodes;
  @Context UriInfo uri;

  @GET
  @Operation(summary = "One page of the station list with the manual's columns (search by name)")
  public StationPage list(
      @QueryParam("name") @DefaultValue("") String name,
      @QueryParam("first") @DefaultValue("0") int first,
      @QueryParam("size") @DefaultValue("10") int size) {
    return stations.search(name, Math.max(first, 0), Math.min(Math.max(size, 1), 100));
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
  public StationResponse interconnection(@PathParam("id") long id, Interconnection settings) {
    return response(stations.configureInterconnection(id, settings));
  }

  @PUT
  @Path("{id}/payment")
  @Operation(summary = "支付设置: electronic payment on/off and the channel fee rate (percent)")
  public StationResponse payment(@PathParam("id") long id, PaymentSettings settings) {
    return response(stations.configurePayment(id, settings));
  }

  @PUT
  @Path("{id}/invoicing")
  @Operation(summary = "发票设置: e-invoicing on/off, seller name and taxpayer id")
  public StationResponse invoicing(@PathParam("id") long id, InvoiceSettings settings) {
    return response(stations.configureInvoicing(id, settings));
  }

  @PUT
  @Path("{id}/tax-account")
  @Operation(summary = "全电账号: the tax bureau account invoices are issued from")
  public StationResponse taxAccount(@PathParam("id") long id, TaxAccount account) {
    return response(stations.assignTaxAccount(id, account));
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
    byte[] zip = qrCodes.zipOfStation(id);
    return Response.ok(zip, "application/zip")
        .header("Content-Disposition", "attachment; filename=\"station-" + id + "-qr.zip\"")
        .build();
  }

  private StationResponse response(Station station) {
    return StationResponse.of(station, stations.addressOf(station));
  }
}
