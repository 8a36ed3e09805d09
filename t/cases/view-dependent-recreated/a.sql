CREATE SCHEMA app;
CREATE VIEW app.base AS SELECT g AS n FROM generate_series(1, 3) g;
CREATE VIEW app.top AS SELECT n FROM app.base;
