package cn.evpark.pile;

import cn.evpark.operator.CallerScope;
import cn.evpark.operator.Scope;
import cn.evpark.operator.ScopedQuery;
import cn.evpark.shared.DomainException;
import cn.evpark.shared.NotFoundException;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/** The device model catalogue: every account reads it, platform administrators keep it. */
@Stateless
public class DeviceModelService {

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @EJB CallerScope callers;

  public DeviceModel create(@Valid @NotNull DeviceModelDetails details) {
    callers.requirePlatformAdmin();
    if (findByName(details.protocol(), details.name().strip()).isPresent()) {
      throw new DeviceModelTakenException();
    }
    DeviceModel model = new DeviceModel(details, LocalDateTime.now(clock));
    em.persist(model);
    em.flush(); // the identity id, for the caller
    return model;
  }

  /** Deletes a model no pile uses. */
  public void delete(long id) {
    callers.requirePlatformAdmin();
    DeviceModel model = get(id);
    long used =
        // device models are the platform's: used by any operator's pile
        ScopedQuery.in(Scope.platform(), em)
            .from(Pile.class, "p")
            .where("p.deviceModel = :m")
            .select("count(p)", Long.class)
            .setParameter("m", model)
            .getSingleResult();
    if (used > 0) {
      throw new DeviceModelInUseException(used);
    }
    em.remove(model);
  }

  public List<DeviceModel> listAll() {
    return em.createQuery(
            "select m from DeviceModel m order by m.protocol, m.name", DeviceModel.class)
        .getResultList();
  }

  public DeviceModel get(long id) {
    return Optional.ofNullable(em.find(DeviceModel.class, id))
        .orElseThrow(() -> new NotFoundException("deviceModel.notFound", "no device model " + id));
  }

  public Optional<DeviceModel> findByName(DeviceProtocol protocol, String name) {
    return em.createQuery(
            "select m from DeviceModel m where m.protocol = :p and m.name = :n", DeviceModel.class)
        .setParameter("p", protocol)
        .setParameter("n", name)
        .getResultStream()
        .findFirst();
  }

  /** A model of this name exists already. */
  public static class DeviceModelTakenException extends DomainException {
    private static final long serialVersionUID = 1L;

    DeviceModelTakenException() {
      super("deviceModel.name.taken", "a device model of this protocol and name exists");
    }
  }

  /** Piles use the model. */
  public static class DeviceModelInUseException extends DomainException {
    private static final long serialVersionUID = 1L;

    DeviceModelInUseException(long piles) {
      super("deviceModel.inUse", piles + " piles use this device model");
    }
  }
}
