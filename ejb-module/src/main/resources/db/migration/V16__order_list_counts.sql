-- The 充电订单 list's count, exact and cheap at millions of orders. A settled order never changes
-- again (ChargingOrder: SETTLED is final; its operator, charging type and start time are fixed by
-- then), so OrderTallies adds settled orders up per operator, business day of their start and
-- charging type in charging_order_tally and marks them tallied, in one transaction. A count is then
-- the tally's sum plus a count of the untallied orders only (ChargingOrderSearch), in one statement.
ALTER TABLE charging_order ADD COLUMN tallied BOOLEAN NOT NULL DEFAULT FALSE;

CREATE TABLE charging_order_tally (
  operator_id    BIGINT       NOT NULL,
  business_day   DATE         NOT NULL,
  charging_type  VARCHAR(16)  NOT NULL,
  orders         BIGINT       NOT NULL,
  CONSTRAINT pk_charging_order_tally PRIMARY KEY (operator_id, business_day, charging_type),
  CONSTRAINT fk_charging_order_tally_operator FOREIGN KEY (operator_id) REFERENCES operator (id)
);

-- The untallied orders with every column the count filters them by (and the id InnoDB appends):
-- their count reads this index only; OrderTallies finds the settled ones to add up here too.
CREATE INDEX ix_charging_order_untallied
  ON charging_order (tallied, state, operator_id, charging_type, started_at);
-- A station's orders with the other columns of the list's filters: its count and the ids of a page
-- (sorted in memory, a station has thousands) read this index only.
CREATE INDEX ix_charging_order_station_filters
  ON charging_order (station_id, operator_id, state, charging_type, started_at);
-- Newest first within one operator, and within one state over all operators: the ids of a page,
-- however deep, are the index's last entries (InnoDB sorts entries of one key by the id).
CREATE INDEX ix_charging_order_operator ON charging_order (operator_id);
CREATE INDEX ix_charging_order_state_id ON charging_order (state);
