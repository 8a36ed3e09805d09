CREATE SCHEMA app;
CREATE MATERIALIZED VIEW app.mv AS SELECT g AS id FROM generate_series(1, 5) g;
CREATE UNIQUE INDEX mv_by_hand ON app.mv (id);
