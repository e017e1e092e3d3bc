-- Stations get every field of the manual's 新增 form and the settings dialog's tabs; device models
-- and the pile fields of 添加充电桩. Written in the SQL that MariaDB and H2 (MODE=MariaDB) both
-- accept. Rows of earlier versions keep NULL where a new station field has no value yet.

ALTER TABLE station ADD COLUMN province_code CHAR(6) NULL;
ALTER TABLE station ADD COLUMN city_code CHAR(6) NULL;
ALTER TABLE station ADD COLUMN district_code CHAR(6) NULL;
ALTER TABLE station ADD COLUMN latitude DECIMAL(9,6) NULL;
ALTER TABLE station ADD COLUMN longitude DECIMAL(9,6) NULL;
ALTER TABLE station ADD COLUMN scenario VARCHAR(32) NULL;
ALTER TABLE station ADD COLUMN contact_phone VARCHAR(11) NULL;
-- 运营设置 / 平台配置: interconnection (T/CEC 102) and the counterpart's parameters
ALTER TABLE station ADD COLUMN ic_enabled BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE station ADD COLUMN ic_operator_id VARCHAR(9) NULL;
ALTER TABLE station ADD COLUMN ic_operator_secret VARCHAR(16) NULL;
ALTER TABLE station ADD COLUMN ic_data_secret VARCHAR(16) NULL;
ALTER TABLE station ADD COLUMN ic_data_secret_iv VARCHAR(16) NULL;
ALTER TABLE station ADD COLUMN ic_sig_secret VARCHAR(16) NULL;
-- 支付设置: the channel fee rate is a percentage with two decimals (0.60 = 0.6 %)
ALTER TABLE station ADD COLUMN payment_enabled BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE station ADD COLUMN payment_fee_percent DECIMAL(5,2) NOT NULL DEFAULT 0.00;
-- 发票设置 and 全电账号
ALTER TABLE station ADD COLUMN invoice_enabled BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE station ADD COLUMN invoice_seller_name VARCHAR(100) NULL;
ALTER TABLE station ADD COLUMN invoice_taxpayer_id CHAR(18) NULL;
ALTER TABLE station ADD COLUMN tax_account VARCHAR(64) NULL;
ALTER TABLE station ADD COLUMN tax_account_holder VARCHAR(50) NULL;
ALTER TABLE station ADD COLUMN tax_account_phone VARCHAR(11) NULL;
CREATE INDEX ix_station_operator ON station (operator_id);

CREATE TABLE device_model (
  id              BIGINT        NOT NULL AUTO_INCREMENT,
  protocol        VARCHAR(8)    NOT NULL,
  name            VARCHAR(64)   NOT NULL,
  kind            VARCHAR(2)    NOT NULL,
  gun_count       INT           NOT NULL,
  rated_power_kw  DECIMAL(7,2)  NOT NULL,
  created_at      DATETIME(6)   NOT NULL,
  version         BIGINT        NOT NULL DEFAULT 0,
  CONSTRAINT pk_device_model PRIMARY KEY (id),
  CONSTRAINT uk_device_model_name UNIQUE (protocol, name)
);

ALTER TABLE pile ADD COLUMN device_model_id BIGINT NULL;
ALTER TABLE pile ADD COLUMN min_start_amount DECIMAL(10,2) NOT NULL DEFAULT 2.00;
ALTER TABLE pile ADD COLUMN category VARCHAR(8) NOT NULL DEFAULT 'PUBLIC';
ALTER TABLE pile ADD COLUMN bay_number VARCHAR(32) NULL;
ALTER TABLE pile ADD COLUMN bay_name VARCHAR(64) NULL;
ALTER TABLE pile ADD CONSTRAINT fk_pile_device_model FOREIGN KEY (device_model_id) REFERENCES device_model (id);
