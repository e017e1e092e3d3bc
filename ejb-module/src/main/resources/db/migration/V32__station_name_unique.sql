-- 电站名称 is unique within its operator (issue 18): a double submit once made a second station of
-- one name, which can never be deleted (manual 3.4). Such twins keep their rows: every one but the
-- oldest gets its id appended to its name, so staff can tell them apart and rename them.
UPDATE station SET name = CONCAT(LEFT(name, 80), ' #', CAST(id AS CHAR))
 WHERE id NOT IN (SELECT keep FROM (SELECT MIN(id) AS keep FROM station GROUP BY operator_id, name) AS oldest);

CREATE UNIQUE INDEX uk_station_operator_name ON station (operator_id, name);
