-- Tariffs (issue 8): charging fee standards with their segments, reservation and occupancy fee
-- rules, each station's tariff settings, billing-model numbers and what each pile holds.
-- Written in the SQL that MariaDB and H2 (MODE=MariaDB) both accept. Times are UTC.

CREATE TABLE charging_fee_standard (
  id            BIGINT       NOT NULL AUTO_INCREMENT,
  operator_id   BIGINT       NOT NULL,
  name          VARCHAR(100) NOT NULL,
  model_number  CHAR(4)      NOT NULL,
  created_at    DATETIME(6)  NOT NULL,
  updated_at    DATETIME(6)  NOT NULL,
  version       BIGINT       NOT NULL DEFAULT 0,
  CONSTRAINT pk_charging_fee_standard PRIMARY KEY (id),
  CONSTRAINT uk_charging_fee_standard_name UNIQUE (operator_id, name),
  CONSTRAINT fk_charging_fee_standard_operator FOREIGN KEY (operator_id) REFERENCES operator (id)
);

-- start_minute/end_minute: minutes after local midnight, on half hours, end up to 1440 (24:00).
CREATE TABLE charging_fee_segment (
  standard_id   BIGINT        NOT NULL,
  position      INT           NOT NULL,
  rate_type     VARCHAR(8)    NOT NULL,
  start_minute  INT           NOT NULL,
  end_minute    INT           NOT NULL,
  electricity   DECIMAL(7,5)  NOT NULL,
  service       DECIMAL(7,5)  NOT NULL,
  CONSTRAINT pk_charging_fee_segment PRIMARY KEY (standard_id, position),
  CONSTRAINT fk_charging_fee_segment_standard FOREIGN KEY (standard_id)
    REFERENCES charging_fee_standard (id) ON DELETE CASCADE
);

CREATE TABLE reservation_rule (
  id           BIGINT       NOT NULL AUTO_INCREMENT,
  operator_id  BIGINT       NOT NULL,
  name         VARCHAR(100) NOT NULL,
  daily_limit  INT          NOT NULL,
  created_at   DATETIME(6)  NOT NULL,
  updated_at   DATETIME(6)  NOT NULL,
  version      BIGINT       NOT NULL DEFAULT 0,
  CONSTRAINT pk_reservation_rule PRIMARY KEY (id),
  CONSTRAINT uk_reservation_rule_name UNIQUE (operator_id, name),
  CONSTRAINT fk_reservation_rule_operator FOREIGN KEY (operator_id) REFERENCES operator (id)
);

CREATE TABLE reservation_rule_tier (
  rule_id   BIGINT         NOT NULL,
  position  INT            NOT NULL,
  minutes   INT            NOT NULL,
  fee       DECIMAL(10,2)  NOT NULL,
  CONSTRAINT pk_reservation_rule_tier PRIMARY KEY (rule_id, position),
  CONSTRAINT fk_reservation_rule_tier_rule FOREIGN KEY (rule_id)
    REFERENCES reservation_rule (id) ON DELETE CASCADE
);

CREATE TABLE occupancy_rule (
  id                            BIGINT         NOT NULL AUTO_INCREMENT,
  operator_id                   BIGINT         NOT NULL,
  name                          VARCHAR(100)   NOT NULL,
  charge_type                   VARCHAR(16)    NOT NULL,
  deposit                       DECIMAL(10,2)  NOT NULL,
  with_order_free_minutes       INT            NOT NULL,
  with_order_period_minutes     INT            NOT NULL,
  with_order_period_fee         DECIMAL(10,2)  NOT NULL,
  without_order_free_minutes    INT            NOT NULL,
  without_order_period_minutes  INT            NOT NULL,
  without_order_period_fee      DECIMAL(10,2)  NOT NULL,
  created_at                    DATETIME(6)    NOT NULL,
  updated_at                    DATETIME(6)    NOT NULL,
  version                       BIGINT         NOT NULL DEFAULT 0,
  CONSTRAINT pk_occupancy_rule PRIMARY KEY (id),
  CONSTRAINT uk_occupancy_rule_name UNIQUE (operator_id, name),
  CONSTRAINT fk_occupancy_rule_operator FOREIGN KEY (operator_id) REFERENCES operator (id)
);

-- A station's 费率设置; no row means nothing configured yet.
CREATE TABLE station_tariff (
  station_id             BIGINT       NOT NULL,
  charging_standard_id   BIGINT       NULL,
  charging_free          BOOLEAN      NOT NULL,
  reservation_rule_id    BIGINT       NULL,
  reservation_published  BOOLEAN      NOT NULL,
  occupancy_rule_id      BIGINT       NULL,
  occupancy_effective    BOOLEAN      NOT NULL,
  updated_at             DATETIME(6)  NOT NULL,
  version                BIGINT       NOT NULL DEFAULT 0,
  CONSTRAINT pk_station_tariff PRIMARY KEY (station_id),
  CONSTRAINT fk_station_tariff_station FOREIGN KEY (station_id) REFERENCES station (id),
  CONSTRAINT fk_station_tariff_standard FOREIGN KEY (charging_standard_id)
    REFERENCES charging_fee_standard (id),
  CONSTRAINT fk_station_tariff_reservation FOREIGN KEY (reservation_rule_id)
    REFERENCES reservation_rule (id),
  CONSTRAINT fk_station_tariff_occupancy FOREIGN KEY (occupancy_rule_id)
    REFERENCES occupancy_rule (id)
);

-- The last billing-model number given to a standard's schedule (one row).
CREATE TABLE billing_model_counter (
  id           INT  NOT NULL,
  last_number  INT  NOT NULL,
  CONSTRAINT pk_billing_model_counter PRIMARY KEY (id)
);
INSERT INTO billing_model_counter (id, last_number) VALUES (1, 0);

-- What each pile holds (0x05/0x0A/0x57) and how the last push (0x58) went.
CREATE TABLE pile_billing_model (
  pile_id        BIGINT       NOT NULL,
  held_number    CHAR(4)      NULL,
  held_since     DATETIME(6)  NULL,
  pushed_number  CHAR(4)      NULL,
  pushed_at      DATETIME(6)  NULL,
  push_outcome   VARCHAR(16)  NULL,
  outcome_at     DATETIME(6)  NULL,
  CONSTRAINT pk_pile_billing_model PRIMARY KEY (pile_id),
  CONSTRAINT fk_pile_billing_model_pile FOREIGN KEY (pile_id) REFERENCES pile (id) ON DELETE CASCADE
);
