package cn.evpark.parking;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The photos of the parking devices, as files under the data directory ({@code parking.md §1}), not
 * in database rows: {@code <ykc.data-dir>/parking-photos/<yyyy-MM-dd>/<uuid>.<jpg|png>}. A photo's
 * name is all a row keeps. Several instances share photos only when they share the directory (a
 * network file system); {@code ykc.data-dir} defaults to {@code evpark-data} in the user's home.
 */
@Stateless
public class PhotoStore {

  @Inject
  @ConfigProperty(name = "ykc.data-dir", defaultValue = " ")
  String dataDir;

  /**
   * Stores a photo.
   *
   * @param extension {@code jpg} or {@code png}
   * @param day the day it was taken, Asia/Shanghai: the folder it goes in
   * @return its name, {@code 2026-12-01/<uuid>.jpg}
   * @throws UncheckedIOException when the file cannot be written
   */
  public String save(byte[] photo, String extension, LocalDate day) {
    String name = day + "/" + UUID.randomUUID() + "." + extension;
    Path file = root().resolve(name);
    try {
      Files.createDirectories(file.getParent());
      Files.write(file, photo);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot store photo " + file, e);
    }
    return name;
  }

  /**
   * A stored photo's bytes.
   *
   * @throws UncheckedIOException when it is gone or unreadable
   */
  public byte[] read(String name) {
    Path file = root().resolve(name).normalize();
    if (!file.startsWith(root())) {
      throw new IllegalArgumentException("not a photo name: " + name);
    }
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read photo " + file, e);
    }
  }

  private Path root() {
    Path base =
        dataDir.isBlank()
            ? Path.of(System.getProperty("user.home"), "evpark-data")
            : Path.of(dataDir.strip());
    return base.resolve("parking-photos").toAbsolutePath().normalize();
  }
}
