CREATE SCHEMA app;
CREATE MATERIALIZED VIEW app.mv AS SELECT 1 AS one;
COMMENT ON MATERIALIZED VIEW app.mv IS 'kept, as nothing else is declared';
