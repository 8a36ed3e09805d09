CREATE SCHEMA app;
CREATE FUNCTION app.describe(x integer) RETURNS text LANGUAGE sql AS $$ SELECT 'int ' || x $$;
