package cn.evpark.tariff;

import cn.evpark.operator.Operator;
import cn.evpark.station.Station;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.List;

/**
 * The demo station's tariff (ykc.demo=true): the manual's example standard (二、2.1.1, 临时用户充电费), so
 * the demo piles get a billing model and can charge.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class DemoTariff {

  /** The manual's example; its service prices are the demo's own. */
  static final List<SegmentInput> MANUAL_EXAMPLE =
      List.of(
          SegmentInput.of("平", "00:00", "0.8", "0.4"),
          SegmentInput.of("峰", "10:00", "0.9", "0.5"),
          SegmentInput.of("尖", "17:00", "1", "0.8"),
          SegmentInput.of("谷", "22:00", "0.5", "0.3"));

  @EJB ChargingFeeStandardService standards;
  @EJB StationTariffService stationTariffs;

  /** Gives the demo station, just created in the calling transaction, its standard. */
  public void chargeByManualExample(Operator operator, Station station) {
    ChargingFeeStandard standard = standards.create(operator.getId(), "临时用户充电费", MANUAL_EXAMPLE);
    stationTariffs.chargeBy(station.getId(), standard.getId());
  }
}
