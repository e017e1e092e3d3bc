-- Operators (tenants), their staff, stations and piles: the walking skeleton's schema.
-- Written in the SQL that MariaDB and H2 (MODE=MariaDB) both accept. Times are UTC.

CREATE TABLE operator (
  id          BIGINT       NOT NULL AUTO_INCREMENT,
  name        VARCHAR(100) NOT NULL,
  created_at  DATETIME(6)  NOT NULL,
  version     BIGINT       NOT NULL DEFAULT 0,
  CONSTRAINT pk_operator PRIMARY KEY (id),
  CONSTRAINT uk_operator_name UNIQUE (name)
);

CREATE TABLE staff_account (
  id             BIGINT       NOT NULL AUTO_INCREMENT,
  operator_id    BIGINT       NULL,
  username       VARCHAR(64)  NOT NULL,
  display_name   VARCHAR(100) NOT NULL,
  password_hash  VARCHAR(255) NOT NULL,
  role           VARCHAR(32)  NOT NULL,
  enabled        BOOLEAN      NOT NULL,
  failed_logins  INT          NOT NULL DEFAULT 0,
  locked_until   DATETIME(6)  NULL,
  created_at     DATETIME(6)  NOT NULL,
  version        BIGINT       NOT NULL DEFAULT 0,
  CONSTRAINT pk_staff_account PRIMARY KEY (id),
  CONSTRAINT uk_staff_account_username UNIQUE (username),
  CONSTRAINT fk_staff_account_operator FOREIGN KEY (operator_id) REFERENCES operator (id)
);

CREATE TABLE station (
  id           BIGINT       NOT NULL AUTO_INCREMENT,
  operator_id  BIGINT       NOT NULL,
  name         VARCHAR(100) NOT NULL,
  address      VARCHAR(255) NOT NULL,
  created_at   DATETIME(6)  NOT NULL,
  version      BIGINT       NOT NULL DEFAULT 0,
  CONSTRAINT pk_station PRIMARY KEY (id),
  CONSTRAINT fk_station_operator FOREIGN KEY (operator_id) REFERENCES operator (id)
);

CREATE TABLE pile (
  id          BIGINT      NOT NULL AUTO_INCREMENT,
  station_id  BIGINT      NOT NULL,
  code        CHAR(14)    NOT NULL,
  kind        VARCHAR(2)  NOT NULL,
  gun_count   INT         NOT NULL,
  enabled     BOOLEAN     NOT NULL,
  created_at  DATETIME(6) NOT NULL,
  version     BIGINT      NOT NULL DEFAULT 0,
  CONSTRAINT pk_pile PRIMARY KEY (id),
  CONSTRAINT uk_pile_code UNIQUE (code),
  CONSTRAINT fk_pile_station FOREIGN KEY (station_id) REFERENCES station (id)
);

-- Written by the pile-count batch job: one row per station, replaced on every run.
CREATE TABLE station_pile_count (
  station_id  BIGINT      NOT NULL,
  ac_piles    INT         NOT NULL,
  dc_piles    INT         NOT NULL,
  guns        INT         NOT NULL,
  counted_at  DATETIME(6) NOT NULL,
  CONSTRAINT pk_station_pile_count PRIMARY KEY (station_id),
  CONSTRAINT fk_station_pile_count_station FOREIGN KEY (station_id) REFERENCES station (id)
);
