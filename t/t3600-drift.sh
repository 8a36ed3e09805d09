#!/bin/bash
test_description='pgform drift: the database against what the last apply recorded (a view replaced, a grant revoked, a part dropped, an index and a view added by hand), text and json, exit codes; the next apply repairs what the state declares'
. "$(dirname "$0")/test-lib.sh"

test_start_pg

TODAY=2026-03-04
TENANTS="tenant_a:src_a:2026-03-01:2026-03-03 tenant_b:src_b:2026-03-01:2026-03-03"

test_expect_success 'setup: the small warehouse applied' '
	wh_sources src_a src_b &&
	wh_state state.yaml $TENANTS &&
	test_createdb wh &&
	test_apply state.yaml wh $TODAY >/dev/null 2>&1
'

test_expect_success 'an untouched warehouse: no drift, exit 0' '
	pgform drift -d dbname=wh >out 2>err &&
	test_line_count = 0 err &&
	sed -E "s/\\([0-9: +-]+\\)/(T)/" out >actual &&
	echo "No drift: the database is as apply 1 left it (T)." >expect &&
	test_cmp expect actual
'

test_expect_success 'drift reads and changes nothing' '
	test_db_state wh >before &&
	pgform drift -d dbname=wh >/dev/null &&
	test_db_state wh >after &&
	test_cmp before after
'

test_expect_success 'changes by hand: each one found, exit 2' '
	test_psql -d wh <<-\EOF &&
	CREATE OR REPLACE VIEW rpt.daily_doubled AS SELECT schema_name, day, total AS doubled FROM rpt.daily;
	REVOKE USAGE ON SCHEMA rpt FROM wh_reader;
	CREATE OR REPLACE VIEW tenant_a.events AS
	  SELECT * FROM tenant_a.events_2026_03_02 UNION ALL SELECT * FROM tenant_a.events_2026_03_03;
	DROP MATERIALIZED VIEW tenant_a.events_2026_03_01;
	CREATE INDEX by_hand ON tenant_b.events_2026_03_02 (id);
	CREATE VIEW tenant_b.mine AS SELECT 1 AS one;
	EOF
	test_must_fail_code 2 pgform drift -d dbname=wh >out 2>err &&
	test_line_count = 0 err &&
	sed -E "s/\\([0-9: +-]+\\)\\.\$/(T)./" out >actual &&
	cat >expect <<-\EOF &&
	~ materialized view tenant_b.events_2026_03_02 (changed by hand: indexes)
	- materialized view tenant_a.events_2026_03_01 (dropped by hand)
	~ schema rpt (changed by hand: privileges)
	~ view tenant_a.events (changed by hand: definition)
	~ view rpt.daily_doubled (changed by hand: definition)
	+ view tenant_b.mine (added by hand in a schema pgform made)
	EOF
	head -n 6 actual | sort >got &&
	sed -n 7p actual >blank &&
	echo >expect.blank &&
	test_cmp expect.blank blank &&
	sort expect >want &&
	test_cmp want got &&
	tail -n 1 actual >last &&
	echo "Drift: 6 objects differ from what apply 1 left (T)." >expect &&
	test_cmp expect last
'

test_expect_success 'the same as json' '
	test_must_fail_code 2 pgform drift -d dbname=wh --format json >out.json &&
	/usr/bin/python3 - out.json <<-\PY
	import json, sys
	d = json.load(open(sys.argv[1]))
	assert d["database"] == "wh" and d["apply"] == 1, d
	got = sorted((x["change"], x["kind"], x["name"], ",".join(x.get("aspects", []))) for x in d["drift"])
	want = sorted([
	    ("changed", "materialized_view", "tenant_b.events_2026_03_02", "indexes"),
	    ("dropped", "materialized_view", "tenant_a.events_2026_03_01", ""),
	    ("changed", "schema", "rpt", "privileges"),
	    ("changed", "view", "tenant_a.events", "definition"),
	    ("changed", "view", "rpt.daily_doubled", "definition"),
	    ("added", "view", "tenant_b.mine", ""),
	])
	assert got == want, got
	PY
'

test_expect_success 'the next apply repairs what the state declares; what it does not declare is still reported' '
	test_apply state.yaml wh $TODAY >/dev/null 2>&1 &&
	test_must_fail_code 2 pgform drift -d dbname=wh >out &&
	grep "^[-~+]" out >actual &&
	echo "+ view tenant_b.mine (added by hand in a schema pgform made)" >expect &&
	test_cmp expect actual
'

test_expect_success 'a database pgform never applied to: an error naming what drift needs' '
	test_createdb empty &&
	test_must_fail pgform drift -d dbname=empty >out 2>err &&
	echo "error: no apply is recorded in database '\''empty'\'' (no schema pgform): drift compares the database with what the last apply left" >expect &&
	test_cmp expect err &&
	test_line_count = 0 out
'

test_done
