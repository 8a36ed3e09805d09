CREATE FUNCTION app.twice(n integer) RETURNS integer LANGUAGE sql IMMUTABLE AS $$ SELECT 2 * n $$;
CREATE TABLE public.nums (n integer, n2 integer GENERATED ALWAYS AS (app.twice(n)) STORED);
