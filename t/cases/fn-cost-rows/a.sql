CREATE SCHEMA app;
CREATE FUNCTION app.f(n integer) RETURNS SETOF integer LANGUAGE sql AS $$ SELECT generate_series(1, n) $$;
