ALTER FUNCTION app.f(integer) OWNER TO r_fnowner;
