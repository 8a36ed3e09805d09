CREATE SCHEMA app;
CREATE FUNCTION app.base(x integer) RETURNS integer LANGUAGE sql IMMUTABLE RETURN x + 1;
CREATE FUNCTION app.handmade(x integer) RETURNS integer LANGUAGE sql IMMUTABLE RETURN app.base(x) * 2;
