package cn.evpark.tariff;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The last billing-model number given out (a single row). Numbers go round 0001 … 9998; 0000 is
 * what a pile without a model reports and 9999 is the free model.
 */
@Entity
@Table(name = "billing_model_counter")
class BillingModelCounter {

  static final int ROW = 1;
  static final int FIRST = 1;
  static final int LAST = 9998;

  @Id private int id;

  @Column(name = "last_number", nullable = false)
  private int lastNumber;

  protected BillingModelCounter() {}

  /** The number after {@code number}, going round after {@link #LAST}. */
  static int after(int number) {
    return number >= LAST ? FIRST : number + 1;
  }

  int getLastNumber() {
    return lastNumber;
  }

  void setLastNumber(int number) {
    this.lastNumber = number;
  }
}
