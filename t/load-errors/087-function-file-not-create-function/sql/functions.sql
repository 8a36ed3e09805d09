-- helpers
CREATE OR REPLACE FUNCTION _wh.today() RETURNS date
LANGUAGE sql STABLE
AS $$ SELECT (now() AT TIME ZONE 'UTC')::date $$;

CREATE TABLE _wh.log (at timestamptz);
