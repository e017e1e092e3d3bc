package cn.evpark.pile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import cn.evpark.shared.NotFoundException;
import cn.evpark.ykc.protocol.PileCode;
import java.util.List;
import org.junit.jupiter.api.Test;

class PileQrCodesTest {

  static PileQrCodes qrCodes(String url) {
    PileQrCodes codes = new PileQrCodes();
    codes.driverAppUrl = url;
    return codes;
  }

  /** QR codes over one two-gun pile, {@link PileTest#pile()}, whatever id or station is asked. */
  static PileQrCodes qrCodesOfOnePile() {
    Pile pile = PileTest.pile();
    PileQrCodes codes = qrCodes("https://driver.example.com/charge");
    codes.piles =
        new PileService() {
          @Override
          public Pile get(long id) {
            return pile;
          }

          @Override
          public List<Pile> ofStation(long stationId) {
            return List.of(pile);
          }
        };
    return codes;
  }

  @Test
  void content_isTheDriverAppUrl_withPileAndGun() {
    assertThat(
            qrCodes("https://driver.example.com/charge").content(PileCode.of("32010200000001"), 2))
        .isEqualTo("https://driver.example.com/charge?pile=32010200000001&gun=2");
    assertThat(qrCodes("https://x.cn/s?from=qr").content(PileCode.of("32010200000001"), 1))
        .isEqualTo("https://x.cn/s?from=qr&pile=32010200000001&gun=1");
  }

  @Test
  void prefixes_endWhereThePileAppendsItsCode() {
    PileQrCodes codes = qrCodes("https://driver.example.com/charge");

    assertThat(codes.pilePrefix()).isEqualTo("https://driver.example.com/charge?pile=");
    assertThat(codes.gunPrefix()).isEqualTo("https://driver.example.com/charge?pileGun=");
  }

  @Test
  void ofGun_isThatGunsContent() {
    assertThat(qrCodesOfOnePile().ofGun(1, 2))
        .isEqualTo(
            new GunQrCode(
                "32010200000001",
                2,
                "https://driver.example.com/charge?pile=32010200000001&gun=2"));
  }

  @Test
  void ofGun_aGunThePileHasNot_isNotFound() {
    PileQrCodes codes = qrCodesOfOnePile();

    for (int gun : new int[] {0, 3}) {
      assertThatThrownBy(() -> codes.ofGun(1, gun))
          .isInstanceOf(NotFoundException.class)
          .extracting(e -> ((NotFoundException) e).code())
          .isEqualTo("gun.notFound");
    }
  }

  @Test
  void ofStation_isEveryGunOfEveryPile() {
    assertThat(qrCodesOfOnePile().ofStation(1))
        .extracting(GunQrCode::pileCode, GunQrCode::gun)
        .containsExactly(tuple("32010200000001", 1), tuple("32010200000001", 2));
  }
}
