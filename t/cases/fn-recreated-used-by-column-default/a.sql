CREATE FUNCTION app.next_code() RETURNS integer LANGUAGE sql AS $$ SELECT 1 $$;
CREATE TABLE app.items (code integer DEFAULT app.next_code());
