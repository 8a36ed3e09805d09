CREATE SCHEMA app;
CREATE FUNCTION app.twice(x integer) RETURNS integer LANGUAGE sql IMMUTABLE AS $$ SELECT x * 2 $$;
CREATE VIEW app.v AS SELECT app.twice(g) AS t FROM generate_series(1, 3) g;
