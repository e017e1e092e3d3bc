-- Occupancy (占位, parking.md §3, manual 2.3 and 5.4).
-- The deposit (预付占位押金) an app start holds from its paying account at a station whose occupancy
-- fee is in effect: ledger key occupancy-deposit:<order id>, kept on the account of kind
-- OCCUPANCY_DEPOSIT until the occupancy order that takes it settles (or the start fails).
ALTER TABLE charging_order ADD COLUMN occupancy_deposit DECIMAL(10,2) NULL;

-- One row per stay in a bay of such a station: opened by the bay camera's entry (or, without one,
-- by a charging order's deposit), settled once when the car has left, or left to staff when no
-- departure is seen in time. A charging order's deposit is taken by one stay at most.
CREATE TABLE occupancy_order (
  id                  BIGINT        NOT NULL AUTO_INCREMENT,
  order_no            VARCHAR(20),
  operator_id         BIGINT        NOT NULL,
  station_id          BIGINT        NOT NULL,
  pile_id             BIGINT,
  bay_number          VARCHAR(32)   NOT NULL,
  plate               VARCHAR(16),
  driver_id           BIGINT,
  charging_order_id   BIGINT,
  state               VARCHAR(16)   NOT NULL,
  kind                VARCHAR(24),
  entry_event_id      BIGINT,
  exit_event_id       BIGINT,
  entered_at          DATETIME(6),
  left_at             DATETIME(6),
  counted_from        DATETIME(6),
  free_minutes        INT,
  occupied_minutes    BIGINT,
  fee                 DECIMAL(10,2),
  deposit             DECIMAL(10,2),
  deducted            DECIMAL(10,2),
  refund              DECIMAL(10,2),
  arrears_amount      DECIMAL(10,2),
  offline_collected   DECIMAL(10,2) NOT NULL DEFAULT 0,
  opened_at           DATETIME(6)   NOT NULL,
  settled_at          DATETIME(6),
  settled_by          VARCHAR(64),
  version             BIGINT        NOT NULL DEFAULT 0,
  CONSTRAINT pk_occupancy_order PRIMARY KEY (id),
  CONSTRAINT uq_occupancy_order_no UNIQUE (order_no),
  CONSTRAINT uq_occupancy_charging_order UNIQUE (charging_order_id),
  CONSTRAINT fk_occupancy_station FOREIGN KEY (station_id) REFERENCES station (id),
  CONSTRAINT fk_occupancy_pile FOREIGN KEY (pile_id) REFERENCES pile (id) ON DELETE SET NULL,
  CONSTRAINT fk_occupancy_driver FOREIGN KEY (driver_id) REFERENCES driver (id),
  CONSTRAINT fk_occupancy_charging_order FOREIGN KEY (charging_order_id) REFERENCES charging_order (id)
);
CREATE INDEX ix_occupancy_pile ON occupancy_order (pile_id, state);
CREATE INDEX ix_occupancy_state ON occupancy_order (state, opened_at);
CREATE INDEX ix_occupancy_operator ON occupancy_order (operator_id, opened_at);
CREATE INDEX ix_occupancy_driver_arrears ON occupancy_order (driver_id, arrears_amount, operator_id, settled_at);
-- the charging orders holding a deposit no stay has taken yet
CREATE INDEX ix_order_occupancy_deposit ON charging_order (occupancy_deposit, state);
