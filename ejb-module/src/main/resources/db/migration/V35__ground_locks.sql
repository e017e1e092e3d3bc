-- The ground locks at the piles' bays (YKC 0x61, ykc-protocol.md §8.5): the last status each lock
-- reported, one row per pile and gun, written on every report. The codes are the frame's bytes as
-- sent, so a code the protocol does not list is kept, not lost. Rows go with their pile.
CREATE TABLE ground_lock (
  id              BIGINT      NOT NULL AUTO_INCREMENT,
  operator_id     BIGINT      NOT NULL,
  pile_id         BIGINT      NOT NULL,
  gun             SMALLINT    NOT NULL,
  lock_state      SMALLINT    NOT NULL,
  parking_space   SMALLINT    NOT NULL,
  battery_percent SMALLINT    NOT NULL,
  alarm           SMALLINT    NOT NULL,
  reported_at     DATETIME(6) NOT NULL,
  CONSTRAINT pk_ground_lock PRIMARY KEY (id),
  CONSTRAINT uq_ground_lock_gun UNIQUE (pile_id, gun),
  CONSTRAINT fk_ground_lock_pile FOREIGN KEY (pile_id) REFERENCES pile (id) ON DELETE CASCADE
);

-- 升锁 / 降锁 are sent from the pile list like its other remote operations, to one gun's lock.
ALTER TABLE remote_command ADD COLUMN gun SMALLINT;
