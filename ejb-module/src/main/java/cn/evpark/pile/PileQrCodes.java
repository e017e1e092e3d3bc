package cn.evpark.pile;

import cn.evpark.shared.NotFoundException;
import cn.evpark.ykc.protocol.PileCode;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.stream.IntStream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The QR codes drivers scan to charge (二维码下载): one per gun, whose content is the driver app's URL
 * ({@code ykc.driver-app.url}) with the pile code and the gun, e.g. {@code
 * https://driver.example.com/charge?pile=32010200000001&gun=1}. This is what the codes say; the
 * edge draws them for printing and sticking on the pile.
 *
 * <p>A pile with a screen builds its own codes from a prefix (桩/枪二维码下发, 0xF0): {@link
 * #pilePrefix()} + pile code for the pile's code, {@link #gunPrefix()} + pile code + two-digit gun
 * number for a gun's, as YKC firmware appends them; the driver app reads both forms.
 */
@Stateless
public class PileQrCodes {

  @Inject
  @ConfigProperty(name = "ykc.driver-app.url", defaultValue = "https://driver.example.com/charge")
  String driverAppUrl;

  @EJB PileService piles;

  /** What the QR code of a gun says. */
  public String content(PileCode code, int gun) {
    return driverAppUrl + separator() + "pile=" + code.value() + "&gun=" + gun;
  }

  /** The prefix of 桩二维码下发. */
  public String pilePrefix() {
    return driverAppUrl + separator() + "pile=";
  }

  /** The prefix of 枪二维码下发. */
  public String gunPrefix() {
    return driverAppUrl + separator() + "pileGun=";
  }

  /**
   * The QR code of one gun of a pile the caller may see.
   *
   * @throws NotFoundException when the pile is not in the caller's scope ({@code pile.notFound}) or
   *     has no such gun ({@code gun.notFound})
   */
  public GunQrCode ofGun(long pileId, int gun) {
    Pile pile = piles.get(pileId);
    if (gun < 1 || gun > pile.getGunCount()) {
      throw new NotFoundException("gun.notFound", "the pile has no gun " + gun);
    }
    return of(pile, gun);
  }

  /**
   * The QR codes of every gun of every pile of a station the caller may see, by pile code and gun.
   *
   * @throws NotFoundException when the station is not in the caller's scope
   */
  public List<GunQrCode> ofStation(long stationId) {
    return piles.ofStation(stationId).stream()
        .flatMap(pile -> IntStream.rangeClosed(1, pile.getGunCount()).mapToObj(g -> of(pile, g)))
        .toList();
  }

  private GunQrCode of(Pile pile, int gun) {
    return new GunQrCode(pile.codeDigits(), gun, content(pile.getCode(), gun));
  }

  private String separator() {
    return driverAppUrl.contains("?") ? "&" : "?";
  }
}
