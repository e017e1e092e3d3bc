package cn.evpark.operator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.evpark.pile.DeviceModel;
import cn.evpark.pile.Pile;
import cn.evpark.station.Station;
import jakarta.persistence.EntityManager;
import java.lang.reflect.Proxy;
import org.junit.jupiter.api.Test;

class ScopedQueryTest {

  /** Only the text is looked at: nothing is run. */
  private static final EntityManager NO_DATABASE =
      (EntityManager)
          Proxy.newProxyInstance(
              ScopedQueryTest.class.getClassLoader(),
              new Class<?>[] {EntityManager.class},
              (proxy, method, arguments) -> {
                throw new UnsupportedOperationException(method.getName());
              });

  @Test
  void operatorScope_addsTheOwnersPredicate_asAParameter() {
    String jpql =
        ScopedQuery.in(Scope.operator(7), NO_DATABASE)
            .from(Station.class, "s")
            .join("join fetch s.operator")
            .where("lower(s.name) like :name")
            .orderBy("s.id desc")
            .jpql("s");

    assertThat(jpql)
        .isEqualTo(
            "select s from Station s join fetch s.operator"
                + " where s.operator.id = :scopeOperatorId and (lower(s.name) like :name)"
                + " order by s.id desc")
        .doesNotContain("7");
  }

  @Test
  void ownerPath_comesFromTheEntity() {
    assertThat(
            ScopedQuery.in(Scope.operator(7), NO_DATABASE).from(Pile.class, "p").jpql("count(p)"))
        .isEqualTo("select count(p) from Pile p where p.station.operator.id = :scopeOperatorId");
  }

  @Test
  void platformScope_addsNoPredicate() {
    assertThat(
            ScopedQuery.in(Scope.platform(), NO_DATABASE)
                .from(Pile.class, "p")
                .join(", PileTransactionRecord r")
                .where("p.code = r.pileCode")
                .jpql("p.code"))
        .isEqualTo(
            "select p.code from Pile p, PileTransactionRecord r where (p.code = r.pileCode)");
  }

  @Test
  void entityWithoutAnOperator_isRefused() {
    assertThatThrownBy(
            () -> ScopedQuery.in(Scope.platform(), NO_DATABASE).from(DeviceModel.class, "m"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("DeviceModel");
  }
}
