package cn.evpark.web.pile;

import cn.evpark.pile.GunQrCode;
import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;

/**
 * The printable images of the guns' QR codes (二维码下载), served by the API the pile page links to:
 * PNG, the code {@value #SIZE} px square (error correction level M, a quiet zone of 2 modules) with
 * the pile's code and the gun's number printed under it ({@link CodeLabel}, a band of {@value
 * #LABEL_HEIGHT} px), for printing and sticking on the pile: staff and drivers tell the stickers
 * apart (issue 18). What a code says is the domain's ({@link GunQrCode#content()}).
 */
public final class QrCodeImages {

  /** Width and height of a PNG, pixels. */
  static final int SIZE = 600;

  /** Height of the band under the code with the pile's code and the gun's number, pixels. */
  static final int LABEL_HEIGHT = 90;

  private QrCodeImages() {}

  /**
   * The PNG of a gun's QR code.
   *
   * @throws IllegalStateException when the content is too long for a QR code
   */
  public static byte[] png(GunQrCode code) {
    return render(code.content(), CodeLabel.text(code.pileCode(), code.gun()));
  }

  /** The file name of a gun's PNG, e.g. {@code 32010200000001-1.png}. */
  public static String fileName(GunQrCode code) {
    return code.pileCode() + "-" + code.gun() + ".png";
  }

  /** One ZIP with the PNG of each code, named by {@link #fileName}. */
  public static byte[] zip(List<GunQrCode> codes) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
      for (GunQrCode code : codes) {
        zip.putNextEntry(new ZipEntry(fileName(code)));
        zip.write(png(code));
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  private static byte[] render(String content, String label) {
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
      BufferedImage image =
          new BufferedImage(SIZE, SIZE + LABEL_HEIGHT, BufferedImage.TYPE_BYTE_GRAY);
      Graphics2D graphics = image.createGraphics();
      try {
        graphics.setColor(Color.WHITE);
        graphics.fillRect(0, 0, SIZE, SIZE + LABEL_HEIGHT);
        graphics.drawImage(MatrixToImageWriter.toBufferedImage(matrix), 0, 0, null);
        CodeLabel.draw(graphics, label, SIZE, SIZE - 10, LABEL_HEIGHT);
      } finally {
        graphics.dispose();
      }
      ByteArrayOutputStream png = new ByteArrayOutputStream();
      ImageIO.write(image, "PNG", png);
      return png.toByteArray();
    } catch (WriterException | IOException e) {
      throw new IllegalStateException("QR code of " + content + " cannot be drawn", e);
    }
  }
}
