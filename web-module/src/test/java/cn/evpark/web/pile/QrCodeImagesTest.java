package cn.evpark.web.pile;

import static org.assertj.core.api.Assertions.assertThat;

import cn.evpark.pile.GunQrCode;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class QrCodeImagesTest {

  static final GunQrCode GUN_1 =
      new GunQrCode(
          "32010200000001", 1, "https://driver.example.com/charge?pile=32010200000001&gun=1");
  static final GunQrCode GUN_2 =
      new GunQrCode(
          "32010200000001", 2, "https://driver.example.com/charge?pile=32010200000001&gun=2");

  @Test
  void png_decodesToItsContent() throws Exception {
    byte[] png = QrCodeImages.png(GUN_1);

    var image = ImageIO.read(new ByteArrayInputStream(png));
    assertThat(image.getWidth()).isEqualTo(QrCodeImages.SIZE);
    assertThat(decode(png)).isEqualTo(GUN_1.content());
  }

  @Test
  void fileName_isPileCodeAndGun() {
    assertThat(QrCodeImages.fileName(GUN_2)).isEqualTo("32010200000001-2.png");
  }

  @Test
  void zip_holdsEachGunsPng_byItsFileName() throws Exception {
    List<String> names = new ArrayList<>();
    List<String> contents = new ArrayList<>();
    try (ZipInputStream zip =
        new ZipInputStream(new ByteArrayInputStream(QrCodeImages.zip(List.of(GUN_1, GUN_2))))) {
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        names.add(entry.getName());
        contents.add(decode(zip.readAllBytes()));
      }
    }

    assertThat(names).containsExactly("32010200000001-1.png", "32010200000001-2.png");
    assertThat(contents).containsExactly(GUN_1.content(), GUN_2.content());
  }

  private static String decode(byte[] png) throws Exception {
    var image = ImageIO.read(new ByteArrayInputStream(png));
    return new QRCodeReader()
        .decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))))
        .getText();
  }
}
