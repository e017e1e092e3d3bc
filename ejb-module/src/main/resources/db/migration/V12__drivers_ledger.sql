-- Drivers and the money they hold (money.md §1–§2). A driver is one person on the whole platform,
-- by mobile number; money sits in ledger accounts (a wallet per driver and operator, the
-- operator's clearing and revenue accounts), moved only by ledger transactions of entries that
-- sum to zero. Transactions and entries are never updated or deleted.
CREATE TABLE driver (
  id          BIGINT       NOT NULL AUTO_INCREMENT,
  phone       CHAR(11)     NOT NULL,
  created_at  DATETIME(6)  NOT NULL,
  version     BIGINT       NOT NULL DEFAULT 0,
  CONSTRAINT pk_driver PRIMARY KEY (id),
  CONSTRAINT uk_driver_phone UNIQUE (phone)
);

CREATE TABLE driver_plate (
  driver_id  BIGINT      NOT NULL,
  plate      VARCHAR(8)  NOT NULL,
  CONSTRAINT pk_driver_plate PRIMARY KEY (driver_id, plate),
  CONSTRAINT fk_driver_plate_driver FOREIGN KEY (driver_id) REFERENCES driver (id)
);

-- holder_id: the driver of a driver's account (wallet, arrears), 0 for the operator's own.
CREATE TABLE ledger_account (
  id           BIGINT         NOT NULL AUTO_INCREMENT,
  operator_id  BIGINT         NOT NULL,
  kind         VARCHAR(32)    NOT NULL,
  holder_id    BIGINT         NOT NULL,
  balance      DECIMAL(14,2)  NOT NULL,
  created_at   DATETIME(6)    NOT NULL,
  CONSTRAINT pk_ledger_account PRIMARY KEY (id),
  CONSTRAINT uk_ledger_account UNIQUE (operator_id, kind, holder_id),
  CONSTRAINT fk_ledger_account_operator FOREIGN KEY (operator_id) REFERENCES operator (id)
);

-- idempotency_key: the business source of the movement (a pile's transaction serial, WeChat's
-- transaction_id, a staff request id, a client's Idempotency-Key); a second posting of the same
-- key fails on this constraint in the same database transaction as its effect.
CREATE TABLE ledger_transaction (
  id               BIGINT        NOT NULL AUTO_INCREMENT,
  idempotency_key  VARCHAR(120)  NOT NULL,
  kind             VARCHAR(32)   NOT NULL,
  operator_id      BIGINT        NOT NULL,
  reason           VARCHAR(200)  NULL,
  posted_by        VARCHAR(64)   NULL,
  posted_at        DATETIME(6)   NOT NULL,
  CONSTRAINT pk_ledger_transaction PRIMARY KEY (id),
  CONSTRAINT uk_ledger_transaction_key UNIQUE (idempotency_key)
);

CREATE TABLE ledger_entry (
  id              BIGINT         NOT NULL AUTO_INCREMENT,
  transaction_id  BIGINT         NOT NULL,
  account_id      BIGINT         NOT NULL,
  amount          DECIMAL(14,2)  NOT NULL,
  balance_after   DECIMAL(14,2)  NOT NULL,
  CONSTRAINT pk_ledger_entry PRIMARY KEY (id),
  CONSTRAINT fk_ledger_entry_transaction FOREIGN KEY (transaction_id)
    REFERENCES ledger_transaction (id),
  CONSTRAINT fk_ledger_entry_account FOREIGN KEY (account_id) REFERENCES ledger_account (id)
);
CREATE INDEX ix_ledger_entry_account ON ledger_entry (account_id, id);

-- The one-time login code last sent to a phone (driver API): its hash, expiry and wrong tries.
CREATE TABLE driver_login_code (
  phone       CHAR(11)     NOT NULL,
  code_hash   CHAR(64)     NOT NULL,
  sent_at     DATETIME(6)  NOT NULL,
  expires_at  DATETIME(6)  NOT NULL,
  failures    INT          NOT NULL,
  used        BOOLEAN      NOT NULL,
  version     BIGINT       NOT NULL DEFAULT 0,
  CONSTRAINT pk_driver_login_code PRIMARY KEY (phone)
);
