-- pgform plan
-- database: postgres
-- desired fingerprint: f8c58d663ade65f5
-- pgform version: 0.1.0
--
-- This script holds no password: psql reads each one when it runs,
-- from the environment variable (\getenv) or the file the state
-- names, and stops before its first statement when one is missing
-- or empty.  Run it with psql -f, in the environment of pgform apply.

\set ON_ERROR_STOP on

\set pgform_secret_1 ''
\getenv pgform_secret_1 PHOOD_RO_PASSWORD
SELECT :'pgform_secret_1' = '' AS pgform_missing \gset
\if :pgform_missing
DO $pgform$BEGIN RAISE EXCEPTION 'environment variable PHOOD_RO_PASSWORD is not set or empty'; END$pgform$;
\endif

\set pgform_secret_2 ''
\getenv pgform_secret_2 WHADMIN_PASSWORD
SELECT :'pgform_secret_2' = '' AS pgform_missing \gset
\if :pgform_missing
DO $pgform$BEGIN RAISE EXCEPTION 'environment variable WHADMIN_PASSWORD is not set or empty'; END$pgform$;
\endif

\set pgform_secret_3 ''
\getenv pgform_secret_3 TENANT_A_PASSWORD
SELECT :'pgform_secret_3' = '' AS pgform_missing \gset
\if :pgform_missing
DO $pgform$BEGIN RAISE EXCEPTION 'environment variable TENANT_A_PASSWORD is not set or empty'; END$pgform$;
\endif

\set pgform_secret_4 ''
\getenv pgform_secret_4 TENANT_B_PASSWORD
SELECT :'pgform_secret_4' = '' AS pgform_missing \gset
\if :pgform_missing
DO $pgform$BEGIN RAISE EXCEPTION 'environment variable TENANT_B_PASSWORD is not set or empty'; END$pgform$;
\endif

-- step 1: create extension dblink
CREATE EXTENSION IF NOT EXISTS dblink VERSION '1.2';

BEGIN;

-- step 2: create extension pg_cron
CREATE EXTENSION IF NOT EXISTS pg_cron;
DO $pgform$DECLARE ok boolean;
BEGIN
	BEGIN
		EXECUTE 'SELECT (SELECT count(*) >= 0 FROM cron.job)::boolean' INTO ok;
	EXCEPTION WHEN OTHERS THEN
		RAISE EXCEPTION USING ERRCODE = SQLSTATE, MESSAGE = format('check %L failed: %s', 'extension pg_cron check 1', SQLERRM);
	END;
	IF ok IS NOT TRUE THEN
		RAISE EXCEPTION USING ERRCODE = 'check_violation', MESSAGE = format('check %L failed: it did not return true', 'extension pg_cron check 1');
	END IF;
END
$pgform$;

COMMIT;

-- step 3: create role phood_ro
CREATE ROLE phood_ro LOGIN CONNECTION LIMIT 20 PASSWORD :'pgform_secret_1';
COMMENT ON ROLE phood_ro IS 'read-only BI access';

-- step 4: create role whadmin
CREATE ROLE whadmin LOGIN PASSWORD :'pgform_secret_2';
COMMENT ON ROLE whadmin IS 'warehouse operations';

-- step 5: create schema _wh
CREATE SCHEMA _wh AUTHORIZATION whadmin;
GRANT USAGE ON SCHEMA _wh TO phood_ro;
COMMENT ON SCHEMA _wh IS 'warehouse functions';

-- step 6: create schema reports
CREATE SCHEMA reports AUTHORIZATION whadmin;
GRANT USAGE ON SCHEMA reports TO phood_ro;
COMMENT ON SCHEMA reports IS 'reports for BI';

-- step 7: create schema tenant_a
CREATE SCHEMA tenant_a;
GRANT USAGE ON SCHEMA tenant_a TO phood_ro;

-- step 8: create schema tenant_b
CREATE SCHEMA tenant_b;
GRANT USAGE ON SCHEMA tenant_b TO phood_ro;

-- step 9: create server pgform_tenant_a
CREATE SERVER pgform_tenant_a FOREIGN DATA WRAPPER dblink_fdw OPTIONS (host 'localhost', dbname 'tenant_a_src', sslmode 'prefer');

-- step 10: create server pgform_tenant_b
CREATE SERVER pgform_tenant_b FOREIGN DATA WRAPPER dblink_fdw OPTIONS (host 'localhost', dbname 'tenant_b_src');

-- step 11: create user mapping pgform_tenant_a for CURRENT_USER
CREATE USER MAPPING FOR CURRENT_USER SERVER pgform_tenant_a OPTIONS (user 'tenant_reader', password :'pgform_secret_3');

-- step 12: create user mapping pgform_tenant_b for CURRENT_USER
CREATE USER MAPPING FOR CURRENT_USER SERVER pgform_tenant_b OPTIONS (user 'tenant_reader', password :'pgform_secret_4');

-- step 13: create function _wh.create_mv_name(text, date)
CREATE OR REPLACE FUNCTION _wh.create_mv_name(base_name text, target_date date)
RETURNS text
LANGUAGE sql IMMUTABLE
AS $$ SELECT base_name || '_' || to_char(target_date, 'YYYY_MM_DD') $$;
GRANT EXECUTE ON FUNCTION _wh.create_mv_name(text, date) TO whadmin;

-- step 14: create function _wh.current_date_utc()
CREATE OR REPLACE FUNCTION _wh.current_date_utc()
RETURNS date
LANGUAGE sql STABLE
AS $$ SELECT (now() AT TIME ZONE 'UTC')::date $$;
GRANT EXECUTE ON FUNCTION _wh.current_date_utc() TO phood_ro;
GRANT EXECUTE ON FUNCTION _wh.current_date_utc() TO whadmin;

-- step 15: create function _wh.update_mv_by_template(text, text, text, date)
CREATE OR REPLACE FUNCTION _wh.update_mv_by_template(
    template text,
    tenant text,
    schema text,
    target date
)
RETURNS void
LANGUAGE plpgsql
AS $function$
BEGIN
    IF target > _wh.current_date_utc() THEN
        RAISE EXCEPTION 'target date % is in the future', target;
    END IF;
    RAISE NOTICE 'update %.% for tenant % (template %, day %)',
        schema, _wh.create_mv_name(template, target), tenant, template, target;
END;
$function$;
GRANT EXECUTE ON FUNCTION _wh.update_mv_by_template(text, text, text, date) TO whadmin;

-- step 16: create function _wh.update_mv_window_by_template(text, text, text, date, date)
CREATE OR REPLACE FUNCTION _wh.update_mv_window_by_template(
    template text,
    tenant text,
    schema text,
    from_date date,
    to_date date
)
RETURNS integer
LANGUAGE plpgsql
AS $function$
DECLARE
    day date;
    n integer := 0;
BEGIN
    IF from_date > to_date THEN
        RAISE EXCEPTION 'window starts after it ends: % > %', from_date, to_date;
    END IF;
    FOR day IN SELECT d::date FROM generate_series(from_date, to_date, interval '1 day') AS d
    LOOP
        PERFORM _wh.update_mv_by_template(template, tenant, schema, day);
        n := n + 1;
    END LOOP;
    RETURN n;
END;
$function$;
GRANT EXECUTE ON FUNCTION _wh.update_mv_window_by_template(text, text, text, date, date) TO whadmin;

-- step 17: create function _wh.waste_on(date)
CREATE OR REPLACE FUNCTION _wh.waste_on(target date)
RETURNS TABLE (schema_name text, location text, total numeric)
LANGUAGE plpgsql STABLE
AS $function$
BEGIN
    RETURN QUERY
        SELECT f.schema_name::text, f.location, sum(f.weight)
        FROM public.foodlogstats f
        WHERE f.logged_time >= target::timestamp AT TIME ZONE 'UTC'
          AND f.logged_time < (target + 1)::timestamp AT TIME ZONE 'UTC'
        GROUP BY 1, 2;
END;
$function$;
GRANT EXECUTE ON FUNCTION _wh.waste_on(date) TO whadmin;

-- step 18: create table tenant_a.foodlogstats_2025
CREATE TABLE tenant_a.foodlogstats_2025 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-01-01''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-01-02''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-01-03''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-01-04''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-01-05''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-01-06''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-01-07''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-01-08''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-01-09''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-01-10''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-01-11''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-01-12''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-01-13''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-01-14''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-01-15''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-01-16''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-01-17''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-01-18''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-01-19''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-01-20''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-01-21''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-01-22''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-01-23''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-01-24''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-01-25''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-01-26''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-01-27''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-01-28''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-01-29''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-01-30''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-01-31''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-02-01''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-02-02''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-02-03''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-02-04''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-02-05''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-02-06''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-02-07''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-02-08''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-02-09''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-02-10''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-02-11''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-02-12''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-02-13''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-02-14''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-02-15''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-02-16''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-02-17''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-02-18''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-02-19''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-02-20''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-02-21''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-02-22''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-02-23''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-02-24''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-02-25''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-02-26''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-02-27''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-02-28''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-03-01''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-03-02''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-03-03''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-03-04''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-03-05''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-03-06''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-03-07''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-03-08''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-03-09''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-03-10''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-03-11''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-03-12''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-03-13''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-03-14''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-03-15''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-03-16''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-03-17''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-03-18''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-03-19''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-03-20''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-03-21''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-03-22''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-03-23''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-03-24''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-03-25''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-03-26''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-03-27''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-03-28''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-03-29''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-03-30''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-03-31''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-04-01''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-04-02''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-04-03''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-04-04''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-04-05''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-04-06''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-04-07''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-04-08''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-04-09''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-04-10''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-04-11''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-04-12''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-04-13''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-04-14''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-04-15''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-04-16''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-04-17''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-04-18''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-04-19''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-04-20''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-04-21''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-04-22''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-04-23''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-04-24''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-04-25''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-04-26''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-04-27''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-04-28''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-04-29''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-04-30''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-05-01''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-05-02''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-05-03''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-05-04''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-05-05''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-05-06''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-05-07''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-05-08''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-05-09''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-05-10''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-05-11''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-05-12''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-05-13''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-05-14''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-05-15''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-05-16''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-05-17''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-05-18''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-05-19''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-05-20''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-05-21''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-05-22''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-05-23''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-05-24''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-05-25''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-05-26''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-05-27''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-05-28''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-05-29''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-05-30''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-05-31''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-06-01''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-06-02''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-06-03''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-06-04''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-06-05''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-06-06''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-06-07''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-06-08''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-06-09''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-06-10''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-06-11''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-06-12''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-06-13''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-06-14''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-06-15''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-06-16''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-06-17''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-06-18''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-06-19''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-06-20''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-06-21''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-06-22''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-06-23''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-06-24''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-06-25''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-06-26''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-06-27''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-06-28''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-06-29''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-06-30''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-07-01''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-07-02''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-07-03''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-07-04''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-07-05''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-07-06''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-07-07''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-07-08''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-07-09''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-07-10''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-07-11''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-07-12''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-07-13''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-07-14''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-07-15''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-07-16''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-07-17''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-07-18''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-07-19''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-07-20''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-07-21''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-07-22''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-07-23''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-07-24''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-07-25''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-07-26''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-07-27''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-07-28''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-07-29''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-07-30''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-07-31''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-08-01''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-08-02''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-08-03''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-08-04''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-08-05''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-08-06''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-08-07''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-08-08''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-08-09''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-08-10''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-08-11''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-08-12''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-08-13''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-08-14''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-08-15''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-08-16''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-08-17''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-08-18''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-08-19''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-08-20''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-08-21''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-08-22''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-08-23''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-08-24''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-08-25''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-08-26''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-08-27''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-08-28''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-08-29''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-08-30''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-08-31''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-09-01''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-09-02''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-09-03''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-09-04''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-09-05''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-09-06''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-09-07''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-09-08''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-09-09''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-09-10''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-09-11''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-09-12''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-09-13''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-09-14''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-09-15''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-09-16''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-09-17''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-09-18''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-09-19''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-09-20''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-09-21''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-09-22''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-09-23''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-09-24''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-09-25''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-09-26''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-09-27''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-09-28''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-09-29''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-09-30''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-10-01''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-10-02''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-10-03''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-10-04''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-10-05''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-10-06''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-10-07''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-10-08''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-10-09''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-10-10''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-10-11''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-10-12''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-10-13''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-10-14''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-10-15''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-10-16''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-10-17''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-10-18''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-10-19''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-10-20''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-10-21''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-10-22''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-10-23''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-10-24''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-10-25''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-10-26''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-10-27''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-10-28''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-10-29''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-10-30''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-10-31''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-11-01''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-11-02''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-11-03''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-11-04''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-11-05''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-11-06''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-11-07''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-11-08''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-11-09''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-11-10''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-11-11''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-11-12''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-11-13''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-11-14''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-11-15''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-11-16''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-11-17''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-11-18''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-11-19''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-11-20''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-11-21''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-11-22''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-11-23''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-11-24''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-11-25''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-11-26''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-11-27''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-11-28''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-11-29''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-11-30''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-12-01''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-12-02''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-12-03''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-12-04''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-12-05''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-12-06''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-12-07''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-12-08''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-12-09''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-12-10''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-12-11''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-12-12''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-12-13''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-12-14''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-12-15''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-12-16''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-12-17''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-12-18''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-12-19''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-12-20''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-12-21''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-12-22''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-12-23''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-12-24''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-12-25''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-12-26''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-12-27''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-12-28''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-12-29''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-12-30''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text)
UNION ALL
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2025-12-31''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2025_idx1 ON tenant_a.foodlogstats_2025 (id);
CREATE INDEX foodlogstats_2025_idx2 ON tenant_a.foodlogstats_2025 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2025 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2025 TO whadmin;

-- step 19: create materialized view tenant_a.foodlogstats_2026_01_01
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_01_01 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-01-01''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_01_01_idx1 ON tenant_a.foodlogstats_2026_01_01 (id);
CREATE INDEX foodlogstats_2026_01_01_idx2 ON tenant_a.foodlogstats_2026_01_01 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_01_01 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_01_01 TO whadmin;

-- step 20: create materialized view tenant_a.foodlogstats_2026_01_02
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_01_02 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-01-02''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_01_02_idx1 ON tenant_a.foodlogstats_2026_01_02 (id);
CREATE INDEX foodlogstats_2026_01_02_idx2 ON tenant_a.foodlogstats_2026_01_02 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_01_02 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_01_02 TO whadmin;

-- step 21: create materialized view tenant_a.foodlogstats_2026_01_03
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_01_03 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-01-03''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_01_03_idx1 ON tenant_a.foodlogstats_2026_01_03 (id);
CREATE INDEX foodlogstats_2026_01_03_idx2 ON tenant_a.foodlogstats_2026_01_03 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_01_03 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_01_03 TO whadmin;

-- step 22: create materialized view tenant_a.foodlogstats_2026_01_04
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_01_04 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-01-04''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_01_04_idx1 ON tenant_a.foodlogstats_2026_01_04 (id);
CREATE INDEX foodlogstats_2026_01_04_idx2 ON tenant_a.foodlogstats_2026_01_04 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_01_04 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_01_04 TO whadmin;

-- step 23: create materialized view tenant_a.foodlogstats_2026_01_05
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_01_05 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-01-05''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_01_05_idx1 ON tenant_a.foodlogstats_2026_01_05 (id);
CREATE INDEX foodlogstats_2026_01_05_idx2 ON tenant_a.foodlogstats_2026_01_05 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_01_05 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_01_05 TO whadmin;

-- step 24: create materialized view tenant_a.foodlogstats_2026_01_06
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_01_06 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-01-06''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_01_06_idx1 ON tenant_a.foodlogstats_2026_01_06 (id);
CREATE INDEX foodlogstats_2026_01_06_idx2 ON tenant_a.foodlogstats_2026_01_06 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_01_06 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_01_06 TO whadmin;

-- step 25: create materialized view tenant_a.foodlogstats_2026_01_07
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_01_07 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-01-07''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_01_07_idx1 ON tenant_a.foodlogstats_2026_01_07 (id);
CREATE INDEX foodlogstats_2026_01_07_idx2 ON tenant_a.foodlogstats_2026_01_07 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_01_07 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_01_07 TO whadmin;

-- step 26: create materialized view tenant_a.foodlogstats_2026_01_08
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_01_08 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-01-08''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_01_08_idx1 ON tenant_a.foodlogstats_2026_01_08 (id);
CREATE INDEX foodlogstats_2026_01_08_idx2 ON tenant_a.foodlogstats_2026_01_08 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_01_08 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_01_08 TO whadmin;

-- step 27: create materialized view tenant_a.foodlogstats_2026_01_09
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_01_09 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-01-09''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_01_09_idx1 ON tenant_a.foodlogstats_2026_01_09 (id);
CREATE INDEX foodlogstats_2026_01_09_idx2 ON tenant_a.foodlogstats_2026_01_09 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_01_09 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_01_09 TO whadmin;

-- step 28: create materialized view tenant_a.foodlogstats_2026_01_10
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_01_10 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-01-10''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_01_10_idx1 ON tenant_a.foodlogstats_2026_01_10 (id);
CREATE INDEX foodlogstats_2026_01_10_idx2 ON tenant_a.foodlogstats_2026_01_10 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_01_10 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_01_10 TO whadmin;

-- step 29: create materialized view tenant_a.foodlogstats_2026_01_11
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_01_11 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-01-11''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_01_11_idx1 ON tenant_a.foodlogstats_2026_01_11 (id);
CREATE INDEX foodlogstats_2026_01_11_idx2 ON tenant_a.foodlogstats_2026_01_11 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_01_11 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_01_11 TO whadmin;

-- step 30: create materialized view tenant_a.foodlogstats_2026_01_12
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_01_12 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-01-12''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_01_12_idx1 ON tenant_a.foodlogstats_2026_01_12 (id);
CREATE INDEX foodlogstats_2026_01_12_idx2 ON tenant_a.foodlogstats_2026_01_12 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_01_12 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_01_12 TO whadmin;

-- step 31: create materialized view tenant_a.foodlogstats_2026_01_13
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_01_13 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-01-13''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_01_13_idx1 ON tenant_a.foodlogstats_2026_01_13 (id);
CREATE INDEX foodlogstats_2026_01_13_idx2 ON tenant_a.foodlogstats_2026_01_13 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_01_13 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_01_13 TO whadmin;

-- step 32: create materialized view tenant_a.foodlogstats_2026_01_14
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_01_14 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-01-14''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_01_14_idx1 ON tenant_a.foodlogstats_2026_01_14 (id);
CREATE INDEX foodlogstats_2026_01_14_idx2 ON tenant_a.foodlogstats_2026_01_14 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_01_14 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_01_14 TO whadmin;

-- step 33: create materialized view tenant_a.foodlogstats_2026_01_15
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_01_15 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-01-15''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_01_15_idx1 ON tenant_a.foodlogstats_2026_01_15 (id);
CREATE INDEX foodlogstats_2026_01_15_idx2 ON tenant_a.foodlogstats_2026_01_15 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_01_15 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_01_15 TO whadmin;

-- step 34: create materialized view tenant_a.foodlogstats_2026_01_16
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_01_16 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-01-16''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_01_16_idx1 ON tenant_a.foodlogstats_2026_01_16 (id);
CREATE INDEX foodlogstats_2026_01_16_idx2 ON tenant_a.foodlogstats_2026_01_16 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_01_16 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_01_16 TO whadmin;

-- step 35: create materialized view tenant_a.foodlogstats_2026_01_17
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_01_17 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-01-17''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_01_17_idx1 ON tenant_a.foodlogstats_2026_01_17 (id);
CREATE INDEX foodlogstats_2026_01_17_idx2 ON tenant_a.foodlogstats_2026_01_17 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_01_17 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_01_17 TO whadmin;

-- step 36: create materialized view tenant_a.foodlogstats_2026_01_18
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_01_18 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-01-18''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_01_18_idx1 ON tenant_a.foodlogstats_2026_01_18 (id);
CREATE INDEX foodlogstats_2026_01_18_idx2 ON tenant_a.foodlogstats_2026_01_18 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_01_18 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_01_18 TO whadmin;

-- step 37: create materialized view tenant_a.foodlogstats_2026_01_19
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_01_19 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-01-19''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_01_19_idx1 ON tenant_a.foodlogstats_2026_01_19 (id);
CREATE INDEX foodlogstats_2026_01_19_idx2 ON tenant_a.foodlogstats_2026_01_19 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_01_19 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_01_19 TO whadmin;

-- step 38: create materialized view tenant_a.foodlogstats_2026_01_20
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_01_20 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-01-20''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_01_20_idx1 ON tenant_a.foodlogstats_2026_01_20 (id);
CREATE INDEX foodlogstats_2026_01_20_idx2 ON tenant_a.foodlogstats_2026_01_20 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_01_20 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_01_20 TO whadmin;

-- step 39: create materialized view tenant_a.foodlogstats_2026_01_21
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_01_21 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-01-21''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_01_21_idx1 ON tenant_a.foodlogstats_2026_01_21 (id);
CREATE INDEX foodlogstats_2026_01_21_idx2 ON tenant_a.foodlogstats_2026_01_21 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_01_21 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_01_21 TO whadmin;

-- step 40: create materialized view tenant_a.foodlogstats_2026_01_22
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_01_22 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-01-22''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_01_22_idx1 ON tenant_a.foodlogstats_2026_01_22 (id);
CREATE INDEX foodlogstats_2026_01_22_idx2 ON tenant_a.foodlogstats_2026_01_22 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_01_22 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_01_22 TO whadmin;

-- step 41: create materialized view tenant_a.foodlogstats_2026_01_23
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_01_23 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-01-23''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_01_23_idx1 ON tenant_a.foodlogstats_2026_01_23 (id);
CREATE INDEX foodlogstats_2026_01_23_idx2 ON tenant_a.foodlogstats_2026_01_23 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_01_23 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_01_23 TO whadmin;

-- step 42: create materialized view tenant_a.foodlogstats_2026_01_24
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_01_24 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-01-24''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_01_24_idx1 ON tenant_a.foodlogstats_2026_01_24 (id);
CREATE INDEX foodlogstats_2026_01_24_idx2 ON tenant_a.foodlogstats_2026_01_24 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_01_24 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_01_24 TO whadmin;

-- step 43: create materialized view tenant_a.foodlogstats_2026_01_25
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_01_25 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-01-25''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_01_25_idx1 ON tenant_a.foodlogstats_2026_01_25 (id);
CREATE INDEX foodlogstats_2026_01_25_idx2 ON tenant_a.foodlogstats_2026_01_25 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_01_25 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_01_25 TO whadmin;

-- step 44: create materialized view tenant_a.foodlogstats_2026_01_26
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_01_26 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-01-26''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_01_26_idx1 ON tenant_a.foodlogstats_2026_01_26 (id);
CREATE INDEX foodlogstats_2026_01_26_idx2 ON tenant_a.foodlogstats_2026_01_26 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_01_26 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_01_26 TO whadmin;

-- step 45: create materialized view tenant_a.foodlogstats_2026_01_27
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_01_27 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-01-27''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_01_27_idx1 ON tenant_a.foodlogstats_2026_01_27 (id);
CREATE INDEX foodlogstats_2026_01_27_idx2 ON tenant_a.foodlogstats_2026_01_27 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_01_27 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_01_27 TO whadmin;

-- step 46: create materialized view tenant_a.foodlogstats_2026_01_28
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_01_28 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-01-28''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_01_28_idx1 ON tenant_a.foodlogstats_2026_01_28 (id);
CREATE INDEX foodlogstats_2026_01_28_idx2 ON tenant_a.foodlogstats_2026_01_28 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_01_28 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_01_28 TO whadmin;

-- step 47: create materialized view tenant_a.foodlogstats_2026_01_29
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_01_29 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-01-29''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_01_29_idx1 ON tenant_a.foodlogstats_2026_01_29 (id);
CREATE INDEX foodlogstats_2026_01_29_idx2 ON tenant_a.foodlogstats_2026_01_29 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_01_29 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_01_29 TO whadmin;

-- step 48: create materialized view tenant_a.foodlogstats_2026_01_30
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_01_30 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-01-30''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_01_30_idx1 ON tenant_a.foodlogstats_2026_01_30 (id);
CREATE INDEX foodlogstats_2026_01_30_idx2 ON tenant_a.foodlogstats_2026_01_30 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_01_30 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_01_30 TO whadmin;

-- step 49: create materialized view tenant_a.foodlogstats_2026_01_31
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_01_31 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-01-31''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_01_31_idx1 ON tenant_a.foodlogstats_2026_01_31 (id);
CREATE INDEX foodlogstats_2026_01_31_idx2 ON tenant_a.foodlogstats_2026_01_31 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_01_31 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_01_31 TO whadmin;

-- step 50: create materialized view tenant_a.foodlogstats_2026_02_01
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_02_01 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-02-01''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_02_01_idx1 ON tenant_a.foodlogstats_2026_02_01 (id);
CREATE INDEX foodlogstats_2026_02_01_idx2 ON tenant_a.foodlogstats_2026_02_01 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_02_01 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_02_01 TO whadmin;

-- step 51: create materialized view tenant_a.foodlogstats_2026_02_02
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_02_02 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-02-02''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_02_02_idx1 ON tenant_a.foodlogstats_2026_02_02 (id);
CREATE INDEX foodlogstats_2026_02_02_idx2 ON tenant_a.foodlogstats_2026_02_02 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_02_02 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_02_02 TO whadmin;

-- step 52: create materialized view tenant_a.foodlogstats_2026_02_03
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_02_03 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-02-03''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_02_03_idx1 ON tenant_a.foodlogstats_2026_02_03 (id);
CREATE INDEX foodlogstats_2026_02_03_idx2 ON tenant_a.foodlogstats_2026_02_03 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_02_03 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_02_03 TO whadmin;

-- step 53: create materialized view tenant_a.foodlogstats_2026_02_04
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_02_04 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-02-04''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_02_04_idx1 ON tenant_a.foodlogstats_2026_02_04 (id);
CREATE INDEX foodlogstats_2026_02_04_idx2 ON tenant_a.foodlogstats_2026_02_04 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_02_04 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_02_04 TO whadmin;

-- step 54: create materialized view tenant_a.foodlogstats_2026_02_05
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_02_05 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-02-05''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_02_05_idx1 ON tenant_a.foodlogstats_2026_02_05 (id);
CREATE INDEX foodlogstats_2026_02_05_idx2 ON tenant_a.foodlogstats_2026_02_05 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_02_05 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_02_05 TO whadmin;

-- step 55: create materialized view tenant_a.foodlogstats_2026_02_06
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_02_06 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-02-06''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_02_06_idx1 ON tenant_a.foodlogstats_2026_02_06 (id);
CREATE INDEX foodlogstats_2026_02_06_idx2 ON tenant_a.foodlogstats_2026_02_06 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_02_06 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_02_06 TO whadmin;

-- step 56: create materialized view tenant_a.foodlogstats_2026_02_07
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_02_07 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-02-07''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_02_07_idx1 ON tenant_a.foodlogstats_2026_02_07 (id);
CREATE INDEX foodlogstats_2026_02_07_idx2 ON tenant_a.foodlogstats_2026_02_07 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_02_07 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_02_07 TO whadmin;

-- step 57: create materialized view tenant_a.foodlogstats_2026_02_08
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_02_08 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-02-08''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_02_08_idx1 ON tenant_a.foodlogstats_2026_02_08 (id);
CREATE INDEX foodlogstats_2026_02_08_idx2 ON tenant_a.foodlogstats_2026_02_08 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_02_08 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_02_08 TO whadmin;

-- step 58: create materialized view tenant_a.foodlogstats_2026_02_09
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_02_09 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-02-09''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_02_09_idx1 ON tenant_a.foodlogstats_2026_02_09 (id);
CREATE INDEX foodlogstats_2026_02_09_idx2 ON tenant_a.foodlogstats_2026_02_09 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_02_09 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_02_09 TO whadmin;

-- step 59: create materialized view tenant_a.foodlogstats_2026_02_10
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_02_10 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-02-10''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_02_10_idx1 ON tenant_a.foodlogstats_2026_02_10 (id);
CREATE INDEX foodlogstats_2026_02_10_idx2 ON tenant_a.foodlogstats_2026_02_10 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_02_10 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_02_10 TO whadmin;

-- step 60: create materialized view tenant_a.foodlogstats_2026_02_11
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_02_11 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-02-11''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_02_11_idx1 ON tenant_a.foodlogstats_2026_02_11 (id);
CREATE INDEX foodlogstats_2026_02_11_idx2 ON tenant_a.foodlogstats_2026_02_11 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_02_11 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_02_11 TO whadmin;

-- step 61: create materialized view tenant_a.foodlogstats_2026_02_12
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_02_12 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-02-12''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_02_12_idx1 ON tenant_a.foodlogstats_2026_02_12 (id);
CREATE INDEX foodlogstats_2026_02_12_idx2 ON tenant_a.foodlogstats_2026_02_12 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_02_12 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_02_12 TO whadmin;

-- step 62: create materialized view tenant_a.foodlogstats_2026_02_13
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_02_13 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-02-13''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_02_13_idx1 ON tenant_a.foodlogstats_2026_02_13 (id);
CREATE INDEX foodlogstats_2026_02_13_idx2 ON tenant_a.foodlogstats_2026_02_13 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_02_13 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_02_13 TO whadmin;

-- step 63: create materialized view tenant_a.foodlogstats_2026_02_14
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_02_14 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-02-14''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_02_14_idx1 ON tenant_a.foodlogstats_2026_02_14 (id);
CREATE INDEX foodlogstats_2026_02_14_idx2 ON tenant_a.foodlogstats_2026_02_14 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_02_14 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_02_14 TO whadmin;

-- step 64: create materialized view tenant_a.foodlogstats_2026_02_15
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_02_15 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-02-15''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_02_15_idx1 ON tenant_a.foodlogstats_2026_02_15 (id);
CREATE INDEX foodlogstats_2026_02_15_idx2 ON tenant_a.foodlogstats_2026_02_15 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_02_15 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_02_15 TO whadmin;

-- step 65: create materialized view tenant_a.foodlogstats_2026_02_16
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_02_16 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-02-16''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_02_16_idx1 ON tenant_a.foodlogstats_2026_02_16 (id);
CREATE INDEX foodlogstats_2026_02_16_idx2 ON tenant_a.foodlogstats_2026_02_16 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_02_16 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_02_16 TO whadmin;

-- step 66: create materialized view tenant_a.foodlogstats_2026_02_17
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_02_17 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-02-17''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_02_17_idx1 ON tenant_a.foodlogstats_2026_02_17 (id);
CREATE INDEX foodlogstats_2026_02_17_idx2 ON tenant_a.foodlogstats_2026_02_17 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_02_17 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_02_17 TO whadmin;

-- step 67: create materialized view tenant_a.foodlogstats_2026_02_18
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_02_18 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-02-18''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_02_18_idx1 ON tenant_a.foodlogstats_2026_02_18 (id);
CREATE INDEX foodlogstats_2026_02_18_idx2 ON tenant_a.foodlogstats_2026_02_18 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_02_18 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_02_18 TO whadmin;

-- step 68: create materialized view tenant_a.foodlogstats_2026_02_19
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_02_19 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-02-19''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_02_19_idx1 ON tenant_a.foodlogstats_2026_02_19 (id);
CREATE INDEX foodlogstats_2026_02_19_idx2 ON tenant_a.foodlogstats_2026_02_19 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_02_19 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_02_19 TO whadmin;

-- step 69: create materialized view tenant_a.foodlogstats_2026_02_20
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_02_20 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-02-20''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_02_20_idx1 ON tenant_a.foodlogstats_2026_02_20 (id);
CREATE INDEX foodlogstats_2026_02_20_idx2 ON tenant_a.foodlogstats_2026_02_20 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_02_20 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_02_20 TO whadmin;

-- step 70: create materialized view tenant_a.foodlogstats_2026_02_21
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_02_21 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-02-21''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_02_21_idx1 ON tenant_a.foodlogstats_2026_02_21 (id);
CREATE INDEX foodlogstats_2026_02_21_idx2 ON tenant_a.foodlogstats_2026_02_21 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_02_21 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_02_21 TO whadmin;

-- step 71: create materialized view tenant_a.foodlogstats_2026_02_22
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_02_22 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-02-22''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_02_22_idx1 ON tenant_a.foodlogstats_2026_02_22 (id);
CREATE INDEX foodlogstats_2026_02_22_idx2 ON tenant_a.foodlogstats_2026_02_22 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_02_22 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_02_22 TO whadmin;

-- step 72: create materialized view tenant_a.foodlogstats_2026_02_23
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_02_23 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-02-23''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_02_23_idx1 ON tenant_a.foodlogstats_2026_02_23 (id);
CREATE INDEX foodlogstats_2026_02_23_idx2 ON tenant_a.foodlogstats_2026_02_23 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_02_23 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_02_23 TO whadmin;

-- step 73: create materialized view tenant_a.foodlogstats_2026_02_24
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_02_24 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-02-24''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_02_24_idx1 ON tenant_a.foodlogstats_2026_02_24 (id);
CREATE INDEX foodlogstats_2026_02_24_idx2 ON tenant_a.foodlogstats_2026_02_24 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_02_24 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_02_24 TO whadmin;

-- step 74: create materialized view tenant_a.foodlogstats_2026_02_25
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_02_25 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-02-25''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_02_25_idx1 ON tenant_a.foodlogstats_2026_02_25 (id);
CREATE INDEX foodlogstats_2026_02_25_idx2 ON tenant_a.foodlogstats_2026_02_25 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_02_25 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_02_25 TO whadmin;

-- step 75: create materialized view tenant_a.foodlogstats_2026_02_26
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_02_26 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-02-26''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_02_26_idx1 ON tenant_a.foodlogstats_2026_02_26 (id);
CREATE INDEX foodlogstats_2026_02_26_idx2 ON tenant_a.foodlogstats_2026_02_26 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_02_26 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_02_26 TO whadmin;

-- step 76: create materialized view tenant_a.foodlogstats_2026_02_27
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_02_27 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-02-27''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_02_27_idx1 ON tenant_a.foodlogstats_2026_02_27 (id);
CREATE INDEX foodlogstats_2026_02_27_idx2 ON tenant_a.foodlogstats_2026_02_27 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_02_27 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_02_27 TO whadmin;

-- step 77: create materialized view tenant_a.foodlogstats_2026_02_28
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_02_28 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-02-28''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_02_28_idx1 ON tenant_a.foodlogstats_2026_02_28 (id);
CREATE INDEX foodlogstats_2026_02_28_idx2 ON tenant_a.foodlogstats_2026_02_28 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_02_28 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_02_28 TO whadmin;

-- step 78: create materialized view tenant_a.foodlogstats_2026_03_01
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_03_01 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-03-01''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_03_01_idx1 ON tenant_a.foodlogstats_2026_03_01 (id);
CREATE INDEX foodlogstats_2026_03_01_idx2 ON tenant_a.foodlogstats_2026_03_01 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_03_01 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_03_01 TO whadmin;

-- step 79: create materialized view tenant_a.foodlogstats_2026_03_02
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_03_02 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-03-02''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_03_02_idx1 ON tenant_a.foodlogstats_2026_03_02 (id);
CREATE INDEX foodlogstats_2026_03_02_idx2 ON tenant_a.foodlogstats_2026_03_02 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_03_02 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_03_02 TO whadmin;

-- step 80: create materialized view tenant_a.foodlogstats_2026_03_03
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_03_03 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-03-03''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_03_03_idx1 ON tenant_a.foodlogstats_2026_03_03 (id);
CREATE INDEX foodlogstats_2026_03_03_idx2 ON tenant_a.foodlogstats_2026_03_03 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_03_03 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_03_03 TO whadmin;

-- step 81: create materialized view tenant_a.foodlogstats_2026_03_04
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_03_04 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-03-04''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_03_04_idx1 ON tenant_a.foodlogstats_2026_03_04 (id);
CREATE INDEX foodlogstats_2026_03_04_idx2 ON tenant_a.foodlogstats_2026_03_04 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_03_04 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_03_04 TO whadmin;

-- step 82: create materialized view tenant_a.foodlogstats_2026_03_05
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_03_05 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-03-05''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_03_05_idx1 ON tenant_a.foodlogstats_2026_03_05 (id);
CREATE INDEX foodlogstats_2026_03_05_idx2 ON tenant_a.foodlogstats_2026_03_05 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_03_05 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_03_05 TO whadmin;

-- step 83: create materialized view tenant_a.foodlogstats_2026_03_06
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_03_06 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-03-06''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_03_06_idx1 ON tenant_a.foodlogstats_2026_03_06 (id);
CREATE INDEX foodlogstats_2026_03_06_idx2 ON tenant_a.foodlogstats_2026_03_06 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_03_06 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_03_06 TO whadmin;

-- step 84: create materialized view tenant_a.foodlogstats_2026_03_07
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_03_07 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-03-07''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_03_07_idx1 ON tenant_a.foodlogstats_2026_03_07 (id);
CREATE INDEX foodlogstats_2026_03_07_idx2 ON tenant_a.foodlogstats_2026_03_07 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_03_07 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_03_07 TO whadmin;

-- step 85: create materialized view tenant_a.foodlogstats_2026_03_08
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_03_08 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-03-08''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_03_08_idx1 ON tenant_a.foodlogstats_2026_03_08 (id);
CREATE INDEX foodlogstats_2026_03_08_idx2 ON tenant_a.foodlogstats_2026_03_08 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_03_08 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_03_08 TO whadmin;

-- step 86: create materialized view tenant_a.foodlogstats_2026_03_09
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_03_09 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-03-09''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_03_09_idx1 ON tenant_a.foodlogstats_2026_03_09 (id);
CREATE INDEX foodlogstats_2026_03_09_idx2 ON tenant_a.foodlogstats_2026_03_09 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_03_09 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_03_09 TO whadmin;

-- step 87: create materialized view tenant_a.foodlogstats_2026_03_10
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_03_10 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-03-10''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_03_10_idx1 ON tenant_a.foodlogstats_2026_03_10 (id);
CREATE INDEX foodlogstats_2026_03_10_idx2 ON tenant_a.foodlogstats_2026_03_10 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_03_10 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_03_10 TO whadmin;

-- step 88: create materialized view tenant_a.foodlogstats_2026_03_11
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_03_11 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-03-11''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_03_11_idx1 ON tenant_a.foodlogstats_2026_03_11 (id);
CREATE INDEX foodlogstats_2026_03_11_idx2 ON tenant_a.foodlogstats_2026_03_11 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_03_11 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_03_11 TO whadmin;

-- step 89: create materialized view tenant_a.foodlogstats_2026_03_12
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_03_12 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-03-12''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_03_12_idx1 ON tenant_a.foodlogstats_2026_03_12 (id);
CREATE INDEX foodlogstats_2026_03_12_idx2 ON tenant_a.foodlogstats_2026_03_12 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_03_12 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_03_12 TO whadmin;

-- step 90: create materialized view tenant_a.foodlogstats_2026_03_13
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_03_13 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-03-13''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_03_13_idx1 ON tenant_a.foodlogstats_2026_03_13 (id);
CREATE INDEX foodlogstats_2026_03_13_idx2 ON tenant_a.foodlogstats_2026_03_13 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_03_13 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_03_13 TO whadmin;

-- step 91: create materialized view tenant_a.foodlogstats_2026_03_14
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_03_14 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-03-14''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_03_14_idx1 ON tenant_a.foodlogstats_2026_03_14 (id);
CREATE INDEX foodlogstats_2026_03_14_idx2 ON tenant_a.foodlogstats_2026_03_14 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_03_14 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_03_14 TO whadmin;

-- step 92: create materialized view tenant_a.foodlogstats_2026_03_15
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_03_15 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-03-15''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_03_15_idx1 ON tenant_a.foodlogstats_2026_03_15 (id);
CREATE INDEX foodlogstats_2026_03_15_idx2 ON tenant_a.foodlogstats_2026_03_15 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_03_15 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_03_15 TO whadmin;

-- step 93: create materialized view tenant_a.foodlogstats_2026_03_16
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_03_16 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-03-16''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_03_16_idx1 ON tenant_a.foodlogstats_2026_03_16 (id);
CREATE INDEX foodlogstats_2026_03_16_idx2 ON tenant_a.foodlogstats_2026_03_16 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_03_16 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_03_16 TO whadmin;

-- step 94: create materialized view tenant_a.foodlogstats_2026_03_17
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_03_17 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-03-17''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_03_17_idx1 ON tenant_a.foodlogstats_2026_03_17 (id);
CREATE INDEX foodlogstats_2026_03_17_idx2 ON tenant_a.foodlogstats_2026_03_17 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_03_17 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_03_17 TO whadmin;

-- step 95: create materialized view tenant_a.foodlogstats_2026_03_18
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_03_18 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-03-18''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_03_18_idx1 ON tenant_a.foodlogstats_2026_03_18 (id);
CREATE INDEX foodlogstats_2026_03_18_idx2 ON tenant_a.foodlogstats_2026_03_18 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_03_18 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_03_18 TO whadmin;

-- step 96: create materialized view tenant_a.foodlogstats_2026_03_19
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_03_19 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-03-19''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_03_19_idx1 ON tenant_a.foodlogstats_2026_03_19 (id);
CREATE INDEX foodlogstats_2026_03_19_idx2 ON tenant_a.foodlogstats_2026_03_19 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_03_19 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_03_19 TO whadmin;

-- step 97: create materialized view tenant_a.foodlogstats_2026_03_20
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_03_20 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-03-20''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_03_20_idx1 ON tenant_a.foodlogstats_2026_03_20 (id);
CREATE INDEX foodlogstats_2026_03_20_idx2 ON tenant_a.foodlogstats_2026_03_20 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_03_20 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_03_20 TO whadmin;

-- step 98: create materialized view tenant_a.foodlogstats_2026_03_21
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_03_21 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-03-21''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_03_21_idx1 ON tenant_a.foodlogstats_2026_03_21 (id);
CREATE INDEX foodlogstats_2026_03_21_idx2 ON tenant_a.foodlogstats_2026_03_21 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_03_21 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_03_21 TO whadmin;

-- step 99: create materialized view tenant_a.foodlogstats_2026_03_22
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_03_22 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-03-22''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_03_22_idx1 ON tenant_a.foodlogstats_2026_03_22 (id);
CREATE INDEX foodlogstats_2026_03_22_idx2 ON tenant_a.foodlogstats_2026_03_22 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_03_22 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_03_22 TO whadmin;

-- step 100: create materialized view tenant_a.foodlogstats_2026_03_23
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_03_23 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-03-23''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_03_23_idx1 ON tenant_a.foodlogstats_2026_03_23 (id);
CREATE INDEX foodlogstats_2026_03_23_idx2 ON tenant_a.foodlogstats_2026_03_23 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_03_23 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_03_23 TO whadmin;

-- step 101: create materialized view tenant_a.foodlogstats_2026_03_24
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_03_24 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-03-24''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_03_24_idx1 ON tenant_a.foodlogstats_2026_03_24 (id);
CREATE INDEX foodlogstats_2026_03_24_idx2 ON tenant_a.foodlogstats_2026_03_24 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_03_24 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_03_24 TO whadmin;

-- step 102: create materialized view tenant_a.foodlogstats_2026_03_25
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_03_25 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-03-25''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_03_25_idx1 ON tenant_a.foodlogstats_2026_03_25 (id);
CREATE INDEX foodlogstats_2026_03_25_idx2 ON tenant_a.foodlogstats_2026_03_25 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_03_25 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_03_25 TO whadmin;

-- step 103: create materialized view tenant_a.foodlogstats_2026_03_26
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_03_26 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-03-26''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_03_26_idx1 ON tenant_a.foodlogstats_2026_03_26 (id);
CREATE INDEX foodlogstats_2026_03_26_idx2 ON tenant_a.foodlogstats_2026_03_26 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_03_26 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_03_26 TO whadmin;

-- step 104: create materialized view tenant_a.foodlogstats_2026_03_27
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_03_27 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-03-27''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_03_27_idx1 ON tenant_a.foodlogstats_2026_03_27 (id);
CREATE INDEX foodlogstats_2026_03_27_idx2 ON tenant_a.foodlogstats_2026_03_27 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_03_27 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_03_27 TO whadmin;

-- step 105: create materialized view tenant_a.foodlogstats_2026_03_28
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_03_28 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-03-28''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_03_28_idx1 ON tenant_a.foodlogstats_2026_03_28 (id);
CREATE INDEX foodlogstats_2026_03_28_idx2 ON tenant_a.foodlogstats_2026_03_28 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_03_28 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_03_28 TO whadmin;

-- step 106: create materialized view tenant_a.foodlogstats_2026_03_29
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_03_29 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-03-29''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_03_29_idx1 ON tenant_a.foodlogstats_2026_03_29 (id);
CREATE INDEX foodlogstats_2026_03_29_idx2 ON tenant_a.foodlogstats_2026_03_29 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_03_29 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_03_29 TO whadmin;

-- step 107: create materialized view tenant_a.foodlogstats_2026_03_30
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_03_30 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-03-30''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_03_30_idx1 ON tenant_a.foodlogstats_2026_03_30 (id);
CREATE INDEX foodlogstats_2026_03_30_idx2 ON tenant_a.foodlogstats_2026_03_30 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_03_30 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_03_30 TO whadmin;

-- step 108: create materialized view tenant_a.foodlogstats_2026_03_31
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_03_31 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-03-31''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_03_31_idx1 ON tenant_a.foodlogstats_2026_03_31 (id);
CREATE INDEX foodlogstats_2026_03_31_idx2 ON tenant_a.foodlogstats_2026_03_31 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_03_31 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_03_31 TO whadmin;

-- step 109: create materialized view tenant_a.foodlogstats_2026_04_01
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_04_01 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-04-01''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_04_01_idx1 ON tenant_a.foodlogstats_2026_04_01 (id);
CREATE INDEX foodlogstats_2026_04_01_idx2 ON tenant_a.foodlogstats_2026_04_01 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_04_01 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_04_01 TO whadmin;

-- step 110: create materialized view tenant_a.foodlogstats_2026_04_02
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_04_02 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-04-02''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_04_02_idx1 ON tenant_a.foodlogstats_2026_04_02 (id);
CREATE INDEX foodlogstats_2026_04_02_idx2 ON tenant_a.foodlogstats_2026_04_02 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_04_02 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_04_02 TO whadmin;

-- step 111: create materialized view tenant_a.foodlogstats_2026_04_03
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_04_03 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-04-03''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_04_03_idx1 ON tenant_a.foodlogstats_2026_04_03 (id);
CREATE INDEX foodlogstats_2026_04_03_idx2 ON tenant_a.foodlogstats_2026_04_03 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_04_03 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_04_03 TO whadmin;

-- step 112: create materialized view tenant_a.foodlogstats_2026_04_04
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_04_04 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-04-04''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_04_04_idx1 ON tenant_a.foodlogstats_2026_04_04 (id);
CREATE INDEX foodlogstats_2026_04_04_idx2 ON tenant_a.foodlogstats_2026_04_04 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_04_04 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_04_04 TO whadmin;

-- step 113: create materialized view tenant_a.foodlogstats_2026_04_05
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_04_05 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-04-05''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_04_05_idx1 ON tenant_a.foodlogstats_2026_04_05 (id);
CREATE INDEX foodlogstats_2026_04_05_idx2 ON tenant_a.foodlogstats_2026_04_05 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_04_05 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_04_05 TO whadmin;

-- step 114: create materialized view tenant_a.foodlogstats_2026_04_06
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_04_06 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-04-06''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_04_06_idx1 ON tenant_a.foodlogstats_2026_04_06 (id);
CREATE INDEX foodlogstats_2026_04_06_idx2 ON tenant_a.foodlogstats_2026_04_06 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_04_06 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_04_06 TO whadmin;

-- step 115: create materialized view tenant_a.foodlogstats_2026_04_07
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_04_07 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-04-07''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_04_07_idx1 ON tenant_a.foodlogstats_2026_04_07 (id);
CREATE INDEX foodlogstats_2026_04_07_idx2 ON tenant_a.foodlogstats_2026_04_07 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_04_07 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_04_07 TO whadmin;

-- step 116: create materialized view tenant_a.foodlogstats_2026_04_08
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_04_08 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-04-08''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_04_08_idx1 ON tenant_a.foodlogstats_2026_04_08 (id);
CREATE INDEX foodlogstats_2026_04_08_idx2 ON tenant_a.foodlogstats_2026_04_08 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_04_08 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_04_08 TO whadmin;

-- step 117: create materialized view tenant_a.foodlogstats_2026_04_09
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_04_09 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-04-09''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_04_09_idx1 ON tenant_a.foodlogstats_2026_04_09 (id);
CREATE INDEX foodlogstats_2026_04_09_idx2 ON tenant_a.foodlogstats_2026_04_09 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_04_09 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_04_09 TO whadmin;

-- step 118: create materialized view tenant_a.foodlogstats_2026_04_10
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_04_10 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-04-10''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_04_10_idx1 ON tenant_a.foodlogstats_2026_04_10 (id);
CREATE INDEX foodlogstats_2026_04_10_idx2 ON tenant_a.foodlogstats_2026_04_10 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_04_10 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_04_10 TO whadmin;

-- step 119: create materialized view tenant_a.foodlogstats_2026_04_11
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_04_11 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-04-11''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_04_11_idx1 ON tenant_a.foodlogstats_2026_04_11 (id);
CREATE INDEX foodlogstats_2026_04_11_idx2 ON tenant_a.foodlogstats_2026_04_11 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_04_11 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_04_11 TO whadmin;

-- step 120: create materialized view tenant_a.foodlogstats_2026_04_12
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_04_12 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-04-12''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_04_12_idx1 ON tenant_a.foodlogstats_2026_04_12 (id);
CREATE INDEX foodlogstats_2026_04_12_idx2 ON tenant_a.foodlogstats_2026_04_12 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_04_12 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_04_12 TO whadmin;

-- step 121: create materialized view tenant_a.foodlogstats_2026_04_13
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_04_13 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-04-13''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_04_13_idx1 ON tenant_a.foodlogstats_2026_04_13 (id);
CREATE INDEX foodlogstats_2026_04_13_idx2 ON tenant_a.foodlogstats_2026_04_13 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_04_13 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_04_13 TO whadmin;

-- step 122: create materialized view tenant_a.foodlogstats_2026_04_14
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_04_14 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-04-14''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_04_14_idx1 ON tenant_a.foodlogstats_2026_04_14 (id);
CREATE INDEX foodlogstats_2026_04_14_idx2 ON tenant_a.foodlogstats_2026_04_14 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_04_14 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_04_14 TO whadmin;

-- step 123: create materialized view tenant_a.foodlogstats_2026_04_15
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_04_15 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-04-15''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_04_15_idx1 ON tenant_a.foodlogstats_2026_04_15 (id);
CREATE INDEX foodlogstats_2026_04_15_idx2 ON tenant_a.foodlogstats_2026_04_15 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_04_15 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_04_15 TO whadmin;

-- step 124: create materialized view tenant_a.foodlogstats_2026_04_16
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_04_16 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-04-16''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_04_16_idx1 ON tenant_a.foodlogstats_2026_04_16 (id);
CREATE INDEX foodlogstats_2026_04_16_idx2 ON tenant_a.foodlogstats_2026_04_16 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_04_16 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_04_16 TO whadmin;

-- step 125: create materialized view tenant_a.foodlogstats_2026_04_17
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_04_17 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-04-17''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_04_17_idx1 ON tenant_a.foodlogstats_2026_04_17 (id);
CREATE INDEX foodlogstats_2026_04_17_idx2 ON tenant_a.foodlogstats_2026_04_17 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_04_17 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_04_17 TO whadmin;

-- step 126: create materialized view tenant_a.foodlogstats_2026_04_18
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_04_18 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-04-18''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_04_18_idx1 ON tenant_a.foodlogstats_2026_04_18 (id);
CREATE INDEX foodlogstats_2026_04_18_idx2 ON tenant_a.foodlogstats_2026_04_18 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_04_18 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_04_18 TO whadmin;

-- step 127: create materialized view tenant_a.foodlogstats_2026_04_19
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_04_19 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-04-19''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_04_19_idx1 ON tenant_a.foodlogstats_2026_04_19 (id);
CREATE INDEX foodlogstats_2026_04_19_idx2 ON tenant_a.foodlogstats_2026_04_19 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_04_19 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_04_19 TO whadmin;

-- step 128: create materialized view tenant_a.foodlogstats_2026_04_20
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_04_20 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-04-20''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_04_20_idx1 ON tenant_a.foodlogstats_2026_04_20 (id);
CREATE INDEX foodlogstats_2026_04_20_idx2 ON tenant_a.foodlogstats_2026_04_20 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_04_20 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_04_20 TO whadmin;

-- step 129: create materialized view tenant_a.foodlogstats_2026_04_21
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_04_21 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-04-21''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_04_21_idx1 ON tenant_a.foodlogstats_2026_04_21 (id);
CREATE INDEX foodlogstats_2026_04_21_idx2 ON tenant_a.foodlogstats_2026_04_21 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_04_21 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_04_21 TO whadmin;

-- step 130: create materialized view tenant_a.foodlogstats_2026_04_22
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_04_22 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-04-22''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_04_22_idx1 ON tenant_a.foodlogstats_2026_04_22 (id);
CREATE INDEX foodlogstats_2026_04_22_idx2 ON tenant_a.foodlogstats_2026_04_22 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_04_22 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_04_22 TO whadmin;

-- step 131: create materialized view tenant_a.foodlogstats_2026_04_23
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_04_23 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-04-23''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_04_23_idx1 ON tenant_a.foodlogstats_2026_04_23 (id);
CREATE INDEX foodlogstats_2026_04_23_idx2 ON tenant_a.foodlogstats_2026_04_23 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_04_23 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_04_23 TO whadmin;

-- step 132: create materialized view tenant_a.foodlogstats_2026_04_24
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_04_24 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-04-24''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_04_24_idx1 ON tenant_a.foodlogstats_2026_04_24 (id);
CREATE INDEX foodlogstats_2026_04_24_idx2 ON tenant_a.foodlogstats_2026_04_24 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_04_24 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_04_24 TO whadmin;

-- step 133: create materialized view tenant_a.foodlogstats_2026_04_25
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_04_25 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-04-25''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_04_25_idx1 ON tenant_a.foodlogstats_2026_04_25 (id);
CREATE INDEX foodlogstats_2026_04_25_idx2 ON tenant_a.foodlogstats_2026_04_25 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_04_25 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_04_25 TO whadmin;

-- step 134: create materialized view tenant_a.foodlogstats_2026_04_26
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_04_26 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-04-26''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_04_26_idx1 ON tenant_a.foodlogstats_2026_04_26 (id);
CREATE INDEX foodlogstats_2026_04_26_idx2 ON tenant_a.foodlogstats_2026_04_26 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_04_26 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_04_26 TO whadmin;

-- step 135: create materialized view tenant_a.foodlogstats_2026_04_27
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_04_27 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-04-27''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_04_27_idx1 ON tenant_a.foodlogstats_2026_04_27 (id);
CREATE INDEX foodlogstats_2026_04_27_idx2 ON tenant_a.foodlogstats_2026_04_27 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_04_27 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_04_27 TO whadmin;

-- step 136: create materialized view tenant_a.foodlogstats_2026_04_28
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_04_28 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-04-28''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_04_28_idx1 ON tenant_a.foodlogstats_2026_04_28 (id);
CREATE INDEX foodlogstats_2026_04_28_idx2 ON tenant_a.foodlogstats_2026_04_28 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_04_28 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_04_28 TO whadmin;

-- step 137: create materialized view tenant_a.foodlogstats_2026_04_29
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_04_29 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-04-29''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_04_29_idx1 ON tenant_a.foodlogstats_2026_04_29 (id);
CREATE INDEX foodlogstats_2026_04_29_idx2 ON tenant_a.foodlogstats_2026_04_29 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_04_29 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_04_29 TO whadmin;

-- step 138: create materialized view tenant_a.foodlogstats_2026_04_30
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_04_30 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-04-30''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_04_30_idx1 ON tenant_a.foodlogstats_2026_04_30 (id);
CREATE INDEX foodlogstats_2026_04_30_idx2 ON tenant_a.foodlogstats_2026_04_30 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_04_30 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_04_30 TO whadmin;

-- step 139: create materialized view tenant_a.foodlogstats_2026_05_01
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_05_01 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-05-01''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_05_01_idx1 ON tenant_a.foodlogstats_2026_05_01 (id);
CREATE INDEX foodlogstats_2026_05_01_idx2 ON tenant_a.foodlogstats_2026_05_01 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_05_01 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_05_01 TO whadmin;

-- step 140: create materialized view tenant_a.foodlogstats_2026_05_02
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_05_02 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-05-02''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_05_02_idx1 ON tenant_a.foodlogstats_2026_05_02 (id);
CREATE INDEX foodlogstats_2026_05_02_idx2 ON tenant_a.foodlogstats_2026_05_02 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_05_02 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_05_02 TO whadmin;

-- step 141: create materialized view tenant_a.foodlogstats_2026_05_03
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_05_03 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-05-03''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_05_03_idx1 ON tenant_a.foodlogstats_2026_05_03 (id);
CREATE INDEX foodlogstats_2026_05_03_idx2 ON tenant_a.foodlogstats_2026_05_03 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_05_03 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_05_03 TO whadmin;

-- step 142: create materialized view tenant_a.foodlogstats_2026_05_04
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_05_04 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-05-04''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_05_04_idx1 ON tenant_a.foodlogstats_2026_05_04 (id);
CREATE INDEX foodlogstats_2026_05_04_idx2 ON tenant_a.foodlogstats_2026_05_04 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_05_04 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_05_04 TO whadmin;

-- step 143: create materialized view tenant_a.foodlogstats_2026_05_05
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_05_05 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-05-05''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_05_05_idx1 ON tenant_a.foodlogstats_2026_05_05 (id);
CREATE INDEX foodlogstats_2026_05_05_idx2 ON tenant_a.foodlogstats_2026_05_05 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_05_05 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_05_05 TO whadmin;

-- step 144: create materialized view tenant_a.foodlogstats_2026_05_06
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_05_06 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-05-06''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_05_06_idx1 ON tenant_a.foodlogstats_2026_05_06 (id);
CREATE INDEX foodlogstats_2026_05_06_idx2 ON tenant_a.foodlogstats_2026_05_06 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_05_06 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_05_06 TO whadmin;

-- step 145: create materialized view tenant_a.foodlogstats_2026_05_07
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_05_07 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-05-07''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_05_07_idx1 ON tenant_a.foodlogstats_2026_05_07 (id);
CREATE INDEX foodlogstats_2026_05_07_idx2 ON tenant_a.foodlogstats_2026_05_07 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_05_07 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_05_07 TO whadmin;

-- step 146: create materialized view tenant_a.foodlogstats_2026_05_08
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_05_08 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-05-08''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_05_08_idx1 ON tenant_a.foodlogstats_2026_05_08 (id);
CREATE INDEX foodlogstats_2026_05_08_idx2 ON tenant_a.foodlogstats_2026_05_08 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_05_08 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_05_08 TO whadmin;

-- step 147: create materialized view tenant_a.foodlogstats_2026_05_09
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_05_09 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-05-09''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_05_09_idx1 ON tenant_a.foodlogstats_2026_05_09 (id);
CREATE INDEX foodlogstats_2026_05_09_idx2 ON tenant_a.foodlogstats_2026_05_09 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_05_09 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_05_09 TO whadmin;

-- step 148: create materialized view tenant_a.foodlogstats_2026_05_10
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_05_10 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-05-10''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_05_10_idx1 ON tenant_a.foodlogstats_2026_05_10 (id);
CREATE INDEX foodlogstats_2026_05_10_idx2 ON tenant_a.foodlogstats_2026_05_10 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_05_10 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_05_10 TO whadmin;

-- step 149: create materialized view tenant_a.foodlogstats_2026_05_11
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_05_11 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-05-11''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_05_11_idx1 ON tenant_a.foodlogstats_2026_05_11 (id);
CREATE INDEX foodlogstats_2026_05_11_idx2 ON tenant_a.foodlogstats_2026_05_11 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_05_11 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_05_11 TO whadmin;

-- step 150: create materialized view tenant_a.foodlogstats_2026_05_12
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_05_12 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-05-12''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_05_12_idx1 ON tenant_a.foodlogstats_2026_05_12 (id);
CREATE INDEX foodlogstats_2026_05_12_idx2 ON tenant_a.foodlogstats_2026_05_12 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_05_12 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_05_12 TO whadmin;

-- step 151: create materialized view tenant_a.foodlogstats_2026_05_13
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_05_13 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-05-13''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_05_13_idx1 ON tenant_a.foodlogstats_2026_05_13 (id);
CREATE INDEX foodlogstats_2026_05_13_idx2 ON tenant_a.foodlogstats_2026_05_13 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_05_13 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_05_13 TO whadmin;

-- step 152: create materialized view tenant_a.foodlogstats_2026_05_14
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_05_14 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-05-14''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_05_14_idx1 ON tenant_a.foodlogstats_2026_05_14 (id);
CREATE INDEX foodlogstats_2026_05_14_idx2 ON tenant_a.foodlogstats_2026_05_14 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_05_14 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_05_14 TO whadmin;

-- step 153: create materialized view tenant_a.foodlogstats_2026_05_15
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_05_15 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-05-15''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_05_15_idx1 ON tenant_a.foodlogstats_2026_05_15 (id);
CREATE INDEX foodlogstats_2026_05_15_idx2 ON tenant_a.foodlogstats_2026_05_15 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_05_15 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_05_15 TO whadmin;

-- step 154: create materialized view tenant_a.foodlogstats_2026_05_16
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_05_16 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-05-16''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_05_16_idx1 ON tenant_a.foodlogstats_2026_05_16 (id);
CREATE INDEX foodlogstats_2026_05_16_idx2 ON tenant_a.foodlogstats_2026_05_16 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_05_16 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_05_16 TO whadmin;

-- step 155: create materialized view tenant_a.foodlogstats_2026_05_17
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_05_17 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-05-17''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_05_17_idx1 ON tenant_a.foodlogstats_2026_05_17 (id);
CREATE INDEX foodlogstats_2026_05_17_idx2 ON tenant_a.foodlogstats_2026_05_17 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_05_17 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_05_17 TO whadmin;

-- step 156: create materialized view tenant_a.foodlogstats_2026_05_18
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_05_18 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-05-18''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_05_18_idx1 ON tenant_a.foodlogstats_2026_05_18 (id);
CREATE INDEX foodlogstats_2026_05_18_idx2 ON tenant_a.foodlogstats_2026_05_18 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_05_18 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_05_18 TO whadmin;

-- step 157: create materialized view tenant_a.foodlogstats_2026_05_19
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_05_19 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-05-19''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_05_19_idx1 ON tenant_a.foodlogstats_2026_05_19 (id);
CREATE INDEX foodlogstats_2026_05_19_idx2 ON tenant_a.foodlogstats_2026_05_19 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_05_19 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_05_19 TO whadmin;

-- step 158: create materialized view tenant_a.foodlogstats_2026_05_20
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_05_20 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-05-20''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_05_20_idx1 ON tenant_a.foodlogstats_2026_05_20 (id);
CREATE INDEX foodlogstats_2026_05_20_idx2 ON tenant_a.foodlogstats_2026_05_20 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_05_20 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_05_20 TO whadmin;

-- step 159: create materialized view tenant_a.foodlogstats_2026_05_21
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_05_21 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-05-21''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_05_21_idx1 ON tenant_a.foodlogstats_2026_05_21 (id);
CREATE INDEX foodlogstats_2026_05_21_idx2 ON tenant_a.foodlogstats_2026_05_21 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_05_21 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_05_21 TO whadmin;

-- step 160: create materialized view tenant_a.foodlogstats_2026_05_22
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_05_22 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-05-22''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_05_22_idx1 ON tenant_a.foodlogstats_2026_05_22 (id);
CREATE INDEX foodlogstats_2026_05_22_idx2 ON tenant_a.foodlogstats_2026_05_22 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_05_22 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_05_22 TO whadmin;

-- step 161: create materialized view tenant_a.foodlogstats_2026_05_23
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_05_23 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-05-23''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_05_23_idx1 ON tenant_a.foodlogstats_2026_05_23 (id);
CREATE INDEX foodlogstats_2026_05_23_idx2 ON tenant_a.foodlogstats_2026_05_23 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_05_23 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_05_23 TO whadmin;

-- step 162: create materialized view tenant_a.foodlogstats_2026_05_24
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_05_24 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-05-24''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_05_24_idx1 ON tenant_a.foodlogstats_2026_05_24 (id);
CREATE INDEX foodlogstats_2026_05_24_idx2 ON tenant_a.foodlogstats_2026_05_24 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_05_24 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_05_24 TO whadmin;

-- step 163: create materialized view tenant_a.foodlogstats_2026_05_25
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_05_25 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-05-25''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_05_25_idx1 ON tenant_a.foodlogstats_2026_05_25 (id);
CREATE INDEX foodlogstats_2026_05_25_idx2 ON tenant_a.foodlogstats_2026_05_25 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_05_25 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_05_25 TO whadmin;

-- step 164: create materialized view tenant_a.foodlogstats_2026_05_26
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_05_26 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-05-26''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_05_26_idx1 ON tenant_a.foodlogstats_2026_05_26 (id);
CREATE INDEX foodlogstats_2026_05_26_idx2 ON tenant_a.foodlogstats_2026_05_26 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_05_26 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_05_26 TO whadmin;

-- step 165: create materialized view tenant_a.foodlogstats_2026_05_27
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_05_27 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-05-27''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_05_27_idx1 ON tenant_a.foodlogstats_2026_05_27 (id);
CREATE INDEX foodlogstats_2026_05_27_idx2 ON tenant_a.foodlogstats_2026_05_27 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_05_27 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_05_27 TO whadmin;

-- step 166: create materialized view tenant_a.foodlogstats_2026_05_28
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_05_28 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-05-28''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_05_28_idx1 ON tenant_a.foodlogstats_2026_05_28 (id);
CREATE INDEX foodlogstats_2026_05_28_idx2 ON tenant_a.foodlogstats_2026_05_28 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_05_28 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_05_28 TO whadmin;

-- step 167: create materialized view tenant_a.foodlogstats_2026_05_29
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_05_29 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-05-29''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_05_29_idx1 ON tenant_a.foodlogstats_2026_05_29 (id);
CREATE INDEX foodlogstats_2026_05_29_idx2 ON tenant_a.foodlogstats_2026_05_29 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_05_29 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_05_29 TO whadmin;

-- step 168: create materialized view tenant_a.foodlogstats_2026_05_30
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_05_30 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-05-30''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_05_30_idx1 ON tenant_a.foodlogstats_2026_05_30 (id);
CREATE INDEX foodlogstats_2026_05_30_idx2 ON tenant_a.foodlogstats_2026_05_30 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_05_30 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_05_30 TO whadmin;

-- step 169: create materialized view tenant_a.foodlogstats_2026_05_31
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_05_31 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-05-31''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_05_31_idx1 ON tenant_a.foodlogstats_2026_05_31 (id);
CREATE INDEX foodlogstats_2026_05_31_idx2 ON tenant_a.foodlogstats_2026_05_31 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_05_31 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_05_31 TO whadmin;

-- step 170: create materialized view tenant_a.foodlogstats_2026_06_01
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_06_01 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-06-01''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_06_01_idx1 ON tenant_a.foodlogstats_2026_06_01 (id);
CREATE INDEX foodlogstats_2026_06_01_idx2 ON tenant_a.foodlogstats_2026_06_01 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_06_01 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_06_01 TO whadmin;

-- step 171: create materialized view tenant_a.foodlogstats_2026_06_02
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_06_02 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-06-02''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_06_02_idx1 ON tenant_a.foodlogstats_2026_06_02 (id);
CREATE INDEX foodlogstats_2026_06_02_idx2 ON tenant_a.foodlogstats_2026_06_02 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_06_02 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_06_02 TO whadmin;

-- step 172: create materialized view tenant_a.foodlogstats_2026_06_03
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_06_03 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-06-03''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_06_03_idx1 ON tenant_a.foodlogstats_2026_06_03 (id);
CREATE INDEX foodlogstats_2026_06_03_idx2 ON tenant_a.foodlogstats_2026_06_03 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_06_03 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_06_03 TO whadmin;

-- step 173: create materialized view tenant_a.foodlogstats_2026_06_04
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_06_04 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-06-04''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_06_04_idx1 ON tenant_a.foodlogstats_2026_06_04 (id);
CREATE INDEX foodlogstats_2026_06_04_idx2 ON tenant_a.foodlogstats_2026_06_04 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_06_04 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_06_04 TO whadmin;

-- step 174: create materialized view tenant_a.foodlogstats_2026_06_05
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_06_05 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-06-05''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_06_05_idx1 ON tenant_a.foodlogstats_2026_06_05 (id);
CREATE INDEX foodlogstats_2026_06_05_idx2 ON tenant_a.foodlogstats_2026_06_05 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_06_05 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_06_05 TO whadmin;

-- step 175: create materialized view tenant_a.foodlogstats_2026_06_06
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_06_06 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-06-06''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_06_06_idx1 ON tenant_a.foodlogstats_2026_06_06 (id);
CREATE INDEX foodlogstats_2026_06_06_idx2 ON tenant_a.foodlogstats_2026_06_06 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_06_06 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_06_06 TO whadmin;

-- step 176: create materialized view tenant_a.foodlogstats_2026_06_07
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_06_07 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-06-07''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_06_07_idx1 ON tenant_a.foodlogstats_2026_06_07 (id);
CREATE INDEX foodlogstats_2026_06_07_idx2 ON tenant_a.foodlogstats_2026_06_07 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_06_07 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_06_07 TO whadmin;

-- step 177: create materialized view tenant_a.foodlogstats_2026_06_08
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_06_08 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-06-08''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_06_08_idx1 ON tenant_a.foodlogstats_2026_06_08 (id);
CREATE INDEX foodlogstats_2026_06_08_idx2 ON tenant_a.foodlogstats_2026_06_08 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_06_08 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_06_08 TO whadmin;

-- step 178: create materialized view tenant_a.foodlogstats_2026_06_09
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_06_09 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-06-09''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_06_09_idx1 ON tenant_a.foodlogstats_2026_06_09 (id);
CREATE INDEX foodlogstats_2026_06_09_idx2 ON tenant_a.foodlogstats_2026_06_09 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_06_09 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_06_09 TO whadmin;

-- step 179: create materialized view tenant_a.foodlogstats_2026_06_10
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_06_10 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-06-10''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_06_10_idx1 ON tenant_a.foodlogstats_2026_06_10 (id);
CREATE INDEX foodlogstats_2026_06_10_idx2 ON tenant_a.foodlogstats_2026_06_10 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_06_10 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_06_10 TO whadmin;

-- step 180: create materialized view tenant_a.foodlogstats_2026_06_11
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_06_11 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-06-11''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_06_11_idx1 ON tenant_a.foodlogstats_2026_06_11 (id);
CREATE INDEX foodlogstats_2026_06_11_idx2 ON tenant_a.foodlogstats_2026_06_11 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_06_11 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_06_11 TO whadmin;

-- step 181: create materialized view tenant_a.foodlogstats_2026_06_12
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_06_12 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-06-12''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_06_12_idx1 ON tenant_a.foodlogstats_2026_06_12 (id);
CREATE INDEX foodlogstats_2026_06_12_idx2 ON tenant_a.foodlogstats_2026_06_12 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_06_12 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_06_12 TO whadmin;

-- step 182: create materialized view tenant_a.foodlogstats_2026_06_13
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_06_13 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-06-13''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_06_13_idx1 ON tenant_a.foodlogstats_2026_06_13 (id);
CREATE INDEX foodlogstats_2026_06_13_idx2 ON tenant_a.foodlogstats_2026_06_13 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_06_13 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_06_13 TO whadmin;

-- step 183: create materialized view tenant_a.foodlogstats_2026_06_14
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_06_14 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-06-14''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_06_14_idx1 ON tenant_a.foodlogstats_2026_06_14 (id);
CREATE INDEX foodlogstats_2026_06_14_idx2 ON tenant_a.foodlogstats_2026_06_14 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_06_14 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_06_14 TO whadmin;

-- step 184: create materialized view tenant_a.foodlogstats_2026_06_15
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_06_15 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-06-15''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_06_15_idx1 ON tenant_a.foodlogstats_2026_06_15 (id);
CREATE INDEX foodlogstats_2026_06_15_idx2 ON tenant_a.foodlogstats_2026_06_15 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_06_15 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_06_15 TO whadmin;

-- step 185: create materialized view tenant_a.foodlogstats_2026_06_16
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_06_16 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-06-16''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_06_16_idx1 ON tenant_a.foodlogstats_2026_06_16 (id);
CREATE INDEX foodlogstats_2026_06_16_idx2 ON tenant_a.foodlogstats_2026_06_16 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_06_16 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_06_16 TO whadmin;

-- step 186: create materialized view tenant_a.foodlogstats_2026_06_17
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_06_17 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-06-17''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_06_17_idx1 ON tenant_a.foodlogstats_2026_06_17 (id);
CREATE INDEX foodlogstats_2026_06_17_idx2 ON tenant_a.foodlogstats_2026_06_17 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_06_17 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_06_17 TO whadmin;

-- step 187: create materialized view tenant_a.foodlogstats_2026_06_18
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_06_18 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-06-18''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_06_18_idx1 ON tenant_a.foodlogstats_2026_06_18 (id);
CREATE INDEX foodlogstats_2026_06_18_idx2 ON tenant_a.foodlogstats_2026_06_18 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_06_18 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_06_18 TO whadmin;

-- step 188: create materialized view tenant_a.foodlogstats_2026_06_19
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_06_19 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-06-19''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_06_19_idx1 ON tenant_a.foodlogstats_2026_06_19 (id);
CREATE INDEX foodlogstats_2026_06_19_idx2 ON tenant_a.foodlogstats_2026_06_19 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_06_19 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_06_19 TO whadmin;

-- step 189: create materialized view tenant_a.foodlogstats_2026_06_20
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_06_20 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-06-20''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_06_20_idx1 ON tenant_a.foodlogstats_2026_06_20 (id);
CREATE INDEX foodlogstats_2026_06_20_idx2 ON tenant_a.foodlogstats_2026_06_20 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_06_20 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_06_20 TO whadmin;

-- step 190: create materialized view tenant_a.foodlogstats_2026_06_21
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_06_21 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-06-21''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_06_21_idx1 ON tenant_a.foodlogstats_2026_06_21 (id);
CREATE INDEX foodlogstats_2026_06_21_idx2 ON tenant_a.foodlogstats_2026_06_21 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_06_21 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_06_21 TO whadmin;

-- step 191: create materialized view tenant_a.foodlogstats_2026_06_22
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_06_22 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-06-22''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_06_22_idx1 ON tenant_a.foodlogstats_2026_06_22 (id);
CREATE INDEX foodlogstats_2026_06_22_idx2 ON tenant_a.foodlogstats_2026_06_22 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_06_22 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_06_22 TO whadmin;

-- step 192: create materialized view tenant_a.foodlogstats_2026_06_23
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_06_23 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-06-23''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_06_23_idx1 ON tenant_a.foodlogstats_2026_06_23 (id);
CREATE INDEX foodlogstats_2026_06_23_idx2 ON tenant_a.foodlogstats_2026_06_23 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_06_23 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_06_23 TO whadmin;

-- step 193: create materialized view tenant_a.foodlogstats_2026_06_24
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_06_24 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-06-24''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_06_24_idx1 ON tenant_a.foodlogstats_2026_06_24 (id);
CREATE INDEX foodlogstats_2026_06_24_idx2 ON tenant_a.foodlogstats_2026_06_24 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_06_24 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_06_24 TO whadmin;

-- step 194: create materialized view tenant_a.foodlogstats_2026_06_25
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_06_25 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-06-25''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_06_25_idx1 ON tenant_a.foodlogstats_2026_06_25 (id);
CREATE INDEX foodlogstats_2026_06_25_idx2 ON tenant_a.foodlogstats_2026_06_25 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_06_25 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_06_25 TO whadmin;

-- step 195: create materialized view tenant_a.foodlogstats_2026_06_26
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_06_26 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-06-26''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_06_26_idx1 ON tenant_a.foodlogstats_2026_06_26 (id);
CREATE INDEX foodlogstats_2026_06_26_idx2 ON tenant_a.foodlogstats_2026_06_26 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_06_26 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_06_26 TO whadmin;

-- step 196: create materialized view tenant_a.foodlogstats_2026_06_27
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_06_27 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-06-27''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_06_27_idx1 ON tenant_a.foodlogstats_2026_06_27 (id);
CREATE INDEX foodlogstats_2026_06_27_idx2 ON tenant_a.foodlogstats_2026_06_27 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_06_27 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_06_27 TO whadmin;

-- step 197: create materialized view tenant_a.foodlogstats_2026_06_28
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_06_28 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-06-28''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_06_28_idx1 ON tenant_a.foodlogstats_2026_06_28 (id);
CREATE INDEX foodlogstats_2026_06_28_idx2 ON tenant_a.foodlogstats_2026_06_28 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_06_28 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_06_28 TO whadmin;

-- step 198: create materialized view tenant_a.foodlogstats_2026_06_29
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_06_29 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-06-29''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_06_29_idx1 ON tenant_a.foodlogstats_2026_06_29 (id);
CREATE INDEX foodlogstats_2026_06_29_idx2 ON tenant_a.foodlogstats_2026_06_29 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_06_29 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_06_29 TO whadmin;

-- step 199: create materialized view tenant_a.foodlogstats_2026_06_30
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_06_30 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-06-30''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_06_30_idx1 ON tenant_a.foodlogstats_2026_06_30 (id);
CREATE INDEX foodlogstats_2026_06_30_idx2 ON tenant_a.foodlogstats_2026_06_30 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_06_30 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_06_30 TO whadmin;

-- step 200: create materialized view tenant_a.foodlogstats_2026_07_01
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_07_01 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-07-01''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_07_01_idx1 ON tenant_a.foodlogstats_2026_07_01 (id);
CREATE INDEX foodlogstats_2026_07_01_idx2 ON tenant_a.foodlogstats_2026_07_01 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_07_01 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_07_01 TO whadmin;

-- step 201: create materialized view tenant_a.foodlogstats_2026_07_02
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_07_02 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-07-02''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_07_02_idx1 ON tenant_a.foodlogstats_2026_07_02 (id);
CREATE INDEX foodlogstats_2026_07_02_idx2 ON tenant_a.foodlogstats_2026_07_02 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_07_02 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_07_02 TO whadmin;

-- step 202: create materialized view tenant_a.foodlogstats_2026_07_03
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_07_03 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-07-03''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_07_03_idx1 ON tenant_a.foodlogstats_2026_07_03 (id);
CREATE INDEX foodlogstats_2026_07_03_idx2 ON tenant_a.foodlogstats_2026_07_03 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_07_03 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_07_03 TO whadmin;

-- step 203: create materialized view tenant_a.foodlogstats_2026_07_04
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_07_04 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-07-04''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_07_04_idx1 ON tenant_a.foodlogstats_2026_07_04 (id);
CREATE INDEX foodlogstats_2026_07_04_idx2 ON tenant_a.foodlogstats_2026_07_04 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_07_04 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_07_04 TO whadmin;

-- step 204: create materialized view tenant_a.foodlogstats_2026_07_05
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_07_05 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-07-05''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_07_05_idx1 ON tenant_a.foodlogstats_2026_07_05 (id);
CREATE INDEX foodlogstats_2026_07_05_idx2 ON tenant_a.foodlogstats_2026_07_05 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_07_05 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_07_05 TO whadmin;

-- step 205: create materialized view tenant_a.foodlogstats_2026_07_06
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_07_06 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-07-06''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_07_06_idx1 ON tenant_a.foodlogstats_2026_07_06 (id);
CREATE INDEX foodlogstats_2026_07_06_idx2 ON tenant_a.foodlogstats_2026_07_06 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_07_06 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_07_06 TO whadmin;

-- step 206: create materialized view tenant_a.foodlogstats_2026_07_07
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_07_07 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-07-07''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_07_07_idx1 ON tenant_a.foodlogstats_2026_07_07 (id);
CREATE INDEX foodlogstats_2026_07_07_idx2 ON tenant_a.foodlogstats_2026_07_07 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_07_07 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_07_07 TO whadmin;

-- step 207: create materialized view tenant_a.foodlogstats_2026_07_08
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_07_08 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-07-08''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_07_08_idx1 ON tenant_a.foodlogstats_2026_07_08 (id);
CREATE INDEX foodlogstats_2026_07_08_idx2 ON tenant_a.foodlogstats_2026_07_08 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_07_08 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_07_08 TO whadmin;

-- step 208: create materialized view tenant_a.foodlogstats_2026_07_09
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_07_09 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-07-09''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_07_09_idx1 ON tenant_a.foodlogstats_2026_07_09 (id);
CREATE INDEX foodlogstats_2026_07_09_idx2 ON tenant_a.foodlogstats_2026_07_09 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_07_09 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_07_09 TO whadmin;

-- step 209: create materialized view tenant_a.foodlogstats_2026_07_10
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_07_10 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-07-10''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_07_10_idx1 ON tenant_a.foodlogstats_2026_07_10 (id);
CREATE INDEX foodlogstats_2026_07_10_idx2 ON tenant_a.foodlogstats_2026_07_10 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_07_10 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_07_10 TO whadmin;

-- step 210: create materialized view tenant_a.foodlogstats_2026_07_11
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_07_11 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-07-11''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_07_11_idx1 ON tenant_a.foodlogstats_2026_07_11 (id);
CREATE INDEX foodlogstats_2026_07_11_idx2 ON tenant_a.foodlogstats_2026_07_11 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_07_11 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_07_11 TO whadmin;

-- step 211: create materialized view tenant_a.foodlogstats_2026_07_12
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_07_12 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-07-12''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_07_12_idx1 ON tenant_a.foodlogstats_2026_07_12 (id);
CREATE INDEX foodlogstats_2026_07_12_idx2 ON tenant_a.foodlogstats_2026_07_12 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_07_12 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_07_12 TO whadmin;

-- step 212: create materialized view tenant_a.foodlogstats_2026_07_13
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_07_13 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-07-13''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_07_13_idx1 ON tenant_a.foodlogstats_2026_07_13 (id);
CREATE INDEX foodlogstats_2026_07_13_idx2 ON tenant_a.foodlogstats_2026_07_13 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_07_13 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_07_13 TO whadmin;

-- step 213: create materialized view tenant_a.foodlogstats_2026_07_14
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_07_14 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-07-14''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_07_14_idx1 ON tenant_a.foodlogstats_2026_07_14 (id);
CREATE INDEX foodlogstats_2026_07_14_idx2 ON tenant_a.foodlogstats_2026_07_14 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_07_14 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_07_14 TO whadmin;

-- step 214: create materialized view tenant_a.foodlogstats_2026_07_15
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_07_15 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-07-15''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_07_15_idx1 ON tenant_a.foodlogstats_2026_07_15 (id);
CREATE INDEX foodlogstats_2026_07_15_idx2 ON tenant_a.foodlogstats_2026_07_15 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_07_15 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_07_15 TO whadmin;

-- step 215: create materialized view tenant_a.foodlogstats_2026_07_16
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_07_16 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-07-16''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_07_16_idx1 ON tenant_a.foodlogstats_2026_07_16 (id);
CREATE INDEX foodlogstats_2026_07_16_idx2 ON tenant_a.foodlogstats_2026_07_16 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_07_16 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_07_16 TO whadmin;

-- step 216: create materialized view tenant_a.foodlogstats_2026_07_17
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_07_17 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-07-17''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_07_17_idx1 ON tenant_a.foodlogstats_2026_07_17 (id);
CREATE INDEX foodlogstats_2026_07_17_idx2 ON tenant_a.foodlogstats_2026_07_17 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_07_17 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_07_17 TO whadmin;

-- step 217: create materialized view tenant_a.foodlogstats_2026_07_18
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_07_18 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-07-18''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_07_18_idx1 ON tenant_a.foodlogstats_2026_07_18 (id);
CREATE INDEX foodlogstats_2026_07_18_idx2 ON tenant_a.foodlogstats_2026_07_18 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_07_18 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_07_18 TO whadmin;

-- step 218: create materialized view tenant_a.foodlogstats_2026_07_19
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_07_19 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-07-19''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_07_19_idx1 ON tenant_a.foodlogstats_2026_07_19 (id);
CREATE INDEX foodlogstats_2026_07_19_idx2 ON tenant_a.foodlogstats_2026_07_19 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_07_19 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_07_19 TO whadmin;

-- step 219: create materialized view tenant_a.foodlogstats_2026_07_20
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_07_20 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-07-20''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_07_20_idx1 ON tenant_a.foodlogstats_2026_07_20 (id);
CREATE INDEX foodlogstats_2026_07_20_idx2 ON tenant_a.foodlogstats_2026_07_20 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_07_20 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_07_20 TO whadmin;

-- step 220: create materialized view tenant_a.foodlogstats_2026_07_21
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_07_21 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-07-21''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_07_21_idx1 ON tenant_a.foodlogstats_2026_07_21 (id);
CREATE INDEX foodlogstats_2026_07_21_idx2 ON tenant_a.foodlogstats_2026_07_21 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_07_21 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_07_21 TO whadmin;

-- step 221: create materialized view tenant_a.foodlogstats_2026_07_22
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_07_22 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-07-22''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_07_22_idx1 ON tenant_a.foodlogstats_2026_07_22 (id);
CREATE INDEX foodlogstats_2026_07_22_idx2 ON tenant_a.foodlogstats_2026_07_22 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_07_22 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_07_22 TO whadmin;

-- step 222: create materialized view tenant_a.foodlogstats_2026_07_23
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_07_23 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-07-23''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_07_23_idx1 ON tenant_a.foodlogstats_2026_07_23 (id);
CREATE INDEX foodlogstats_2026_07_23_idx2 ON tenant_a.foodlogstats_2026_07_23 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_07_23 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_07_23 TO whadmin;

-- step 223: create materialized view tenant_a.foodlogstats_2026_07_24
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_07_24 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-07-24''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_07_24_idx1 ON tenant_a.foodlogstats_2026_07_24 (id);
CREATE INDEX foodlogstats_2026_07_24_idx2 ON tenant_a.foodlogstats_2026_07_24 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_07_24 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_07_24 TO whadmin;

-- step 224: create materialized view tenant_a.foodlogstats_2026_07_25
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_07_25 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-07-25''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_07_25_idx1 ON tenant_a.foodlogstats_2026_07_25 (id);
CREATE INDEX foodlogstats_2026_07_25_idx2 ON tenant_a.foodlogstats_2026_07_25 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_07_25 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_07_25 TO whadmin;

-- step 225: create materialized view tenant_a.foodlogstats_2026_07_26
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_07_26 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-07-26''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_07_26_idx1 ON tenant_a.foodlogstats_2026_07_26 (id);
CREATE INDEX foodlogstats_2026_07_26_idx2 ON tenant_a.foodlogstats_2026_07_26 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_07_26 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_07_26 TO whadmin;

-- step 226: create materialized view tenant_a.foodlogstats_2026_07_27
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_07_27 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-07-27''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_07_27_idx1 ON tenant_a.foodlogstats_2026_07_27 (id);
CREATE INDEX foodlogstats_2026_07_27_idx2 ON tenant_a.foodlogstats_2026_07_27 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_07_27 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_07_27 TO whadmin;

-- step 227: create materialized view tenant_a.foodlogstats_2026_07_28
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_07_28 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-07-28''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_07_28_idx1 ON tenant_a.foodlogstats_2026_07_28 (id);
CREATE INDEX foodlogstats_2026_07_28_idx2 ON tenant_a.foodlogstats_2026_07_28 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_07_28 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_07_28 TO whadmin;

-- step 228: create materialized view tenant_a.foodlogstats_2026_07_29
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_07_29 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-07-29''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_07_29_idx1 ON tenant_a.foodlogstats_2026_07_29 (id);
CREATE INDEX foodlogstats_2026_07_29_idx2 ON tenant_a.foodlogstats_2026_07_29 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_07_29 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_07_29 TO whadmin;

-- step 229: create materialized view tenant_a.foodlogstats_2026_07_30
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_07_30 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-07-30''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_07_30_idx1 ON tenant_a.foodlogstats_2026_07_30 (id);
CREATE INDEX foodlogstats_2026_07_30_idx2 ON tenant_a.foodlogstats_2026_07_30 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_07_30 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_07_30 TO whadmin;

-- step 230: create materialized view tenant_a.foodlogstats_2026_07_31
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_07_31 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-07-31''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_07_31_idx1 ON tenant_a.foodlogstats_2026_07_31 (id);
CREATE INDEX foodlogstats_2026_07_31_idx2 ON tenant_a.foodlogstats_2026_07_31 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_07_31 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_07_31 TO whadmin;

-- step 231: create materialized view tenant_a.foodlogstats_2026_08_01
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_08_01 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-08-01''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_08_01_idx1 ON tenant_a.foodlogstats_2026_08_01 (id);
CREATE INDEX foodlogstats_2026_08_01_idx2 ON tenant_a.foodlogstats_2026_08_01 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_08_01 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_08_01 TO whadmin;

-- step 232: create materialized view tenant_a.foodlogstats_2026_08_02
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_08_02 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-08-02''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_08_02_idx1 ON tenant_a.foodlogstats_2026_08_02 (id);
CREATE INDEX foodlogstats_2026_08_02_idx2 ON tenant_a.foodlogstats_2026_08_02 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_08_02 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_08_02 TO whadmin;

-- step 233: create materialized view tenant_a.foodlogstats_2026_08_03
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_08_03 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-08-03''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_08_03_idx1 ON tenant_a.foodlogstats_2026_08_03 (id);
CREATE INDEX foodlogstats_2026_08_03_idx2 ON tenant_a.foodlogstats_2026_08_03 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_08_03 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_08_03 TO whadmin;

-- step 234: create materialized view tenant_a.foodlogstats_2026_08_04
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_08_04 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-08-04''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_08_04_idx1 ON tenant_a.foodlogstats_2026_08_04 (id);
CREATE INDEX foodlogstats_2026_08_04_idx2 ON tenant_a.foodlogstats_2026_08_04 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_08_04 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_08_04 TO whadmin;

-- step 235: create materialized view tenant_a.foodlogstats_2026_08_05
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_08_05 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-08-05''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_08_05_idx1 ON tenant_a.foodlogstats_2026_08_05 (id);
CREATE INDEX foodlogstats_2026_08_05_idx2 ON tenant_a.foodlogstats_2026_08_05 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_08_05 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_08_05 TO whadmin;

-- step 236: create materialized view tenant_a.foodlogstats_2026_08_06
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_08_06 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-08-06''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_08_06_idx1 ON tenant_a.foodlogstats_2026_08_06 (id);
CREATE INDEX foodlogstats_2026_08_06_idx2 ON tenant_a.foodlogstats_2026_08_06 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_08_06 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_08_06 TO whadmin;

-- step 237: create materialized view tenant_a.foodlogstats_2026_08_07
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_08_07 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-08-07''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_08_07_idx1 ON tenant_a.foodlogstats_2026_08_07 (id);
CREATE INDEX foodlogstats_2026_08_07_idx2 ON tenant_a.foodlogstats_2026_08_07 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_08_07 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_08_07 TO whadmin;

-- step 238: create materialized view tenant_a.foodlogstats_2026_08_08
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_08_08 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-08-08''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_08_08_idx1 ON tenant_a.foodlogstats_2026_08_08 (id);
CREATE INDEX foodlogstats_2026_08_08_idx2 ON tenant_a.foodlogstats_2026_08_08 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_08_08 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_08_08 TO whadmin;

-- step 239: create materialized view tenant_a.foodlogstats_2026_08_09
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_08_09 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-08-09''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_08_09_idx1 ON tenant_a.foodlogstats_2026_08_09 (id);
CREATE INDEX foodlogstats_2026_08_09_idx2 ON tenant_a.foodlogstats_2026_08_09 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_08_09 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_08_09 TO whadmin;

-- step 240: create materialized view tenant_a.foodlogstats_2026_08_10
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_08_10 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-08-10''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_08_10_idx1 ON tenant_a.foodlogstats_2026_08_10 (id);
CREATE INDEX foodlogstats_2026_08_10_idx2 ON tenant_a.foodlogstats_2026_08_10 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_08_10 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_08_10 TO whadmin;

-- step 241: create materialized view tenant_a.foodlogstats_2026_08_11
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_08_11 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-08-11''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_08_11_idx1 ON tenant_a.foodlogstats_2026_08_11 (id);
CREATE INDEX foodlogstats_2026_08_11_idx2 ON tenant_a.foodlogstats_2026_08_11 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_08_11 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_08_11 TO whadmin;

-- step 242: create materialized view tenant_a.foodlogstats_2026_08_12
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_08_12 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-08-12''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_08_12_idx1 ON tenant_a.foodlogstats_2026_08_12 (id);
CREATE INDEX foodlogstats_2026_08_12_idx2 ON tenant_a.foodlogstats_2026_08_12 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_08_12 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_08_12 TO whadmin;

-- step 243: create materialized view tenant_a.foodlogstats_2026_08_13
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_08_13 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-08-13''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_08_13_idx1 ON tenant_a.foodlogstats_2026_08_13 (id);
CREATE INDEX foodlogstats_2026_08_13_idx2 ON tenant_a.foodlogstats_2026_08_13 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_08_13 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_08_13 TO whadmin;

-- step 244: create materialized view tenant_a.foodlogstats_2026_08_14
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_08_14 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-08-14''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_08_14_idx1 ON tenant_a.foodlogstats_2026_08_14 (id);
CREATE INDEX foodlogstats_2026_08_14_idx2 ON tenant_a.foodlogstats_2026_08_14 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_08_14 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_08_14 TO whadmin;

-- step 245: create materialized view tenant_a.foodlogstats_2026_08_15
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_08_15 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-08-15''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_08_15_idx1 ON tenant_a.foodlogstats_2026_08_15 (id);
CREATE INDEX foodlogstats_2026_08_15_idx2 ON tenant_a.foodlogstats_2026_08_15 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_08_15 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_08_15 TO whadmin;

-- step 246: create materialized view tenant_a.foodlogstats_2026_08_16
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_08_16 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-08-16''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_08_16_idx1 ON tenant_a.foodlogstats_2026_08_16 (id);
CREATE INDEX foodlogstats_2026_08_16_idx2 ON tenant_a.foodlogstats_2026_08_16 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_08_16 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_08_16 TO whadmin;

-- step 247: create materialized view tenant_a.foodlogstats_2026_08_17
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_08_17 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-08-17''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_08_17_idx1 ON tenant_a.foodlogstats_2026_08_17 (id);
CREATE INDEX foodlogstats_2026_08_17_idx2 ON tenant_a.foodlogstats_2026_08_17 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_08_17 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_08_17 TO whadmin;

-- step 248: create materialized view tenant_a.foodlogstats_2026_08_18
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_08_18 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-08-18''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_08_18_idx1 ON tenant_a.foodlogstats_2026_08_18 (id);
CREATE INDEX foodlogstats_2026_08_18_idx2 ON tenant_a.foodlogstats_2026_08_18 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_08_18 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_08_18 TO whadmin;

-- step 249: create materialized view tenant_a.foodlogstats_2026_08_19
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_08_19 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-08-19''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_08_19_idx1 ON tenant_a.foodlogstats_2026_08_19 (id);
CREATE INDEX foodlogstats_2026_08_19_idx2 ON tenant_a.foodlogstats_2026_08_19 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_08_19 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_08_19 TO whadmin;

-- step 250: create materialized view tenant_a.foodlogstats_2026_08_20
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_08_20 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-08-20''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_08_20_idx1 ON tenant_a.foodlogstats_2026_08_20 (id);
CREATE INDEX foodlogstats_2026_08_20_idx2 ON tenant_a.foodlogstats_2026_08_20 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_08_20 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_08_20 TO whadmin;

-- step 251: create materialized view tenant_a.foodlogstats_2026_08_21
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_08_21 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-08-21''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_08_21_idx1 ON tenant_a.foodlogstats_2026_08_21 (id);
CREATE INDEX foodlogstats_2026_08_21_idx2 ON tenant_a.foodlogstats_2026_08_21 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_08_21 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_08_21 TO whadmin;

-- step 252: create materialized view tenant_a.foodlogstats_2026_08_22
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_08_22 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-08-22''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_08_22_idx1 ON tenant_a.foodlogstats_2026_08_22 (id);
CREATE INDEX foodlogstats_2026_08_22_idx2 ON tenant_a.foodlogstats_2026_08_22 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_08_22 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_08_22 TO whadmin;

-- step 253: create materialized view tenant_a.foodlogstats_2026_08_23
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_08_23 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-08-23''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_08_23_idx1 ON tenant_a.foodlogstats_2026_08_23 (id);
CREATE INDEX foodlogstats_2026_08_23_idx2 ON tenant_a.foodlogstats_2026_08_23 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_08_23 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_08_23 TO whadmin;

-- step 254: create materialized view tenant_a.foodlogstats_2026_08_24
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_08_24 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-08-24''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_08_24_idx1 ON tenant_a.foodlogstats_2026_08_24 (id);
CREATE INDEX foodlogstats_2026_08_24_idx2 ON tenant_a.foodlogstats_2026_08_24 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_08_24 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_08_24 TO whadmin;

-- step 255: create materialized view tenant_a.foodlogstats_2026_08_25
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_08_25 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-08-25''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_08_25_idx1 ON tenant_a.foodlogstats_2026_08_25 (id);
CREATE INDEX foodlogstats_2026_08_25_idx2 ON tenant_a.foodlogstats_2026_08_25 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_08_25 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_08_25 TO whadmin;

-- step 256: create materialized view tenant_a.foodlogstats_2026_08_26
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_08_26 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-08-26''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_08_26_idx1 ON tenant_a.foodlogstats_2026_08_26 (id);
CREATE INDEX foodlogstats_2026_08_26_idx2 ON tenant_a.foodlogstats_2026_08_26 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_08_26 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_08_26 TO whadmin;

-- step 257: create materialized view tenant_a.foodlogstats_2026_08_27
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_08_27 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-08-27''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_08_27_idx1 ON tenant_a.foodlogstats_2026_08_27 (id);
CREATE INDEX foodlogstats_2026_08_27_idx2 ON tenant_a.foodlogstats_2026_08_27 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_08_27 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_08_27 TO whadmin;

-- step 258: create materialized view tenant_a.foodlogstats_2026_08_28
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_08_28 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-08-28''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_08_28_idx1 ON tenant_a.foodlogstats_2026_08_28 (id);
CREATE INDEX foodlogstats_2026_08_28_idx2 ON tenant_a.foodlogstats_2026_08_28 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_08_28 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_08_28 TO whadmin;

-- step 259: create materialized view tenant_a.foodlogstats_2026_08_29
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_08_29 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-08-29''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_08_29_idx1 ON tenant_a.foodlogstats_2026_08_29 (id);
CREATE INDEX foodlogstats_2026_08_29_idx2 ON tenant_a.foodlogstats_2026_08_29 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_08_29 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_08_29 TO whadmin;

-- step 260: create materialized view tenant_a.foodlogstats_2026_08_30
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_08_30 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-08-30''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_08_30_idx1 ON tenant_a.foodlogstats_2026_08_30 (id);
CREATE INDEX foodlogstats_2026_08_30_idx2 ON tenant_a.foodlogstats_2026_08_30 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_08_30 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_08_30 TO whadmin;

-- step 261: create materialized view tenant_a.foodlogstats_2026_08_31
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_08_31 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-08-31''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_08_31_idx1 ON tenant_a.foodlogstats_2026_08_31 (id);
CREATE INDEX foodlogstats_2026_08_31_idx2 ON tenant_a.foodlogstats_2026_08_31 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_08_31 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_08_31 TO whadmin;

-- step 262: create materialized view tenant_a.foodlogstats_2026_09_01
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_09_01 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-09-01''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_09_01_idx1 ON tenant_a.foodlogstats_2026_09_01 (id);
CREATE INDEX foodlogstats_2026_09_01_idx2 ON tenant_a.foodlogstats_2026_09_01 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_09_01 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_09_01 TO whadmin;

-- step 263: create materialized view tenant_a.foodlogstats_2026_09_02
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_09_02 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-09-02''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_09_02_idx1 ON tenant_a.foodlogstats_2026_09_02 (id);
CREATE INDEX foodlogstats_2026_09_02_idx2 ON tenant_a.foodlogstats_2026_09_02 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_09_02 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_09_02 TO whadmin;

-- step 264: create materialized view tenant_a.foodlogstats_2026_09_03
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_09_03 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-09-03''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_09_03_idx1 ON tenant_a.foodlogstats_2026_09_03 (id);
CREATE INDEX foodlogstats_2026_09_03_idx2 ON tenant_a.foodlogstats_2026_09_03 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_09_03 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_09_03 TO whadmin;

-- step 265: create materialized view tenant_a.foodlogstats_2026_09_04
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_09_04 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-09-04''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_09_04_idx1 ON tenant_a.foodlogstats_2026_09_04 (id);
CREATE INDEX foodlogstats_2026_09_04_idx2 ON tenant_a.foodlogstats_2026_09_04 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_09_04 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_09_04 TO whadmin;

-- step 266: create materialized view tenant_a.foodlogstats_2026_09_05
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_09_05 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-09-05''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_09_05_idx1 ON tenant_a.foodlogstats_2026_09_05 (id);
CREATE INDEX foodlogstats_2026_09_05_idx2 ON tenant_a.foodlogstats_2026_09_05 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_09_05 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_09_05 TO whadmin;

-- step 267: create materialized view tenant_a.foodlogstats_2026_09_06
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_09_06 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-09-06''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_09_06_idx1 ON tenant_a.foodlogstats_2026_09_06 (id);
CREATE INDEX foodlogstats_2026_09_06_idx2 ON tenant_a.foodlogstats_2026_09_06 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_09_06 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_09_06 TO whadmin;

-- step 268: create materialized view tenant_a.foodlogstats_2026_09_07
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_09_07 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-09-07''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_09_07_idx1 ON tenant_a.foodlogstats_2026_09_07 (id);
CREATE INDEX foodlogstats_2026_09_07_idx2 ON tenant_a.foodlogstats_2026_09_07 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_09_07 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_09_07 TO whadmin;

-- step 269: create materialized view tenant_a.foodlogstats_2026_09_08
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_09_08 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-09-08''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_09_08_idx1 ON tenant_a.foodlogstats_2026_09_08 (id);
CREATE INDEX foodlogstats_2026_09_08_idx2 ON tenant_a.foodlogstats_2026_09_08 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_09_08 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_09_08 TO whadmin;

-- step 270: create materialized view tenant_a.foodlogstats_2026_09_09
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_09_09 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-09-09''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_09_09_idx1 ON tenant_a.foodlogstats_2026_09_09 (id);
CREATE INDEX foodlogstats_2026_09_09_idx2 ON tenant_a.foodlogstats_2026_09_09 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_09_09 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_09_09 TO whadmin;

-- step 271: create materialized view tenant_a.foodlogstats_2026_09_10
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_09_10 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-09-10''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_09_10_idx1 ON tenant_a.foodlogstats_2026_09_10 (id);
CREATE INDEX foodlogstats_2026_09_10_idx2 ON tenant_a.foodlogstats_2026_09_10 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_09_10 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_09_10 TO whadmin;

-- step 272: create materialized view tenant_a.foodlogstats_2026_09_11
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_09_11 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-09-11''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_09_11_idx1 ON tenant_a.foodlogstats_2026_09_11 (id);
CREATE INDEX foodlogstats_2026_09_11_idx2 ON tenant_a.foodlogstats_2026_09_11 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_09_11 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_09_11 TO whadmin;

-- step 273: create materialized view tenant_a.foodlogstats_2026_09_12
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_09_12 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-09-12''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_09_12_idx1 ON tenant_a.foodlogstats_2026_09_12 (id);
CREATE INDEX foodlogstats_2026_09_12_idx2 ON tenant_a.foodlogstats_2026_09_12 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_09_12 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_09_12 TO whadmin;

-- step 274: create materialized view tenant_a.foodlogstats_2026_09_13
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_09_13 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-09-13''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_09_13_idx1 ON tenant_a.foodlogstats_2026_09_13 (id);
CREATE INDEX foodlogstats_2026_09_13_idx2 ON tenant_a.foodlogstats_2026_09_13 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_09_13 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_09_13 TO whadmin;

-- step 275: create materialized view tenant_a.foodlogstats_2026_09_14
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_09_14 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-09-14''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_09_14_idx1 ON tenant_a.foodlogstats_2026_09_14 (id);
CREATE INDEX foodlogstats_2026_09_14_idx2 ON tenant_a.foodlogstats_2026_09_14 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_09_14 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_09_14 TO whadmin;

-- step 276: create materialized view tenant_a.foodlogstats_2026_09_15
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_09_15 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-09-15''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_09_15_idx1 ON tenant_a.foodlogstats_2026_09_15 (id);
CREATE INDEX foodlogstats_2026_09_15_idx2 ON tenant_a.foodlogstats_2026_09_15 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_09_15 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_09_15 TO whadmin;

-- step 277: create materialized view tenant_a.foodlogstats_2026_09_16
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_09_16 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-09-16''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_09_16_idx1 ON tenant_a.foodlogstats_2026_09_16 (id);
CREATE INDEX foodlogstats_2026_09_16_idx2 ON tenant_a.foodlogstats_2026_09_16 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_09_16 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_09_16 TO whadmin;

-- step 278: create materialized view tenant_a.foodlogstats_2026_09_17
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_09_17 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-09-17''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_09_17_idx1 ON tenant_a.foodlogstats_2026_09_17 (id);
CREATE INDEX foodlogstats_2026_09_17_idx2 ON tenant_a.foodlogstats_2026_09_17 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_09_17 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_09_17 TO whadmin;

-- step 279: create materialized view tenant_a.foodlogstats_2026_09_18
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_09_18 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-09-18''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_09_18_idx1 ON tenant_a.foodlogstats_2026_09_18 (id);
CREATE INDEX foodlogstats_2026_09_18_idx2 ON tenant_a.foodlogstats_2026_09_18 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_09_18 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_09_18 TO whadmin;

-- step 280: create materialized view tenant_a.foodlogstats_2026_09_19
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_09_19 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-09-19''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_09_19_idx1 ON tenant_a.foodlogstats_2026_09_19 (id);
CREATE INDEX foodlogstats_2026_09_19_idx2 ON tenant_a.foodlogstats_2026_09_19 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_09_19 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_09_19 TO whadmin;

-- step 281: create materialized view tenant_a.foodlogstats_2026_09_20
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_09_20 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-09-20''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_09_20_idx1 ON tenant_a.foodlogstats_2026_09_20 (id);
CREATE INDEX foodlogstats_2026_09_20_idx2 ON tenant_a.foodlogstats_2026_09_20 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_09_20 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_09_20 TO whadmin;

-- step 282: create materialized view tenant_a.foodlogstats_2026_09_21
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_09_21 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-09-21''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_09_21_idx1 ON tenant_a.foodlogstats_2026_09_21 (id);
CREATE INDEX foodlogstats_2026_09_21_idx2 ON tenant_a.foodlogstats_2026_09_21 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_09_21 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_09_21 TO whadmin;

-- step 283: create materialized view tenant_a.foodlogstats_2026_09_22
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_09_22 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-09-22''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_09_22_idx1 ON tenant_a.foodlogstats_2026_09_22 (id);
CREATE INDEX foodlogstats_2026_09_22_idx2 ON tenant_a.foodlogstats_2026_09_22 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_09_22 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_09_22 TO whadmin;

-- step 284: create materialized view tenant_a.foodlogstats_2026_09_23
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_09_23 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-09-23''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_09_23_idx1 ON tenant_a.foodlogstats_2026_09_23 (id);
CREATE INDEX foodlogstats_2026_09_23_idx2 ON tenant_a.foodlogstats_2026_09_23 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_09_23 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_09_23 TO whadmin;

-- step 285: create materialized view tenant_a.foodlogstats_2026_09_24
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_09_24 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-09-24''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_09_24_idx1 ON tenant_a.foodlogstats_2026_09_24 (id);
CREATE INDEX foodlogstats_2026_09_24_idx2 ON tenant_a.foodlogstats_2026_09_24 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_09_24 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_09_24 TO whadmin;

-- step 286: create materialized view tenant_a.foodlogstats_2026_09_25
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_09_25 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-09-25''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_09_25_idx1 ON tenant_a.foodlogstats_2026_09_25 (id);
CREATE INDEX foodlogstats_2026_09_25_idx2 ON tenant_a.foodlogstats_2026_09_25 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_09_25 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_09_25 TO whadmin;

-- step 287: create materialized view tenant_a.foodlogstats_2026_09_26
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_09_26 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-09-26''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_09_26_idx1 ON tenant_a.foodlogstats_2026_09_26 (id);
CREATE INDEX foodlogstats_2026_09_26_idx2 ON tenant_a.foodlogstats_2026_09_26 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_09_26 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_09_26 TO whadmin;

-- step 288: create materialized view tenant_a.foodlogstats_2026_09_27
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_09_27 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-09-27''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_09_27_idx1 ON tenant_a.foodlogstats_2026_09_27 (id);
CREATE INDEX foodlogstats_2026_09_27_idx2 ON tenant_a.foodlogstats_2026_09_27 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_09_27 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_09_27 TO whadmin;

-- step 289: create materialized view tenant_a.foodlogstats_2026_09_28
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_09_28 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-09-28''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_09_28_idx1 ON tenant_a.foodlogstats_2026_09_28 (id);
CREATE INDEX foodlogstats_2026_09_28_idx2 ON tenant_a.foodlogstats_2026_09_28 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_09_28 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_09_28 TO whadmin;

-- step 290: create materialized view tenant_a.foodlogstats_2026_09_29
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_09_29 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-09-29''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_09_29_idx1 ON tenant_a.foodlogstats_2026_09_29 (id);
CREATE INDEX foodlogstats_2026_09_29_idx2 ON tenant_a.foodlogstats_2026_09_29 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_09_29 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_09_29 TO whadmin;

-- step 291: create materialized view tenant_a.foodlogstats_2026_09_30
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_09_30 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-09-30''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_09_30_idx1 ON tenant_a.foodlogstats_2026_09_30 (id);
CREATE INDEX foodlogstats_2026_09_30_idx2 ON tenant_a.foodlogstats_2026_09_30 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_09_30 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_09_30 TO whadmin;

-- step 292: create materialized view tenant_a.foodlogstats_2026_10_01
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_10_01 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-10-01''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_10_01_idx1 ON tenant_a.foodlogstats_2026_10_01 (id);
CREATE INDEX foodlogstats_2026_10_01_idx2 ON tenant_a.foodlogstats_2026_10_01 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_10_01 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_10_01 TO whadmin;

-- step 293: create materialized view tenant_a.foodlogstats_2026_10_02
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_10_02 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-10-02''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_10_02_idx1 ON tenant_a.foodlogstats_2026_10_02 (id);
CREATE INDEX foodlogstats_2026_10_02_idx2 ON tenant_a.foodlogstats_2026_10_02 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_10_02 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_10_02 TO whadmin;

-- step 294: create materialized view tenant_a.foodlogstats_2026_10_03
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_10_03 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-10-03''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_10_03_idx1 ON tenant_a.foodlogstats_2026_10_03 (id);
CREATE INDEX foodlogstats_2026_10_03_idx2 ON tenant_a.foodlogstats_2026_10_03 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_10_03 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_10_03 TO whadmin;

-- step 295: create materialized view tenant_a.foodlogstats_2026_10_04
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_10_04 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-10-04''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_10_04_idx1 ON tenant_a.foodlogstats_2026_10_04 (id);
CREATE INDEX foodlogstats_2026_10_04_idx2 ON tenant_a.foodlogstats_2026_10_04 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_10_04 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_10_04 TO whadmin;

-- step 296: create materialized view tenant_a.foodlogstats_2026_10_05
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_10_05 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-10-05''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_10_05_idx1 ON tenant_a.foodlogstats_2026_10_05 (id);
CREATE INDEX foodlogstats_2026_10_05_idx2 ON tenant_a.foodlogstats_2026_10_05 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_10_05 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_10_05 TO whadmin;

-- step 297: create materialized view tenant_a.foodlogstats_2026_10_06
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_10_06 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-10-06''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_10_06_idx1 ON tenant_a.foodlogstats_2026_10_06 (id);
CREATE INDEX foodlogstats_2026_10_06_idx2 ON tenant_a.foodlogstats_2026_10_06 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_10_06 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_10_06 TO whadmin;

-- step 298: create materialized view tenant_a.foodlogstats_2026_10_07
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_10_07 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-10-07''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_10_07_idx1 ON tenant_a.foodlogstats_2026_10_07 (id);
CREATE INDEX foodlogstats_2026_10_07_idx2 ON tenant_a.foodlogstats_2026_10_07 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_10_07 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_10_07 TO whadmin;

-- step 299: create materialized view tenant_a.foodlogstats_2026_10_08
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_10_08 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-10-08''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_10_08_idx1 ON tenant_a.foodlogstats_2026_10_08 (id);
CREATE INDEX foodlogstats_2026_10_08_idx2 ON tenant_a.foodlogstats_2026_10_08 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_10_08 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_10_08 TO whadmin;

-- step 300: create materialized view tenant_a.foodlogstats_2026_10_09
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_10_09 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-10-09''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_10_09_idx1 ON tenant_a.foodlogstats_2026_10_09 (id);
CREATE INDEX foodlogstats_2026_10_09_idx2 ON tenant_a.foodlogstats_2026_10_09 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_10_09 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_10_09 TO whadmin;

-- step 301: create materialized view tenant_a.foodlogstats_2026_10_10
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_10_10 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-10-10''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_10_10_idx1 ON tenant_a.foodlogstats_2026_10_10 (id);
CREATE INDEX foodlogstats_2026_10_10_idx2 ON tenant_a.foodlogstats_2026_10_10 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_10_10 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_10_10 TO whadmin;

-- step 302: create materialized view tenant_a.foodlogstats_2026_10_11
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_10_11 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-10-11''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_10_11_idx1 ON tenant_a.foodlogstats_2026_10_11 (id);
CREATE INDEX foodlogstats_2026_10_11_idx2 ON tenant_a.foodlogstats_2026_10_11 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_10_11 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_10_11 TO whadmin;

-- step 303: create materialized view tenant_a.foodlogstats_2026_10_12
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_10_12 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-10-12''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_10_12_idx1 ON tenant_a.foodlogstats_2026_10_12 (id);
CREATE INDEX foodlogstats_2026_10_12_idx2 ON tenant_a.foodlogstats_2026_10_12 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_10_12 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_10_12 TO whadmin;

-- step 304: create materialized view tenant_a.foodlogstats_2026_10_13
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_10_13 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-10-13''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_10_13_idx1 ON tenant_a.foodlogstats_2026_10_13 (id);
CREATE INDEX foodlogstats_2026_10_13_idx2 ON tenant_a.foodlogstats_2026_10_13 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_10_13 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_10_13 TO whadmin;

-- step 305: create materialized view tenant_a.foodlogstats_2026_10_14
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_10_14 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-10-14''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_10_14_idx1 ON tenant_a.foodlogstats_2026_10_14 (id);
CREATE INDEX foodlogstats_2026_10_14_idx2 ON tenant_a.foodlogstats_2026_10_14 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_10_14 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_10_14 TO whadmin;

-- step 306: create materialized view tenant_a.foodlogstats_2026_10_15
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_10_15 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-10-15''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_10_15_idx1 ON tenant_a.foodlogstats_2026_10_15 (id);
CREATE INDEX foodlogstats_2026_10_15_idx2 ON tenant_a.foodlogstats_2026_10_15 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_10_15 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_10_15 TO whadmin;

-- step 307: create materialized view tenant_a.foodlogstats_2026_10_16
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_10_16 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-10-16''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_10_16_idx1 ON tenant_a.foodlogstats_2026_10_16 (id);
CREATE INDEX foodlogstats_2026_10_16_idx2 ON tenant_a.foodlogstats_2026_10_16 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_10_16 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_10_16 TO whadmin;

-- step 308: create materialized view tenant_a.foodlogstats_2026_10_17
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_10_17 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-10-17''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_10_17_idx1 ON tenant_a.foodlogstats_2026_10_17 (id);
CREATE INDEX foodlogstats_2026_10_17_idx2 ON tenant_a.foodlogstats_2026_10_17 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_10_17 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_10_17 TO whadmin;

-- step 309: create materialized view tenant_a.foodlogstats_2026_10_18
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_10_18 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-10-18''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_10_18_idx1 ON tenant_a.foodlogstats_2026_10_18 (id);
CREATE INDEX foodlogstats_2026_10_18_idx2 ON tenant_a.foodlogstats_2026_10_18 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_10_18 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_10_18 TO whadmin;

-- step 310: create materialized view tenant_a.foodlogstats_2026_10_19
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_10_19 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-10-19''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_10_19_idx1 ON tenant_a.foodlogstats_2026_10_19 (id);
CREATE INDEX foodlogstats_2026_10_19_idx2 ON tenant_a.foodlogstats_2026_10_19 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_10_19 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_10_19 TO whadmin;

-- step 311: create materialized view tenant_a.foodlogstats_2026_10_20
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_10_20 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-10-20''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_10_20_idx1 ON tenant_a.foodlogstats_2026_10_20 (id);
CREATE INDEX foodlogstats_2026_10_20_idx2 ON tenant_a.foodlogstats_2026_10_20 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_10_20 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_10_20 TO whadmin;

-- step 312: create materialized view tenant_a.foodlogstats_2026_10_21
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_10_21 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-10-21''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_10_21_idx1 ON tenant_a.foodlogstats_2026_10_21 (id);
CREATE INDEX foodlogstats_2026_10_21_idx2 ON tenant_a.foodlogstats_2026_10_21 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_10_21 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_10_21 TO whadmin;

-- step 313: create materialized view tenant_a.foodlogstats_2026_10_22
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_10_22 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-10-22''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_10_22_idx1 ON tenant_a.foodlogstats_2026_10_22 (id);
CREATE INDEX foodlogstats_2026_10_22_idx2 ON tenant_a.foodlogstats_2026_10_22 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_10_22 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_10_22 TO whadmin;

-- step 314: create materialized view tenant_a.foodlogstats_2026_10_23
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_10_23 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-10-23''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_10_23_idx1 ON tenant_a.foodlogstats_2026_10_23 (id);
CREATE INDEX foodlogstats_2026_10_23_idx2 ON tenant_a.foodlogstats_2026_10_23 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_10_23 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_10_23 TO whadmin;

-- step 315: create materialized view tenant_a.foodlogstats_2026_10_24
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_10_24 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-10-24''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_10_24_idx1 ON tenant_a.foodlogstats_2026_10_24 (id);
CREATE INDEX foodlogstats_2026_10_24_idx2 ON tenant_a.foodlogstats_2026_10_24 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_10_24 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_10_24 TO whadmin;

-- step 316: create materialized view tenant_a.foodlogstats_2026_10_25
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_10_25 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-10-25''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_10_25_idx1 ON tenant_a.foodlogstats_2026_10_25 (id);
CREATE INDEX foodlogstats_2026_10_25_idx2 ON tenant_a.foodlogstats_2026_10_25 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_10_25 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_10_25 TO whadmin;

-- step 317: create materialized view tenant_a.foodlogstats_2026_10_26
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_10_26 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-10-26''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_10_26_idx1 ON tenant_a.foodlogstats_2026_10_26 (id);
CREATE INDEX foodlogstats_2026_10_26_idx2 ON tenant_a.foodlogstats_2026_10_26 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_10_26 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_10_26 TO whadmin;

-- step 318: create materialized view tenant_a.foodlogstats_2026_10_27
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_10_27 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-10-27''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_10_27_idx1 ON tenant_a.foodlogstats_2026_10_27 (id);
CREATE INDEX foodlogstats_2026_10_27_idx2 ON tenant_a.foodlogstats_2026_10_27 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_10_27 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_10_27 TO whadmin;

-- step 319: create materialized view tenant_a.foodlogstats_2026_10_28
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_10_28 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-10-28''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_10_28_idx1 ON tenant_a.foodlogstats_2026_10_28 (id);
CREATE INDEX foodlogstats_2026_10_28_idx2 ON tenant_a.foodlogstats_2026_10_28 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_10_28 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_10_28 TO whadmin;

-- step 320: create materialized view tenant_a.foodlogstats_2026_10_29
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_10_29 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-10-29''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_10_29_idx1 ON tenant_a.foodlogstats_2026_10_29 (id);
CREATE INDEX foodlogstats_2026_10_29_idx2 ON tenant_a.foodlogstats_2026_10_29 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_10_29 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_10_29 TO whadmin;

-- step 321: create materialized view tenant_a.foodlogstats_2026_10_30
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_10_30 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-10-30''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_10_30_idx1 ON tenant_a.foodlogstats_2026_10_30 (id);
CREATE INDEX foodlogstats_2026_10_30_idx2 ON tenant_a.foodlogstats_2026_10_30 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_10_30 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_10_30 TO whadmin;

-- step 322: create materialized view tenant_a.foodlogstats_2026_10_31
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_10_31 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-10-31''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_10_31_idx1 ON tenant_a.foodlogstats_2026_10_31 (id);
CREATE INDEX foodlogstats_2026_10_31_idx2 ON tenant_a.foodlogstats_2026_10_31 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_10_31 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_10_31 TO whadmin;

-- step 323: create materialized view tenant_a.foodlogstats_2026_11_01
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_11_01 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-11-01''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_11_01_idx1 ON tenant_a.foodlogstats_2026_11_01 (id);
CREATE INDEX foodlogstats_2026_11_01_idx2 ON tenant_a.foodlogstats_2026_11_01 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_11_01 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_11_01 TO whadmin;

-- step 324: create materialized view tenant_a.foodlogstats_2026_11_02
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_11_02 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-11-02''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_11_02_idx1 ON tenant_a.foodlogstats_2026_11_02 (id);
CREATE INDEX foodlogstats_2026_11_02_idx2 ON tenant_a.foodlogstats_2026_11_02 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_11_02 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_11_02 TO whadmin;

-- step 325: create materialized view tenant_a.foodlogstats_2026_11_03
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_11_03 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-11-03''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_11_03_idx1 ON tenant_a.foodlogstats_2026_11_03 (id);
CREATE INDEX foodlogstats_2026_11_03_idx2 ON tenant_a.foodlogstats_2026_11_03 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_11_03 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_11_03 TO whadmin;

-- step 326: create materialized view tenant_a.foodlogstats_2026_11_04
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_11_04 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-11-04''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_11_04_idx1 ON tenant_a.foodlogstats_2026_11_04 (id);
CREATE INDEX foodlogstats_2026_11_04_idx2 ON tenant_a.foodlogstats_2026_11_04 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_11_04 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_11_04 TO whadmin;

-- step 327: create materialized view tenant_a.foodlogstats_2026_11_05
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_11_05 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-11-05''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_11_05_idx1 ON tenant_a.foodlogstats_2026_11_05 (id);
CREATE INDEX foodlogstats_2026_11_05_idx2 ON tenant_a.foodlogstats_2026_11_05 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_11_05 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_11_05 TO whadmin;

-- step 328: create materialized view tenant_a.foodlogstats_2026_11_06
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_11_06 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-11-06''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_11_06_idx1 ON tenant_a.foodlogstats_2026_11_06 (id);
CREATE INDEX foodlogstats_2026_11_06_idx2 ON tenant_a.foodlogstats_2026_11_06 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_11_06 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_11_06 TO whadmin;

-- step 329: create materialized view tenant_a.foodlogstats_2026_11_07
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_11_07 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-11-07''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_11_07_idx1 ON tenant_a.foodlogstats_2026_11_07 (id);
CREATE INDEX foodlogstats_2026_11_07_idx2 ON tenant_a.foodlogstats_2026_11_07 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_11_07 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_11_07 TO whadmin;

-- step 330: create materialized view tenant_a.foodlogstats_2026_11_08
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_11_08 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-11-08''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_11_08_idx1 ON tenant_a.foodlogstats_2026_11_08 (id);
CREATE INDEX foodlogstats_2026_11_08_idx2 ON tenant_a.foodlogstats_2026_11_08 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_11_08 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_11_08 TO whadmin;

-- step 331: create materialized view tenant_a.foodlogstats_2026_11_09
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_11_09 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-11-09''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_11_09_idx1 ON tenant_a.foodlogstats_2026_11_09 (id);
CREATE INDEX foodlogstats_2026_11_09_idx2 ON tenant_a.foodlogstats_2026_11_09 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_11_09 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_11_09 TO whadmin;

-- step 332: create materialized view tenant_a.foodlogstats_2026_11_10
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_11_10 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-11-10''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_11_10_idx1 ON tenant_a.foodlogstats_2026_11_10 (id);
CREATE INDEX foodlogstats_2026_11_10_idx2 ON tenant_a.foodlogstats_2026_11_10 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_11_10 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_11_10 TO whadmin;

-- step 333: create materialized view tenant_a.foodlogstats_2026_11_11
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_11_11 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-11-11''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_11_11_idx1 ON tenant_a.foodlogstats_2026_11_11 (id);
CREATE INDEX foodlogstats_2026_11_11_idx2 ON tenant_a.foodlogstats_2026_11_11 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_11_11 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_11_11 TO whadmin;

-- step 334: create materialized view tenant_a.foodlogstats_2026_11_12
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_11_12 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-11-12''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_11_12_idx1 ON tenant_a.foodlogstats_2026_11_12 (id);
CREATE INDEX foodlogstats_2026_11_12_idx2 ON tenant_a.foodlogstats_2026_11_12 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_11_12 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_11_12 TO whadmin;

-- step 335: create materialized view tenant_a.foodlogstats_2026_11_13
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_11_13 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-11-13''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_11_13_idx1 ON tenant_a.foodlogstats_2026_11_13 (id);
CREATE INDEX foodlogstats_2026_11_13_idx2 ON tenant_a.foodlogstats_2026_11_13 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_11_13 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_11_13 TO whadmin;

-- step 336: create materialized view tenant_a.foodlogstats_2026_11_14
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_11_14 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-11-14''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_11_14_idx1 ON tenant_a.foodlogstats_2026_11_14 (id);
CREATE INDEX foodlogstats_2026_11_14_idx2 ON tenant_a.foodlogstats_2026_11_14 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_11_14 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_11_14 TO whadmin;

-- step 337: create materialized view tenant_a.foodlogstats_2026_11_15
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_11_15 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-11-15''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_11_15_idx1 ON tenant_a.foodlogstats_2026_11_15 (id);
CREATE INDEX foodlogstats_2026_11_15_idx2 ON tenant_a.foodlogstats_2026_11_15 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_11_15 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_11_15 TO whadmin;

-- step 338: create materialized view tenant_a.foodlogstats_2026_11_16
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_11_16 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-11-16''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_11_16_idx1 ON tenant_a.foodlogstats_2026_11_16 (id);
CREATE INDEX foodlogstats_2026_11_16_idx2 ON tenant_a.foodlogstats_2026_11_16 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_11_16 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_11_16 TO whadmin;

-- step 339: create materialized view tenant_a.foodlogstats_2026_11_17
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_11_17 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-11-17''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_11_17_idx1 ON tenant_a.foodlogstats_2026_11_17 (id);
CREATE INDEX foodlogstats_2026_11_17_idx2 ON tenant_a.foodlogstats_2026_11_17 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_11_17 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_11_17 TO whadmin;

-- step 340: create materialized view tenant_a.foodlogstats_2026_11_18
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_11_18 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-11-18''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_11_18_idx1 ON tenant_a.foodlogstats_2026_11_18 (id);
CREATE INDEX foodlogstats_2026_11_18_idx2 ON tenant_a.foodlogstats_2026_11_18 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_11_18 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_11_18 TO whadmin;

-- step 341: create materialized view tenant_a.foodlogstats_2026_11_19
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_11_19 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-11-19''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_11_19_idx1 ON tenant_a.foodlogstats_2026_11_19 (id);
CREATE INDEX foodlogstats_2026_11_19_idx2 ON tenant_a.foodlogstats_2026_11_19 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_11_19 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_11_19 TO whadmin;

-- step 342: create materialized view tenant_a.foodlogstats_2026_11_20
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_11_20 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-11-20''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_11_20_idx1 ON tenant_a.foodlogstats_2026_11_20 (id);
CREATE INDEX foodlogstats_2026_11_20_idx2 ON tenant_a.foodlogstats_2026_11_20 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_11_20 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_11_20 TO whadmin;

-- step 343: create materialized view tenant_a.foodlogstats_2026_11_21
CREATE MATERIALIZED VIEW tenant_a.foodlogstats_2026_11_21 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''Tenant A'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-11-21''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_11_21_idx1 ON tenant_a.foodlogstats_2026_11_21 (id);
CREATE INDEX foodlogstats_2026_11_21_idx2 ON tenant_a.foodlogstats_2026_11_21 (logged_time);
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_11_21 TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats_2026_11_21 TO whadmin;

-- step 344: create materialized view tenant_b.foodlogstats_2026_09_01
CREATE MATERIALIZED VIEW tenant_b.foodlogstats_2026_09_01 AS
SELECT * FROM public.dblink('pgform_tenant_b', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''tenant_b'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-09-01''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_09_01_idx1 ON tenant_b.foodlogstats_2026_09_01 (id);
CREATE INDEX foodlogstats_2026_09_01_idx2 ON tenant_b.foodlogstats_2026_09_01 (logged_time);
GRANT SELECT ON TABLE tenant_b.foodlogstats_2026_09_01 TO phood_ro;
GRANT SELECT ON TABLE tenant_b.foodlogstats_2026_09_01 TO whadmin;

-- step 345: create materialized view tenant_b.foodlogstats_2026_09_02
CREATE MATERIALIZED VIEW tenant_b.foodlogstats_2026_09_02 AS
SELECT * FROM public.dblink('pgform_tenant_b', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''tenant_b'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-09-02''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_09_02_idx1 ON tenant_b.foodlogstats_2026_09_02 (id);
CREATE INDEX foodlogstats_2026_09_02_idx2 ON tenant_b.foodlogstats_2026_09_02 (logged_time);
GRANT SELECT ON TABLE tenant_b.foodlogstats_2026_09_02 TO phood_ro;
GRANT SELECT ON TABLE tenant_b.foodlogstats_2026_09_02 TO whadmin;

-- step 346: create materialized view tenant_b.foodlogstats_2026_09_03
CREATE MATERIALIZED VIEW tenant_b.foodlogstats_2026_09_03 AS
SELECT * FROM public.dblink('pgform_tenant_b', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''tenant_b'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-09-03''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_09_03_idx1 ON tenant_b.foodlogstats_2026_09_03 (id);
CREATE INDEX foodlogstats_2026_09_03_idx2 ON tenant_b.foodlogstats_2026_09_03 (logged_time);
GRANT SELECT ON TABLE tenant_b.foodlogstats_2026_09_03 TO phood_ro;
GRANT SELECT ON TABLE tenant_b.foodlogstats_2026_09_03 TO whadmin;

-- step 347: create materialized view tenant_b.foodlogstats_2026_09_04
CREATE MATERIALIZED VIEW tenant_b.foodlogstats_2026_09_04 AS
SELECT * FROM public.dblink('pgform_tenant_b', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''tenant_b'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-09-04''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_09_04_idx1 ON tenant_b.foodlogstats_2026_09_04 (id);
CREATE INDEX foodlogstats_2026_09_04_idx2 ON tenant_b.foodlogstats_2026_09_04 (logged_time);
GRANT SELECT ON TABLE tenant_b.foodlogstats_2026_09_04 TO phood_ro;
GRANT SELECT ON TABLE tenant_b.foodlogstats_2026_09_04 TO whadmin;

-- step 348: create materialized view tenant_b.foodlogstats_2026_09_05
CREATE MATERIALIZED VIEW tenant_b.foodlogstats_2026_09_05 AS
SELECT * FROM public.dblink('pgform_tenant_b', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''tenant_b'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-09-05''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_09_05_idx1 ON tenant_b.foodlogstats_2026_09_05 (id);
CREATE INDEX foodlogstats_2026_09_05_idx2 ON tenant_b.foodlogstats_2026_09_05 (logged_time);
GRANT SELECT ON TABLE tenant_b.foodlogstats_2026_09_05 TO phood_ro;
GRANT SELECT ON TABLE tenant_b.foodlogstats_2026_09_05 TO whadmin;

-- step 349: create materialized view tenant_b.foodlogstats_2026_09_06
CREATE MATERIALIZED VIEW tenant_b.foodlogstats_2026_09_06 AS
SELECT * FROM public.dblink('pgform_tenant_b', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''tenant_b'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-09-06''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_09_06_idx1 ON tenant_b.foodlogstats_2026_09_06 (id);
CREATE INDEX foodlogstats_2026_09_06_idx2 ON tenant_b.foodlogstats_2026_09_06 (logged_time);
GRANT SELECT ON TABLE tenant_b.foodlogstats_2026_09_06 TO phood_ro;
GRANT SELECT ON TABLE tenant_b.foodlogstats_2026_09_06 TO whadmin;

-- step 350: create materialized view tenant_b.foodlogstats_2026_09_07
CREATE MATERIALIZED VIEW tenant_b.foodlogstats_2026_09_07 AS
SELECT * FROM public.dblink('pgform_tenant_b', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''tenant_b'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-09-07''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_09_07_idx1 ON tenant_b.foodlogstats_2026_09_07 (id);
CREATE INDEX foodlogstats_2026_09_07_idx2 ON tenant_b.foodlogstats_2026_09_07 (logged_time);
GRANT SELECT ON TABLE tenant_b.foodlogstats_2026_09_07 TO phood_ro;
GRANT SELECT ON TABLE tenant_b.foodlogstats_2026_09_07 TO whadmin;

-- step 351: create materialized view tenant_b.foodlogstats_2026_09_08
CREATE MATERIALIZED VIEW tenant_b.foodlogstats_2026_09_08 AS
SELECT * FROM public.dblink('pgform_tenant_b', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''tenant_b'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-09-08''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_09_08_idx1 ON tenant_b.foodlogstats_2026_09_08 (id);
CREATE INDEX foodlogstats_2026_09_08_idx2 ON tenant_b.foodlogstats_2026_09_08 (logged_time);
GRANT SELECT ON TABLE tenant_b.foodlogstats_2026_09_08 TO phood_ro;
GRANT SELECT ON TABLE tenant_b.foodlogstats_2026_09_08 TO whadmin;

-- step 352: create materialized view tenant_b.foodlogstats_2026_09_09
CREATE MATERIALIZED VIEW tenant_b.foodlogstats_2026_09_09 AS
SELECT * FROM public.dblink('pgform_tenant_b', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''tenant_b'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-09-09''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_09_09_idx1 ON tenant_b.foodlogstats_2026_09_09 (id);
CREATE INDEX foodlogstats_2026_09_09_idx2 ON tenant_b.foodlogstats_2026_09_09 (logged_time);
GRANT SELECT ON TABLE tenant_b.foodlogstats_2026_09_09 TO phood_ro;
GRANT SELECT ON TABLE tenant_b.foodlogstats_2026_09_09 TO whadmin;

-- step 353: create materialized view tenant_b.foodlogstats_2026_09_10
CREATE MATERIALIZED VIEW tenant_b.foodlogstats_2026_09_10 AS
SELECT * FROM public.dblink('pgform_tenant_b', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''tenant_b'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-09-10''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_09_10_idx1 ON tenant_b.foodlogstats_2026_09_10 (id);
CREATE INDEX foodlogstats_2026_09_10_idx2 ON tenant_b.foodlogstats_2026_09_10 (logged_time);
GRANT SELECT ON TABLE tenant_b.foodlogstats_2026_09_10 TO phood_ro;
GRANT SELECT ON TABLE tenant_b.foodlogstats_2026_09_10 TO whadmin;

-- step 354: create materialized view tenant_b.foodlogstats_2026_09_11
CREATE MATERIALIZED VIEW tenant_b.foodlogstats_2026_09_11 AS
SELECT * FROM public.dblink('pgform_tenant_b', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''tenant_b'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-09-11''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_09_11_idx1 ON tenant_b.foodlogstats_2026_09_11 (id);
CREATE INDEX foodlogstats_2026_09_11_idx2 ON tenant_b.foodlogstats_2026_09_11 (logged_time);
GRANT SELECT ON TABLE tenant_b.foodlogstats_2026_09_11 TO phood_ro;
GRANT SELECT ON TABLE tenant_b.foodlogstats_2026_09_11 TO whadmin;

-- step 355: create materialized view tenant_b.foodlogstats_2026_09_12
CREATE MATERIALIZED VIEW tenant_b.foodlogstats_2026_09_12 AS
SELECT * FROM public.dblink('pgform_tenant_b', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''tenant_b'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-09-12''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_09_12_idx1 ON tenant_b.foodlogstats_2026_09_12 (id);
CREATE INDEX foodlogstats_2026_09_12_idx2 ON tenant_b.foodlogstats_2026_09_12 (logged_time);
GRANT SELECT ON TABLE tenant_b.foodlogstats_2026_09_12 TO phood_ro;
GRANT SELECT ON TABLE tenant_b.foodlogstats_2026_09_12 TO whadmin;

-- step 356: create materialized view tenant_b.foodlogstats_2026_09_13
CREATE MATERIALIZED VIEW tenant_b.foodlogstats_2026_09_13 AS
SELECT * FROM public.dblink('pgform_tenant_b', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''tenant_b'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-09-13''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_09_13_idx1 ON tenant_b.foodlogstats_2026_09_13 (id);
CREATE INDEX foodlogstats_2026_09_13_idx2 ON tenant_b.foodlogstats_2026_09_13 (logged_time);
GRANT SELECT ON TABLE tenant_b.foodlogstats_2026_09_13 TO phood_ro;
GRANT SELECT ON TABLE tenant_b.foodlogstats_2026_09_13 TO whadmin;

-- step 357: create materialized view tenant_b.foodlogstats_2026_09_14
CREATE MATERIALIZED VIEW tenant_b.foodlogstats_2026_09_14 AS
SELECT * FROM public.dblink('pgform_tenant_b', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''tenant_b'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-09-14''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_09_14_idx1 ON tenant_b.foodlogstats_2026_09_14 (id);
CREATE INDEX foodlogstats_2026_09_14_idx2 ON tenant_b.foodlogstats_2026_09_14 (logged_time);
GRANT SELECT ON TABLE tenant_b.foodlogstats_2026_09_14 TO phood_ro;
GRANT SELECT ON TABLE tenant_b.foodlogstats_2026_09_14 TO whadmin;

-- step 358: create materialized view tenant_b.foodlogstats_2026_09_15
CREATE MATERIALIZED VIEW tenant_b.foodlogstats_2026_09_15 AS
SELECT * FROM public.dblink('pgform_tenant_b', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''tenant_b'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-09-15''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_09_15_idx1 ON tenant_b.foodlogstats_2026_09_15 (id);
CREATE INDEX foodlogstats_2026_09_15_idx2 ON tenant_b.foodlogstats_2026_09_15 (logged_time);
GRANT SELECT ON TABLE tenant_b.foodlogstats_2026_09_15 TO phood_ro;
GRANT SELECT ON TABLE tenant_b.foodlogstats_2026_09_15 TO whadmin;

-- step 359: create materialized view tenant_b.foodlogstats_2026_09_16
CREATE MATERIALIZED VIEW tenant_b.foodlogstats_2026_09_16 AS
SELECT * FROM public.dblink('pgform_tenant_b', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''tenant_b'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-09-16''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_09_16_idx1 ON tenant_b.foodlogstats_2026_09_16 (id);
CREATE INDEX foodlogstats_2026_09_16_idx2 ON tenant_b.foodlogstats_2026_09_16 (logged_time);
GRANT SELECT ON TABLE tenant_b.foodlogstats_2026_09_16 TO phood_ro;
GRANT SELECT ON TABLE tenant_b.foodlogstats_2026_09_16 TO whadmin;

-- step 360: create materialized view tenant_b.foodlogstats_2026_09_17
CREATE MATERIALIZED VIEW tenant_b.foodlogstats_2026_09_17 AS
SELECT * FROM public.dblink('pgform_tenant_b', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''tenant_b'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-09-17''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_09_17_idx1 ON tenant_b.foodlogstats_2026_09_17 (id);
CREATE INDEX foodlogstats_2026_09_17_idx2 ON tenant_b.foodlogstats_2026_09_17 (logged_time);
GRANT SELECT ON TABLE tenant_b.foodlogstats_2026_09_17 TO phood_ro;
GRANT SELECT ON TABLE tenant_b.foodlogstats_2026_09_17 TO whadmin;

-- step 361: create materialized view tenant_b.foodlogstats_2026_09_18
CREATE MATERIALIZED VIEW tenant_b.foodlogstats_2026_09_18 AS
SELECT * FROM public.dblink('pgform_tenant_b', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''tenant_b'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-09-18''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_09_18_idx1 ON tenant_b.foodlogstats_2026_09_18 (id);
CREATE INDEX foodlogstats_2026_09_18_idx2 ON tenant_b.foodlogstats_2026_09_18 (logged_time);
GRANT SELECT ON TABLE tenant_b.foodlogstats_2026_09_18 TO phood_ro;
GRANT SELECT ON TABLE tenant_b.foodlogstats_2026_09_18 TO whadmin;

-- step 362: create materialized view tenant_b.foodlogstats_2026_09_19
CREATE MATERIALIZED VIEW tenant_b.foodlogstats_2026_09_19 AS
SELECT * FROM public.dblink('pgform_tenant_b', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''tenant_b'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-09-19''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_09_19_idx1 ON tenant_b.foodlogstats_2026_09_19 (id);
CREATE INDEX foodlogstats_2026_09_19_idx2 ON tenant_b.foodlogstats_2026_09_19 (logged_time);
GRANT SELECT ON TABLE tenant_b.foodlogstats_2026_09_19 TO phood_ro;
GRANT SELECT ON TABLE tenant_b.foodlogstats_2026_09_19 TO whadmin;

-- step 363: create materialized view tenant_b.foodlogstats_2026_09_20
CREATE MATERIALIZED VIEW tenant_b.foodlogstats_2026_09_20 AS
SELECT * FROM public.dblink('pgform_tenant_b', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''tenant_b'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-09-20''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_09_20_idx1 ON tenant_b.foodlogstats_2026_09_20 (id);
CREATE INDEX foodlogstats_2026_09_20_idx2 ON tenant_b.foodlogstats_2026_09_20 (logged_time);
GRANT SELECT ON TABLE tenant_b.foodlogstats_2026_09_20 TO phood_ro;
GRANT SELECT ON TABLE tenant_b.foodlogstats_2026_09_20 TO whadmin;

-- step 364: create materialized view tenant_b.foodlogstats_2026_09_21
CREATE MATERIALIZED VIEW tenant_b.foodlogstats_2026_09_21 AS
SELECT * FROM public.dblink('pgform_tenant_b', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''tenant_b'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-09-21''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_09_21_idx1 ON tenant_b.foodlogstats_2026_09_21 (id);
CREATE INDEX foodlogstats_2026_09_21_idx2 ON tenant_b.foodlogstats_2026_09_21 (logged_time);
GRANT SELECT ON TABLE tenant_b.foodlogstats_2026_09_21 TO phood_ro;
GRANT SELECT ON TABLE tenant_b.foodlogstats_2026_09_21 TO whadmin;

-- step 365: create materialized view tenant_b.foodlogstats_2026_09_22
CREATE MATERIALIZED VIEW tenant_b.foodlogstats_2026_09_22 AS
SELECT * FROM public.dblink('pgform_tenant_b', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''tenant_b'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-09-22''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_09_22_idx1 ON tenant_b.foodlogstats_2026_09_22 (id);
CREATE INDEX foodlogstats_2026_09_22_idx2 ON tenant_b.foodlogstats_2026_09_22 (logged_time);
GRANT SELECT ON TABLE tenant_b.foodlogstats_2026_09_22 TO phood_ro;
GRANT SELECT ON TABLE tenant_b.foodlogstats_2026_09_22 TO whadmin;

-- step 366: create materialized view tenant_b.foodlogstats_2026_09_23
CREATE MATERIALIZED VIEW tenant_b.foodlogstats_2026_09_23 AS
SELECT * FROM public.dblink('pgform_tenant_b', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''tenant_b'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-09-23''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_09_23_idx1 ON tenant_b.foodlogstats_2026_09_23 (id);
CREATE INDEX foodlogstats_2026_09_23_idx2 ON tenant_b.foodlogstats_2026_09_23 (logged_time);
GRANT SELECT ON TABLE tenant_b.foodlogstats_2026_09_23 TO phood_ro;
GRANT SELECT ON TABLE tenant_b.foodlogstats_2026_09_23 TO whadmin;

-- step 367: create materialized view tenant_b.foodlogstats_2026_09_24
CREATE MATERIALIZED VIEW tenant_b.foodlogstats_2026_09_24 AS
SELECT * FROM public.dblink('pgform_tenant_b', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''tenant_b'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-09-24''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_09_24_idx1 ON tenant_b.foodlogstats_2026_09_24 (id);
CREATE INDEX foodlogstats_2026_09_24_idx2 ON tenant_b.foodlogstats_2026_09_24 (logged_time);
GRANT SELECT ON TABLE tenant_b.foodlogstats_2026_09_24 TO phood_ro;
GRANT SELECT ON TABLE tenant_b.foodlogstats_2026_09_24 TO whadmin;

-- step 368: create materialized view tenant_b.foodlogstats_2026_09_25
CREATE MATERIALIZED VIEW tenant_b.foodlogstats_2026_09_25 AS
SELECT * FROM public.dblink('pgform_tenant_b', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''tenant_b'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-09-25''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_09_25_idx1 ON tenant_b.foodlogstats_2026_09_25 (id);
CREATE INDEX foodlogstats_2026_09_25_idx2 ON tenant_b.foodlogstats_2026_09_25 (logged_time);
GRANT SELECT ON TABLE tenant_b.foodlogstats_2026_09_25 TO phood_ro;
GRANT SELECT ON TABLE tenant_b.foodlogstats_2026_09_25 TO whadmin;

-- step 369: create materialized view tenant_b.foodlogstats_2026_09_26
CREATE MATERIALIZED VIEW tenant_b.foodlogstats_2026_09_26 AS
SELECT * FROM public.dblink('pgform_tenant_b', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''tenant_b'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-09-26''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_09_26_idx1 ON tenant_b.foodlogstats_2026_09_26 (id);
CREATE INDEX foodlogstats_2026_09_26_idx2 ON tenant_b.foodlogstats_2026_09_26 (logged_time);
GRANT SELECT ON TABLE tenant_b.foodlogstats_2026_09_26 TO phood_ro;
GRANT SELECT ON TABLE tenant_b.foodlogstats_2026_09_26 TO whadmin;

-- step 370: create materialized view tenant_b.foodlogstats_2026_09_27
CREATE MATERIALIZED VIEW tenant_b.foodlogstats_2026_09_27 AS
SELECT * FROM public.dblink('pgform_tenant_b', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''tenant_b'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-09-27''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_09_27_idx1 ON tenant_b.foodlogstats_2026_09_27 (id);
CREATE INDEX foodlogstats_2026_09_27_idx2 ON tenant_b.foodlogstats_2026_09_27 (logged_time);
GRANT SELECT ON TABLE tenant_b.foodlogstats_2026_09_27 TO phood_ro;
GRANT SELECT ON TABLE tenant_b.foodlogstats_2026_09_27 TO whadmin;

-- step 371: create materialized view tenant_b.foodlogstats_2026_09_28
CREATE MATERIALIZED VIEW tenant_b.foodlogstats_2026_09_28 AS
SELECT * FROM public.dblink('pgform_tenant_b', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''tenant_b'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-09-28''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_09_28_idx1 ON tenant_b.foodlogstats_2026_09_28 (id);
CREATE INDEX foodlogstats_2026_09_28_idx2 ON tenant_b.foodlogstats_2026_09_28 (logged_time);
GRANT SELECT ON TABLE tenant_b.foodlogstats_2026_09_28 TO phood_ro;
GRANT SELECT ON TABLE tenant_b.foodlogstats_2026_09_28 TO whadmin;

-- step 372: create materialized view tenant_b.foodlogstats_2026_09_29
CREATE MATERIALIZED VIEW tenant_b.foodlogstats_2026_09_29 AS
SELECT * FROM public.dblink('pgform_tenant_b', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''tenant_b'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-09-29''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_09_29_idx1 ON tenant_b.foodlogstats_2026_09_29 (id);
CREATE INDEX foodlogstats_2026_09_29_idx2 ON tenant_b.foodlogstats_2026_09_29 (logged_time);
GRANT SELECT ON TABLE tenant_b.foodlogstats_2026_09_29 TO phood_ro;
GRANT SELECT ON TABLE tenant_b.foodlogstats_2026_09_29 TO whadmin;

-- step 373: create materialized view tenant_b.foodlogstats_2026_09_30
CREATE MATERIALIZED VIEW tenant_b.foodlogstats_2026_09_30 AS
SELECT * FROM public.dblink('pgform_tenant_b', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''tenant_b'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-09-30''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_09_30_idx1 ON tenant_b.foodlogstats_2026_09_30 (id);
CREATE INDEX foodlogstats_2026_09_30_idx2 ON tenant_b.foodlogstats_2026_09_30 (logged_time);
GRANT SELECT ON TABLE tenant_b.foodlogstats_2026_09_30 TO phood_ro;
GRANT SELECT ON TABLE tenant_b.foodlogstats_2026_09_30 TO whadmin;

-- step 374: create materialized view tenant_b.foodlogstats_2026_10_01
CREATE MATERIALIZED VIEW tenant_b.foodlogstats_2026_10_01 AS
SELECT * FROM public.dblink('pgform_tenant_b', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''tenant_b'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-10-01''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_10_01_idx1 ON tenant_b.foodlogstats_2026_10_01 (id);
CREATE INDEX foodlogstats_2026_10_01_idx2 ON tenant_b.foodlogstats_2026_10_01 (logged_time);
GRANT SELECT ON TABLE tenant_b.foodlogstats_2026_10_01 TO phood_ro;
GRANT SELECT ON TABLE tenant_b.foodlogstats_2026_10_01 TO whadmin;

-- step 375: create materialized view tenant_b.foodlogstats_2026_10_02
CREATE MATERIALIZED VIEW tenant_b.foodlogstats_2026_10_02 AS
SELECT * FROM public.dblink('pgform_tenant_b', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''tenant_b'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-10-02''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_10_02_idx1 ON tenant_b.foodlogstats_2026_10_02 (id);
CREATE INDEX foodlogstats_2026_10_02_idx2 ON tenant_b.foodlogstats_2026_10_02 (logged_time);
GRANT SELECT ON TABLE tenant_b.foodlogstats_2026_10_02 TO phood_ro;
GRANT SELECT ON TABLE tenant_b.foodlogstats_2026_10_02 TO whadmin;

-- step 376: create materialized view tenant_b.foodlogstats_2026_10_03
CREATE MATERIALIZED VIEW tenant_b.foodlogstats_2026_10_03 AS
SELECT * FROM public.dblink('pgform_tenant_b', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''tenant_b'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-10-03''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_10_03_idx1 ON tenant_b.foodlogstats_2026_10_03 (id);
CREATE INDEX foodlogstats_2026_10_03_idx2 ON tenant_b.foodlogstats_2026_10_03 (logged_time);
GRANT SELECT ON TABLE tenant_b.foodlogstats_2026_10_03 TO phood_ro;
GRANT SELECT ON TABLE tenant_b.foodlogstats_2026_10_03 TO whadmin;

-- step 377: create materialized view tenant_b.foodlogstats_2026_10_04
CREATE MATERIALIZED VIEW tenant_b.foodlogstats_2026_10_04 AS
SELECT * FROM public.dblink('pgform_tenant_b', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''tenant_b'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-10-04''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_10_04_idx1 ON tenant_b.foodlogstats_2026_10_04 (id);
CREATE INDEX foodlogstats_2026_10_04_idx2 ON tenant_b.foodlogstats_2026_10_04 (logged_time);
GRANT SELECT ON TABLE tenant_b.foodlogstats_2026_10_04 TO phood_ro;
GRANT SELECT ON TABLE tenant_b.foodlogstats_2026_10_04 TO whadmin;

-- step 378: create materialized view tenant_b.foodlogstats_2026_10_05
CREATE MATERIALIZED VIEW tenant_b.foodlogstats_2026_10_05 AS
SELECT * FROM public.dblink('pgform_tenant_b', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''tenant_b'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-10-05''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_10_05_idx1 ON tenant_b.foodlogstats_2026_10_05 (id);
CREATE INDEX foodlogstats_2026_10_05_idx2 ON tenant_b.foodlogstats_2026_10_05 (logged_time);
GRANT SELECT ON TABLE tenant_b.foodlogstats_2026_10_05 TO phood_ro;
GRANT SELECT ON TABLE tenant_b.foodlogstats_2026_10_05 TO whadmin;

-- step 379: create materialized view tenant_b.foodlogstats_2026_10_06
CREATE MATERIALIZED VIEW tenant_b.foodlogstats_2026_10_06 AS
SELECT * FROM public.dblink('pgform_tenant_b', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''tenant_b'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-10-06''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_10_06_idx1 ON tenant_b.foodlogstats_2026_10_06 (id);
CREATE INDEX foodlogstats_2026_10_06_idx2 ON tenant_b.foodlogstats_2026_10_06 (logged_time);
GRANT SELECT ON TABLE tenant_b.foodlogstats_2026_10_06 TO phood_ro;
GRANT SELECT ON TABLE tenant_b.foodlogstats_2026_10_06 TO whadmin;

-- step 380: create materialized view tenant_b.foodlogstats_2026_10_07
CREATE MATERIALIZED VIEW tenant_b.foodlogstats_2026_10_07 AS
SELECT * FROM public.dblink('pgform_tenant_b', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''tenant_b'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-10-07''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_10_07_idx1 ON tenant_b.foodlogstats_2026_10_07 (id);
CREATE INDEX foodlogstats_2026_10_07_idx2 ON tenant_b.foodlogstats_2026_10_07 (logged_time);
GRANT SELECT ON TABLE tenant_b.foodlogstats_2026_10_07 TO phood_ro;
GRANT SELECT ON TABLE tenant_b.foodlogstats_2026_10_07 TO whadmin;

-- step 381: create materialized view tenant_b.foodlogstats_2026_10_08
CREATE MATERIALIZED VIEW tenant_b.foodlogstats_2026_10_08 AS
SELECT * FROM public.dblink('pgform_tenant_b', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''tenant_b'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-10-08''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_10_08_idx1 ON tenant_b.foodlogstats_2026_10_08 (id);
CREATE INDEX foodlogstats_2026_10_08_idx2 ON tenant_b.foodlogstats_2026_10_08 (logged_time);
GRANT SELECT ON TABLE tenant_b.foodlogstats_2026_10_08 TO phood_ro;
GRANT SELECT ON TABLE tenant_b.foodlogstats_2026_10_08 TO whadmin;

-- step 382: create materialized view tenant_b.foodlogstats_2026_10_09
CREATE MATERIALIZED VIEW tenant_b.foodlogstats_2026_10_09 AS
SELECT * FROM public.dblink('pgform_tenant_b', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''tenant_b'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-10-09''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_10_09_idx1 ON tenant_b.foodlogstats_2026_10_09 (id);
CREATE INDEX foodlogstats_2026_10_09_idx2 ON tenant_b.foodlogstats_2026_10_09 (logged_time);
GRANT SELECT ON TABLE tenant_b.foodlogstats_2026_10_09 TO phood_ro;
GRANT SELECT ON TABLE tenant_b.foodlogstats_2026_10_09 TO whadmin;

-- step 383: create materialized view tenant_b.foodlogstats_2026_10_10
CREATE MATERIALIZED VIEW tenant_b.foodlogstats_2026_10_10 AS
SELECT * FROM public.dblink('pgform_tenant_b', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''tenant_b'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-10-10''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_10_10_idx1 ON tenant_b.foodlogstats_2026_10_10 (id);
CREATE INDEX foodlogstats_2026_10_10_idx2 ON tenant_b.foodlogstats_2026_10_10 (logged_time);
GRANT SELECT ON TABLE tenant_b.foodlogstats_2026_10_10 TO phood_ro;
GRANT SELECT ON TABLE tenant_b.foodlogstats_2026_10_10 TO whadmin;

-- step 384: create materialized view tenant_b.foodlogstats_2026_10_11
CREATE MATERIALIZED VIEW tenant_b.foodlogstats_2026_10_11 AS
SELECT * FROM public.dblink('pgform_tenant_b', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''tenant_b'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-10-11''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_10_11_idx1 ON tenant_b.foodlogstats_2026_10_11 (id);
CREATE INDEX foodlogstats_2026_10_11_idx2 ON tenant_b.foodlogstats_2026_10_11 (logged_time);
GRANT SELECT ON TABLE tenant_b.foodlogstats_2026_10_11 TO phood_ro;
GRANT SELECT ON TABLE tenant_b.foodlogstats_2026_10_11 TO whadmin;

-- step 385: create materialized view tenant_b.foodlogstats_2026_10_12
CREATE MATERIALIZED VIEW tenant_b.foodlogstats_2026_10_12 AS
SELECT * FROM public.dblink('pgform_tenant_b', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''tenant_b'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-10-12''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_10_12_idx1 ON tenant_b.foodlogstats_2026_10_12 (id);
CREATE INDEX foodlogstats_2026_10_12_idx2 ON tenant_b.foodlogstats_2026_10_12 (logged_time);
GRANT SELECT ON TABLE tenant_b.foodlogstats_2026_10_12 TO phood_ro;
GRANT SELECT ON TABLE tenant_b.foodlogstats_2026_10_12 TO whadmin;

-- step 386: create materialized view tenant_b.foodlogstats_2026_10_13
CREATE MATERIALIZED VIEW tenant_b.foodlogstats_2026_10_13 AS
SELECT * FROM public.dblink('pgform_tenant_b', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''tenant_b'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-10-13''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_10_13_idx1 ON tenant_b.foodlogstats_2026_10_13 (id);
CREATE INDEX foodlogstats_2026_10_13_idx2 ON tenant_b.foodlogstats_2026_10_13 (logged_time);
GRANT SELECT ON TABLE tenant_b.foodlogstats_2026_10_13 TO phood_ro;
GRANT SELECT ON TABLE tenant_b.foodlogstats_2026_10_13 TO whadmin;

-- step 387: create materialized view tenant_b.foodlogstats_2026_10_14
CREATE MATERIALIZED VIEW tenant_b.foodlogstats_2026_10_14 AS
SELECT * FROM public.dblink('pgform_tenant_b', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''tenant_b'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-10-14''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_10_14_idx1 ON tenant_b.foodlogstats_2026_10_14 (id);
CREATE INDEX foodlogstats_2026_10_14_idx2 ON tenant_b.foodlogstats_2026_10_14 (logged_time);
GRANT SELECT ON TABLE tenant_b.foodlogstats_2026_10_14 TO phood_ro;
GRANT SELECT ON TABLE tenant_b.foodlogstats_2026_10_14 TO whadmin;

-- step 388: create materialized view tenant_b.foodlogstats_2026_10_15
CREATE MATERIALIZED VIEW tenant_b.foodlogstats_2026_10_15 AS
SELECT * FROM public.dblink('pgform_tenant_b', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''tenant_b'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-10-15''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_10_15_idx1 ON tenant_b.foodlogstats_2026_10_15 (id);
CREATE INDEX foodlogstats_2026_10_15_idx2 ON tenant_b.foodlogstats_2026_10_15 (logged_time);
GRANT SELECT ON TABLE tenant_b.foodlogstats_2026_10_15 TO phood_ro;
GRANT SELECT ON TABLE tenant_b.foodlogstats_2026_10_15 TO whadmin;

-- step 389: create materialized view tenant_b.foodlogstats_2026_10_16
CREATE MATERIALIZED VIEW tenant_b.foodlogstats_2026_10_16 AS
SELECT * FROM public.dblink('pgform_tenant_b', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''tenant_b'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-10-16''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_10_16_idx1 ON tenant_b.foodlogstats_2026_10_16 (id);
CREATE INDEX foodlogstats_2026_10_16_idx2 ON tenant_b.foodlogstats_2026_10_16 (logged_time);
GRANT SELECT ON TABLE tenant_b.foodlogstats_2026_10_16 TO phood_ro;
GRANT SELECT ON TABLE tenant_b.foodlogstats_2026_10_16 TO whadmin;

-- step 390: create materialized view tenant_b.foodlogstats_2026_10_17
CREATE MATERIALIZED VIEW tenant_b.foodlogstats_2026_10_17 AS
SELECT * FROM public.dblink('pgform_tenant_b', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''tenant_b'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-10-17''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_10_17_idx1 ON tenant_b.foodlogstats_2026_10_17 (id);
CREATE INDEX foodlogstats_2026_10_17_idx2 ON tenant_b.foodlogstats_2026_10_17 (logged_time);
GRANT SELECT ON TABLE tenant_b.foodlogstats_2026_10_17 TO phood_ro;
GRANT SELECT ON TABLE tenant_b.foodlogstats_2026_10_17 TO whadmin;

-- step 391: create materialized view tenant_b.foodlogstats_2026_10_18
CREATE MATERIALIZED VIEW tenant_b.foodlogstats_2026_10_18 AS
SELECT * FROM public.dblink('pgform_tenant_b', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''tenant_b'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-10-18''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_10_18_idx1 ON tenant_b.foodlogstats_2026_10_18 (id);
CREATE INDEX foodlogstats_2026_10_18_idx2 ON tenant_b.foodlogstats_2026_10_18 (logged_time);
GRANT SELECT ON TABLE tenant_b.foodlogstats_2026_10_18 TO phood_ro;
GRANT SELECT ON TABLE tenant_b.foodlogstats_2026_10_18 TO whadmin;

-- step 392: create materialized view tenant_b.foodlogstats_2026_10_19
CREATE MATERIALIZED VIEW tenant_b.foodlogstats_2026_10_19 AS
SELECT * FROM public.dblink('pgform_tenant_b', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''tenant_b'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-10-19''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_10_19_idx1 ON tenant_b.foodlogstats_2026_10_19 (id);
CREATE INDEX foodlogstats_2026_10_19_idx2 ON tenant_b.foodlogstats_2026_10_19 (logged_time);
GRANT SELECT ON TABLE tenant_b.foodlogstats_2026_10_19 TO phood_ro;
GRANT SELECT ON TABLE tenant_b.foodlogstats_2026_10_19 TO whadmin;

-- step 393: create materialized view tenant_b.foodlogstats_2026_10_20
CREATE MATERIALIZED VIEW tenant_b.foodlogstats_2026_10_20 AS
SELECT * FROM public.dblink('pgform_tenant_b', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''tenant_b'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-10-20''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_10_20_idx1 ON tenant_b.foodlogstats_2026_10_20 (id);
CREATE INDEX foodlogstats_2026_10_20_idx2 ON tenant_b.foodlogstats_2026_10_20 (logged_time);
GRANT SELECT ON TABLE tenant_b.foodlogstats_2026_10_20 TO phood_ro;
GRANT SELECT ON TABLE tenant_b.foodlogstats_2026_10_20 TO whadmin;

-- step 394: create materialized view tenant_b.foodlogstats_2026_10_21
CREATE MATERIALIZED VIEW tenant_b.foodlogstats_2026_10_21 AS
SELECT * FROM public.dblink('pgform_tenant_b', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''tenant_b'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-10-21''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_10_21_idx1 ON tenant_b.foodlogstats_2026_10_21 (id);
CREATE INDEX foodlogstats_2026_10_21_idx2 ON tenant_b.foodlogstats_2026_10_21 (logged_time);
GRANT SELECT ON TABLE tenant_b.foodlogstats_2026_10_21 TO phood_ro;
GRANT SELECT ON TABLE tenant_b.foodlogstats_2026_10_21 TO whadmin;

-- step 395: create materialized view tenant_b.foodlogstats_2026_10_22
CREATE MATERIALIZED VIEW tenant_b.foodlogstats_2026_10_22 AS
SELECT * FROM public.dblink('pgform_tenant_b', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''tenant_b'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-10-22''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_10_22_idx1 ON tenant_b.foodlogstats_2026_10_22 (id);
CREATE INDEX foodlogstats_2026_10_22_idx2 ON tenant_b.foodlogstats_2026_10_22 (logged_time);
GRANT SELECT ON TABLE tenant_b.foodlogstats_2026_10_22 TO phood_ro;
GRANT SELECT ON TABLE tenant_b.foodlogstats_2026_10_22 TO whadmin;

-- step 396: create materialized view tenant_b.foodlogstats_2026_10_23
CREATE MATERIALIZED VIEW tenant_b.foodlogstats_2026_10_23 AS
SELECT * FROM public.dblink('pgform_tenant_b', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''tenant_b'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-10-23''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_10_23_idx1 ON tenant_b.foodlogstats_2026_10_23 (id);
CREATE INDEX foodlogstats_2026_10_23_idx2 ON tenant_b.foodlogstats_2026_10_23 (logged_time);
GRANT SELECT ON TABLE tenant_b.foodlogstats_2026_10_23 TO phood_ro;
GRANT SELECT ON TABLE tenant_b.foodlogstats_2026_10_23 TO whadmin;

-- step 397: create materialized view tenant_b.foodlogstats_2026_10_24
CREATE MATERIALIZED VIEW tenant_b.foodlogstats_2026_10_24 AS
SELECT * FROM public.dblink('pgform_tenant_b', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''tenant_b'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-10-24''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_10_24_idx1 ON tenant_b.foodlogstats_2026_10_24 (id);
CREATE INDEX foodlogstats_2026_10_24_idx2 ON tenant_b.foodlogstats_2026_10_24 (logged_time);
GRANT SELECT ON TABLE tenant_b.foodlogstats_2026_10_24 TO phood_ro;
GRANT SELECT ON TABLE tenant_b.foodlogstats_2026_10_24 TO whadmin;

-- step 398: create materialized view tenant_b.foodlogstats_2026_10_25
CREATE MATERIALIZED VIEW tenant_b.foodlogstats_2026_10_25 AS
SELECT * FROM public.dblink('pgform_tenant_b', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''tenant_b'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-10-25''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_10_25_idx1 ON tenant_b.foodlogstats_2026_10_25 (id);
CREATE INDEX foodlogstats_2026_10_25_idx2 ON tenant_b.foodlogstats_2026_10_25 (logged_time);
GRANT SELECT ON TABLE tenant_b.foodlogstats_2026_10_25 TO phood_ro;
GRANT SELECT ON TABLE tenant_b.foodlogstats_2026_10_25 TO whadmin;

-- step 399: create materialized view tenant_b.foodlogstats_2026_10_26
CREATE MATERIALIZED VIEW tenant_b.foodlogstats_2026_10_26 AS
SELECT * FROM public.dblink('pgform_tenant_b', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''tenant_b'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-10-26''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_10_26_idx1 ON tenant_b.foodlogstats_2026_10_26 (id);
CREATE INDEX foodlogstats_2026_10_26_idx2 ON tenant_b.foodlogstats_2026_10_26 (logged_time);
GRANT SELECT ON TABLE tenant_b.foodlogstats_2026_10_26 TO phood_ro;
GRANT SELECT ON TABLE tenant_b.foodlogstats_2026_10_26 TO whadmin;

-- step 400: create materialized view tenant_b.foodlogstats_2026_10_27
CREATE MATERIALIZED VIEW tenant_b.foodlogstats_2026_10_27 AS
SELECT * FROM public.dblink('pgform_tenant_b', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''tenant_b'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-10-27''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_10_27_idx1 ON tenant_b.foodlogstats_2026_10_27 (id);
CREATE INDEX foodlogstats_2026_10_27_idx2 ON tenant_b.foodlogstats_2026_10_27 (logged_time);
GRANT SELECT ON TABLE tenant_b.foodlogstats_2026_10_27 TO phood_ro;
GRANT SELECT ON TABLE tenant_b.foodlogstats_2026_10_27 TO whadmin;

-- step 401: create materialized view tenant_b.foodlogstats_2026_10_28
CREATE MATERIALIZED VIEW tenant_b.foodlogstats_2026_10_28 AS
SELECT * FROM public.dblink('pgform_tenant_b', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''tenant_b'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-10-28''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_10_28_idx1 ON tenant_b.foodlogstats_2026_10_28 (id);
CREATE INDEX foodlogstats_2026_10_28_idx2 ON tenant_b.foodlogstats_2026_10_28 (logged_time);
GRANT SELECT ON TABLE tenant_b.foodlogstats_2026_10_28 TO phood_ro;
GRANT SELECT ON TABLE tenant_b.foodlogstats_2026_10_28 TO whadmin;

-- step 402: create materialized view tenant_b.foodlogstats_2026_10_29
CREATE MATERIALIZED VIEW tenant_b.foodlogstats_2026_10_29 AS
SELECT * FROM public.dblink('pgform_tenant_b', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''tenant_b'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-10-29''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_10_29_idx1 ON tenant_b.foodlogstats_2026_10_29 (id);
CREATE INDEX foodlogstats_2026_10_29_idx2 ON tenant_b.foodlogstats_2026_10_29 (logged_time);
GRANT SELECT ON TABLE tenant_b.foodlogstats_2026_10_29 TO phood_ro;
GRANT SELECT ON TABLE tenant_b.foodlogstats_2026_10_29 TO whadmin;

-- step 403: create materialized view tenant_b.foodlogstats_2026_10_30
CREATE MATERIALIZED VIEW tenant_b.foodlogstats_2026_10_30 AS
SELECT * FROM public.dblink('pgform_tenant_b', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''tenant_b'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-10-30''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_10_30_idx1 ON tenant_b.foodlogstats_2026_10_30 (id);
CREATE INDEX foodlogstats_2026_10_30_idx2 ON tenant_b.foodlogstats_2026_10_30 (logged_time);
GRANT SELECT ON TABLE tenant_b.foodlogstats_2026_10_30 TO phood_ro;
GRANT SELECT ON TABLE tenant_b.foodlogstats_2026_10_30 TO whadmin;

-- step 404: create materialized view tenant_b.foodlogstats_2026_10_31
CREATE MATERIALIZED VIEW tenant_b.foodlogstats_2026_10_31 AS
SELECT * FROM public.dblink('pgform_tenant_b', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''tenant_b'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-10-31''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_10_31_idx1 ON tenant_b.foodlogstats_2026_10_31 (id);
CREATE INDEX foodlogstats_2026_10_31_idx2 ON tenant_b.foodlogstats_2026_10_31 (logged_time);
GRANT SELECT ON TABLE tenant_b.foodlogstats_2026_10_31 TO phood_ro;
GRANT SELECT ON TABLE tenant_b.foodlogstats_2026_10_31 TO whadmin;

-- step 405: create materialized view tenant_b.foodlogstats_2026_11_01
CREATE MATERIALIZED VIEW tenant_b.foodlogstats_2026_11_01 AS
SELECT * FROM public.dblink('pgform_tenant_b', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''tenant_b'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-11-01''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_11_01_idx1 ON tenant_b.foodlogstats_2026_11_01 (id);
CREATE INDEX foodlogstats_2026_11_01_idx2 ON tenant_b.foodlogstats_2026_11_01 (logged_time);
GRANT SELECT ON TABLE tenant_b.foodlogstats_2026_11_01 TO phood_ro;
GRANT SELECT ON TABLE tenant_b.foodlogstats_2026_11_01 TO whadmin;

-- step 406: create materialized view tenant_b.foodlogstats_2026_11_02
CREATE MATERIALIZED VIEW tenant_b.foodlogstats_2026_11_02 AS
SELECT * FROM public.dblink('pgform_tenant_b', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''tenant_b'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-11-02''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_11_02_idx1 ON tenant_b.foodlogstats_2026_11_02 (id);
CREATE INDEX foodlogstats_2026_11_02_idx2 ON tenant_b.foodlogstats_2026_11_02 (logged_time);
GRANT SELECT ON TABLE tenant_b.foodlogstats_2026_11_02 TO phood_ro;
GRANT SELECT ON TABLE tenant_b.foodlogstats_2026_11_02 TO whadmin;

-- step 407: create materialized view tenant_b.foodlogstats_2026_11_03
CREATE MATERIALIZED VIEW tenant_b.foodlogstats_2026_11_03 AS
SELECT * FROM public.dblink('pgform_tenant_b', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''tenant_b'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-11-03''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_11_03_idx1 ON tenant_b.foodlogstats_2026_11_03 (id);
CREATE INDEX foodlogstats_2026_11_03_idx2 ON tenant_b.foodlogstats_2026_11_03 (logged_time);
GRANT SELECT ON TABLE tenant_b.foodlogstats_2026_11_03 TO phood_ro;
GRANT SELECT ON TABLE tenant_b.foodlogstats_2026_11_03 TO whadmin;

-- step 408: create materialized view tenant_b.foodlogstats_2026_11_04
CREATE MATERIALIZED VIEW tenant_b.foodlogstats_2026_11_04 AS
SELECT * FROM public.dblink('pgform_tenant_b', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''tenant_b'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-11-04''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_11_04_idx1 ON tenant_b.foodlogstats_2026_11_04 (id);
CREATE INDEX foodlogstats_2026_11_04_idx2 ON tenant_b.foodlogstats_2026_11_04 (logged_time);
GRANT SELECT ON TABLE tenant_b.foodlogstats_2026_11_04 TO phood_ro;
GRANT SELECT ON TABLE tenant_b.foodlogstats_2026_11_04 TO whadmin;

-- step 409: create materialized view tenant_b.foodlogstats_2026_11_05
CREATE MATERIALIZED VIEW tenant_b.foodlogstats_2026_11_05 AS
SELECT * FROM public.dblink('pgform_tenant_b', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''tenant_b'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-11-05''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_11_05_idx1 ON tenant_b.foodlogstats_2026_11_05 (id);
CREATE INDEX foodlogstats_2026_11_05_idx2 ON tenant_b.foodlogstats_2026_11_05 (logged_time);
GRANT SELECT ON TABLE tenant_b.foodlogstats_2026_11_05 TO phood_ro;
GRANT SELECT ON TABLE tenant_b.foodlogstats_2026_11_05 TO whadmin;

-- step 410: create materialized view tenant_b.foodlogstats_2026_11_06
CREATE MATERIALIZED VIEW tenant_b.foodlogstats_2026_11_06 AS
SELECT * FROM public.dblink('pgform_tenant_b', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''tenant_b'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-11-06''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_11_06_idx1 ON tenant_b.foodlogstats_2026_11_06 (id);
CREATE INDEX foodlogstats_2026_11_06_idx2 ON tenant_b.foodlogstats_2026_11_06 (logged_time);
GRANT SELECT ON TABLE tenant_b.foodlogstats_2026_11_06 TO phood_ro;
GRANT SELECT ON TABLE tenant_b.foodlogstats_2026_11_06 TO whadmin;

-- step 411: create materialized view tenant_b.foodlogstats_2026_11_07
CREATE MATERIALIZED VIEW tenant_b.foodlogstats_2026_11_07 AS
SELECT * FROM public.dblink('pgform_tenant_b', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''tenant_b'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-11-07''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_11_07_idx1 ON tenant_b.foodlogstats_2026_11_07 (id);
CREATE INDEX foodlogstats_2026_11_07_idx2 ON tenant_b.foodlogstats_2026_11_07 (logged_time);
GRANT SELECT ON TABLE tenant_b.foodlogstats_2026_11_07 TO phood_ro;
GRANT SELECT ON TABLE tenant_b.foodlogstats_2026_11_07 TO whadmin;

-- step 412: create materialized view tenant_b.foodlogstats_2026_11_08
CREATE MATERIALIZED VIEW tenant_b.foodlogstats_2026_11_08 AS
SELECT * FROM public.dblink('pgform_tenant_b', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''tenant_b'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-11-08''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_11_08_idx1 ON tenant_b.foodlogstats_2026_11_08 (id);
CREATE INDEX foodlogstats_2026_11_08_idx2 ON tenant_b.foodlogstats_2026_11_08 (logged_time);
GRANT SELECT ON TABLE tenant_b.foodlogstats_2026_11_08 TO phood_ro;
GRANT SELECT ON TABLE tenant_b.foodlogstats_2026_11_08 TO whadmin;

-- step 413: create materialized view tenant_b.foodlogstats_2026_11_09
CREATE MATERIALIZED VIEW tenant_b.foodlogstats_2026_11_09 AS
SELECT * FROM public.dblink('pgform_tenant_b', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''tenant_b'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-11-09''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_11_09_idx1 ON tenant_b.foodlogstats_2026_11_09 (id);
CREATE INDEX foodlogstats_2026_11_09_idx2 ON tenant_b.foodlogstats_2026_11_09 (logged_time);
GRANT SELECT ON TABLE tenant_b.foodlogstats_2026_11_09 TO phood_ro;
GRANT SELECT ON TABLE tenant_b.foodlogstats_2026_11_09 TO whadmin;

-- step 414: create materialized view tenant_b.foodlogstats_2026_11_10
CREATE MATERIALIZED VIEW tenant_b.foodlogstats_2026_11_10 AS
SELECT * FROM public.dblink('pgform_tenant_b', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''tenant_b'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-11-10''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_11_10_idx1 ON tenant_b.foodlogstats_2026_11_10 (id);
CREATE INDEX foodlogstats_2026_11_10_idx2 ON tenant_b.foodlogstats_2026_11_10 (logged_time);
GRANT SELECT ON TABLE tenant_b.foodlogstats_2026_11_10 TO phood_ro;
GRANT SELECT ON TABLE tenant_b.foodlogstats_2026_11_10 TO whadmin;

-- step 415: create materialized view tenant_b.foodlogstats_2026_11_11
CREATE MATERIALIZED VIEW tenant_b.foodlogstats_2026_11_11 AS
SELECT * FROM public.dblink('pgform_tenant_b', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''tenant_b'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-11-11''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_11_11_idx1 ON tenant_b.foodlogstats_2026_11_11 (id);
CREATE INDEX foodlogstats_2026_11_11_idx2 ON tenant_b.foodlogstats_2026_11_11 (logged_time);
GRANT SELECT ON TABLE tenant_b.foodlogstats_2026_11_11 TO phood_ro;
GRANT SELECT ON TABLE tenant_b.foodlogstats_2026_11_11 TO whadmin;

-- step 416: create materialized view tenant_b.foodlogstats_2026_11_12
CREATE MATERIALIZED VIEW tenant_b.foodlogstats_2026_11_12 AS
SELECT * FROM public.dblink('pgform_tenant_b', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''tenant_b'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-11-12''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_11_12_idx1 ON tenant_b.foodlogstats_2026_11_12 (id);
CREATE INDEX foodlogstats_2026_11_12_idx2 ON tenant_b.foodlogstats_2026_11_12 (logged_time);
GRANT SELECT ON TABLE tenant_b.foodlogstats_2026_11_12 TO phood_ro;
GRANT SELECT ON TABLE tenant_b.foodlogstats_2026_11_12 TO whadmin;

-- step 417: create materialized view tenant_b.foodlogstats_2026_11_13
CREATE MATERIALIZED VIEW tenant_b.foodlogstats_2026_11_13 AS
SELECT * FROM public.dblink('pgform_tenant_b', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''tenant_b'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-11-13''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_11_13_idx1 ON tenant_b.foodlogstats_2026_11_13 (id);
CREATE INDEX foodlogstats_2026_11_13_idx2 ON tenant_b.foodlogstats_2026_11_13 (logged_time);
GRANT SELECT ON TABLE tenant_b.foodlogstats_2026_11_13 TO phood_ro;
GRANT SELECT ON TABLE tenant_b.foodlogstats_2026_11_13 TO whadmin;

-- step 418: create materialized view tenant_b.foodlogstats_2026_11_14
CREATE MATERIALIZED VIEW tenant_b.foodlogstats_2026_11_14 AS
SELECT * FROM public.dblink('pgform_tenant_b', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''tenant_b'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-11-14''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_11_14_idx1 ON tenant_b.foodlogstats_2026_11_14 (id);
CREATE INDEX foodlogstats_2026_11_14_idx2 ON tenant_b.foodlogstats_2026_11_14 (logged_time);
GRANT SELECT ON TABLE tenant_b.foodlogstats_2026_11_14 TO phood_ro;
GRANT SELECT ON TABLE tenant_b.foodlogstats_2026_11_14 TO whadmin;

-- step 419: create materialized view tenant_b.foodlogstats_2026_11_15
CREATE MATERIALIZED VIEW tenant_b.foodlogstats_2026_11_15 AS
SELECT * FROM public.dblink('pgform_tenant_b', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''tenant_b'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-11-15''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_11_15_idx1 ON tenant_b.foodlogstats_2026_11_15 (id);
CREATE INDEX foodlogstats_2026_11_15_idx2 ON tenant_b.foodlogstats_2026_11_15 (logged_time);
GRANT SELECT ON TABLE tenant_b.foodlogstats_2026_11_15 TO phood_ro;
GRANT SELECT ON TABLE tenant_b.foodlogstats_2026_11_15 TO whadmin;

-- step 420: create materialized view tenant_b.foodlogstats_2026_11_16
CREATE MATERIALIZED VIEW tenant_b.foodlogstats_2026_11_16 AS
SELECT * FROM public.dblink('pgform_tenant_b', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''tenant_b'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-11-16''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_11_16_idx1 ON tenant_b.foodlogstats_2026_11_16 (id);
CREATE INDEX foodlogstats_2026_11_16_idx2 ON tenant_b.foodlogstats_2026_11_16 (logged_time);
GRANT SELECT ON TABLE tenant_b.foodlogstats_2026_11_16 TO phood_ro;
GRANT SELECT ON TABLE tenant_b.foodlogstats_2026_11_16 TO whadmin;

-- step 421: create materialized view tenant_b.foodlogstats_2026_11_17
CREATE MATERIALIZED VIEW tenant_b.foodlogstats_2026_11_17 AS
SELECT * FROM public.dblink('pgform_tenant_b', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''tenant_b'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-11-17''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_11_17_idx1 ON tenant_b.foodlogstats_2026_11_17 (id);
CREATE INDEX foodlogstats_2026_11_17_idx2 ON tenant_b.foodlogstats_2026_11_17 (logged_time);
GRANT SELECT ON TABLE tenant_b.foodlogstats_2026_11_17 TO phood_ro;
GRANT SELECT ON TABLE tenant_b.foodlogstats_2026_11_17 TO whadmin;

-- step 422: create materialized view tenant_b.foodlogstats_2026_11_18
CREATE MATERIALIZED VIEW tenant_b.foodlogstats_2026_11_18 AS
SELECT * FROM public.dblink('pgform_tenant_b', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''tenant_b'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-11-18''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_11_18_idx1 ON tenant_b.foodlogstats_2026_11_18 (id);
CREATE INDEX foodlogstats_2026_11_18_idx2 ON tenant_b.foodlogstats_2026_11_18 (logged_time);
GRANT SELECT ON TABLE tenant_b.foodlogstats_2026_11_18 TO phood_ro;
GRANT SELECT ON TABLE tenant_b.foodlogstats_2026_11_18 TO whadmin;

-- step 423: create materialized view tenant_b.foodlogstats_2026_11_19
CREATE MATERIALIZED VIEW tenant_b.foodlogstats_2026_11_19 AS
SELECT * FROM public.dblink('pgform_tenant_b', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''tenant_b'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-11-19''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_11_19_idx1 ON tenant_b.foodlogstats_2026_11_19 (id);
CREATE INDEX foodlogstats_2026_11_19_idx2 ON tenant_b.foodlogstats_2026_11_19 (logged_time);
GRANT SELECT ON TABLE tenant_b.foodlogstats_2026_11_19 TO phood_ro;
GRANT SELECT ON TABLE tenant_b.foodlogstats_2026_11_19 TO whadmin;

-- step 424: create materialized view tenant_b.foodlogstats_2026_11_20
CREATE MATERIALIZED VIEW tenant_b.foodlogstats_2026_11_20 AS
SELECT * FROM public.dblink('pgform_tenant_b', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''tenant_b'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-11-20''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_11_20_idx1 ON tenant_b.foodlogstats_2026_11_20 (id);
CREATE INDEX foodlogstats_2026_11_20_idx2 ON tenant_b.foodlogstats_2026_11_20 (logged_time);
GRANT SELECT ON TABLE tenant_b.foodlogstats_2026_11_20 TO phood_ro;
GRANT SELECT ON TABLE tenant_b.foodlogstats_2026_11_20 TO whadmin;

-- step 425: create materialized view tenant_b.foodlogstats_2026_11_21
CREATE MATERIALIZED VIEW tenant_b.foodlogstats_2026_11_21 AS
SELECT * FROM public.dblink('pgform_tenant_b', 'SELECT f.id, f.logged_time, f.weight, l.name AS location, ''tenant_b'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE ''UTC'')::date = ''2026-11-21''::date') AS t(id integer, logged_time timestamptz, weight numeric, location text, client text);
CREATE UNIQUE INDEX foodlogstats_2026_11_21_idx1 ON tenant_b.foodlogstats_2026_11_21 (id);
CREATE INDEX foodlogstats_2026_11_21_idx2 ON tenant_b.foodlogstats_2026_11_21 (logged_time);
GRANT SELECT ON TABLE tenant_b.foodlogstats_2026_11_21 TO phood_ro;
GRANT SELECT ON TABLE tenant_b.foodlogstats_2026_11_21 TO whadmin;

-- step 426: create view tenant_a.foodlogstats
CREATE VIEW tenant_a.foodlogstats AS
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2025
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_01_01
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_01_02
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_01_03
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_01_04
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_01_05
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_01_06
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_01_07
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_01_08
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_01_09
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_01_10
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_01_11
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_01_12
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_01_13
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_01_14
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_01_15
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_01_16
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_01_17
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_01_18
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_01_19
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_01_20
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_01_21
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_01_22
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_01_23
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_01_24
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_01_25
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_01_26
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_01_27
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_01_28
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_01_29
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_01_30
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_01_31
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_02_01
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_02_02
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_02_03
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_02_04
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_02_05
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_02_06
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_02_07
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_02_08
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_02_09
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_02_10
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_02_11
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_02_12
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_02_13
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_02_14
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_02_15
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_02_16
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_02_17
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_02_18
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_02_19
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_02_20
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_02_21
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_02_22
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_02_23
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_02_24
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_02_25
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_02_26
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_02_27
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_02_28
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_03_01
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_03_02
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_03_03
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_03_04
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_03_05
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_03_06
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_03_07
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_03_08
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_03_09
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_03_10
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_03_11
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_03_12
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_03_13
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_03_14
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_03_15
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_03_16
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_03_17
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_03_18
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_03_19
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_03_20
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_03_21
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_03_22
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_03_23
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_03_24
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_03_25
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_03_26
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_03_27
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_03_28
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_03_29
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_03_30
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_03_31
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_04_01
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_04_02
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_04_03
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_04_04
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_04_05
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_04_06
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_04_07
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_04_08
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_04_09
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_04_10
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_04_11
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_04_12
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_04_13
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_04_14
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_04_15
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_04_16
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_04_17
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_04_18
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_04_19
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_04_20
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_04_21
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_04_22
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_04_23
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_04_24
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_04_25
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_04_26
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_04_27
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_04_28
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_04_29
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_04_30
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_05_01
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_05_02
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_05_03
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_05_04
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_05_05
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_05_06
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_05_07
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_05_08
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_05_09
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_05_10
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_05_11
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_05_12
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_05_13
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_05_14
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_05_15
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_05_16
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_05_17
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_05_18
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_05_19
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_05_20
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_05_21
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_05_22
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_05_23
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_05_24
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_05_25
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_05_26
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_05_27
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_05_28
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_05_29
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_05_30
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_05_31
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_06_01
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_06_02
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_06_03
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_06_04
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_06_05
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_06_06
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_06_07
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_06_08
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_06_09
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_06_10
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_06_11
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_06_12
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_06_13
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_06_14
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_06_15
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_06_16
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_06_17
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_06_18
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_06_19
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_06_20
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_06_21
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_06_22
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_06_23
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_06_24
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_06_25
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_06_26
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_06_27
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_06_28
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_06_29
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_06_30
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_07_01
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_07_02
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_07_03
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_07_04
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_07_05
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_07_06
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_07_07
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_07_08
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_07_09
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_07_10
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_07_11
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_07_12
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_07_13
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_07_14
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_07_15
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_07_16
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_07_17
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_07_18
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_07_19
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_07_20
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_07_21
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_07_22
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_07_23
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_07_24
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_07_25
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_07_26
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_07_27
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_07_28
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_07_29
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_07_30
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_07_31
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_08_01
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_08_02
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_08_03
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_08_04
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_08_05
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_08_06
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_08_07
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_08_08
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_08_09
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_08_10
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_08_11
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_08_12
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_08_13
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_08_14
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_08_15
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_08_16
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_08_17
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_08_18
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_08_19
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_08_20
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_08_21
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_08_22
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_08_23
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_08_24
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_08_25
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_08_26
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_08_27
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_08_28
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_08_29
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_08_30
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_08_31
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_09_01
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_09_02
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_09_03
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_09_04
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_09_05
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_09_06
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_09_07
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_09_08
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_09_09
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_09_10
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_09_11
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_09_12
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_09_13
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_09_14
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_09_15
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_09_16
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_09_17
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_09_18
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_09_19
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_09_20
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_09_21
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_09_22
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_09_23
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_09_24
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_09_25
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_09_26
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_09_27
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_09_28
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_09_29
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_09_30
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_10_01
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_10_02
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_10_03
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_10_04
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_10_05
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_10_06
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_10_07
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_10_08
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_10_09
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_10_10
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_10_11
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_10_12
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_10_13
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_10_14
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_10_15
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_10_16
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_10_17
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_10_18
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_10_19
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_10_20
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_10_21
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_10_22
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_10_23
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_10_24
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_10_25
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_10_26
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_10_27
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_10_28
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_10_29
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_10_30
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_10_31
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_11_01
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_11_02
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_11_03
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_11_04
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_11_05
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_11_06
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_11_07
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_11_08
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_11_09
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_11_10
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_11_11
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_11_12
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_11_13
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_11_14
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_11_15
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_11_16
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_11_17
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_11_18
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_11_19
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_11_20
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_a.foodlogstats_2026_11_21;
GRANT SELECT ON TABLE tenant_a.foodlogstats TO phood_ro;
GRANT SELECT ON TABLE tenant_a.foodlogstats TO whadmin;

-- step 427: create view tenant_b.foodlogstats
CREATE VIEW tenant_b.foodlogstats AS
SELECT id, logged_time, weight, location, client FROM tenant_b.foodlogstats_2026_09_01
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_b.foodlogstats_2026_09_02
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_b.foodlogstats_2026_09_03
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_b.foodlogstats_2026_09_04
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_b.foodlogstats_2026_09_05
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_b.foodlogstats_2026_09_06
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_b.foodlogstats_2026_09_07
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_b.foodlogstats_2026_09_08
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_b.foodlogstats_2026_09_09
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_b.foodlogstats_2026_09_10
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_b.foodlogstats_2026_09_11
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_b.foodlogstats_2026_09_12
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_b.foodlogstats_2026_09_13
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_b.foodlogstats_2026_09_14
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_b.foodlogstats_2026_09_15
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_b.foodlogstats_2026_09_16
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_b.foodlogstats_2026_09_17
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_b.foodlogstats_2026_09_18
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_b.foodlogstats_2026_09_19
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_b.foodlogstats_2026_09_20
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_b.foodlogstats_2026_09_21
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_b.foodlogstats_2026_09_22
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_b.foodlogstats_2026_09_23
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_b.foodlogstats_2026_09_24
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_b.foodlogstats_2026_09_25
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_b.foodlogstats_2026_09_26
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_b.foodlogstats_2026_09_27
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_b.foodlogstats_2026_09_28
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_b.foodlogstats_2026_09_29
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_b.foodlogstats_2026_09_30
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_b.foodlogstats_2026_10_01
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_b.foodlogstats_2026_10_02
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_b.foodlogstats_2026_10_03
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_b.foodlogstats_2026_10_04
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_b.foodlogstats_2026_10_05
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_b.foodlogstats_2026_10_06
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_b.foodlogstats_2026_10_07
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_b.foodlogstats_2026_10_08
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_b.foodlogstats_2026_10_09
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_b.foodlogstats_2026_10_10
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_b.foodlogstats_2026_10_11
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_b.foodlogstats_2026_10_12
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_b.foodlogstats_2026_10_13
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_b.foodlogstats_2026_10_14
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_b.foodlogstats_2026_10_15
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_b.foodlogstats_2026_10_16
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_b.foodlogstats_2026_10_17
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_b.foodlogstats_2026_10_18
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_b.foodlogstats_2026_10_19
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_b.foodlogstats_2026_10_20
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_b.foodlogstats_2026_10_21
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_b.foodlogstats_2026_10_22
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_b.foodlogstats_2026_10_23
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_b.foodlogstats_2026_10_24
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_b.foodlogstats_2026_10_25
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_b.foodlogstats_2026_10_26
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_b.foodlogstats_2026_10_27
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_b.foodlogstats_2026_10_28
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_b.foodlogstats_2026_10_29
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_b.foodlogstats_2026_10_30
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_b.foodlogstats_2026_10_31
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_b.foodlogstats_2026_11_01
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_b.foodlogstats_2026_11_02
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_b.foodlogstats_2026_11_03
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_b.foodlogstats_2026_11_04
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_b.foodlogstats_2026_11_05
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_b.foodlogstats_2026_11_06
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_b.foodlogstats_2026_11_07
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_b.foodlogstats_2026_11_08
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_b.foodlogstats_2026_11_09
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_b.foodlogstats_2026_11_10
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_b.foodlogstats_2026_11_11
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_b.foodlogstats_2026_11_12
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_b.foodlogstats_2026_11_13
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_b.foodlogstats_2026_11_14
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_b.foodlogstats_2026_11_15
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_b.foodlogstats_2026_11_16
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_b.foodlogstats_2026_11_17
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_b.foodlogstats_2026_11_18
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_b.foodlogstats_2026_11_19
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_b.foodlogstats_2026_11_20
UNION ALL
SELECT id, logged_time, weight, location, client FROM tenant_b.foodlogstats_2026_11_21;
GRANT SELECT ON TABLE tenant_b.foodlogstats TO phood_ro;
GRANT SELECT ON TABLE tenant_b.foodlogstats TO whadmin;

-- step 428: create view public.foodlogstats
CREATE VIEW public.foodlogstats AS
SELECT 'tenant_a'::text AS schema_name, id, logged_time, weight, location, client FROM tenant_a.foodlogstats
UNION ALL
SELECT 'tenant_b'::text AS schema_name, id, logged_time, weight, location, client FROM tenant_b.foodlogstats;
GRANT SELECT ON TABLE public.foodlogstats TO phood_ro;
GRANT SELECT ON TABLE public.foodlogstats TO whadmin;

-- step 429: create materialized view reports.waste_by_client
CREATE MATERIALIZED VIEW reports.waste_by_client AS
SELECT client, sum(weight) AS total FROM public.foodlogstats GROUP BY client;
CREATE UNIQUE INDEX waste_by_client_idx1 ON reports.waste_by_client (client);
ALTER MATERIALIZED VIEW reports.waste_by_client OWNER TO whadmin;
GRANT SELECT ON TABLE reports.waste_by_client TO phood_ro;

-- step 430: create view reports.recent_waste
CREATE VIEW reports.recent_waste AS
SELECT schema_name, client, sum(weight) AS total
FROM public.foodlogstats
WHERE logged_time >= now() - interval '30 days'
GROUP BY 1, 2;
ALTER VIEW reports.recent_waste OWNER TO whadmin;
GRANT SELECT ON TABLE reports.recent_waste TO phood_ro;
COMMENT ON VIEW reports.recent_waste IS 'waste per tenant and client over the last 30 days';

-- step 431: create view reports.waste_today
CREATE VIEW reports.waste_today AS
SELECT * FROM _wh.waste_on(_wh.current_date_utc());
ALTER VIEW reports.waste_today OWNER TO whadmin;
GRANT SELECT ON TABLE reports.waste_today TO phood_ro;
COMMENT ON VIEW reports.waste_today IS 'waste per location today (UTC)';

-- step 432: alter grant default tables in schema reports for whadmin
ALTER DEFAULT PRIVILEGES FOR ROLE whadmin IN SCHEMA reports GRANT SELECT ON TABLES TO phood_ro;

-- step 433: create cron job foodlogstats_2week_tenant_a
SELECT cron.schedule_in_database('foodlogstats_2week_tenant_a', '57 8 * * *', '-- Nightly: rebuild the last two weeks of one tenant''s daily parts, so late
-- rows on the source reach the warehouse. The tenant and schema placeholders
-- are replaced per tenant (inside the string literals, escaped for them).
SELECT _wh.update_mv_window_by_template(
    ''foodlogstats'',
    ''tenant_a'',
    ''tenant_a'',
    _wh.current_date_utc() - 14,
    _wh.current_date_utc() - 1
)
', 'postgres', 'whadmin', true);

-- step 434: create cron job foodlogstats_2week_tenant_b
SELECT cron.schedule_in_database('foodlogstats_2week_tenant_b', '23 8 * * *', '-- Nightly: rebuild the last two weeks of one tenant''s daily parts, so late
-- rows on the source reach the warehouse. The tenant and schema placeholders
-- are replaced per tenant (inside the string literals, escaped for them).
SELECT _wh.update_mv_window_by_template(
    ''foodlogstats'',
    ''tenant_b'',
    ''tenant_b'',
    _wh.current_date_utc() - 14,
    _wh.current_date_utc() - 1
)
', 'postgres', 'whadmin', true);

-- step 435: create cron job foodlogstats_update_tenant_a
SELECT cron.schedule_in_database('foodlogstats_update_tenant_a', '26 * * * *', 'SELECT _wh.update_mv_by_template(''foodlogstats'', ''tenant_a'', ''tenant_a'', _wh.current_date_utc())', 'postgres', 'whadmin', true);

-- step 436: create cron job foodlogstats_update_tenant_b
SELECT cron.schedule_in_database('foodlogstats_update_tenant_b', '58 * * * *', 'SELECT _wh.update_mv_by_template(''foodlogstats'', ''tenant_b'', ''tenant_b'', _wh.current_date_utc())', 'postgres', 'whadmin', true);

-- step 437: create cron job nightly_vacuum
SELECT cron.schedule_in_database('nightly_vacuum', '0 3 * * 0', 'VACUUM ANALYZE', 'postgres', 'postgres', true);

-- step 438: create cron job waste_by_client_refresh
SELECT cron.schedule_in_database('waste_by_client_refresh', '15 * * * *', 'REFRESH MATERIALIZED VIEW CONCURRENTLY reports.waste_by_client', 'postgres', 'whadmin', true);
