-- Warehouse helpers.
CREATE OR REPLACE FUNCTION _wh.today_utc()
RETURNS date
LANGUAGE sql STABLE
AS $$ SELECT (now() AT TIME ZONE 'UTC')::date $$;

CREATE OR REPLACE FUNCTION _wh.days_ago(n integer)
RETURNS date
LANGUAGE sql STABLE
AS $$
    SELECT _wh.today_utc() - n
    WHERE n >= 0 AND
$$;
