CREATE SCHEMA app;
CREATE TABLE app.t (n integer);
