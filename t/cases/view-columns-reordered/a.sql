CREATE SCHEMA app;
CREATE VIEW app.v AS SELECT g AS n, g * 2 AS twice FROM generate_series(1, 3) g;
