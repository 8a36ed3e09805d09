CREATE FUNCTION app.lo(a integer) RETURNS integer LANGUAGE sql IMMUTABLE AS $$ SELECT a $$;
CREATE FUNCTION app.hi(b integer) RETURNS integer LANGUAGE sql IMMUTABLE AS $$ SELECT b + 10 $$;
CREATE TABLE public.ranges (lo integer, hi integer DEFAULT app.lo(1) + app.hi(2));
