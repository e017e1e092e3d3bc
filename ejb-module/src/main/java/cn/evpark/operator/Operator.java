package cn.evpark.operator;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A charging operator (运营商): the tenant that owns stations and employs staff. Every station, pile
 * and order belongs to exactly one operator, and operator staff see only their own.
 */
@Entity
@OperatorOwned("id")
@Table(name = "operator")
public class Operator {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 100, unique = true)
  private String name;

  @Column(name = "created_at", nullable = false)
  private LocalDateTime createdAt;

  @Version private long version;

  protected Operator() {}

  public Operator(String name, LocalDateTime createdAt) {
    this.name = Objects.requireNonNull(name).strip();
    this.createdAt = Objects.requireNonNull(createdAt);
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public LocalDateTime getCreatedAt() {
    return createdAt;
  }
}
