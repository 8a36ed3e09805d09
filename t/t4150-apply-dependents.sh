#!/bin/bash
test_description='a rebuilt relation takes its readers along: a materialized view over a rebuilt materialized view is rebuilt after it, never left reading the old copy; what pgform does not manage is carried around a function made again'
. "$(dirname "$0")/test-lib.sh"

test_start_pg

TODAY=2026-03-10

# state FILE FILTER: base (a materialized view over generate_series, its
# rows filtered by FILTER) and top, a materialized view over base.
state () {
	cat >"$1" <<-EOF
	pgform: 1
	schemas:
	  r: {}
	materialized_views:
	  r.base:
	    query: SELECT g AS n FROM generate_series(1, 10) g WHERE $2
	    indexes: [ "UNIQUE (n)" ]
	  r.top:
	    query: SELECT count(*) AS c, sum(n) AS s FROM r.base
	EOF
}

# readers_of_old DB: relations whose definition reads an old copy.
readers_of_old () {
	test_psql -d "$1" -c "SELECT c.oid::regclass FROM pg_class c JOIN pg_rewrite w ON w.ev_class = c.oid
		JOIN pg_depend d ON d.objid = w.oid AND d.classid = 'pg_rewrite'::regclass
		JOIN pg_class t ON t.oid = d.refobjid
		WHERE t.relname LIKE '%\\_\\_pgform\\_%' AND c.oid <> t.oid ORDER BY 1"
}

test_expect_success 'setup: base and top applied' '
	state s1.yaml "g > 0" &&
	test_createdb d &&
	pgform apply -f s1.yaml -d dbname=d --today $TODAY 2>apply1.err &&
	test_psql -d d -c "SELECT c, s FROM r.top" >actual &&
	echo "10|55" >expect &&
	test_cmp expect actual
'

test_expect_success 'base rebuilt by --replace: top is rebuilt after it, reads the new base, and nothing old is left' '
	pgform plan -f s1.yaml -d dbname=d --today $TODAY --replace r.base >plan.out &&
	grep -x "± rebuild materialized view r.base (--replace)" plan.out &&
	grep -x "± rebuild materialized view r.top (reads r.base, which is rebuilt)" plan.out &&
	pgform plan -f s1.yaml -d dbname=d --today $TODAY --replace r.base --format json >plan.json &&
	test_plan_steps plan.json >steps &&
	cat >expect <<-\EOF &&
	1|rebuild|materialized_view|r.base
	2|rebuild|materialized_view|r.top
	EOF
	test_cmp expect steps &&
	pgform apply -f s1.yaml -d dbname=d --today $TODAY --replace r.base 2>apply2.err &&
	grep -x "apply 2: 2 steps done in [0-9.]* s" apply2.err &&
	! grep -i warning apply2.err &&
	readers_of_old d >old &&
	test_line_count = 0 old &&
	test_temporaries d >tmps &&
	test_line_count = 0 tmps &&
	pgform plan -f s1.yaml -d dbname=d --today $TODAY >after.out &&
	echo "$NOCHANGE" >expect &&
	test_cmp expect after.out
'

test_expect_success 'base changed: top shows the new rows once the apply ends' '
	state s2.yaml "g > 5" &&
	pgform apply -f s2.yaml -d dbname=d --today $TODAY 2>apply3.err &&
	test_psql -d d -c "SELECT c, s FROM r.top" >actual &&
	echo "5|40" >expect &&
	test_cmp expect actual &&
	readers_of_old d >old &&
	test_line_count = 0 old &&
	pgform plan -f s2.yaml -d dbname=d --today $TODAY >after.out &&
	echo "$NOCHANGE" >expect &&
	test_cmp expect after.out
'

test_expect_success 'a materialized view left reading an old copy (by hand, as an interrupted apply could): the plan rebuilds it' '
	test_psql -d d -c "ALTER MATERIALIZED VIEW r.base RENAME TO base__pgform_old;
		CREATE MATERIALIZED VIEW r.base AS SELECT g AS n FROM generate_series(1, 10) g WHERE g > 5;
		CREATE UNIQUE INDEX ON r.base (n)" &&
	readers_of_old d >old &&
	echo r.top >expect &&
	test_cmp expect old &&
	pgform plan -f s2.yaml -d dbname=d --today $TODAY >plan.out &&
	grep "^± rebuild materialized view r.top (" plan.out &&
	pgform apply -f s2.yaml -d dbname=d --today $TODAY 2>apply4.err &&
	readers_of_old d >old &&
	test_line_count = 0 old
'

test_expect_success 'a function made again with a trigger and default pgform does not manage: the SQL carries them in the step, in order' '
	test_createdb carry &&
	test_psql -d carry -c "CREATE SCHEMA app; CREATE TABLE public.t (n integer, m integer);
		CREATE FUNCTION public.trg() RETURNS trigger LANGUAGE plpgsql AS \$\$ BEGIN RETURN NEW; END \$\$" &&
	cat >c1.yaml <<-\EOF &&
	pgform: 1
	schemas:
	  app: {}
	functions:
	  - sql: CREATE FUNCTION app.f(x integer) RETURNS integer LANGUAGE sql IMMUTABLE AS $$ SELECT x $$
	EOF
	pgform apply -f c1.yaml -d dbname=carry --today $TODAY 2>apply.err &&
	test_psql -d carry -c "ALTER TABLE public.t ALTER COLUMN m SET DEFAULT app.f(1);
		CREATE TRIGGER tr BEFORE INSERT ON public.t FOR EACH ROW WHEN (app.f(NEW.n) > 0) EXECUTE FUNCTION public.trg();
		ALTER TABLE public.t DISABLE TRIGGER tr" &&
	sed "s/f(x integer) RETURNS integer/f(y integer) RETURNS integer/; s/SELECT x/SELECT y/" c1.yaml >c2.yaml &&
	pgform plan -f c2.yaml -d dbname=carry --today $TODAY --format sql >plan.sql &&
	sed -n "/^-- step 1/,\$p" plan.sql | grep -v "^--" >actual &&
	cat >expect <<-\EOF &&
	ALTER TABLE ONLY public.t ALTER COLUMN m DROP DEFAULT;
	DROP TRIGGER tr ON public.t;
	DROP FUNCTION app.f(integer);
	CREATE FUNCTION app.f(y integer) RETURNS integer LANGUAGE sql IMMUTABLE AS $$ SELECT y $$;
	ALTER TABLE ONLY public.t ALTER COLUMN m SET DEFAULT app.f(1);
	CREATE TRIGGER tr BEFORE INSERT ON public.t FOR EACH ROW WHEN ((app.f(new.n) > 0)) EXECUTE FUNCTION public.trg();
	ALTER TABLE public.t DISABLE TRIGGER tr;
	EOF
	test_cmp expect actual
'

test_expect_success 'a carried dependent that cannot be made again after the change (a default of the wrong type): the apply fails and changes nothing' '
	sed "s/RETURNS integer LANGUAGE sql IMMUTABLE AS \\\$\\\$ SELECT x/RETURNS text LANGUAGE sql IMMUTABLE AS \\\$\\\$ SELECT x::text/" c1.yaml >c3.yaml &&
	! cmp -s c1.yaml c3.yaml &&
	test_db_state carry >before.state &&
	test_must_fail pgform apply -f c3.yaml -d dbname=carry --today $TODAY 2>err &&
	grep "column \"m\" is of type integer but default expression is of type text" err &&
	test_db_state carry >after.state &&
	test_cmp before.state after.state
'

test_done
