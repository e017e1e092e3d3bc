-- The 充电订单 list's count, exact and cheap at millions of orders. OrderTallies adds the orders up
-- per operator, business day of their start, charging type and state in charging_order_tally, and
-- records on each order the state and start it was tallied with. An order whose state moved on
-- since (its start moves only with its state: the pile's record finishes it) is pending again,
-- like one never tallied, until the next run moves it to its new cell. A count is the tally's sum,
-- plus the pending orders as they are now, minus the pending ones as they were tallied
-- (ChargingOrderSearch), in one statement: one state of both tables under READ COMMITTED.
ALTER TABLE charging_order ADD COLUMN tallied_state VARCHAR(16) NULL;
ALTER TABLE charging_order ADD COLUMN tallied_started_at DATETIME(6) NULL;
ALTER TABLE charging_order ADD COLUMN tally_pending BOOLEAN
  GENERATED ALWAYS AS (tallied_state IS NULL OR tallied_state <> state);

CREATE TABLE charging_order_tally (
  operator_id    BIGINT       NOT NULL,
  business_day   DATE         NOT NULL,
  charging_type  VARCHAR(16)  NOT NULL,
  state          VARCHAR(16)  NOT NULL,
  orders         BIGINT       NOT NULL,
  CONSTRAINT pk_charging_order_tally
    PRIMARY KEY (operator_id, business_day, charging_type, state),
  CONSTRAINT fk_charging_order_tally_operator FOREIGN KEY (operator_id) REFERENCES operator (id)
);

-- The pending orders with the columns the count filters them by (and the id InnoDB appends): few
-- at any time (those of the last minutes and those whose state just moved), read from here only.
CREATE INDEX ix_charging_order_tally_pending
  ON charging_order (tally_pending, operator_id, state, charging_type, started_at);
-- A station's orders with the other columns of the list's filters: its count and the ids of a page
-- (sorted in memory, a station has thousands) read this index only.
CREATE INDEX ix_charging_order_station_filters
  ON charging_order (station_id, operator_id, state, charging_type, started_at);
-- Newest first within one operator, and within one state over all operators: the ids of a page,
-- however deep, are the index's last entries (InnoDB sorts entries of one key by the id).
CREATE INDEX ix_charging_order_operator ON charging_order (operator_id);
CREATE INDEX ix_charging_order_state_id ON charging_order (state);
