package cn.evpark.pile;

import cn.evpark.operator.CallerScope;
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
 * Bulk import of piles from the XLSX template ({@link PileImport}): every row is checked first, and
 * only a file without a single bad row is imported, all of it in one transaction. Nothing is ever
 * half-imported.
 */
@Stateless
public class PileImports {

  /** Which column each field of {@link PileDetails} is read from. */
  private static final Map<String, Integer> COLUMN_OF =
      Map.of(
          "stationId", 0,
          "deviceModelId", 1,
          "code", 2,
          "minStartAmount", 3,
          "category", 5,
          "bayNumber", 6,
          "bayName", 7);

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject Validator validator;
  @EJB CallerScope callers;
  @EJB StationService stations;
  @EJB DeviceModelService models;

  /**
   * What became of an import.
   *
   * @param imported piles registered (0 when any row is bad)
   * @param errors one entry per problem, by row
   */
  public record Result(int imported, List<PileImport.RowError> errors) implements Serializable {

    public Result {
      errors = List.copyOf(errors);
    }
  }

  /** Imports the piles of an XLSX file, all or none. */
  public Result importXlsx(byte[] xlsx) {
    callers.forChange();
    List<PileImport.Line> lines;
    try {
      lines = PileImport.read(xlsx);
    } catch (IllegalArgumentException e) {
      throw new PileImportUnreadableException();
    }
    List<PileImport.RowError> errors = new ArrayList<>();
    List<Pile> piles = new ArrayList<>();
    Set<String> codesInFile = new HashSet<>();
    for (PileImport.Line line : lines) {
      int before = errors.size();
      Optional<Station> station = parseLong(line.cell(0)).flatMap(stations::find);
      if (station.isEmpty()) {
        errors.add(error(line, 0, "station.notFound"));
      }
      Optional<DeviceModel> model = models.findByName(DeviceProtocol.YKC, line.cell(1));
      if (model.isEmpty()) {
        errors.add(error(line, 1, "deviceModel.notFound"));
      }
      Optional<Boolean> enabled = choice(line.cell(4), "启用", "禁用");
      if (enabled.isEmpty()) {
        errors.add(error(line, 4, "invalid"));
      }
      Optional<Boolean> isPublic = choice(line.cell(5), "公用", "私用");
      if (isPublic.isEmpty()) {
        errors.add(error(line, 5, "invalid"));
      }
      PileDetails details =
          new PileDetails(
              station.map(Station::getId).orElse(0L),
              model.map(DeviceModel::getId).orElse(0L),
              line.cell(2),
              amount(line.cell(3)),
              enabled.orElse(true),
              isPublic.orElse(true) ? PileCategory.PUBLIC : PileCategory.PRIVATE,
              line.cell(6),
              line.cell(7));
      for (ConstraintViolation<PileDetails> v : validator.validate(details)) {
        errors.add(error(line, COLUMN_OF.get(v.getPropertyPath().toString()), "invalid"));
      }
      if (details.code().matches("\\d{14}")) {
        PileCode code = PileCode.of(details.code());
        if (!codesInFile.add(code.value())) {
          errors.add(error(line, 2, "pile.code.repeated"));
        } else if (codeTaken(code)) {
          errors.add(error(line, 2, "pile.code.taken"));
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
    if (piles.isEmpty()) {
      throw new PileImportUnreadableException();
    }
    piles.forEach(em::persist);
    return new Result(piles.size(), List.of());
  }

  private boolean codeTaken(PileCode code) {
    return !em.createQuery("select p.id from Pile p where p.code = :c", Long.class)
        .setParameter("c", code)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  private static PileImport.RowError error(PileImport.Line line, int column, String problem) {
    return new PileImport.RowError(line.number(), PileImport.COLUMNS.get(column), problem);
  }

  private static Optional<Long> parseLong(String text) {
    try {
      return Optional.of(Long.parseLong(text));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
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

  /** The upload is no XLSX workbook, too big, or holds no pile. */
  public static class PileImportUnreadableException extends DomainException {
    private static final long serialVersionUID = 1L;

    PileImportUnreadableException() {
      super(
          "pile.import.unreadable",
          "the file is not the XLSX template with 1 to " + PileImport.MAX_ROWS + " piles");
    }
  }
}
