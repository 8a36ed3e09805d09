CREATE SCHEMA app;
CREATE MATERIALIZED VIEW app.mv AS SELECT g AS id, g % 3 AS bucket FROM generate_series(1, 5) g;
CREATE UNIQUE INDEX mv_idx1 ON app.mv (id);
CREATE INDEX mv_fast_buckets ON app.mv (bucket) WHERE bucket > 0;
