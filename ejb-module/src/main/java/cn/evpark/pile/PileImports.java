package cn.evpark.pile;

import cn.evpark.operator.CallerScope;
import cn.evpark.operator.Scope;
import cn.evpark.operator.ScopedQuery;
import cn.evpark.pile.PileImportRow.Column;
import cn.evpark.shared.DomainException;
import cn.evpark.station.Station;
import cn.evpark.station.StationService;
import cn.evpark.ykc.protocol.PileCode;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Bulk import of piles (批量导入) from the rows of the operator's file, read at the edge ({@link
 * PileImportRow}): every row is checked first, and only a file without a single bad row is
 * imported, all of it in one transaction. Nothing is ever half-imported.
 */
@Stateless
public class PileImports {

  /** The most rows one file may hold. */
  public static final int MAX_ROWS = 2000;

  /** Which column each field of {@link PileDetails} is read from. */
  private static final Map<String, Column> COLUMN_OF =
      Map.of(
          "stationId", Column.STATION_ID,
          "deviceModelId", Column.DEVICE_MODEL,
          "code", Column.CODE,
          "minStartAmount", Column.MIN_START_AMOUNT,
          "category", Column.CATEGORY,
          "bayNumber", Column.BAY_NUMBER,
          "bayName", Column.BAY_NAME);

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject Validator validator;
  @EJB CallerScope callers;
  @EJB StationService stations;
  @EJB DeviceModelService models;

  /**
   * A row that cannot be imported, and why.
   *
   * @param row the row's number as the operator's file shows it
   * @param column the column's header ({@link Column#header()})
   * @param problem a stable code, e.g. {@code station.notFound}
   */
  public record RowError(int row, String column, String problem) implements Serializable {}

  /**
   * What became of an import.
   *
   * @param imported piles registered (0 when any row is bad)
   * @param errors one entry per problem, by row
   */
  public record Result(int imported, List<RowError> errors) implements Serializable {

    public Result {
      errors = List.copyOf(errors);
    }
  }

  /**
   * Imports the piles of a file's rows, all or none.
   *
   * @param rows the file's non-empty rows below its header, in order
   * @return the number imported, or one error per problem of every bad row (and nothing imported)
   * @throws PileImportUnreadableException when there is no row, or more than {@link #MAX_ROWS}
   */
  public Result importRows(List<PileImportRow> rows) {
    callers.forChange();
    if (rows.isEmpty()) {
      throw new PileImportUnreadableException("the file holds no pile");
    }
    if (rows.size() > MAX_ROWS) {
      throw new PileImportUnreadableException("the file holds more than " + MAX_ROWS + " piles");
    }
    List<RowError> errors = new ArrayList<>();
    List<Pile> piles = new ArrayList<>();
    Set<String> codesInFile = new HashSet<>();
    for (PileImportRow row : rows) {
      int before = errors.size();
      Optional<Station> station = parseLong(row.stationId()).flatMap(stations::find);
      if (station.isEmpty()) {
        errors.add(error(row, Column.STATION_ID, "station.notFound"));
      }
      Optional<DeviceProtocol> protocol = protocol(row.protocol());
      Optional<DeviceModel> model = protocol.flatMap(p -> models.findByName(p, row.deviceModel()));
      if (protocol.isEmpty()) {
        errors.add(error(row, Column.PROTOCOL, "protocol.unknown"));
      } else if (model.isEmpty()) {
        errors.add(error(row, Column.DEVICE_MODEL, "deviceModel.notFound"));
      }
      Optional<Boolean> enabled = choice(row.operatingStatus(), "启用", "禁用");
      if (enabled.isEmpty()) {
        errors.add(error(row, Column.OPERATING_STATUS, "invalid"));
      }
      Optional<Boolean> isPublic = choice(row.category(), "公用", "私用");
      if (isPublic.isEmpty()) {
        errors.add(error(row, Column.CATEGORY, "invalid"));
      }
      PileDetails details =
          new PileDetails(
              station.map(Station::getId).orElse(0L),
              model.map(DeviceModel::getId).orElse(0L),
              row.code(),
              amount(row.minStartAmount()),
              enabled.orElse(true),
              isPublic.orElse(true) ? PileCategory.PUBLIC : PileCategory.PRIVATE,
              row.bayNumber(),
              row.bayName());
      for (ConstraintViolation<PileDetails> v : validator.validate(details)) {
        errors.add(error(row, COLUMN_OF.get(v.getPropertyPath().toString()), "invalid"));
      }
      if (details.code().matches("\\d{14}")) {
        PileCode code = PileCode.of(details.code());
        if (!codesInFile.add(code.value())) {
          errors.add(error(row, Column.CODE, "pile.code.repeated"));
        } else if (codeTaken(code)) {
          errors.add(error(row, Column.CODE, "pile.code.taken"));
        }
      }
      if (errors.size() == before) {
        piles.add(
            new Pile(
                station.get(),
                PileCode.of(details.code()),
                model.get(),
                details,
                LocalDateTime.now(clock)));
      }
    }
    if (!errors.isEmpty()) {
      return new Result(0, errors);
    }
    piles.forEach(em::persist);
    return new Result(piles.size(), List.of());
  }

  private boolean codeTaken(PileCode code) {
    // a pile code is unique across the platform
    return !ScopedQuery.in(Scope.platform(), em)
        .from(Pile.class, "p")
        .where("p.code = :c")
        .select("p.id", Long.class)
        .setParameter("c", code)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  private static RowError error(PileImportRow row, Column column, String problem) {
    return new RowError(row.number(), column.header(), problem);
  }

  private static Optional<Long> parseLong(String text) {
    try {
      return Optional.of(Long.parseLong(text));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** A device family by its name (YKC, YD; any case); an empty cell is YKC. */
  private static Optional<DeviceProtocol> protocol(String text) {
    if (text.isEmpty()) {
      return Optional.of(DeviceProtocol.YKC);
    }
    for (DeviceProtocol p : DeviceProtocol.values()) {
      if (p.name().equalsIgnoreCase(text)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  /** An empty cell is the manual's default (启用, 公用). */
  private static Optional<Boolean> choice(String text, String yes, String no) {
    if (text.isEmpty() || text.equals(yes)) {
      return Optional.of(true);
    }
    return text.equals(no) ? Optional.of(false) : Optional.empty();
  }

  /** An empty cell is the default 2.00; text that is no number fails validation as null. */
  private static BigDecimal amount(String text) {
    if (text.isEmpty()) {
      return PileDetails.DEFAULT_MIN_START_AMOUNT;
    }
    try {
      return new BigDecimal(text);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /**
   * The file cannot be imported as a whole: the edge could not read it as the template, or it holds
   * no pile, or more than {@link #MAX_ROWS}.
   */
  public static class PileImportUnreadableException extends DomainException {
    private static final long serialVersionUID = 1L;

    /**
     * @param reason what is wrong, and where when a cell is, e.g. {@code row 4, column 充电桩编码: …}
     */
    public PileImportUnreadableException(String reason) {
      super("pile.import.unreadable", "the file cannot be imported: " + reason);
    }
  }
}
