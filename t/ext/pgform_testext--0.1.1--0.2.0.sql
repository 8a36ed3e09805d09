-- pgform_testext 0.1.1 -> 0.2.0: adds pgform_testext_twice(); no way back
\echo Use "ALTER EXTENSION pgform_testext UPDATE TO '0.2.0'" to load this file. \quit

CREATE OR REPLACE FUNCTION pgform_testext_version() RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT '0.2.0'::text $$;

CREATE FUNCTION pgform_testext_twice(integer) RETURNS integer
LANGUAGE sql IMMUTABLE AS $$ SELECT $1 * 2 $$;
