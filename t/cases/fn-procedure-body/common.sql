CREATE SCHEMA app;
CREATE TABLE app.log (msg text);
