CREATE SCHEMA app;
CREATE FUNCTION app.f() RETURNS text LANGUAGE sql AS $$ SELECT current_user::text $$;
