CREATE SCHEMA app;
CREATE VIEW app.totals AS SELECT sum(amount) AS total FROM src.events;
