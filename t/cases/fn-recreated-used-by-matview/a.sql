CREATE SCHEMA app;
CREATE FUNCTION app.label(n integer) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT 'n' || n $$;
CREATE MATERIALIZED VIEW app.mv AS SELECT g AS id, app.label(g) AS label FROM generate_series(1, 3) g;
CREATE VIEW app.top AS SELECT label FROM app.mv;
