-- The protocol version byte a pile reported at its last login (0x01 body byte 9, version x 10:
-- 0x0F 1.5, 0x10 1.6, 0x11 1.7), as sent: a version the platform does not know is kept and the
-- pile page flags it (docs/ykc-versions.md). NULL until the pile first logs in.
ALTER TABLE pile ADD COLUMN reported_protocol_version SMALLINT NULL;
