-- Reservations (预约) of bays by drivers (parking.md §2, manual 2.2 and 5.3): one row per booking,
-- its fee paid from the wallet at once (ledger key reservation:<id>), ended once: fulfilled by the
-- booked plate's arrival, expired, or cancelled. The request key makes a driver's repeat find it.
-- A reservation outlives its pile (pile_id set null), as a paid order does.
CREATE TABLE reservation (
  id                BIGINT        NOT NULL AUTO_INCREMENT,
  order_no          VARCHAR(20),
  operator_id       BIGINT        NOT NULL,
  station_id        BIGINT        NOT NULL,
  pile_id           BIGINT,
  bay_number        VARCHAR(32)   NOT NULL,
  driver_id         BIGINT        NOT NULL,
  plate             VARCHAR(16)   NOT NULL,
  minutes           INT           NOT NULL,
  fee               DECIMAL(10,2) NOT NULL,
  state             VARCHAR(12)   NOT NULL,
  request_key       VARCHAR(96)   NOT NULL,
  booked_at         DATETIME(6)   NOT NULL,
  ends_at           DATETIME(6)   NOT NULL,
  ended_at          DATETIME(6),
  entry_event_id    BIGINT,
  exit_event_id     BIGINT,
  intruder_plate    VARCHAR(16),
  intruder_event_id BIGINT,
  lock_state        VARCHAR(8)    NOT NULL,
  lock_error        VARCHAR(64),
  CONSTRAINT pk_reservation PRIMARY KEY (id),
  CONSTRAINT uq_reservation_order_no UNIQUE (order_no),
  CONSTRAINT uq_reservation_request UNIQUE (request_key),
  CONSTRAINT fk_reservation_station FOREIGN KEY (station_id) REFERENCES station (id),
  CONSTRAINT fk_reservation_pile FOREIGN KEY (pile_id) REFERENCES pile (id) ON DELETE SET NULL,
  CONSTRAINT fk_reservation_driver FOREIGN KEY (driver_id) REFERENCES driver (id)
);
CREATE INDEX ix_reservation_pile ON reservation (pile_id, state, ends_at);
CREATE INDEX ix_reservation_due ON reservation (state, ends_at);
CREATE INDEX ix_reservation_driver ON reservation (driver_id, booked_at);
CREATE INDEX ix_reservation_operator ON reservation (operator_id, booked_at);
