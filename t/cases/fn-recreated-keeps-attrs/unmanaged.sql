ALTER FUNCTION app.f(integer) OWNER TO r_fnowner;
COMMENT ON FUNCTION app.f(integer) IS 'kept across the rebuild';
