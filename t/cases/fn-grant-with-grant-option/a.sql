CREATE ROLE r_exec;
CREATE SCHEMA app;
CREATE FUNCTION app.f(x integer) RETURNS integer LANGUAGE sql AS $$ SELECT x $$;
GRANT EXECUTE ON FUNCTION app.f(integer) TO r_exec;
