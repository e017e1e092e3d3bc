-- The transaction type byte of an order's pile record, as sent (money.md §4.8): a vendor's type
-- outside the spec's table (0x03, 0x00) makes an OTHER order, and the pages show this byte.
-- pile_transaction_record.transaction_type keeps VARCHAR(16): an unknown type is stored "0x03".
ALTER TABLE charging_order ADD COLUMN record_transaction_type INT NULL;
