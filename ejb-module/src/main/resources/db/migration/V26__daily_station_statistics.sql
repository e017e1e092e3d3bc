-- 统计分析 (money.md §7, manual 六): the six figures per station and business day (Asia/Shanghai),
-- written by the daily-station-statistics batch job. A run replaces the rows of its (station,
-- day) keys, so running a day again never double counts.
CREATE TABLE station_day_statistics (
  station_id        BIGINT         NOT NULL,
  business_date     DATE           NOT NULL,
  operator_id       BIGINT         NOT NULL,
  received          DECIMAL(14,2)  NOT NULL,
  energy            DECIMAL(16,4)  NOT NULL,
  electricity_fee   DECIMAL(14,2)  NOT NULL,
  service_fee       DECIMAL(14,2)  NOT NULL,
  channel_fee       DECIMAL(14,2)  NOT NULL,
  platform_commission DECIMAL(14,2) NOT NULL,
  CONSTRAINT pk_station_day_statistics PRIMARY KEY (station_id, business_date),
  CONSTRAINT fk_station_day_statistics_station FOREIGN KEY (station_id) REFERENCES station (id)
);
CREATE INDEX ix_station_day_statistics_date ON station_day_statistics (business_date, station_id);

-- The platform's commission on an operator's service fees (服务费支出), a percentage with two
-- decimals, set by the platform administrator.
ALTER TABLE operator ADD COLUMN platform_commission_percent DECIMAL(5,2) NOT NULL DEFAULT 0.00;

-- Settled orders by the time their charging ended: a business day's orders of a range of stations
-- are one index range, and the figures summed are in the index (no row lookups).
CREATE INDEX ix_charging_order_statistics ON charging_order
  (ended_at, station_id, state, account_id, energy, electricity_fee, service_fee, paid_amount);

-- Arrears payments by the day they were posted.
CREATE INDEX ix_ledger_transaction_kind_posted ON ledger_transaction (kind, posted_at);

-- One row per nightly job and night: whoever inserts it first runs the job for that night, so
-- several instances firing the same non-persistent schedule run it once (servers-notes.md §2).
CREATE TABLE nightly_job_run (
  job_name       VARCHAR(64)   NOT NULL,
  business_date  DATE          NOT NULL,
  claimed_at     DATETIME(6)   NOT NULL,
  claimed_by     VARCHAR(120)  NOT NULL,
  executions     VARCHAR(200)  NULL,
  CONSTRAINT pk_nightly_job_run PRIMARY KEY (job_name, business_date)
);
