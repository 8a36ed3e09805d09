CREATE ROLE r_read;
CREATE SCHEMA app;
CREATE MATERIALIZED VIEW app.mv AS SELECT g AS id FROM generate_series(1, 3) g;
CREATE VIEW app.reader AS SELECT id FROM app.mv;
GRANT SELECT ON app.reader TO r_read;
