package cn.evpark.charging;

import cn.evpark.pile.Pile;
import cn.evpark.pile.PileLiveStates;
import cn.evpark.pile.PileService;
import cn.evpark.shared.BusinessCalendar;
import cn.evpark.shared.Money;
import cn.evpark.shared.NotFoundException;
import cn.evpark.tariff.FeeSchedule;
import cn.evpark.tariff.StationSchedules;
import cn.evpark.ykc.api.GunState;
import cn.evpark.ykc.protocol.PileCode;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

/** What a QR scan of a gun shows a driver ({@link GunQuote}). */
@Stateless
public class GunQuotes {

  @Inject Clock clock;
  @EJB PileService piles;
  @EJB PileLiveStates live;
  @EJB StationSchedules schedules;

  /**
   * The gun's quote now.
   *
   * @throws NotFoundException when the pile is not registered or has no such gun
   */
  public GunQuote quote(String pileCode, int gun) {
    PileCode code =
        PileCodes.parse(pileCode)
            .orElseThrow(() -> new NotFoundException("pile.gun.notFound", "no pile " + pileCode));
    Pile pile =
        piles
            .findForCharging(code)
            .filter(p -> gun >= 1 && gun <= p.getGunCount())
            .orElseThrow(
                () -> new NotFoundException("pile.gun.notFound", "no gun " + gun + " at " + code));
    GunState state =
        live.of(code).filter(s -> s.online()).map(s -> s.gun(gun)).orElse(GunState.OFFLINE);
    Optional<FeeSchedule> schedule = schedules.current(pile.getStation().getId());
    LocalTime now = clock.instant().atZone(BusinessCalendar.ZONE).toLocalTime();
    return new GunQuote(
        pile.getStation().getName(),
        code.value(),
        gun,
        state.name(),
        schedule.map(s -> s.segmentAt(now).prices()),
        schedule.map(FeeSchedule::segments).orElse(List.of()),
        new Money(pile.getMinStartAmount()));
  }
}
