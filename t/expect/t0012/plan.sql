-- pgform plan
-- database: warehouse
-- catalog fingerprint: 0123456789abcdef
-- desired fingerprint: fedcba9876543210
-- git commit: 3f2a1b0c9d8e7f6a5b4c3d2e1f0a9b8c7d6e5f4a
-- pgform version: 0.1.0
-- created at: 2025-06-01T12:00:00Z
--
-- This script holds no password: psql reads each one when it runs,
-- from the environment variable (\getenv) or the file the state
-- names, and stops before its first statement when one is missing
-- or empty.  Run it with psql -f, in the environment of pgform apply.

\set ON_ERROR_STOP on

\set pgform_secret_1 ''
\getenv pgform_secret_1 APP_READER_PASSWORD
SELECT :'pgform_secret_1' = '' AS pgform_missing \gset
\if :pgform_missing
DO $pgform$BEGIN RAISE EXCEPTION 'environment variable APP_READER_PASSWORD is not set or empty'; END$pgform$;
\endif

-- step 1: create role app_reader
CREATE ROLE app_reader LOGIN PASSWORD :'pgform_secret_1';

-- step 2: create schema tenant_b
CREATE SCHEMA tenant_b;

-- step 3: create materialized view tenant_b.foodlogstats_2025_01_01
CREATE MATERIALIZED VIEW tenant_b.foodlogstats_2025_01_01 AS
  SELECT * FROM tenant_b.remote_foodlog('2025-01-01');
CREATE UNIQUE INDEX ON tenant_b.foodlogstats_2025_01_01 (day);

-- step 4: create materialized view tenant_b.foodlogstats_2025_01_02
CREATE MATERIALIZED VIEW tenant_b.foodlogstats_2025_01_02 AS
  SELECT * FROM tenant_b.remote_foodlog('2025-01-02');
CREATE UNIQUE INDEX ON tenant_b.foodlogstats_2025_01_02 (day);

-- step 5: create materialized view tenant_b.foodlogstats_2025_01_03
CREATE MATERIALIZED VIEW tenant_b.foodlogstats_2025_01_03 AS
  SELECT * FROM tenant_b.remote_foodlog('2025-01-03');
CREATE UNIQUE INDEX ON tenant_b.foodlogstats_2025_01_03 (day);

-- step 6: create materialized view tenant_b.foodlogstats_2025_01_04
CREATE MATERIALIZED VIEW tenant_b.foodlogstats_2025_01_04 AS
  SELECT * FROM tenant_b.remote_foodlog('2025-01-04');
CREATE UNIQUE INDEX ON tenant_b.foodlogstats_2025_01_04 (day);

-- step 7: create materialized view tenant_b.foodlogstats_2025_01_05
CREATE MATERIALIZED VIEW tenant_b.foodlogstats_2025_01_05 AS
  SELECT * FROM tenant_b.remote_foodlog('2025-01-05');
CREATE UNIQUE INDEX ON tenant_b.foodlogstats_2025_01_05 (day);

-- step 8: create view tenant_b.foodlogstats
CREATE VIEW tenant_b.foodlogstats AS
  SELECT * FROM tenant_b.foodlogstats_2025_01_01
  UNION ALL SELECT * FROM tenant_b.foodlogstats_2025_01_02
  UNION ALL SELECT * FROM tenant_b.foodlogstats_2025_01_03
  UNION ALL SELECT * FROM tenant_b.foodlogstats_2025_01_04
  UNION ALL SELECT * FROM tenant_b.foodlogstats_2025_01_05;

BEGIN;

-- step 9: rebuild materialized view public.daily_summary
CREATE MATERIALIZED VIEW public.daily_summary_pgform_new AS
  SELECT day, sum(n) AS n FROM public.foodlogstats GROUP BY day;
ALTER MATERIALIZED VIEW public.daily_summary RENAME TO daily_summary_pgform_old;
ALTER MATERIALIZED VIEW public.daily_summary_pgform_new RENAME TO daily_summary;

-- step 10: replace view public.daily_report
CREATE OR REPLACE VIEW public.daily_report AS
  SELECT day, n FROM public.daily_summary;

COMMIT;

-- step 11: alter extension pg_cron
ALTER EXTENSION pg_cron UPDATE TO '1.6';

-- step 12: drop table tenant_a.foodlogstats_2023
DROP TABLE tenant_a.foodlogstats_2023;

-- step 13: create view public.we"ird|*`_<b>\nx
CREATE VIEW public."we""ird|*`_<b>
x" AS SELECT 1;
