-- Every transaction record (0x3B) a pile sent, stored as received before it is acknowledged, once
-- per pile and transaction serial however often the pile re-sends it. Settlement reads from here.
CREATE TABLE pile_transaction_record (
  id                  BIGINT        NOT NULL AUTO_INCREMENT,
  pile_code           CHAR(14)      NOT NULL,
  gun                 INT           NOT NULL,
  transaction_serial  CHAR(32)      NOT NULL,
  frame_hex           VARCHAR(1024) NOT NULL,
  transaction_type    VARCHAR(16)   NOT NULL,
  started_at          DATETIME(6)   NULL,
  ended_at            DATETIME(6)   NULL,
  total_energy        DECIMAL(14,4) NOT NULL,
  total_amount        DECIMAL(14,4) NOT NULL,
  stop_reason         INT           NOT NULL,
  received_at         DATETIME(6)   NOT NULL,
  copies_received     INT           NOT NULL,
  last_copy_at        DATETIME(6)   NOT NULL,
  settled             BOOLEAN       NOT NULL,
  version             BIGINT        NOT NULL DEFAULT 0,
  CONSTRAINT pk_pile_transaction_record PRIMARY KEY (id),
  CONSTRAINT uk_pile_transaction_record UNIQUE (pile_code, transaction_serial)
);
