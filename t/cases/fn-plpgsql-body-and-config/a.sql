CREATE SCHEMA app;
CREATE FUNCTION app.now_text() RETURNS text LANGUAGE plpgsql SET search_path = app AS $$
BEGIN
  RETURN now()::text;
END
$$;
