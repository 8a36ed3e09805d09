CREATE SCHEMA app;
CREATE VIEW app.src AS SELECT g AS id FROM generate_series(1, 3) g;
CREATE MATERIALIZED VIEW app.mv AS SELECT id FROM app.src;
