package cn.evpark.startup;

import cn.evpark.operator.Operator;
import cn.evpark.operator.OperatorService;
import cn.evpark.pile.PileKind;
import cn.evpark.pile.PileService;
import cn.evpark.station.Station;
import cn.evpark.station.StationService;
import cn.evpark.tariff.DemoTariff;
import cn.evpark.ykc.protocol.PileCode;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.util.logging.Logger;

/**
 * The demo operator (ykc.demo=true): one station with the registered piles 32010200000001 …
 * 32010200000010, so a pile simulator can log in at once, charging by the manual's example standard
 * so the piles get a billing model.
 */
@Stateless
public class DemoData {

  static final String OPERATOR = "演示运营商";
  static final long FIRST_PILE = 32010200000001L;
  static final int PILES = 10;

  private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

  @EJB OperatorService operators;
  @EJB StationService stations;
  @EJB PileService piles;
  @EJB DemoTariff demoTariff;

  /** Creates the demo operator, station and piles unless the demo operator exists. */
  public void createIfAbsent() {
    if (operators.findByName(OPERATOR).isPresent()) {
      return;
    }
    Operator operator = operators.create(OPERATOR);
    Station station = stations.create(operator, "上海市黄浦区联谊大厦充电站", "上海市黄浦区延安东路618号");
    demoTariff.chargeByManualExample(operator, station);
    for (int i = 0; i < PILES; i++) {
      PileKind kind = i < 8 ? PileKind.AC : PileKind.DC;
      piles.register(
          station, new PileCode(Long.toString(FIRST_PILE + i)), kind, kind == PileKind.AC ? 1 : 2);
    }
    LOG.info(
        () ->
            "Created the demo operator with station '"
                + station.getName()
                + "' and piles "
                + FIRST_PILE
                + " … "
                + (FIRST_PILE + PILES - 1));
  }
}
