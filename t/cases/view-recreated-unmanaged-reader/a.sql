CREATE ROLE r_read;
CREATE SCHEMA app;
CREATE VIEW app.base AS SELECT g AS n FROM generate_series(1, 3) g;
CREATE VIEW app.handmade AS SELECT n FROM app.base;
GRANT SELECT ON app.handmade TO r_read;
