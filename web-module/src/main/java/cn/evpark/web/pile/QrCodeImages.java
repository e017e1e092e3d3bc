package cn.evpark.web.pile;

import cn.evpark.pile.GunQrCode;
import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The printable images of the guns' QR codes (二维码下载), served by the API the pile page links to:
 * PNG, {@value #SIZE} px square, error correction level M, a quiet zone of 2 modules, for printing
 * and sticking on the pile. What a code says is the domain's ({@link GunQrCode#content()}).
 */
public final class QrCodeImages {

  /** Width and height of a PNG, pixels. */
  static final int SIZE = 600;

  private QrCodeImages() {}

  /**
   * The PNG of a gun's QR code.
   *
   * @throws IllegalStateException when the content is too long for a QR code
   */
  public static byte[] png(GunQrCode code) {
    return render(code.content());
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

  private static byte[] render(String content) {
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
}
