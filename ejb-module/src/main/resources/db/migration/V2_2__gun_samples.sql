-- Real-time data piles reported (0x13) that is worth keeping: every frame of a charging session
-- and every change of a gun's state. Written in batches; append only.
CREATE TABLE gun_sample (
  id                  BIGINT        NOT NULL AUTO_INCREMENT,
  pile_code           CHAR(14)      NOT NULL,
  gun                 INT           NOT NULL,
  transaction_serial  CHAR(32)      NULL,
  status              VARCHAR(16)   NOT NULL,
  plugged             BOOLEAN       NOT NULL,
  output_voltage      DECIMAL(6,1)  NOT NULL,
  output_current      DECIMAL(6,1)  NOT NULL,
  soc                 INT           NOT NULL,
  charging_minutes    INT           NOT NULL,
  energy              DECIMAL(12,4) NOT NULL,
  amount              DECIMAL(12,4) NOT NULL,
  fault_bits          INT           NOT NULL,
  reported_at         DATETIME(6)   NOT NULL,
  CONSTRAINT pk_gun_sample PRIMARY KEY (id)
);
CREATE INDEX ix_gun_sample_session ON gun_sample (transaction_serial);
CREATE INDEX ix_gun_sample_pile ON gun_sample (pile_code, gun, reported_at);
