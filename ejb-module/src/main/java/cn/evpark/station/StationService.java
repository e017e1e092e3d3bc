package cn.evpark.station;

import cn.evpark.operator.Operator;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/** Stations. */
@Stateless
public class StationService {

  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  public Station create(Operator operator, String name, String address) {
    Station station = new Station(operator, name, address, LocalDateTime.now(clock));
    em.persist(station);
    return station;
  }

  public Optional<Station> find(long id) {
    return Optional.ofNullable(em.find(Station.class, id));
  }

  public long count() {
    return em.createQuery("select count(s) from Station s", Long.class).getSingleResult();
  }

  public List<Station> listAll() {
    return em.createQuery("select s from Station s order by s.id", Station.class).getResultList();
  }
}
