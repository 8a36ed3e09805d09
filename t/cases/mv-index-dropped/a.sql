CREATE SCHEMA app;
CREATE MATERIALIZED VIEW app.mv AS SELECT g AS id, g % 3 AS bucket FROM generate_series(1, 5) g;
CREATE UNIQUE INDEX ON app.mv (id);
CREATE INDEX ON app.mv (bucket);
