-- The home page sums transaction records per business day (by end) and lists the latest received.
CREATE INDEX ix_pile_transaction_record_ended ON pile_transaction_record (ended_at);
CREATE INDEX ix_pile_transaction_record_received ON pile_transaction_record (received_at);
