-- Invoices (电子发票, money.md §8; manual 3.4). A driver asks for an invoice for settled, paid
-- orders of one operator: the request holds the buyer (抬头, 税号 of a company, e-mail) and its
-- orders, each order in at most one request (uk_invoice_request_order_order). Nightly, the
-- invoice-settlement job puts each station's pending requested orders into a batch for the
-- station's tax account (全电账号): one invoice per request and station, one line per order. The
-- line's primary key is the order, so no order is ever invoiced twice, whatever runs twice.
CREATE TABLE invoice_request (
  id                BIGINT         NOT NULL AUTO_INCREMENT,
  driver_id         BIGINT         NOT NULL,
  operator_id       BIGINT         NOT NULL,
  buyer_type        VARCHAR(16)    NOT NULL,
  title             VARCHAR(100)   NOT NULL,
  buyer_tax_number  VARCHAR(20)    NULL,
  email             VARCHAR(254)   NOT NULL,
  amount            DECIMAL(14,2)  NOT NULL,
  requested_at      DATETIME(6)    NOT NULL,
  CONSTRAINT pk_invoice_request PRIMARY KEY (id),
  CONSTRAINT fk_invoice_request_driver FOREIGN KEY (driver_id) REFERENCES driver (id),
  CONSTRAINT fk_invoice_request_operator FOREIGN KEY (operator_id) REFERENCES operator (id)
);
CREATE INDEX ix_invoice_request_driver ON invoice_request (driver_id, id);

-- batched: false until the order's station batch holds it; pending orders by station for the job.
CREATE TABLE invoice_request_order (
  request_id  BIGINT         NOT NULL,
  order_id    BIGINT         NOT NULL,
  station_id  BIGINT         NOT NULL,
  amount      DECIMAL(14,2)  NOT NULL,
  batched     BOOLEAN        NOT NULL,
  CONSTRAINT pk_invoice_request_order PRIMARY KEY (request_id, order_id),
  CONSTRAINT uk_invoice_request_order_order UNIQUE (order_id),
  CONSTRAINT fk_invoice_request_order_request FOREIGN KEY (request_id)
    REFERENCES invoice_request (id),
  CONSTRAINT fk_invoice_request_order_order FOREIGN KEY (order_id) REFERENCES charging_order (id),
  CONSTRAINT fk_invoice_request_order_station FOREIGN KEY (station_id) REFERENCES station (id)
);
CREATE INDEX ix_invoice_request_order_pending ON invoice_request_order (batched, station_id);

-- state: PENDING (made, not yet taken by the tax platform), SENT, ISSUED, FAILED.
CREATE TABLE invoice_batch (
  id                   BIGINT         NOT NULL AUTO_INCREMENT,
  station_id           BIGINT         NOT NULL,
  operator_id          BIGINT         NOT NULL,
  tax_account          VARCHAR(64)    NOT NULL,
  seller_name          VARCHAR(100)   NOT NULL,
  seller_taxpayer_id   CHAR(18)       NOT NULL,
  business_date        DATE           NOT NULL,
  state                VARCHAR(16)    NOT NULL,
  amount               DECIMAL(14,2)  NOT NULL,
  invoices             INT            NOT NULL,
  created_at           DATETIME(6)    NOT NULL,
  sent_at              DATETIME(6)    NULL,
  finished_at          DATETIME(6)    NULL,
  failure              VARCHAR(500)   NULL,
  version              BIGINT         NOT NULL DEFAULT 0,
  CONSTRAINT pk_invoice_batch PRIMARY KEY (id),
  CONSTRAINT fk_invoice_batch_station FOREIGN KEY (station_id) REFERENCES station (id),
  CONSTRAINT fk_invoice_batch_operator FOREIGN KEY (operator_id) REFERENCES operator (id)
);
CREATE INDEX ix_invoice_batch_state ON invoice_batch (state, id);

CREATE TABLE invoice (
  id              BIGINT         NOT NULL AUTO_INCREMENT,
  batch_id        BIGINT         NOT NULL,
  request_id      BIGINT         NOT NULL,
  station_id      BIGINT         NOT NULL,
  amount          DECIMAL(14,2)  NOT NULL,
  invoice_number  VARCHAR(20)    NULL,
  CONSTRAINT pk_invoice PRIMARY KEY (id),
  CONSTRAINT uk_invoice_request_station UNIQUE (request_id, station_id),
  CONSTRAINT fk_invoice_batch FOREIGN KEY (batch_id) REFERENCES invoice_batch (id),
  CONSTRAINT fk_invoice_request FOREIGN KEY (request_id) REFERENCES invoice_request (id)
);
CREATE INDEX ix_invoice_batch ON invoice (batch_id);

CREATE TABLE invoice_line (
  order_id    BIGINT         NOT NULL,
  invoice_id  BIGINT         NOT NULL,
  amount      DECIMAL(14,2)  NOT NULL,
  CONSTRAINT pk_invoice_line PRIMARY KEY (order_id),
  CONSTRAINT fk_invoice_line_order FOREIGN KEY (order_id) REFERENCES charging_order (id),
  CONSTRAINT fk_invoice_line_invoice FOREIGN KEY (invoice_id) REFERENCES invoice (id)
);
CREATE INDEX ix_invoice_line_invoice ON invoice_line (invoice_id);

-- What the nightly ledger check (money.md §2) found wrong, for staff; never corrected by it.
-- kind ACCOUNT_BALANCE: subject an account, expected the sum of its entries, actual its balance;
-- kind TRANSACTION_SUM: subject a ledger transaction, expected 0, actual the sum of its entries.
-- One row per (check date, kind, subject): running a date's check again replaces its findings.
CREATE TABLE ledger_difference (
  id             BIGINT         NOT NULL AUTO_INCREMENT,
  check_date     DATE           NOT NULL,
  kind           VARCHAR(20)    NOT NULL,
  subject_id     BIGINT         NOT NULL,
  operator_id    BIGINT         NOT NULL,
  expected       DECIMAL(16,2)  NOT NULL,
  actual         DECIMAL(16,2)  NOT NULL,
  found_at       DATETIME(6)    NOT NULL,
  CONSTRAINT pk_ledger_difference PRIMARY KEY (id),
  CONSTRAINT uk_ledger_difference UNIQUE (check_date, kind, subject_id)
);
