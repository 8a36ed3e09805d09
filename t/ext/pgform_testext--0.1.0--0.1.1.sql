-- pgform_testext 0.1.0 -> 0.1.1
\echo Use "ALTER EXTENSION pgform_testext UPDATE TO '0.1.1'" to load this file. \quit

CREATE OR REPLACE FUNCTION pgform_testext_version() RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT '0.1.1'::text $$;
