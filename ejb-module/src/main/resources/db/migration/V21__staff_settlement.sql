-- Staff settlement of an abnormal order (money.md §3: "staff may settle it from the last
-- real-time data with a reason, audited"). The order says it was settled so; the audit says who,
-- when, why, under which request id (one settlement per request id of an operator, one per order)
-- and the figures used: the session's real-time frames read and the energy and pile amount of the
-- last one. A pile's record arriving afterwards is noted beside it with what it would have billed;
-- it moves no money (the settlement's ledger key is the record's own, settlement:<pile>:<serial>).
ALTER TABLE charging_order ADD COLUMN settled_by_staff BOOLEAN NOT NULL DEFAULT FALSE;

CREATE TABLE staff_settlement (
  id              BIGINT         NOT NULL AUTO_INCREMENT,
  order_id        BIGINT         NOT NULL,
  operator_id     BIGINT         NOT NULL,
  request_id      VARCHAR(64)    NOT NULL,
  settled_by      VARCHAR(64)    NOT NULL,
  reason          VARCHAR(200)   NOT NULL,
  settled_at      DATETIME(6)    NOT NULL,
  frames          INT            NOT NULL,
  first_frame_at  DATETIME(6)    NOT NULL,
  last_frame_at   DATETIME(6)    NOT NULL,
  energy          DECIMAL(14,4)  NOT NULL,
  pile_amount     DECIMAL(14,4)  NOT NULL,
  total_amount    DECIMAL(14,2)  NOT NULL,
  record_id       BIGINT         NULL,
  record_energy   DECIMAL(14,4)  NULL,
  record_total    DECIMAL(14,2)  NULL,
  CONSTRAINT pk_staff_settlement PRIMARY KEY (id),
  CONSTRAINT uk_staff_settlement_order UNIQUE (order_id),
  CONSTRAINT uk_staff_settlement_request UNIQUE (operator_id, request_id),
  CONSTRAINT fk_staff_settlement_operator FOREIGN KEY (operator_id) REFERENCES operator (id),
  CONSTRAINT fk_staff_settlement_order FOREIGN KEY (order_id) REFERENCES charging_order (id),
  CONSTRAINT fk_staff_settlement_record FOREIGN KEY (record_id)
    REFERENCES pile_transaction_record (id)
);
