COMMENT ON FUNCTION app.f(integer) IS 'identity';
