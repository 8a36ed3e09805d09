CREATE SCHEMA app;
CREATE VIEW app.v AS SELECT 1 AS one;
COMMENT ON VIEW app.v IS 'kept, as nothing else is declared';
COMMENT ON COLUMN app.v.one IS 'a column comment';
