package cn.evpark.wallet;

import cn.evpark.shared.PlateNumbers;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A driver (车主): one person on the whole platform, by mainland mobile number, with up to five
 * plates (money.md §1). The driver's money is in ledger accounts, one wallet per operator.
 */
@Entity
@Table(name = "driver")
public class Driver {

  /** A mainland mobile number: 11 digits starting 13–19. */
  static final Pattern PHONE = Pattern.compile("1[3-9][0-9]{9}");

  /** The most plates a driver keeps. */
  public static final int MAX_PLATES = 5;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 11, unique = true, updatable = false)
  private String phone;

  @ElementCollection
  @CollectionTable(name = "driver_plate", joinColumns = @JoinColumn(name = "driver_id"))
  @Column(name = "plate", length = 8)
  private List<String> plates = new ArrayList<>();

  @Column(name = "created_at", nullable = false)
  private LocalDateTime createdAt;

  @Version private long version;

  protected Driver() {}

  /**
   * The phone as stored, or refused.
   *
   * @throws InvalidDriverException when {@code phone} is not 11 digits starting 13–19
   */
  public static String checkedPhone(String phone) {
    String trimmed = phone == null ? "" : phone.strip();
    if (!PHONE.matcher(trimmed).matches()) {
      throw new InvalidDriverException(
          "phone",
          "driver.phone.invalid",
          "a mobile number is 11 digits starting 13 to 19: " + phone);
    }
    return trimmed;
  }

  /**
   * Replaces the driver's plates (upper-cased, duplicates removed, order kept).
   *
   * @throws InvalidDriverException when a plate is malformed or there are more than five
   */
  public void replacePlates(List<String> newPlates) {
    LinkedHashSet<String> checked = new LinkedHashSet<>();
    for (String plate : newPlates) {
      String normalised = PlateNumbers.normalise(plate);
      if (!PlateNumbers.isPlate(normalised)) {
        throw new InvalidDriverException(
            "plates",
            "driver.plate.invalid",
            "not a plate (7 characters, 8 for new energy): " + plate);
      }
      checked.add(normalised);
    }
    if (checked.size() > MAX_PLATES) {
      throw new InvalidDriverException(
          "plates", "driver.plate.tooMany", "a driver has at most " + MAX_PLATES + " plates");
    }
    plates.clear();
    plates.addAll(checked);
  }

  public Long getId() {
    return id;
  }

  public String getPhone() {
    return phone;
  }

  public List<String> getPlates() {
    return Collections.unmodifiableList(plates);
  }

  /** UTC. */
  public LocalDateTime getCreatedAt() {
    return createdAt;
  }
}
