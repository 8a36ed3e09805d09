CREATE SCHEMA app;
CREATE FUNCTION app.greet("user" text DEFAULT 'O''Neil', "Times" integer DEFAULT 1)
RETURNS text LANGUAGE sql AS $$ SELECT repeat('hi ' || "user", "Times") $$;
