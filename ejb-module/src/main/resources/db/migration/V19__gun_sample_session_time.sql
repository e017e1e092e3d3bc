-- Which open sessions reported since a time (charging.AbnormalOrders, every minute, over every
-- session under way) reads a range of this index per session instead of all its frames.
CREATE INDEX ix_gun_sample_session_time ON gun_sample (transaction_serial, reported_at);
DROP INDEX ix_gun_sample_session ON gun_sample;
