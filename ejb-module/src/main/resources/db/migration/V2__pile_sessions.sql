-- When each pile last came online and went offline over YKC, and on which connection: an
-- offline of an older connection must not mark a pile offline that has reconnected since.
ALTER TABLE pile ADD COLUMN last_online_at DATETIME(6) NULL;
ALTER TABLE pile ADD COLUMN last_offline_at DATETIME(6) NULL;
ALTER TABLE pile ADD COLUMN connection_id BIGINT NULL;
