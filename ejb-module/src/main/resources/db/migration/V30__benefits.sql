-- Benefits (money.md §5): drivers' VIP benefits (用户管理, manual 7.1) and charging activities
-- (充电活动, manual 7.4), applied at settlement when they are an order's single best benefit; the
-- order keeps which benefit applied and what it saved, so a later change of the benefit does not
-- change a settled order.
CREATE TABLE vip_benefit (
  id                   BIGINT       NOT NULL AUTO_INCREMENT,
  operator_id          BIGINT       NOT NULL,
  driver_id            BIGINT       NOT NULL,
  kind                 VARCHAR(16)  NOT NULL,
  electricity_discount DECIMAL(5,2) NOT NULL,
  service_discount     DECIMAL(5,2) NOT NULL,
  set_by               VARCHAR(64)  NOT NULL,
  set_at               DATETIME(6)  NOT NULL,
  version              BIGINT       NOT NULL,
  CONSTRAINT pk_vip_benefit PRIMARY KEY (id),
  CONSTRAINT uq_vip_benefit_driver UNIQUE (operator_id, driver_id),
  CONSTRAINT fk_vip_benefit_operator FOREIGN KEY (operator_id) REFERENCES operator (id),
  CONSTRAINT fk_vip_benefit_driver FOREIGN KEY (driver_id) REFERENCES driver (id)
);
CREATE INDEX ix_vip_benefit_driver ON vip_benefit (driver_id);

-- The stations a VIP benefit is limited to; none for every station of its operator.
CREATE TABLE vip_benefit_station (
  vip_benefit_id BIGINT NOT NULL,
  station_id     BIGINT NOT NULL,
  CONSTRAINT pk_vip_benefit_station PRIMARY KEY (vip_benefit_id, station_id),
  CONSTRAINT fk_vip_benefit_station_benefit FOREIGN KEY (vip_benefit_id)
    REFERENCES vip_benefit (id) ON DELETE CASCADE,
  CONSTRAINT fk_vip_benefit_station_station FOREIGN KEY (station_id) REFERENCES station (id)
);

CREATE TABLE charging_activity (
  id                   BIGINT       NOT NULL AUTO_INCREMENT,
  operator_id          BIGINT       NOT NULL,
  name                 VARCHAR(64)  NOT NULL,
  start_date           DATE         NOT NULL,
  end_date             DATE         NOT NULL,
  weekdays             INT          NOT NULL,
  remarks              VARCHAR(200) NOT NULL,
  activity_type        VARCHAR(16)  NOT NULL,
  electricity_discount DECIMAL(5,2) NOT NULL,
  service_discount     DECIMAL(5,2) NOT NULL,
  ended_at             DATETIME(6),
  changed_by           VARCHAR(64)  NOT NULL,
  created_at           DATETIME(6)  NOT NULL,
  version              BIGINT       NOT NULL,
  CONSTRAINT pk_charging_activity PRIMARY KEY (id),
  CONSTRAINT fk_charging_activity_operator FOREIGN KEY (operator_id) REFERENCES operator (id)
);
CREATE INDEX ix_charging_activity_dates ON charging_activity (operator_id, end_date, start_date);

CREATE TABLE charging_activity_station (
  activity_id BIGINT NOT NULL,
  station_id  BIGINT NOT NULL,
  CONSTRAINT pk_charging_activity_station PRIMARY KEY (activity_id, station_id),
  CONSTRAINT fk_charging_activity_station_activity FOREIGN KEY (activity_id)
    REFERENCES charging_activity (id) ON DELETE CASCADE,
  CONSTRAINT fk_charging_activity_station_station FOREIGN KEY (station_id) REFERENCES station (id)
);

-- The benefit an order was settled with (money.md §5: the order shows which applied and what it
-- saved): its source (VIP, ACTIVITY), its name, and the saving in yuan.
ALTER TABLE charging_order ADD COLUMN benefit_source VARCHAR(16);
ALTER TABLE charging_order ADD COLUMN benefit_name VARCHAR(64);
ALTER TABLE charging_order ADD COLUMN benefit_saving DECIMAL(14,2);
