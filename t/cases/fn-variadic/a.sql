CREATE SCHEMA app;
CREATE FUNCTION app.total(xs integer[]) RETURNS integer LANGUAGE sql AS $$ SELECT sum(x)::integer FROM unnest(xs) x $$;
