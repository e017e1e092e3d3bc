package cn.evpark.pile;

import static org.assertj.core.api.Assertions.assertThat;

import cn.evpark.ykc.protocol.PileCode;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.io.ByteArrayInputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class PileQrCodesTest {

  static PileQrCodes qrCodes(String url) {
    PileQrCodes codes = new PileQrCodes();
    codes.driverAppUrl = url;
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
  void png_decodesToItsContent() throws Exception {
    String content = "https://driver.example.com/charge?pile=32010200000001&gun=1";

    byte[] png = PileQrCodes.render(content);

    var image = ImageIO.read(new ByteArrayInputStream(png));
    assertThat(image.getWidth()).isEqualTo(PileQrCodes.SIZE);
    String decoded =
        new QRCodeReader()
            .decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))))
            .getText();
    assertThat(decoded).isEqualTo(content);
  }
}
