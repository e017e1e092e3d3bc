package cn.evpark.api.card;

import cn.evpark.api.card.CardBodies.CardPageResponse;
import cn.evpark.api.card.CardBodies.CardResponse;
import cn.evpark.api.card.CardBodies.EditRequest;
import cn.evpark.api.card.CardBodies.IssueRequest;
import cn.evpark.api.card.CardBodies.LineResponse;
import cn.evpark.api.card.CardBodies.MoneyRequest;
import cn.evpark.api.card.CardBodies.MoneyResponse;
import cn.evpark.card.CardKind;
import cn.evpark.card.CardMoney;
import cn.evpark.card.CardViews;
import cn.evpark.card.Cards;
import cn.evpark.card.OfflineCardLists;
import cn.evpark.shared.Money;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * 电子卡管理 and 实体卡管理 for staff and integrators (manual 7.2–7.3), within the caller's operator: issue,
 * list, edit, 启用/停用, 挂失, 充值, 退款, 记录 and 删除 (409 {@code card.delete.balance} while the card holds
 * money). Read-only accounts get 403 on every change.
 */
@Path("admin/cards")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Cards")
public class CardsResource {

  @EJB Cards cards;
  @EJB CardViews views;
  @EJB CardMoney money;
  @EJB OfflineCardLists offlineLists;
  @Context UriInfo uri;

  @GET
  @Operation(summary = "Cards of one kind, newest first, by card number, phone and station")
  public CardPageResponse search(
      @QueryParam("kind") CardKind kind,
      @QueryParam("stationId") Long stationId,
      @QueryParam("cardNumber") String cardNumber,
      @QueryParam("phone") String phone,
      @QueryParam("first") @DefaultValue("0") int first,
      @QueryParam("size") @DefaultValue("20") int size) {
    if (kind == null) {
      throw new BadRequestException("kind (E_CARD or IC_CARD) is required");
    }
    CardViews.CardPage page =
        views.search(
            new CardViews.Criteria(kind, stationId, cardNumber, phone),
            Math.max(0, first),
            Math.max(1, Math.min(size, 200)));
    return new CardPageResponse(page.cards().stream().map(CardResponse::of).toList(), page.total());
  }

  @POST
  @Operation(summary = "Issue a card (发卡) to the driver with this phone, for a station")
  public Response issue(IssueRequest request) {
    if (request == null || request.kind() == null || request.phone() == null) {
      throw new BadRequestException("kind, stationId and phone are required");
    }
    long id =
        cards
            .issue(
                request.kind(),
                request.stationId(),
                request.phone().strip(),
                request.physicalNumber(),
                request.remarks())
            .getId();
    return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(id)).build())
        .entity(CardResponse.of(cards.view(id)))
        .build();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One card with its balance")
  public CardResponse card(@PathParam("id") long id) {
    return CardResponse.of(cards.view(id));
  }

  @PUT
  @Path("{id}")
  @Operation(summary = "Edit a card (编辑): its station and remarks")
  public CardResponse edit(@PathParam("id") long id, EditRequest request) {
    if (request == null) {
      throw new BadRequestException("stationId is required");
    }
    cards.edit(id, request.stationId(), request.remarks());
    return CardResponse.of(cards.view(id));
  }

  @POST
  @Path("{id}/enable")
  @Operation(summary = "启用 a stopped card")
  public CardResponse enable(@PathParam("id") long id) {
    cards.enable(id);
    return CardResponse.of(cards.view(id));
  }

  @POST
  @Path("{id}/disable")
  @Operation(summary = "停用 a card: it pays nothing more, piles drop it from their offline lists")
  public CardResponse disable(@PathParam("id") long id) {
    cards.disable(id);
    return CardResponse.of(cards.view(id));
  }

  @POST
  @Path("{id}/loss-report")
  @Operation(summary = "挂失 an IC card: blocked at once and for good")
  public CardResponse reportLost(@PathParam("id") long id) {
    cards.reportLost(id);
    return CardResponse.of(cards.view(id));
  }

  @POST
  @Path("{id}/top-ups")
  @Operation(summary = "充值: money taken offline onto the card; idempotent on requestId")
  public Response topUp(@PathParam("id") long id, MoneyRequest request) {
    if (request == null) {
      throw new BadRequestException("amount, reason and requestId are required");
    }
    request.check();
    CardMoney.Moved moved =
        money.topUp(id, new Money(request.amount()), request.reason(), request.requestId());
    return Response.status(moved.posted() ? 201 : 200).entity(MoneyResponse.of(moved)).build();
  }

  @POST
  @Path("{id}/refunds")
  @Operation(summary = "退款: money paid back offline, at most the balance; idempotent on requestId")
  public Response refund(@PathParam("id") long id, MoneyRequest request) {
    if (request == null) {
      throw new BadRequestException("amount, reason and requestId are required");
    }
    request.check();
    CardMoney.Moved moved =
        money.refund(id, new Money(request.amount()), request.reason(), request.requestId());
    return Response.status(moved.posted() ? 201 : 200).entity(MoneyResponse.of(moved)).build();
  }

  @GET
  @Path("{id}/records")
  @Operation(summary = "记录: the card's ledger lines, newest first")
  public List<LineResponse> records(
      @PathParam("id") long id,
      @QueryParam("first") @DefaultValue("0") int first,
      @QueryParam("size") @DefaultValue("50") int size) {
    return money.records(id, Math.max(0, first), Math.max(1, Math.min(size, 500))).stream()
        .map(LineResponse::of)
        .toList();
  }

  @GET
  @Path("{id}/piles")
  @Operation(
      summary =
          "Whether the card is on each station pile's offline list (0x48): true, false, or null"
              + " for a pile offline or not answering; {} for an e-card")
  public Map<String, Boolean> piles(@PathParam("id") long id) {
    Map<String, Boolean> answers = new TreeMap<>();
    offlineLists.presence(id).forEach((pile, present) -> answers.put(pile, present.orElse(null)));
    return answers;
  }

  @DELETE
  @Path("{id}")
  @Operation(summary = "删除 a card with a zero balance; 409 card.delete.balance otherwise")
  public Response delete(@PathParam("id") long id) {
    cards.delete(id);
    return Response.noContent().build();
  }
}
