#!/bin/bash
test_description='pgform validate and expand on valid states: golden output, stability, today, consolidation, staggering'
. "$(dirname "$0")/test-lib.sh"

SMALL=$REPO/t/expand/small
EXPECT=$REPO/t/expect/t1000

test_expect_success 'expand of the small state matches the golden file' '
	cp -r "$SMALL" small &&
	pgform expand -f small/pgform.yaml --today 2026-02-01 >out 2>err &&
	sed "s|t/expand/small/|small/|" "$EXPECT/small.yaml" >expect &&
	test_cmp expect out &&
	test_line_count = 0 err
'

test_expect_success 'expand is byte-identical across runs, and PGFORM_TODAY equals --today' '
	PGFORM_TODAY=2026-02-01 pgform expand -f small/pgform.yaml >out2 &&
	pgform expand -f small/pgform.yaml --today 2026-02-01 >out3 &&
	test_cmp out out2 && test_cmp out out3
'

test_expect_success 'json output holds the same objects as yaml' '
	pgform expand -f small/pgform.yaml --today 2026-02-01 --format json >out.json &&
	/usr/bin/python3 -c "
import json, sys, yaml
a = json.load(open(\"out.json\"))
b = yaml.safe_load(open(\"out\"))
sys.exit(0 if a == b and len(a) == 24 else 1)
"
'

test_expect_success 'the order does not depend on the order of declarations' '
	mkdir shuffled && cp -r small/tenants shuffled/ &&
	/usr/bin/python3 - small/pgform.yaml >shuffled/pgform.yaml <<-\PY &&
	import re, sys, yaml
	class L(yaml.SafeLoader): pass   # YAML 1.2 booleans: "on" stays a string
	L.yaml_implicit_resolvers = {k: [(t, r) for t, r in v if t != "tag:yaml.org,2002:bool"]
	                             for k, v in L.yaml_implicit_resolvers.items()}
	L.add_implicit_resolver("tag:yaml.org,2002:bool", re.compile("^(?:true|false)$"), list("tf"))
	d = yaml.load(open(sys.argv[1]), Loader=L)
	out = {}
	for k in reversed(list(d)):
	    v = d[k]
	    if isinstance(v, dict):
	        v = dict(reversed(list(v.items())))
	    out[k] = v
	yaml.safe_dump(out, sys.stdout, sort_keys=False)
	PY
	pgform expand -f shuffled/pgform.yaml --today 2026-02-01 | grep -v "^  source:" | sed "s|shuffled/|small/|" >a &&
	grep -v "^  source:" out >b &&
	test_cmp b a
'

test_expect_success 'validate prints nothing on success; -v prints counts' '
	pgform validate -f small/pgform.yaml --today 2026-02-01 >out 2>err &&
	test_line_count = 0 out && test_line_count = 0 err &&
	pgform validate -v -f small/pgform.yaml --today 2026-02-01 2>err &&
	cat >expect <<-\EOF &&
	small/pgform.yaml: valid: 3 files, 2 tenants, 2 templates, 24 objects
	  extension          1
	  role               2
	  schema             3
	  server             2
	  user_mapping       2
	  table              1
	  materialized_view  5
	  view               5
	  grant              1
	  cron_job           2
	  (4 daily parts, 1 yearly tables)
	EOF
	test_cmp expect err
'

parts_of () { # today -> names of acme tables/parts
	pgform expand -f small/pgform.yaml --today "$1" --format json |
	/usr/bin/python3 -c "
import json, sys
for o in json.load(sys.stdin):
    if o.get(\"tenant\") == \"acme\" and o.get(\"generated\") in (\"daily_part\", \"yearly_table\"):
        print(o[\"kind\"], o[\"name\"])
"
}

test_expect_success 'last year stays daily during January, consolidates from February' '
	parts_of 2026-01-31 >jan &&
	cat >expect <<-\EOF &&
	materialized_view acme.logs_2025_12_30
	materialized_view acme.logs_2025_12_31
	materialized_view acme.logs_2026_01_01
	materialized_view acme.logs_2026_01_02
	EOF
	test_cmp expect jan &&
	parts_of 2026-02-01 >feb &&
	cat >expect <<-\EOF &&
	table acme.logs_2025
	materialized_view acme.logs_2026_01_01
	materialized_view acme.logs_2026_01_02
	EOF
	test_cmp expect feb
'

test_expect_success 'a bad --today or PGFORM_TODAY is refused' '
	test_must_fail pgform validate -f small/pgform.yaml --today 2026-02-30 2>err &&
	echo "error: --today '"'"'2026-02-30'"'"' is not a date YYYY-MM-DD" >expect &&
	test_cmp expect err &&
	PGFORM_TODAY=tomorrow test_must_fail pgform validate -f small/pgform.yaml 2>err &&
	echo "error: PGFORM_TODAY '"'"'tomorrow'"'"' is not a date YYYY-MM-DD" >expect &&
	test_cmp expect err
'

test_expect_success 'per-tenant cron minutes: distinct for 60 tenants, all used, then reused' '
	mkdir stagger &&
	{
		echo "pgform: 1"
		echo "extensions: { dblink: {} }"
		echo "cron:"
		echo "  job_{tenant}: { per_tenant: true, schedule: \"{minute} * * * *\", command: SELECT 1 }"
		echo "tenants:"
		for i in $(seq -w 1 61); do
			echo "  t$i: { connection: { host: h, dbname: d, user: u } }"
		done
	} >stagger/pgform.yaml &&
	pgform expand -f stagger/pgform.yaml --today 2026-02-01 --format json |
	/usr/bin/python3 -c "
import json, sys
jobs = sorted((o[\"name\"], int(o[\"schedule\"].split()[0])) for o in json.load(sys.stdin) if o[\"kind\"] == \"cron_job\")
mins = [m for _, m in jobs]
assert len(jobs) == 61, len(jobs)
assert sorted(mins[:60]) == list(range(60)), mins
assert 0 <= mins[60] < 60
" &&
	pgform expand -f stagger/pgform.yaml --today 2026-02-01 >a &&
	sed "/^  t01:/d" stagger/pgform.yaml >stagger/less.yaml &&
	pgform expand -f stagger/less.yaml --today 2026-02-01 --format json |
	/usr/bin/python3 -c "
import json, sys
print(sum(1 for o in json.load(sys.stdin) if o[\"kind\"] == \"cron_job\"))" >n &&
	echo 60 >expect && test_cmp expect n
'

test_expect_success 'the example warehouse validates and expands stably' '
	pgform validate -f "$REPO/examples/warehouse/pgform.yaml" --today 2026-11-21 &&
	pgform expand -f "$REPO/examples/warehouse/pgform.yaml" --today 2026-11-21 >w1 &&
	pgform expand -f "$REPO/examples/warehouse/pgform.yaml" --today 2026-11-21 >w2 &&
	test_cmp w1 w2 &&
	grep -c "generated: daily_part" w1 >n && echo 407 >expect && test_cmp expect n
'

test_expect_success 'no secret value is printed by expand' '
	TENANT_A_PASSWORD=s3cr3t-a WHADMIN_PASSWORD=s3cr3t-w \
		pgform expand -f "$REPO/examples/warehouse/pgform.yaml" --today 2026-11-21 >w 2>&1 &&
	! grep -q s3cr3t w &&
	grep -q "env: TENANT_A_PASSWORD" w
'

test_expect_success 'a state holding only pgform: 1 validates and expands to nothing' '
	echo "pgform: 1" >only-version.yaml &&
	pgform validate -f only-version.yaml --today 2026-02-01 >out 2>err &&
	test_line_count = 0 out && test_line_count = 0 err &&
	pgform expand -f only-version.yaml --today 2026-02-01 >out 2>err &&
	echo "[]" >expect && test_cmp expect out && test_line_count = 0 err
'

test_expect_success 'a per-tenant cron job with no tenants makes no job' '
	cat >no-tenants.yaml <<-\EOF &&
	pgform: 1
	cron:
	  job_{tenant}: { per_tenant: true, schedule: "{minute} * * * *", command: SELECT 1 }
	EOF
	pgform validate -f no-tenants.yaml --today 2026-02-01 >out 2>err &&
	test_line_count = 0 out && test_line_count = 0 err &&
	pgform expand -f no-tenants.yaml --today 2026-02-01 >out 2>err &&
	echo "[]" >expect && test_cmp expect out && test_line_count = 0 err
'

test_expect_success 'values that stay inside their quotes are accepted, escaped for where they stand' '
	cp -r "$REPO/t/expand/quoting" quoting &&
	pgform validate -f quoting/pgform.yaml --today 2026-11-21 &&
	pgform expand -f quoting/pgform.yaml --today 2026-11-21 >out &&
	grep "public.dblink(" out >queries &&
	test_cmp "$EXPECT/quoting.queries" queries
'

test_expect_success 'cron schedules pg_cron accepts validate' '
	cat >schedules.yaml <<-\EOF &&
	pgform: 1
	cron:
	  a: { schedule: "*/5 * * * *", command: SELECT 1 }
	  b: { schedule: "0 3 * * 1-5", command: SELECT 1 }
	  c: { schedule: 30 seconds, command: SELECT 1 }
	  d: { schedule: "0 0 $ * *", command: SELECT 1 }
	  e: { schedule: "0,30 */2 1-15/3 jan-jun/2 Mon,sun", command: SELECT 1 }
	  f: { schedule: "59 23 31 12 7", command: SELECT 1 }
	  g: { schedule: "@daily", command: SELECT 1 }
	EOF
	pgform validate -f schedules.yaml --today 2026-11-21
'

test_expect_success 'a file reached by two includes is read once' '
	mkdir twice &&
	cat >twice/pgform.yaml <<-\EOF &&
	pgform: 1
	include: [ a.yaml, b.yaml, shared.yaml ]
	EOF
	echo "include: [ shared.yaml ]" >twice/a.yaml &&
	echo "include: [ ./shared.yaml ]" >twice/b.yaml &&
	echo "schemas: { reports: {} }" >twice/shared.yaml &&
	pgform validate -v -f twice/pgform.yaml --today 2026-11-21 2>err &&
	head -1 err >first &&
	echo "twice/pgform.yaml: valid: 4 files, 0 tenants, 0 templates, 1 objects" >expect &&
	test_cmp expect first
'

test_expect_success 'predefined roles are granted and joined without being declared' '
	cat >predefined.yaml <<-\EOF &&
	pgform: 1
	roles:
	  reporter: { member_of: [ pg_read_all_data, pg_monitor ] }
	  pg_signal_backend: { managed: false }
	schemas:
	  reports: {}
	grants:
	  - { role: pg_read_all_stats, privileges: [USAGE], on: schema reports }
	  - { role: pg_signal_backend, privileges: [USAGE], on: schema reports }
	views:
	  reports.v:
	    query: SELECT 1 AS one
	    grants: [ { role: pg_read_all_data, privileges: [SELECT] } ]
	EOF
	pgform validate -f predefined.yaml --today 2026-11-21
'

test_done
