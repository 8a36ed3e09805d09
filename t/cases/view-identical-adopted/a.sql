CREATE SCHEMA app;
CREATE VIEW app.v AS SELECT g AS n FROM generate_series(1, 3) g;
