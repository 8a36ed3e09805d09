#!/bin/bash
test_description='a rebuilt relation takes its readers along: a materialized view over a rebuilt materialized view is rebuilt after it, never left reading the old copy'
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

test_done
