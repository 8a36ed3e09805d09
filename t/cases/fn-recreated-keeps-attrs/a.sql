CREATE ROLE r_exec;
CREATE SCHEMA app;
CREATE FUNCTION app.f(x integer) RETURNS integer LANGUAGE sql AS $$ SELECT x $$;
ALTER FUNCTION app.f(integer) OWNER TO r_fnowner;
COMMENT ON FUNCTION app.f(integer) IS 'kept across the rebuild';
GRANT EXECUTE ON FUNCTION app.f(integer) TO r_exec;
