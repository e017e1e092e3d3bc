package cn.evpark.pile;

import cn.evpark.shared.NotFoundException;
import cn.evpark.ykc.protocol.PileCode;
import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The QR codes drivers scan to charge (二维码下载): one per gun, whose content is the driver app's URL
 * ({@code ykc.driver-app.url}) with the pile code and the gun, e.g. {@code
 * https://driver.example.com/charge?pile=32010200000001&gun=1}. PNG, 600 px, error correction level
 * M, for printing and sticking on the pile.
 *
 * <p>A pile with a screen builds its own codes from a prefix (桩/枪二维码下发, 0xF0): {@link
 * #pilePrefix()} + pile code for the pile's code, {@link #gunPrefix()} + pile code + two-digit gun
 * number for a gun's, as YKC firmware appends them; the driver app reads both forms.
 */
@Stateless
public class PileQrCodes {

  static final int SIZE = 600;

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

  /** The PNG of one gun of a pile the caller may see. */
  public byte[] png(long pileId, int gun) {
    Pile pile = piles.get(pileId);
    if (gun < 1 || gun > pile.getGunCount()) {
      throw new NotFoundException("gun.notFound", "the pile has no gun " + gun);
    }
    return render(content(pile.getCode(), gun));
  }

  /** The file name of a gun's PNG, e.g. {@code 32010200000001-1.png}. */
  public static String fileName(PileCode code, int gun) {
    return code.value() + "-" + gun + ".png";
  }

  /** The file name of the PNG of a gun of the pile, e.g. {@code 32010200000001-1.png}. */
  public static String fileName(Pile pile, int gun) {
    return fileName(pile.getCode(), gun);
  }

  /** One ZIP with the PNG of every gun of every pile of a station the caller may see. */
  public byte[] zipOfStation(long stationId) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
      for (Pile pile : piles.ofStation(stationId)) {
        for (int gun = 1; gun <= pile.getGunCount(); gun++) {
          zip.putNextEntry(new ZipEntry(fileName(pile.getCode(), gun)));
          zip.write(render(content(pile.getCode(), gun)));
          zip.closeEntry();
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  static byte[] render(String content) {
    try {
      var matrix =
          new QRCodeWriter()
              .encode(
                  content,
                  BarcodeFormat.QR_CODE,
                  SIZE,
                  SIZE,
                  Map.of(
                      EncodeHintType.ERROR_CORRECTION,
                      ErrorCorrectionLevel.M,
                      EncodeHintType.CHARACTER_SET,
                      "UTF-8",
                      EncodeHintType.MARGIN,
                      2));
      ByteArrayOutputStream png = new ByteArrayOutputStream();
      MatrixToImageWriter.writeToStream(matrix, "PNG", png);
      return png.toByteArray();
    } catch (WriterException | IOException e) {
      throw new IllegalStateException("QR code of " + content + " cannot be drawn", e);
    }
  }

  private String separator() {
    return driverAppUrl.contains("?") ? "&" : "?";
  }
}
