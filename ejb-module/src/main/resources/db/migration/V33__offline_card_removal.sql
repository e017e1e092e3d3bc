-- The IC cards that left a station for good (删除, or 编辑 to another station), by physical number:
-- a pile offline at the time still holds them on its offline card list, and is told to clear them
-- (0x46, ykc-protocol.md §7.11) at every login. A card issued or moved to the station again with
-- that number takes its row out.
CREATE TABLE offline_card_removal (
  station_id   BIGINT       NOT NULL,
  physical_no  CHAR(16)     NOT NULL,
  removed_at   DATETIME(6)  NOT NULL,
  CONSTRAINT pk_offline_card_removal PRIMARY KEY (station_id, physical_no),
  CONSTRAINT fk_offline_card_removal_station FOREIGN KEY (station_id) REFERENCES station (id)
);
