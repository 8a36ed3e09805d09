CREATE SCHEMA app;
CREATE MATERIALIZED VIEW app.mv AS SELECT g AS id, 'Name ' || g AS name FROM generate_series(1, 5) g;
