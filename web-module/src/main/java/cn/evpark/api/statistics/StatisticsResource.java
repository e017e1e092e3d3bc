package cn.evpark.api.statistics;

import cn.evpark.statistics.StationStatistics;
import cn.evpark.statistics.StationStatistics.Filter;
import cn.evpark.statistics.StationStatistics.Line;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * 统计分析 (manual 六, money.md §7) for staff and integrators: per station and business day the figures
 * the nightly statistics job computed, within the account's operator.
 */
@Path("admin/statistics")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Statistics")
public class StatisticsResource {

  /** The most lines one call answers. */
  static final int MAX_SIZE = 1000;

  /**
   * One station and day, or the total (station and date null): yuan with 2 decimals, kWh with 4.
   */
  @Schema(name = "StatisticsLine")
  public record LineResponse(
      Long stationId,
      @Schema(description = "电站名称") String stationName,
      @Schema(description = "日期, business day in Asia/Shanghai") LocalDate date,
      @Schema(description = "实收(元)") BigDecimal received,
      @Schema(description = "充电电量(千瓦时)") BigDecimal energy,
      @Schema(description = "电费收入总计(元)") BigDecimal electricityFee,
      @Schema(description = "服务费收入总计(元)") BigDecimal serviceFee,
      @Schema(description = "手续费支出(元)") BigDecimal channelFee,
      @Schema(description = "服务费支出(元)") BigDecimal platformCommission) {

    static LineResponse of(Line line) {
      return new LineResponse(
          line.stationId(),
          line.stationName(),
          line.date(),
          line.received().yuan(),
          line.energy().kwh(),
          line.electricityFee().yuan(),
          line.serviceFee().yuan(),
          line.channelFee().yuan(),
          line.platformCommission().yuan());
    }
  }

  /** A page of lines (newest day first), how many there are, and 总计 over all of them. */
  @Schema(name = "Statistics")
  public record StatisticsResponse(List<LineResponse> lines, long count, LineResponse total) {}

  @EJB StationStatistics statistics;

  @GET
  @Operation(
      summary =
          "The statistics of the account's stations (or one station) for the business days"
              + " from–to inclusive; 400 for a bad range, 404 for a station it may not see")
  public StatisticsResponse statistics(
      @QueryParam("station") Long station,
      @Parameter(description = "yyyy-MM-dd", required = true) @QueryParam("from") String from,
      @Parameter(description = "yyyy-MM-dd, at most 366 days after from", required = true)
          @QueryParam("to")
          String to,
      @QueryParam("page") @DefaultValue("1") int page,
      @QueryParam("size") @DefaultValue("100") int size) {
    LocalDate first = date("from", from);
    LocalDate last = date("to", to);
    if (last.isBefore(first)
        || ChronoUnit.DAYS.between(first, last) >= StationStatistics.MAX_DAYS) {
      throw new BadRequestException("from ≤ to, at most 366 days");
    }
    if (page < 1 || size < 1 || size > MAX_SIZE) {
      throw new BadRequestException("page ≥ 1 and size 1–" + MAX_SIZE);
    }
    Filter filter = new Filter(station, first, last);
    return new StatisticsResponse(
        statistics.lines(filter, (page - 1) * size, size).stream().map(LineResponse::of).toList(),
        statistics.count(filter),
        LineResponse.of(statistics.total(filter)));
  }

  private static LocalDate date(String name, String value) {
    if (value == null || value.isBlank()) {
      throw new BadRequestException(name + " is required (yyyy-MM-dd)");
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new BadRequestException(name + " is not a date (yyyy-MM-dd)");
    }
  }
}
