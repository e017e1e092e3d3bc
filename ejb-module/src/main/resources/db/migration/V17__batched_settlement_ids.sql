-- Transaction records, ledger transactions and ledger entries take their ids from id_sequence
-- (like charging orders), not from AUTO_INCREMENT: ids known before the rows are written let a
-- batch of settlements insert its rows in JDBC batches, a few statements per batch instead of
-- several per record. Each sequence starts after the ids already used.
INSERT INTO id_sequence (name, next_value)
  SELECT 'pile_transaction_record', COALESCE(MAX(id), 0) FROM pile_transaction_record;
INSERT INTO id_sequence (name, next_value)
  SELECT 'ledger_transaction', COALESCE(MAX(id), 0) FROM ledger_transaction;
INSERT INTO id_sequence (name, next_value)
  SELECT 'ledger_entry', COALESCE(MAX(id), 0) FROM ledger_entry;
