CREATE SCHEMA app;
CREATE VIEW app.v AS SELECT 1 AS "select", 'x'::text AS "user";
