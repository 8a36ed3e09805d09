-- pgform_testext 0.1.0
\echo Use "CREATE EXTENSION pgform_testext" to load this file. \quit

CREATE FUNCTION pgform_testext_version() RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT '0.1.0'::text $$;
