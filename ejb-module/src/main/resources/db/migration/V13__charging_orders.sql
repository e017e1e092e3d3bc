-- Charging orders (充电订单, money.md §3–§4): one per session the platform started or a pile
-- billed, once per (pile, transaction serial). Ids come from id_sequence so the order number
-- (商户订单号: the business date and the id) is known before the row is written.
CREATE TABLE id_sequence (
  name        VARCHAR(64)  NOT NULL,
  next_value  BIGINT       NOT NULL,
  CONSTRAINT pk_id_sequence PRIMARY KEY (name)
);
INSERT INTO id_sequence (name, next_value) VALUES ('charging_order', 0);

CREATE TABLE charging_order (
  id                  BIGINT         NOT NULL,
  order_no            CHAR(18)       NOT NULL,
  operator_id         BIGINT         NOT NULL,
  station_id          BIGINT         NOT NULL,
  pile_code           CHAR(14)       NOT NULL,
  gun                 INT            NOT NULL,
  transaction_serial  CHAR(32)       NOT NULL,
  charging_type       VARCHAR(16)    NOT NULL,
  driver_id           BIGINT         NULL,
  account_id          BIGINT         NULL,
  start_key           VARCHAR(120)   NULL,
  start_balance       DECIMAL(14,2)  NULL,
  failure_reason      VARCHAR(64)    NULL,
  state               VARCHAR(16)    NOT NULL,
  payment_status      VARCHAR(16)    NULL,
  started_at          DATETIME(6)    NULL,
  ended_at            DATETIME(6)    NULL,
  energy              DECIMAL(14,4)  NULL,
  electricity_fee     DECIMAL(14,2)  NULL,
  service_fee         DECIMAL(14,2)  NULL,
  total_amount        DECIMAL(14,2)  NULL,
  paid_amount         DECIMAL(14,2)  NULL,
  arrears_amount      DECIMAL(14,2)  NULL,
  pile_amount         DECIMAL(14,4)  NULL,
  billing_difference  BOOLEAN        NOT NULL,
  stop_reason         INT            NULL,
  record_id           BIGINT         NULL,
  created_at          DATETIME(6)    NOT NULL,
  settled_at          DATETIME(6)    NULL,
  version             BIGINT         NOT NULL DEFAULT 0,
  CONSTRAINT pk_charging_order PRIMARY KEY (id),
  CONSTRAINT uk_charging_order_no UNIQUE (order_no),
  CONSTRAINT uk_charging_order_session UNIQUE (pile_code, transaction_serial),
  CONSTRAINT uk_charging_order_start_key UNIQUE (start_key),
  CONSTRAINT fk_charging_order_operator FOREIGN KEY (operator_id) REFERENCES operator (id),
  CONSTRAINT fk_charging_order_station FOREIGN KEY (station_id) REFERENCES station (id),
  CONSTRAINT fk_charging_order_driver FOREIGN KEY (driver_id) REFERENCES driver (id),
  CONSTRAINT fk_charging_order_record FOREIGN KEY (record_id)
    REFERENCES pile_transaction_record (id)
);
CREATE INDEX ix_charging_order_operator_started ON charging_order (operator_id, started_at);
CREATE INDEX ix_charging_order_station_started ON charging_order (station_id, started_at);
CREATE INDEX ix_charging_order_driver ON charging_order (driver_id, state);
-- Open sessions by serial: balance protection checks each batch of real-time data against them.
CREATE INDEX ix_charging_order_state ON charging_order (state, transaction_serial);

-- One line per rate type of the order's price: energy, the snapshot's prices and what was charged.
CREATE TABLE charging_order_tier (
  order_id           BIGINT         NOT NULL,
  rate_type          VARCHAR(8)     NOT NULL,
  energy             DECIMAL(14,4)  NOT NULL,
  electricity_price  DECIMAL(7,5)   NOT NULL,
  service_price      DECIMAL(7,5)   NOT NULL,
  electricity_fee    DECIMAL(14,2)  NOT NULL,
  service_fee        DECIMAL(14,2)  NOT NULL,
  CONSTRAINT pk_charging_order_tier PRIMARY KEY (order_id, rate_type),
  CONSTRAINT fk_charging_order_tier_order FOREIGN KEY (order_id) REFERENCES charging_order (id)
);
