CREATE SCHEMA app;
CREATE MATERIALIZED VIEW app.mv AS SELECT g AS id FROM generate_series(1, 5) g;
CREATE UNIQUE INDEX mv_idx1 ON app.mv (id);
CREATE UNIQUE INDEX mv_id_again ON app.mv (id);
