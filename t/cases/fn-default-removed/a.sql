CREATE SCHEMA app;
CREATE FUNCTION app.f(x integer, y integer DEFAULT 1) RETURNS integer LANGUAGE sql AS $$ SELECT x + y $$;
