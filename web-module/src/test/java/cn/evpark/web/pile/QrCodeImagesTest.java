package cn.evpark.web.pile;

import static org.assertj.core.api.Assertions.assertThat;

import cn.evpark.pile.GunQrCode;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
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

  /** Issue 18: the printed code carries the pile's code and the gun's number under it. */
  @Test
  void png_printsPileCodeAndGunUnderTheCode() throws Exception {
    var gun1 = ImageIO.read(new ByteArrayInputStream(QrCodeImages.png(GUN_1)));
    var gun2 = ImageIO.read(new ByteArrayInputStream(QrCodeImages.png(GUN_2)));
    Files.createDirectories(Path.of("target"));
    ImageIO.write(gun1, "PNG", Path.of("target", "qr-label-gun1.png").toFile());

    assertThat(gun1.getHeight()).isEqualTo(QrCodeImages.SIZE + QrCodeImages.LABEL_HEIGHT);
    assertThat(darkPixelsBelow(gun1, QrCodeImages.SIZE)).isPositive();
    assertThat(band(gun1)).isNotEqualTo(band(gun2));
    assertThat(CodeLabel.text(GUN_2.pileCode(), GUN_2.gun())).isEqualTo("32010200000001-2");
  }

  private static int darkPixelsBelow(java.awt.image.BufferedImage image, int top) {
    int dark = 0;
    for (int y = top; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        if ((image.getRGB(x, y) & 0xFF) < 128) {
          dark++;
        }
      }
    }
    return dark;
  }

  private static java.util.List<Integer> band(java.awt.image.BufferedImage image) {
    java.util.List<Integer> pixels = new java.util.ArrayList<>();
    for (int y = QrCodeImages.SIZE; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        pixels.add(image.getRGB(x, y));
      }
    }
    return pixels;
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
