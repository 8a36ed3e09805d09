CREATE SCHEMA app;
CREATE VIEW app.ranked AS SELECT g AS n FROM generate_series(1, 5) g;
