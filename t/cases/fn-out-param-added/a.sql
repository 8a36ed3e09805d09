CREATE SCHEMA app;
CREATE FUNCTION app.f(x integer, OUT doubled integer) LANGUAGE sql AS $$ SELECT x * 2 $$;
