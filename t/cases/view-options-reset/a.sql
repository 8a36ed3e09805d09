CREATE SCHEMA app;
CREATE VIEW app.v WITH (security_barrier) AS SELECT 1 AS one;
