-- the functions of app
CREATE OR REPLACE FUNCTION app.f() RETURNS integer LANGUAGE sql AS $$ SELECT 2 $$;

CREATE FUNCTION app.g(x text) RETURNS text LANGUAGE sql AS $$ SELECT upper(x) $$;
