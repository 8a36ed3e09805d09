CREATE SCHEMA app;
CREATE FUNCTION app.f(x integer) RETURNS integer LANGUAGE sql AS $$ SELECT x $$;
