-- The remote operations staff send from the pile list (manual 4.3: 重启, 同步时间, 二维码下发), one row
-- per command with its state: the page shows a command as sent at once and its answer when the pile
-- gives it, without holding its request open (pile.RemoteCommands). A row is the answer's only
-- meeting point, so it works whichever instance the page's next request reaches.
CREATE TABLE remote_command (
  id          BIGINT      NOT NULL AUTO_INCREMENT,
  operator_id BIGINT      NOT NULL,
  pile_id     BIGINT      NOT NULL,
  pile_code   CHAR(14)    NOT NULL,
  kind        VARCHAR(16) NOT NULL,
  state       VARCHAR(8)  NOT NULL,
  refusal     VARCHAR(64),
  pile_time   DATETIME(6),
  sent_by     VARCHAR(64) NOT NULL,
  sent_at     DATETIME(6) NOT NULL,
  answered_at DATETIME(6),
  CONSTRAINT pk_remote_command PRIMARY KEY (id),
  CONSTRAINT fk_remote_command_pile FOREIGN KEY (pile_id) REFERENCES pile (id) ON DELETE CASCADE
);
CREATE INDEX ix_remote_command_operator ON remote_command (operator_id, id);
