CREATE SCHEMA app;
CREATE FUNCTION app.f(x integer, y integer) RETURNS integer LANGUAGE sql AS $$ SELECT x + y $$;
