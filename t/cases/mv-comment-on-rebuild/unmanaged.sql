COMMENT ON MATERIALIZED VIEW app.mv IS 'kept, as nothing else is declared';
