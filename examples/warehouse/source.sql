-- Creates and fills one tenant source database for the example warehouse.
-- Run it with psql in an empty database, once per tenant:
--
--   createdb tenant_a_src
--   psql -X -v ON_ERROR_STOP=1 -d tenant_a_src -v from=2025-01-01 -f source.sql
--   createdb tenant_b_src
--   psql -X -v ON_ERROR_STOP=1 -d tenant_b_src -v from=2026-09-01 -f source.sql
--
-- Variables (psql -v NAME=VALUE), all optional:
--   from    first day with rows (default 2025-01-01)
--   until   last day with rows (default: today, UTC)
--   per_day rows per day (default 5)
--   reader  role given SELECT on the tables when it exists (default tenant_reader)
--
-- Running it again replaces the tables. Rows are generated, not random:
-- the same range gives the same rows.

\if :{?from}
\else
\set from 2025-01-01
\endif
\if :{?until}
\else
\set until ''
\endif
\if :{?per_day}
\else
\set per_day 5
\endif
\if :{?reader}
\else
\set reader tenant_reader
\endif

SET client_min_messages = warning;

BEGIN;

DROP TABLE IF EXISTS phood_foodlogsum;
DROP TABLE IF EXISTS locations;

CREATE TABLE locations (
    id   integer PRIMARY KEY,
    name text NOT NULL
);

INSERT INTO locations (id, name) VALUES
    (1, 'kitchen'),
    (2, 'bakery'),
    (3, 'cafeteria'),
    (4, 'catering');

CREATE TABLE phood_foodlogsum (
    id          integer PRIMARY KEY,
    logged_time timestamptz NOT NULL,
    weight      numeric NOT NULL,
    location_id integer REFERENCES locations (id)
);

-- per_day rows for every day of the range, spread over the day (UTC);
-- every seventh row has no location, to exercise the LEFT JOIN.
INSERT INTO phood_foodlogsum (id, logged_time, weight, location_id)
SELECT row_number() OVER (ORDER BY d, n)::integer,
       d::timestamp AT TIME ZONE 'UTC'
           + make_interval(hours => (n * 24 / :per_day)::integer,
                           mins => ((n * 37 + extract(doy FROM d)::integer) % 60)),
       round((((n * 7919 + extract(doy FROM d)::integer * 104729) % 5000) / 1000.0 + 0.1)::numeric, 3),
       CASE WHEN (n + extract(doy FROM d)::integer) % 7 = 0 THEN NULL
            ELSE 1 + (n + extract(doy FROM d)::integer) % 4 END
FROM (SELECT g::date AS d
      FROM generate_series(
               :'from'::date,
               COALESCE(NULLIF(:'until', '')::date, (now() AT TIME ZONE 'UTC')::date),
               interval '1 day') AS g) AS days,
     generate_series(0, :per_day - 1) AS n;

CREATE INDEX ON phood_foodlogsum (logged_time);

SELECT set_config('pgform_example.reader', :'reader', true) AS reader_set \gset
DO $$
DECLARE
    reader text := current_setting('pgform_example.reader');
BEGIN
    IF EXISTS (SELECT FROM pg_roles WHERE rolname = reader) THEN
        EXECUTE format('GRANT SELECT ON phood_foodlogsum, locations TO %I', reader);
    END IF;
END
$$;

COMMIT;

SELECT count(*) AS rows,
       min(logged_time AT TIME ZONE 'UTC')::date AS first_day,
       max(logged_time AT TIME ZONE 'UTC')::date AS last_day
FROM phood_foodlogsum;
