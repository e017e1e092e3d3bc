package cn.evpark.station;

import cn.evpark.operator.CallerScope;
import cn.evpark.operator.Operator;
import cn.evpark.operator.OperatorService;
import cn.evpark.operator.Scope;
import cn.evpark.operator.ScopedQuery;
import cn.evpark.shared.NotFoundException;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Stations (电站管理), always within the caller's {@link Scope}: a station of another operator is not
 * found. Operator staff may read; changes need an administrator.
 */
@Stateless
public class StationService {

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject AdministrativeDivisions divisions;
  @EJB CallerScope callers;
  @EJB OperatorService operators;

  /**
   * 新增: a station of the caller's operator; a platform administrator names the operator.
   *
   * @param operatorId the operator; ignored for operator accounts, required for the platform
   * @throws StationNameTakenException when the operator has a station of this name; of two requests
   *     racing with one name, the unique key {@code uk_station_operator_name} fails the second's
   *     transaction
   */
  public Station create(Long operatorId, @Valid @NotNull StationDetails details) {
    Scope scope = callers.forChange();
    long owner =
        scope
            .operatorId()
            .or(() -> Optional.ofNullable(operatorId))
            .orElseThrow(StationOperatorRequiredException::new);
    Operator operator =
        operators
            .find(owner)
            .orElseThrow(() -> new NotFoundException("operator.notFound", "no such operator"));
    requireKnownDivisions(details);
    requireFreeName(owner, details.name(), null);
    Station station = new Station(operator, details, LocalDateTime.now(clock));
    em.persist(station);
    em.flush(); // the identity id, for the caller
    return station;
  }

  /**
   * 编辑.
   *
   * @throws StationNameTakenException when another station of the operator has the new name
   */
  public Station edit(long id, @Valid @NotNull StationDetails details) {
    Station station = getForChange(id);
    requireKnownDivisions(details);
    requireFreeName(station.getOperator().getId(), details.name(), station.getId());
    station.edit(details);
    return station;
  }

  /** 运营设置 / 平台配置. */
  public Station configureInterconnection(long id, @Valid @NotNull Interconnection settings) {
    Station station = getForChange(id);
    station.configureInterconnection(settings);
    return station;
  }

  /** 支付设置. */
  public Station configurePayment(long id, @Valid @NotNull PaymentSettings settings) {
    Station station = getForChange(id);
    station.configurePayment(settings);
    return station;
  }

  /** 发票设置. */
  public Station configureInvoicing(long id, @Valid @NotNull InvoiceSettings settings) {
    Station station = getForChange(id);
    station.configureInvoicing(settings);
    return station;
  }

  /** 全电账号. */
  public Station assignTaxAccount(long id, @Valid @NotNull TaxAccount account) {
    Station station = getForChange(id);
    station.assignTaxAccount(account);
    return station;
  }

  /**
   * 删除: always refused, with the reason (manual 3.4, "电站不可删除，新增成功之后只能编辑修改"): orders, statistics and
   * invoices keep referring to a station. A station the caller cannot see is not found.
   */
  public void delete(long id) {
    getForChange(id);
    throw new StationNotDeletableException();
  }

  /** The names of the stations of {@code ids} the caller may see, by id, in one query. */
  public Map<Long, String> namesOf(Collection<Long> ids) {
    return namesOf(ids, callers.current());
  }

  /**
   * The names of the stations of {@code ids} that {@code scope} sees, by id, in one query: for
   * readers other than the caller's scope (a driver sees the stations it charged at).
   */
  public Map<Long, String> namesOf(Collection<Long> ids, Scope scope) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    Map<Long, String> names = new HashMap<>();
    for (Object[] row :
        ScopedQuery.in(scope, em)
            .from(Station.class, "s")
            .where("s.id in :ids")
            .select("s.id, s.name", Object[].class)
            .setParameter("ids", ids)
            .getResultList()) {
      names.put((Long) row[0], (String) row[1]);
    }
    return names;
  }

  /** A station the caller may see. */
  public Optional<Station> find(long id) {
    return callers.current().visible(em.find(Station.class, id), s -> s.getOperator().getId());
  }

  /** A station the caller may see, or {@link NotFoundException}. */
  public Station get(long id) {
    return find(id).orElseThrow(() -> notFound(id));
  }

  /**
   * The stations the caller may see whose 电站名称 contains {@code name} (ignoring case), newest first:
   * one page of them, and how many match in all.
   *
   * @param name text the name contains; null or blank for every station
   * @param first index of the first station of the page, from 0
   * @param pageSize stations on the page at most
   */
  public StationMatches search(String name, int first, int pageSize) {
    Scope scope = callers.current();
    String pattern = "%" + (name == null ? "" : name.strip().toLowerCase()) + "%";
    long total =
        ScopedQuery.in(scope, em)
            .from(Station.class, "s")
            .where("lower(s.name) like :name")
            .select("count(s)", Long.class)
            .setParameter("name", pattern)
            .getSingleResult();
    TypedQuery<Station> query =
        ScopedQuery.in(scope, em)
            .from(Station.class, "s")
            .join("join fetch s.operator")
            .where("lower(s.name) like :name")
            .orderBy("s.id desc")
            .select("s", Station.class);
    List<Station> stations =
        query
            .setParameter("name", pattern)
            .setFirstResult(first)
            .setMaxResults(pageSize)
            .getResultList();
    return new StationMatches(stations, total);
  }

  /** Every station the caller may see, by name: for choosers. */
  public List<Station> listAll() {
    return ScopedQuery.in(callers.current(), em)
        .from(Station.class, "s")
        .orderBy("s.name")
        .select("s", Station.class)
        .getResultList();
  }

  /** How many stations the caller may see. */
  public long count() {
    return ScopedQuery.in(callers.current(), em)
        .from(Station.class, "s")
        .select("count(s)", Long.class)
        .getSingleResult();
  }

  /** The full address: division names, then the street address. */
  public String addressOf(Station station) {
    return divisions.describe(
            station.getProvinceCode(), station.getCityCode(), station.getDistrictCode())
        + station.getAddress();
  }

  /**
   * A station the caller may change.
   *
   * @throws NotFoundException when it is not in the caller's scope
   * @throws cn.evpark.operator.AccessDeniedException for a read-only account
   */
  public Station getForChange(long id) {
    Scope scope = callers.forChange();
    return scope
        .visible(em.find(Station.class, id), s -> s.getOperator().getId())
        .orElseThrow(() -> notFound(id));
  }

  /** 电站名称 is unique within an operator (issue 18); {@code except} is the station being edited. */
  private void requireFreeName(long operatorId, String name, Long except) {
    long others =
        ScopedQuery.in(Scope.operator(operatorId), em)
            .from(Station.class, "s")
            .where("s.name = :name and s.id <> :except")
            .select("count(s)", Long.class)
            .setParameter("name", name)
            .setParameter("except", except == null ? -1L : except)
            .getSingleResult();
    if (others > 0) {
      throw new StationNameTakenException(name);
    }
  }

  private void requireKnownDivisions(StationDetails details) {
    if (!divisions.isValid(details.provinceCode(), details.cityCode(), details.districtCode())) {
      throw new InvalidDivisionException();
    }
  }

  private static NotFoundException notFound(long id) {
    return new NotFoundException("station.notFound", "no station " + id);
  }
}
