package cn.evpark.startup;

import cn.evpark.operator.CallerScope;
import cn.evpark.operator.Operator;
import cn.evpark.operator.OperatorService;
import cn.evpark.pile.DeviceModel;
import cn.evpark.pile.DeviceModelDetails;
import cn.evpark.pile.DeviceModelService;
import cn.evpark.pile.DeviceProtocol;
import cn.evpark.pile.PileCategory;
import cn.evpark.pile.PileDetails;
import cn.evpark.pile.PileKind;
import cn.evpark.pile.PileService;
import cn.evpark.shared.Money;
import cn.evpark.station.Scenario;
import cn.evpark.station.Station;
import cn.evpark.station.StationDetails;
import cn.evpark.station.StationService;
import cn.evpark.tariff.DemoTariff;
import cn.evpark.wallet.Driver;
import cn.evpark.wallet.Drivers;
import cn.evpark.wallet.Wallets;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.math.BigDecimal;
import java.util.logging.Logger;

/**
 * The demo operator (ykc.demo=true): one station with the registered piles 32010200000001 …
 * 32010200000010 (eight AC with one gun, two DC with two), so a pile simulator can log in at once;
 * and the two device models they are of. The station charges by the manual's example standard, so
 * the piles get a billing model. The demo driver 13800000000 has 100.00 yuan in the operator's
 * wallet, so a QR start works at once.
 *
 * <p>Created at start-up, where there is no caller: it runs as the platform ({@link
 * CallerScope#PLATFORM}), which may create operators and act for any of them.
 */
@RunAs(CallerScope.PLATFORM)
@Stateless
public class DemoData {

  static final String OPERATOR = "演示运营商";
  static final long FIRST_PILE = 32010200000001L;
  static final int PILES = 10;

  /** The demo driver (log in with a code from the server log) and the wallet's balance. */
  static final String DEMO_DRIVER = "13800000000";

  static final Money DEMO_BALANCE = Money.of("100.00");

  private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

  @EJB OperatorService operators;
  @EJB StationService stations;
  @EJB PileService piles;
  @EJB DeviceModelService models;
  @EJB DemoTariff demoTariff;
  @EJB Drivers drivers;
  @EJB Wallets wallets;

  /** Creates the demo operator, station and piles unless the demo operator exists. */
  public void createIfAbsent() {
    if (operators.findByName(OPERATOR).isPresent()) {
      return;
    }
    Operator operator = operators.create(OPERATOR);
    DeviceModel ac =
        models.create(
            new DeviceModelDetails(
                DeviceProtocol.YKC, "AC-7kW", PileKind.AC, 1, new BigDecimal("7.00")));
    DeviceModel dc =
        models.create(
            new DeviceModelDetails(
                DeviceProtocol.YKC, "DC-120kW", PileKind.DC, 2, new BigDecimal("120.00")));
    Station station =
        stations.create(
            operator.getId(),
            new StationDetails(
                "上海市黄浦区联谊大厦充电站",
                "310000",
                "310100",
                "310101",
                "延安东路618号",
                new BigDecimal("31.230416"),
                new BigDecimal("121.483701"),
                Scenario.OFFICE,
                "13800138000"));
    demoTariff.chargeByManualExample(operator, station);
    for (int i = 0; i < PILES; i++) {
      DeviceModel model = i < 8 ? ac : dc;
      piles.register(
          new PileDetails(
              station.getId(),
              model.getId(),
              Long.toString(FIRST_PILE + i),
              PileDetails.DEFAULT_MIN_START_AMOUNT,
              true,
              PileCategory.PUBLIC,
              "B1-" + (101 + i),
              ""));
    }
    Driver driver = drivers.register(DEMO_DRIVER);
    wallets.staffTopUp(
        operator.getId(), driver.getId(), DEMO_BALANCE, "demo", "platform", "demo-driver");
    LOG.info(
        () ->
            "Created the demo driver "
                + DEMO_DRIVER
                + " with "
                + DEMO_BALANCE
                + " yuan in the demo operator's wallet");
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
