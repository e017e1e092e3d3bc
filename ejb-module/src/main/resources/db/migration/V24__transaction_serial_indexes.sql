-- A batch of transaction records looks up its stored records and its orders by transaction serial
-- (charging.TransactionRecords, charging.Settlement). The unique keys lead with the pile code, so
-- without these the lookups read the whole index: every batch grew slower with the history.
CREATE INDEX ix_pile_transaction_record_serial ON pile_transaction_record (transaction_serial);
CREATE INDEX ix_charging_order_serial ON charging_order (transaction_serial);
