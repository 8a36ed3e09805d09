-- Warehouse functions in schema _wh, adapted from the operations guide.
-- pgform runs this file as given: every statement is CREATE OR REPLACE
-- FUNCTION (or PROCEDURE). A changed signature becomes drop + create.

-- Today's date in UTC, whatever the session time zone.
CREATE OR REPLACE FUNCTION _wh.current_date_utc()
RETURNS date
LANGUAGE sql STABLE
AS $$ SELECT (now() AT TIME ZONE 'UTC')::date $$;

-- Build or refresh one daily part of a template for a tenant.
-- pgform itself creates and refreshes parts; this is the entry point the
-- cron jobs call. For now it only reports what it would do.
CREATE OR REPLACE FUNCTION _wh.update_mv_by_template(
    template text,
    tenant text,
    schema text,
    target date
)
RETURNS void
LANGUAGE plpgsql
AS $function$
BEGIN
    IF target > _wh.current_date_utc() THEN
        RAISE EXCEPTION 'target date % is in the future', target;
    END IF;
    RAISE NOTICE 'update %.% for tenant % (template %, day %)',
        schema, _wh.create_mv_name(template, target), tenant, template, target;
END;
$function$;

-- The same for every day from from_date to to_date, both included.
CREATE OR REPLACE FUNCTION _wh.update_mv_window_by_template(
    template text,
    tenant text,
    schema text,
    from_date date,
    to_date date
)
RETURNS integer
LANGUAGE plpgsql
AS $function$
DECLARE
    day date;
    n integer := 0;
BEGIN
    IF from_date > to_date THEN
        RAISE EXCEPTION 'window starts after it ends: % > %', from_date, to_date;
    END IF;
    FOR day IN SELECT d::date FROM generate_series(from_date, to_date, interval '1 day') AS d
    LOOP
        PERFORM _wh.update_mv_by_template(template, tenant, schema, day);
        n := n + 1;
    END LOOP;
    RETURN n;
END;
$function$;

-- Waste per location on one day, over every tenant. The view
-- reports.waste_today calls it; the table it reads is invisible to pgform's
-- parser, hence depends_on in pgform.yaml.
CREATE OR REPLACE FUNCTION _wh.waste_on(target date)
RETURNS TABLE (schema_name text, location text, total numeric)
LANGUAGE plpgsql STABLE
AS $function$
BEGIN
    RETURN QUERY
        SELECT f.schema_name::text, f.location, sum(f.weight)
        FROM public.foodlogstats f
        WHERE f.logged_time >= target::timestamp AT TIME ZONE 'UTC'
          AND f.logged_time < (target + 1)::timestamp AT TIME ZONE 'UTC'
        GROUP BY 1, 2;
END;
$function$;
