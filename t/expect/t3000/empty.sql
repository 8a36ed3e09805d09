-- pgform plan
-- database: wh
-- pgform version: 0.1.0
--
-- This script holds no password: psql reads each one when it runs,
-- from the environment variable (\getenv) or the file the state
-- names, and stops before its first statement when one is missing
-- or empty.  Run it with psql -f, in the environment of pgform apply.

\set ON_ERROR_STOP on

\set pgform_secret_1 ''
\getenv pgform_secret_1 WH_ADMIN_PASSWORD
SELECT :'pgform_secret_1' = '' AS pgform_missing \gset
\if :pgform_missing
DO $pgform$BEGIN RAISE EXCEPTION 'environment variable WH_ADMIN_PASSWORD is not set or empty'; END$pgform$;
\endif

\set pgform_secret_2 ''
\getenv pgform_secret_2 WH_READER_PASSWORD
SELECT :'pgform_secret_2' = '' AS pgform_missing \gset
\if :pgform_missing
DO $pgform$BEGIN RAISE EXCEPTION 'environment variable WH_READER_PASSWORD is not set or empty'; END$pgform$;
\endif

\set pgform_secret_3 ''
\getenv pgform_secret_3 SRC_PASSWORD
SELECT :'pgform_secret_3' = '' AS pgform_missing \gset
\if :pgform_missing
DO $pgform$BEGIN RAISE EXCEPTION 'environment variable SRC_PASSWORD is not set or empty'; END$pgform$;
\endif

-- step 1: create extension dblink
CREATE EXTENSION IF NOT EXISTS dblink;

-- step 2: create role wh_admin
CREATE ROLE wh_admin LOGIN PASSWORD :'pgform_secret_1';
COMMENT ON ROLE wh_admin IS 'warehouse admin';

-- step 3: create role wh_reader
CREATE ROLE wh_reader LOGIN PASSWORD :'pgform_secret_2';

-- step 4: create schema core
CREATE SCHEMA core AUTHORIZATION wh_admin;
COMMENT ON SCHEMA core IS 'core objects';

-- step 5: create schema rpt
CREATE SCHEMA rpt;
GRANT USAGE ON SCHEMA rpt TO wh_reader;

-- step 6: create schema tenant_a
CREATE SCHEMA tenant_a;

-- step 7: create schema tenant_b
CREATE SCHEMA tenant_b;

-- step 8: create server pgform_tenant_a
CREATE SERVER pgform_tenant_a FOREIGN DATA WRAPPER dblink_fdw OPTIONS (host '127.0.0.1', port '@PGPORT@', dbname 'src_a');

-- step 9: create server pgform_tenant_b
CREATE SERVER pgform_tenant_b FOREIGN DATA WRAPPER dblink_fdw OPTIONS (host '127.0.0.1', port '@PGPORT@', dbname 'src_b');

-- step 10: create user mapping pgform_tenant_a for CURRENT_USER
CREATE USER MAPPING FOR CURRENT_USER SERVER pgform_tenant_a OPTIONS (user 'src_reader', password :'pgform_secret_3');

-- step 11: create user mapping pgform_tenant_b for CURRENT_USER
CREATE USER MAPPING FOR CURRENT_USER SERVER pgform_tenant_b OPTIONS (user 'src_reader', password :'pgform_secret_3');

-- step 12: create function core.double_it(numeric)
CREATE OR REPLACE FUNCTION core.double_it(x numeric) RETURNS numeric
LANGUAGE sql IMMUTABLE AS $$ SELECT x * 2 $$;
GRANT EXECUTE ON FUNCTION core.double_it(numeric) TO wh_reader;

-- step 13: create materialized view tenant_a.events_2026_03_01
CREATE MATERIALIZED VIEW tenant_a.events_2026_03_01 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT id, at, amount FROM events WHERE at = ''2026-03-01''') AS t(id integer, day date, amount numeric);
CREATE UNIQUE INDEX events_2026_03_01_idx1 ON tenant_a.events_2026_03_01 (id);
GRANT SELECT ON TABLE tenant_a.events_2026_03_01 TO wh_reader;

-- step 14: create materialized view tenant_a.events_2026_03_02
CREATE MATERIALIZED VIEW tenant_a.events_2026_03_02 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT id, at, amount FROM events WHERE at = ''2026-03-02''') AS t(id integer, day date, amount numeric);
CREATE UNIQUE INDEX events_2026_03_02_idx1 ON tenant_a.events_2026_03_02 (id);
GRANT SELECT ON TABLE tenant_a.events_2026_03_02 TO wh_reader;

-- step 15: create materialized view tenant_a.events_2026_03_03
CREATE MATERIALIZED VIEW tenant_a.events_2026_03_03 AS
SELECT * FROM public.dblink('pgform_tenant_a', 'SELECT id, at, amount FROM events WHERE at = ''2026-03-03''') AS t(id integer, day date, amount numeric);
CREATE UNIQUE INDEX events_2026_03_03_idx1 ON tenant_a.events_2026_03_03 (id);
GRANT SELECT ON TABLE tenant_a.events_2026_03_03 TO wh_reader;

-- step 16: create materialized view tenant_b.events_2026_03_01
CREATE MATERIALIZED VIEW tenant_b.events_2026_03_01 AS
SELECT * FROM public.dblink('pgform_tenant_b', 'SELECT id, at, amount FROM events WHERE at = ''2026-03-01''') AS t(id integer, day date, amount numeric);
CREATE UNIQUE INDEX events_2026_03_01_idx1 ON tenant_b.events_2026_03_01 (id);
GRANT SELECT ON TABLE tenant_b.events_2026_03_01 TO wh_reader;

-- step 17: create materialized view tenant_b.events_2026_03_02
CREATE MATERIALIZED VIEW tenant_b.events_2026_03_02 AS
SELECT * FROM public.dblink('pgform_tenant_b', 'SELECT id, at, amount FROM events WHERE at = ''2026-03-02''') AS t(id integer, day date, amount numeric);
CREATE UNIQUE INDEX events_2026_03_02_idx1 ON tenant_b.events_2026_03_02 (id);
GRANT SELECT ON TABLE tenant_b.events_2026_03_02 TO wh_reader;

-- step 18: create materialized view tenant_b.events_2026_03_03
CREATE MATERIALIZED VIEW tenant_b.events_2026_03_03 AS
SELECT * FROM public.dblink('pgform_tenant_b', 'SELECT id, at, amount FROM events WHERE at = ''2026-03-03''') AS t(id integer, day date, amount numeric);
CREATE UNIQUE INDEX events_2026_03_03_idx1 ON tenant_b.events_2026_03_03 (id);
GRANT SELECT ON TABLE tenant_b.events_2026_03_03 TO wh_reader;

-- step 19: create view tenant_a.events
CREATE VIEW tenant_a.events AS
SELECT id, day, amount FROM tenant_a.events_2026_03_01
UNION ALL
SELECT id, day, amount FROM tenant_a.events_2026_03_02
UNION ALL
SELECT id, day, amount FROM tenant_a.events_2026_03_03;
GRANT SELECT ON TABLE tenant_a.events TO wh_reader;

-- step 20: create view tenant_b.events
CREATE VIEW tenant_b.events AS
SELECT id, day, amount FROM tenant_b.events_2026_03_01
UNION ALL
SELECT id, day, amount FROM tenant_b.events_2026_03_02
UNION ALL
SELECT id, day, amount FROM tenant_b.events_2026_03_03;
GRANT SELECT ON TABLE tenant_b.events TO wh_reader;

-- step 21: create view public.events
CREATE VIEW public.events AS
SELECT 'tenant_a'::text AS schema_name, id, day, amount FROM tenant_a.events
UNION ALL
SELECT 'tenant_b'::text AS schema_name, id, day, amount FROM tenant_b.events;
GRANT SELECT ON TABLE public.events TO wh_reader;

-- step 22: create materialized view rpt.by_tenant
CREATE MATERIALIZED VIEW rpt.by_tenant AS
SELECT schema_name, count(*) AS n FROM public.events GROUP BY schema_name;
CREATE UNIQUE INDEX by_tenant_idx1 ON rpt.by_tenant (schema_name);
GRANT SELECT ON TABLE rpt.by_tenant TO wh_reader;

-- step 23: create view rpt.daily
CREATE VIEW rpt.daily AS
SELECT schema_name, day, sum(amount) AS total FROM public.events GROUP BY 1, 2;
GRANT SELECT ON TABLE rpt.daily TO wh_reader;

-- step 24: create view rpt.daily_doubled
CREATE VIEW rpt.daily_doubled AS
SELECT schema_name, day, core.double_it(total) AS doubled FROM rpt.daily;
GRANT SELECT ON TABLE rpt.daily_doubled TO wh_reader;
COMMENT ON VIEW rpt.daily_doubled IS 'totals doubled';
