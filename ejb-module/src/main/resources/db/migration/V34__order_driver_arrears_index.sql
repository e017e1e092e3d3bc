-- The statistics job allocates arrears payments to the orders they paid, oldest first (money.md
-- §7): for every paying driver it reads the driver's settled orders that left arrears, with their
-- operator, settlement time and station. With (driver_id, state) alone that read visited every
-- order of those drivers (50 each in StatisticsBenchmark) to keep the few with arrears; this index
-- holds the columns the read needs (InnoDB adds the id), so it visits only those, in the index
-- alone: 0.11 s → 0.01 s for 500 drivers. It serves every query the old one did, by its first two
-- columns.
CREATE INDEX ix_charging_order_driver_arrears
  ON charging_order (driver_id, state, arrears_amount, operator_id, settled_at, station_id);
DROP INDEX ix_charging_order_driver ON charging_order;
