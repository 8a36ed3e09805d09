CREATE ROLE r_read;
CREATE SCHEMA app;
CREATE MATERIALIZED VIEW app.mv AS SELECT g AS id FROM generate_series(1, 3) g;
CREATE VIEW app.handmade AS SELECT id FROM app.mv;
GRANT SELECT ON app.handmade TO r_read;
COMMENT ON VIEW app.handmade IS 'made by hand';
