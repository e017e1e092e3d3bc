package cn.evpark.station;

import cn.evpark.operator.Operator;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A charging station (电站) in a parking lot, owned by one operator. A station is never deleted once
 * created (manual 3.4, "电站不可删除"): only edited.
 */
@Entity
@Table(name = "station")
public class Station {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "operator_id", nullable = false)
  private Operator operator;

  @Column(nullable = false, length = 100)
  private String name;

  @Column(nullable = false, length = 255)
  private String address;

  @Column(name = "created_at", nullable = false)
  private LocalDateTime createdAt;

  @Version private long version;

  protected Station() {}

  public Station(Operator operator, String name, String address, LocalDateTime createdAt) {
    this.operator = Objects.requireNonNull(operator);
    this.name = Objects.requireNonNull(name).strip();
    this.address = Objects.requireNonNull(address).strip();
    this.createdAt = Objects.requireNonNull(createdAt);
  }

  public Long getId() {
    return id;
  }

  public Operator getOperator() {
    return operator;
  }

  public String getName() {
    return name;
  }

  public String getAddress() {
    return address;
  }

  public LocalDateTime getCreatedAt() {
    return createdAt;
  }
}
