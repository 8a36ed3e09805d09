CREATE SCHEMA app;
CREATE FUNCTION app.base(x integer) RETURNS integer LANGUAGE sql IMMUTABLE RETURN x + 1;
CREATE FUNCTION app.mid(x integer) RETURNS integer LANGUAGE sql IMMUTABLE RETURN app.base(x) * 2;
CREATE FUNCTION app.top(x integer) RETURNS integer LANGUAGE sql IMMUTABLE RETURN app.mid(x) + 3;
CREATE VIEW app.v AS SELECT app.top(g) AS t FROM generate_series(1, 3) g;
