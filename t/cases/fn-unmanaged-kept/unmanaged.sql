CREATE FUNCTION app.handmade(x integer) RETURNS integer LANGUAGE sql AS $$ SELECT x $$;
