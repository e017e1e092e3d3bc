-- The car park's own parking system (停车场系统, parking.md §1, §4) and what the platform sends it
-- through an outbox: parking-fee reductions (减免, manual 5.2) and the lock requests of reserved
-- bays without a YKC ground lock. Each row is written in the transaction of its cause and sent
-- after it, retried with back-off (issue_state, attempts, next_attempt_at, last_error).
CREATE TABLE parking_system (
  station_id  BIGINT       NOT NULL,
  operator_id BIGINT       NOT NULL,
  url         VARCHAR(255) NOT NULL,
  updated_at  DATETIME(6)  NOT NULL,
  updated_by  VARCHAR(64)  NOT NULL,
  CONSTRAINT pk_parking_system PRIMARY KEY (station_id),
  CONSTRAINT fk_parking_system_station FOREIGN KEY (station_id) REFERENCES station (id)
);

-- A station's reduction after charging: what an order must reach (neither minimum: every settled
-- order), and what it earns.
CREATE TABLE reduction_rule (
  station_id      BIGINT        NOT NULL,
  operator_id     BIGINT        NOT NULL,
  enabled         BOOLEAN       NOT NULL,
  min_energy      DECIMAL(10,4),
  min_amount      DECIMAL(10,2),
  reduction_kind  VARCHAR(8)    NOT NULL,
  reduction_value DECIMAL(10,2) NOT NULL,
  updated_at      DATETIME(6)   NOT NULL,
  updated_by      VARCHAR(64)   NOT NULL,
  CONSTRAINT pk_reduction_rule PRIMARY KEY (station_id),
  CONSTRAINT fk_reduction_rule_station FOREIGN KEY (station_id) REFERENCES station (id)
);

-- One reduction per qualifying charging order, redeemed (核销) once by the parking system.
CREATE TABLE reduction_order (
  id                BIGINT        NOT NULL AUTO_INCREMENT,
  order_no          VARCHAR(20),
  operator_id       BIGINT        NOT NULL,
  station_id        BIGINT        NOT NULL,
  charging_order_id BIGINT        NOT NULL,
  plate             VARCHAR(16)   NOT NULL,
  reduction_kind    VARCHAR(8)    NOT NULL,
  reduction_value   DECIMAL(10,2) NOT NULL,
  issue_state       VARCHAR(8)    NOT NULL,
  attempts          INT           NOT NULL DEFAULT 0,
  next_attempt_at   DATETIME(6),
  issued_at         DATETIME(6),
  last_error        VARCHAR(255),
  redeemed_at       DATETIME(6),
  created_at        DATETIME(6)   NOT NULL,
  version           BIGINT        NOT NULL DEFAULT 0,
  CONSTRAINT pk_reduction_order PRIMARY KEY (id),
  CONSTRAINT uq_reduction_order_no UNIQUE (order_no),
  CONSTRAINT uq_reduction_charging_order UNIQUE (charging_order_id),
  CONSTRAINT fk_reduction_station FOREIGN KEY (station_id) REFERENCES station (id),
  CONSTRAINT fk_reduction_charging_order FOREIGN KEY (charging_order_id) REFERENCES charging_order (id)
);
CREATE INDEX ix_reduction_due ON reduction_order (issue_state, next_attempt_at);
CREATE INDEX ix_reduction_operator ON reduction_order (operator_id, created_at);
CREATE INDEX ix_reduction_station_day ON reduction_order (station_id, created_at);

-- Raise or lower a reserved bay's lock through the parking system (its bays have no YKC lock).
CREATE TABLE bay_lock_request (
  id              BIGINT       NOT NULL AUTO_INCREMENT,
  operator_id     BIGINT       NOT NULL,
  station_id      BIGINT       NOT NULL,
  reservation_id  BIGINT       NOT NULL,
  bay_number      VARCHAR(32)  NOT NULL,
  plate           VARCHAR(16)  NOT NULL,
  raise_lock      BOOLEAN      NOT NULL,
  issue_state     VARCHAR(8)   NOT NULL,
  attempts        INT          NOT NULL DEFAULT 0,
  next_attempt_at DATETIME(6),
  issued_at       DATETIME(6),
  last_error      VARCHAR(255),
  created_at      DATETIME(6)  NOT NULL,
  version         BIGINT       NOT NULL DEFAULT 0,
  CONSTRAINT pk_bay_lock_request PRIMARY KEY (id),
  CONSTRAINT fk_bay_lock_request_reservation FOREIGN KEY (reservation_id) REFERENCES reservation (id)
);
CREATE INDEX ix_bay_lock_request_due ON bay_lock_request (issue_state, next_attempt_at);
