-- Stored-value cards (money.md §1, manual 7.2 电子卡 and 7.3 实体卡): issued by staff to a driver
-- for one station. A card's money is its ledger account (kind E_CARD or IC_CARD, held by the card),
-- never a column here. An IC card carries the physical number its chip gives the pile (16 hex
-- digits, ykc-protocol.md §3), unique on the platform so a swipe (0x31) names one card.
CREATE TABLE charging_card (
  id           BIGINT        NOT NULL AUTO_INCREMENT,
  operator_id  BIGINT        NOT NULL,
  station_id   BIGINT        NOT NULL,
  driver_id    BIGINT        NOT NULL,
  kind         VARCHAR(16)   NOT NULL,
  physical_no  CHAR(16)      NULL,
  status       VARCHAR(16)   NOT NULL,
  account_id   BIGINT        NOT NULL,
  remarks      VARCHAR(200)  NULL,
  issued_at    DATETIME(6)   NOT NULL,
  issued_by    VARCHAR(64)   NOT NULL,
  version      BIGINT        NOT NULL DEFAULT 0,
  CONSTRAINT pk_charging_card PRIMARY KEY (id),
  CONSTRAINT uk_charging_card_physical UNIQUE (physical_no),
  CONSTRAINT fk_charging_card_operator FOREIGN KEY (operator_id) REFERENCES operator (id),
  CONSTRAINT fk_charging_card_station FOREIGN KEY (station_id) REFERENCES station (id),
  CONSTRAINT fk_charging_card_driver FOREIGN KEY (driver_id) REFERENCES driver (id)
);
CREATE INDEX ix_charging_card_list ON charging_card (operator_id, kind, id);
CREATE INDEX ix_charging_card_station ON charging_card (station_id, kind, status);

-- A driver's vehicle by VIN (ISO 3779, normal order), for VIN starts at the pile (0x31 method 0x03,
-- ykc-protocol.md §7.1); one driver per VIN on the platform.
CREATE TABLE driver_vehicle (
  vin        CHAR(17)     NOT NULL,
  driver_id  BIGINT       NOT NULL,
  plate      VARCHAR(8)   NULL,
  bound_at   DATETIME(6)  NOT NULL,
  CONSTRAINT pk_driver_vehicle PRIMARY KEY (vin),
  CONSTRAINT fk_driver_vehicle_driver FOREIGN KEY (driver_id) REFERENCES driver (id)
);
CREATE INDEX ix_driver_vehicle_driver ON driver_vehicle (driver_id);
