CREATE SCHEMA "App";
CREATE FUNCTION "App"."Total"("Amount" integer) RETURNS integer LANGUAGE sql AS $$ SELECT "Amount" $$;
