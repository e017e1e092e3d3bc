-- The stations' parking devices (parking.md §1): each station's key, with which its bay cameras and
-- locks sign their calls (parking.ParkingSignature), and the events they report, kept as reported.
CREATE TABLE parking_key (
  station_id  BIGINT      NOT NULL,
  operator_id BIGINT      NOT NULL,
  key_id      VARCHAR(24) NOT NULL,
  secret      VARCHAR(64) NOT NULL,
  issued_at   DATETIME(6) NOT NULL,
  issued_by   VARCHAR(64) NOT NULL,
  CONSTRAINT pk_parking_key PRIMARY KEY (station_id),
  CONSTRAINT uq_parking_key_id UNIQUE (key_id),
  CONSTRAINT fk_parking_key_station FOREIGN KEY (station_id) REFERENCES station (id)
);

-- One row per device event id and station: a repeated report finds its row and changes nothing.
-- Photos are files (parking.PhotoStore); a row keeps the file's name. An event outlives its pile.
CREATE TABLE bay_event (
  id              BIGINT       NOT NULL AUTO_INCREMENT,
  operator_id     BIGINT       NOT NULL,
  station_id      BIGINT       NOT NULL,
  device_event_id VARCHAR(64)  NOT NULL,
  kind            VARCHAR(16)  NOT NULL,
  pile_id         BIGINT,
  bay_number      VARCHAR(32)  NOT NULL,
  plate           VARCHAR(16),
  event_time      DATETIME(6)  NOT NULL,
  photo           VARCHAR(128),
  received_at     DATETIME(6)  NOT NULL,
  CONSTRAINT pk_bay_event PRIMARY KEY (id),
  CONSTRAINT uq_bay_event_device UNIQUE (station_id, device_event_id),
  CONSTRAINT fk_bay_event_station FOREIGN KEY (station_id) REFERENCES station (id),
  CONSTRAINT fk_bay_event_pile FOREIGN KEY (pile_id) REFERENCES pile (id) ON DELETE SET NULL
);
CREATE INDEX ix_bay_event_station_time ON bay_event (station_id, event_time);
