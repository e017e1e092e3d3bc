package cn.evpark.api.charging;

import cn.evpark.api.problem.Listing;
import cn.evpark.api.problem.QueryParams;
import cn.evpark.parking.ArrearsFilter;
import cn.evpark.parking.ArrearsRecords;
import cn.evpark.parking.ArrearsRow;
import cn.evpark.shared.BusinessCalendar;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * 欠费记录 for staff ({@code parking.md §5}): the settled orders their accounts could not pay in full,
 * each with what is still owed of it, within the account's operator.
 */
@Path("admin/arrears")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Charging orders")
public class ArrearsRecordsResource {

  static final int MAX_SIZE = 500;

  @EJB ArrearsRecords records;

  @GET
  @Operation(
      summary =
          "Arrears records, the latest first, filtered by station, phone and the days (yyyy-MM-dd,"
              + " Asia/Shanghai, inclusive) they arose on; at most size (default 100, at most 500)"
              + " from first; X-Total-Count holds how many there are")
  public Response list(
      @QueryParam("station") Long station,
      @QueryParam("phone") String phone,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("first") @DefaultValue("0") int first,
      @QueryParam("size") @DefaultValue("100") int size) {
    ArrearsRecords.Page page =
        records.search(
            new ArrearsFilter(
                station, phone, QueryParams.date("from", from), QueryParams.date("to", to)),
            Listing.first(first),
            Listing.size(size, MAX_SIZE));
    return Listing.of(page.rows().stream().map(ArrearsBody::of).toList(), page.total());
  }

  /**
   * A record as the APIs give it, a charging order's or a stay's: 欠费时间 Asia/Shanghai; {@code
   * unpaid} is what is still owed of it, {@code settled} whether nothing is.
   */
  @Schema(name = "ArrearsRecord")
  public record ArrearsBody(
      @Schema(description = "CHARGING (充电欠费) or OCCUPANCY (占位欠费)") String kind,
      String orderNo,
      String phone,
      String stationName,
      String settledAt,
      BigDecimal totalAmount,
      BigDecimal arrears,
      BigDecimal unpaid,
      boolean settled) {

    public static ArrearsBody of(ArrearsRow row) {
      return new ArrearsBody(
          row.kind().name(),
          row.orderNo(),
          row.phone(),
          row.stationName(),
          BusinessCalendar.isoLocal(row.settledAt()),
          row.totalAmount(),
          row.arrears(),
          row.unpaid(),
          row.settled());
    }
  }
}
