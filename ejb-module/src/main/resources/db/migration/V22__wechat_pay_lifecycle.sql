-- WeChat Pay payment orders that are never paid, and refunds of wallet balances (money.md §6).
--
-- time_expire: what the order told WeChat (its time_expire); after it nobody can pay, and an order
-- still unpaid then is closed at WeChat and here. next_check_at: when the check of an unpaid order
-- (WeChatPayChecks) is next due; an instance claims due orders by moving it on, under FOR UPDATE
-- SKIP LOCKED, so instances checking at once never ask WeChat about one order twice in a round.
-- Orders from before this migration get both from their creation (2 hours: WeChat's prepay_id life).
ALTER TABLE payment_order ADD COLUMN time_expire DATETIME(6) NULL;
ALTER TABLE payment_order ADD COLUMN next_check_at DATETIME(6) NULL;
-- needs_staff, wechat_answer: WeChat's word on an unpaid order could not be applied (or WeChat can no
-- longer be asked); next_check_at is then NULL: staff decide.
ALTER TABLE payment_order ADD COLUMN needs_staff BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE payment_order ADD COLUMN wechat_answer VARCHAR(300) NULL;
UPDATE payment_order SET time_expire = TIMESTAMPADD(HOUR, 2, created_at), next_check_at = created_at
  WHERE time_expire IS NULL;
ALTER TABLE payment_order MODIFY COLUMN time_expire DATETIME(6) NOT NULL;
CREATE INDEX ix_payment_order_check ON payment_order (state, next_check_at);
-- a driver's paid orders at an operator: the payments a refund goes back through
CREATE INDEX ix_payment_order_paid ON payment_order (driver_id, operator_id, state, paid_at);

-- One WeChat refund (退款) of a part of a driver's wallet balance, against one payment order: WeChat
-- refunds per transaction, so a request larger than one payment is split into several refunds, one
-- per payment, sharing the request's key. out_refund_no is ours, refund_id WeChat's.
-- REQUESTED (wallet debited, WeChat not yet answering) → PROCESSING → SUCCESS; ABNORMAL (stuck at
-- WeChat, not final: the money stays in refund clearing); FAILED (WeChat has no such refund), CLOSED:
-- the money went back to the wallet. needs_staff and wechat_answer: WeChat's word contradicted the
-- refund, kept for staff; next_check_at is then NULL (as when final): WeChat is no longer asked.
CREATE TABLE wechat_refund (
  id                BIGINT        NOT NULL AUTO_INCREMENT,
  out_refund_no     VARCHAR(64)   NOT NULL,
  request_key       VARCHAR(100)  NOT NULL,
  part              INT           NOT NULL,
  operator_id       BIGINT        NOT NULL,
  driver_id         BIGINT        NOT NULL,
  payment_order_id  BIGINT        NOT NULL,
  amount_fen        BIGINT        NOT NULL,
  state             VARCHAR(16)   NOT NULL,
  refund_id         VARCHAR(32)   NULL,
  failure           VARCHAR(200)  NULL,
  created_at        DATETIME(6)   NOT NULL,
  finished_at       DATETIME(6)   NULL,
  next_check_at     DATETIME(6)   NULL,
  needs_staff       BOOLEAN       NOT NULL DEFAULT FALSE,
  wechat_answer     VARCHAR(300)  NULL,
  version           BIGINT        NOT NULL DEFAULT 0,
  CONSTRAINT pk_wechat_refund PRIMARY KEY (id),
  CONSTRAINT uk_wechat_refund_out_refund_no UNIQUE (out_refund_no),
  CONSTRAINT uk_wechat_refund_request UNIQUE (request_key, part),
  CONSTRAINT fk_wechat_refund_operator FOREIGN KEY (operator_id) REFERENCES operator (id),
  CONSTRAINT fk_wechat_refund_driver FOREIGN KEY (driver_id) REFERENCES driver (id),
  CONSTRAINT fk_wechat_refund_payment FOREIGN KEY (payment_order_id) REFERENCES payment_order (id)
);
CREATE INDEX ix_wechat_refund_driver ON wechat_refund (driver_id, id);
CREATE INDEX ix_wechat_refund_payment ON wechat_refund (payment_order_id, state);
CREATE INDEX ix_wechat_refund_check ON wechat_refund (state, next_check_at);
