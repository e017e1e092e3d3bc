-- The fee schedule an app start was priced with, which settles its session (money.md §4.3), as
-- text (tariff.FeeScheduleConverter). Empty for sessions the platform never started and for
-- stations without a schedule: those settle at the station's schedule when the record comes.
ALTER TABLE charging_order ADD COLUMN tariff_snapshot VARCHAR(2000);
