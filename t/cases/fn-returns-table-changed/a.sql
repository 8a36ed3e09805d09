CREATE SCHEMA app;
CREATE FUNCTION app.pairs(n integer) RETURNS TABLE (i integer) LANGUAGE sql AS $$ SELECT generate_series(1, n) $$;
