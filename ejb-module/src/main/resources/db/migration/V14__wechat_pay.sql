-- WeChat Pay top-ups (money.md §6). Each operator collects through its own merchant: its mchid,
-- appid, APIv3 key, the platform's merchant key for calls to WeChat, and WeChat Pay's public
-- keys by serial (old and new side by side while WeChat rotates them).
CREATE TABLE wechat_pay_merchant (
  operator_id           BIGINT         NOT NULL,
  mchid                 VARCHAR(32)    NOT NULL,
  appid                 VARCHAR(32)    NOT NULL,
  api_v3_key            VARCHAR(32)    NOT NULL,
  merchant_serial       VARCHAR(64)    NOT NULL,
  merchant_private_key  VARCHAR(4000)  NOT NULL,
  notify_url            VARCHAR(255)   NOT NULL,
  updated_at            DATETIME(6)    NOT NULL,
  version               BIGINT         NOT NULL DEFAULT 0,
  CONSTRAINT pk_wechat_pay_merchant PRIMARY KEY (operator_id),
  CONSTRAINT fk_wechat_pay_merchant_operator FOREIGN KEY (operator_id) REFERENCES operator (id)
);

-- serial: the Wechatpay-Serial a notice names (PUB_KEY_ID_…); unique on the platform, so a
-- notice's serial alone says whose keys verify it.
CREATE TABLE wechat_pay_public_key (
  operator_id  BIGINT         NOT NULL,
  serial       VARCHAR(64)    NOT NULL,
  public_key   VARCHAR(1000)  NOT NULL,
  CONSTRAINT pk_wechat_pay_public_key PRIMARY KEY (operator_id, serial),
  CONSTRAINT uk_wechat_pay_public_key_serial UNIQUE (serial),
  CONSTRAINT fk_wechat_pay_public_key_merchant FOREIGN KEY (operator_id)
    REFERENCES wechat_pay_merchant (operator_id)
);

-- A driver's payment order: our out_trade_no, the amount in fen, CREATED → PAID / CLOSED.
-- transaction_id is WeChat's, set once paid (the ledger posting is keyed on it too).
CREATE TABLE payment_order (
  id              BIGINT        NOT NULL AUTO_INCREMENT,
  out_trade_no    VARCHAR(32)   NOT NULL,
  operator_id     BIGINT        NOT NULL,
  driver_id       BIGINT        NOT NULL,
  amount_fen      BIGINT        NOT NULL,
  mchid           VARCHAR(32)   NOT NULL,
  appid           VARCHAR(32)   NOT NULL,
  state           VARCHAR(16)   NOT NULL,
  prepay_id       VARCHAR(64)   NULL,
  transaction_id  VARCHAR(32)   NULL,
  failure         VARCHAR(200)  NULL,
  created_at      DATETIME(6)   NOT NULL,
  paid_at         DATETIME(6)   NULL,
  closed_at       DATETIME(6)   NULL,
  version         BIGINT        NOT NULL DEFAULT 0,
  CONSTRAINT pk_payment_order PRIMARY KEY (id),
  CONSTRAINT uk_payment_order_out_trade_no UNIQUE (out_trade_no),
  CONSTRAINT uk_payment_order_transaction UNIQUE (transaction_id),
  CONSTRAINT fk_payment_order_operator FOREIGN KEY (operator_id) REFERENCES operator (id),
  CONSTRAINT fk_payment_order_driver FOREIGN KEY (driver_id) REFERENCES driver (id)
);
CREATE INDEX ix_payment_order_driver ON payment_order (driver_id, id);
