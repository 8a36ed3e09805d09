#!/bin/bash
test_description='pgform plan of a small warehouse against an empty database: text, sql, json, markdown and dot; the sql script brings the database to the state; plan writes nothing'
. "$(dirname "$0")/test-lib.sh"

test_start_pg

EXPECT=$REPO/t/expect/t3000
TODAY=2026-03-04

# The sql script without the header lines that depend on the machine (the
# catalog fingerprint covers the cluster's roles and installed extension
# versions; the desired fingerprint covers the tenants' port), and with the
# port as @PGPORT@.
normalize_sql () {
	sed -e '/^-- catalog fingerprint: [0-9a-f]\{16\}$/d' \
	    -e '/^-- desired fingerprint: [0-9a-f]\{16\}$/d' \
	    -e "s/port '$PGPORT'/port '@PGPORT@'/g" "$@"
}

plan () {
	test_plan state.yaml wh $TODAY "$@"
}

test_expect_success 'setup: tenant sources, the state, an empty database' '
	wh_sources --ten-a-day &&
	wh_state state.yaml &&
	test_createdb wh &&
	test_db_state wh >state.before
'

test_expect_success 'text plan of the state against an empty database' '
	plan >out 2>err &&
	test_cmp "$EXPECT/empty.txt" out &&
	test_line_count = 0 err
'

test_expect_success 'plan is byte-identical when run again, and PGFORM_TODAY equals --today' '
	plan >out2 &&
	PGFORM_TODAY=$TODAY pgform plan -f state.yaml -d dbname=wh >out3 &&
	test_cmp out out2 &&
	test_cmp out out3
'

test_expect_success '--detailed-exitcode gives 2 while changes are pending' '
	test_must_fail_code 2 pgform plan -f state.yaml -d dbname=wh --today $TODAY \
		--detailed-exitcode >out &&
	test_cmp "$EXPECT/empty.txt" out
'

test_expect_success 'the connection may come from the PG* environment alone' '
	PGDATABASE=wh pgform plan -f state.yaml --today $TODAY >out &&
	test_cmp "$EXPECT/empty.txt" out
'

test_expect_success '--format sql: a psql script that reads passwords from the environment' '
	plan --format sql >plan.sql 2>err &&
	test_line_count = 0 err &&
	grep -q "^-- catalog fingerprint: [0-9a-f]\{16\}$" plan.sql &&
	grep -q "^-- desired fingerprint: [0-9a-f]\{16\}$" plan.sql &&
	normalize_sql plan.sql >actual.sql &&
	test_cmp "$EXPECT/empty.sql" actual.sql
'

test_expect_success '-v lists every step with the SQL the sql script holds' '
	plan -v >verbose &&
	grep "^[+~±-] " verbose >lines &&
	grep "^-- step " plan.sql >steps &&
	test_line_count = 24 lines &&
	test_line_count = 24 steps &&
	grep -F "    CREATE ROLE wh_admin LOGIN PASSWORD <<secret:env:WH_ADMIN_PASSWORD>>" verbose &&
	grep -F "    CREATE UNIQUE INDEX by_tenant_idx1 ON rpt.by_tenant (schema_name)" verbose &&
	tail -n 1 verbose >last &&
	tail -n 1 out >expect &&
	test_cmp expect last
'

test_expect_success '--format json parses and its summary is the text summary' '
	plan --format json >plan.json &&
	/usr/bin/python3 - plan.json out >summary <<-\PY &&
	import json, re, sys
	p = json.load(open(sys.argv[1]))
	assert p["format"] == "pgform-plan" and p["version"] == 2, p["format"]
	assert p["database"] == "wh", p["database"]
	s = p["summary"]
	count = {"create": 0, "rebuild": 0, "change": 0, "drop": 0}
	for i, st in enumerate(p["steps"], 1):
	    assert st["id"] == i, st
	    assert all(d < i for d in st["depends_on"]), st
	    a = st["action"]
	    count[{"recreate": "rebuild", "alter": "change", "replace": "change"}.get(a, a)] += 1
	assert count == s, (count, s)
	text = open(sys.argv[2]).read().splitlines()[-1]
	print(text)
	print("Plan: %d to create, %d to rebuild, %d to change, %d to drop." %
	      (s["create"], s["rebuild"], s["change"], s["drop"]))
	PY
	head -n 1 summary >a && tail -n 1 summary >b &&
	test_cmp a b &&
	echo "Plan: 24 to create, 0 to rebuild, 0 to change, 0 to drop." >expect &&
	test_cmp expect a
'

test_expect_success '--format markdown and --format dot start as documented' '
	plan --format markdown >plan.md &&
	head -n 1 plan.md >first &&
	echo "### pgform plan" >expect &&
	test_cmp expect first &&
	grep -F "| 24 | 0 | 0 | 0 |" plan.md &&
	grep -F "<details><summary>24 steps</summary>" plan.md &&
	plan --format dot >plan.dot &&
	head -n 3 plan.dot >first &&
	printf "%s\n" "digraph plan {" "  rankdir=LR;" "  node [shape=box];" >expect &&
	test_cmp expect first &&
	tail -n 1 plan.dot >last &&
	echo "}" >expect &&
	test_cmp expect last &&
	grep -c "^  \"[0-9]*\" \[label=" plan.dot >n &&
	echo 24 >n.expect &&
	test_cmp n.expect n
'

test_expect_success '-o writes the plan file, mode 0600, no password in it; the text and stderr show its plan hash' '
	plan --format json -o saved.json >stdout.json &&
	test_cmp stdout.json saved.json &&
	stat -c %a saved.json >mode &&
	echo 600 >expect &&
	test_cmp expect mode &&
	grep -q "\"created_at\": \"[0-9-]*T[0-9:]*Z\"" saved.json &&
	for pw in "$WH_ADMIN_PASSWORD" "$WH_READER_PASSWORD" "$SRC_PASSWORD"; do
		test_no_secret "$pw" saved.json || return 1
	done &&
	grep -F "\"env\": \"SRC_PASSWORD\"" saved.json &&
	plan -o saved2.json >out.o 2>err.o &&
	stat -c %a saved2.json >mode &&
	test_cmp expect mode &&
	hash=$(sed -n "s/^  \"plan_hash\": \"\([0-9a-f]\{32\}\)\",\$/\1/p" saved2.json) &&
	test -n "$hash" &&
	{ cat "$EXPECT/empty.txt" && echo "Plan hash: $hash"; } >expect.o &&
	test_cmp expect.o out.o &&
	echo "plan saved to saved2.json, plan hash $hash; to apply exactly this plan: pgform apply saved2.json --plan-hash $hash" >expect.err &&
	test_cmp expect.err err.o
'

test_expect_success '-o over an existing file: still mode 0600' '
	echo old >old.json && chmod 644 old.json &&
	plan -o old.json >/dev/null &&
	stat -c %a old.json >mode &&
	echo 600 >expect &&
	test_cmp expect mode &&
	/usr/bin/python3 -c "import json; json.load(open(\"old.json\"))"
'

test_expect_success 'no password in any output' '
	for f in text sql json markdown dot; do
		plan --format $f -v >all.$f || return 1
		for pw in "$WH_ADMIN_PASSWORD" "$WH_READER_PASSWORD" "$SRC_PASSWORD"; do
			test_no_secret "$pw" all.$f || return 1
		done
	done
'

test_expect_success 'an unknown --format is a usage error' '
	test_must_fail pgform plan -f state.yaml -d dbname=wh --format yaml >out 2>err &&
	cat >expect <<-\EOF &&
	error: unknown format '"'"'yaml'"'"'; expected text, sql, json, markdown or dot
	Try '"'"'pgform plan --help'"'"'.
	EOF
	test_cmp expect err &&
	test_line_count = 0 out
'

test_expect_success 'a plan that cannot be written is an error in every format (stdout on /dev/full)' '
	echo "error: cannot write the plan" >expect &&
	for f in text sql json markdown dot; do
		test_must_fail pgform plan -f state.yaml -d dbname=wh --today $TODAY \
			--format $f -v >/dev/full 2>err &&
		test_cmp expect err || return 1
	done
'

test_expect_success 'planning wrote nothing: schema, roles and cron jobs unchanged' '
	test_db_state wh >state.after &&
	test_cmp state.before state.after &&
	test_psql -d wh -c "SELECT count(*) FROM pg_namespace WHERE nspname LIKE '"'"'pgform%'"'"'" >n &&
	echo 0 >expect &&
	test_cmp expect n
'

test_expect_success 'the sql script stops before its first statement when a password variable is missing or empty, naming it' '
	(
		unset SRC_PASSWORD &&
		test_must_fail_code 3 test_psql -d wh -f plan.sql >psql.out 2>psql.err
	) &&
	grep "ERROR:  environment variable SRC_PASSWORD is not set or empty" psql.err &&
	SRC_PASSWORD= test_must_fail_code 3 test_psql -d wh -f plan.sql >psql.out 2>psql.err &&
	grep "ERROR:  environment variable SRC_PASSWORD is not set or empty" psql.err &&
	test_db_state wh >state.after &&
	test_cmp state.before state.after
'

test_expect_success 'the sql script as it is builds the state with psql, passwords read from the environment' '
	! grep -v "^--" plan.sql | grep -F "<<secret:" &&
	grep -x "\\\\getenv pgform_secret_[0-9] SRC_PASSWORD" plan.sql &&
	test_psql -d wh -f plan.sql >psql.out &&
	test_psql -d wh -c "SELECT schema_name, n FROM rpt.by_tenant ORDER BY 1" >rows &&
	printf "%s\n" "tenant_a|30" "tenant_b|30" >expect &&
	test_cmp expect rows &&
	test_psql -d wh -c "SELECT sum(doubled) FROM rpt.daily_doubled" >sum &&
	echo 2790.0 >expect &&
	test_cmp expect sum
'

test_expect_success 'then the plan is empty, and --detailed-exitcode gives 0' '
	plan >out &&
	echo "$NOCHANGE" >expect &&
	test_cmp expect out &&
	plan --detailed-exitcode >out &&
	test_cmp expect out &&
	plan --format sql >empty.sql &&
	! grep "^-- step" empty.sql
'

test_expect_success 'the empty plan in json and markdown' '
	plan --format json >empty.json &&
	/usr/bin/python3 -c "
import json
p = json.load(open(\"empty.json\"))
assert p[\"steps\"] == [] and p[\"hazards\"] == [] and p[\"skipped\"] == [], p
assert p[\"summary\"] == {\"create\": 0, \"rebuild\": 0, \"change\": 0, \"drop\": 0}, p[\"summary\"]
" &&
	plan --format markdown >empty.md &&
	printf "%s\n" "### pgform plan" "" "$NOCHANGE" >expect &&
	test_cmp expect empty.md
'

test_expect_success 'a no-op plan writes nothing either' '
	test_db_state wh >state.before &&
	plan >/dev/null && plan --format sql >/dev/null && plan --format json -o noop.json >/dev/null &&
	test_db_state wh >state.after &&
	test_cmp state.before state.after
'

# The catalog is read on two connections at once, the second one reading
# the first one's snapshot; where the server refuses a second connection,
# all of it is read on the first, to the same plan.  The second one's
# results wait for their readers once they take more than 8 MB: with
# PGFORM_TEST_SIDE_HELD=1 (bytes) every one of them does.
test_expect_success 'the catalog is read on two connections; a role allowed only one gets the same plan from one' '
	test_psql -c "CREATE ROLE side_reader LOGIN CONNECTION LIMIT 2" &&
	test_when_finished "test_psql -c \"ALTER SYSTEM RESET log_connections\" -c \"SELECT pg_reload_conf()\"" &&
	test_psql -c "ALTER SYSTEM SET log_connections = on" -c "SELECT pg_reload_conf()" >/dev/null &&
	test_wait_for wh "SELECT current_setting('\''log_connections'\'')::bool" &&
	wc -l <"$TEST_PG_LOG" >log.mark &&
	plan -d "dbname=wh user=side_reader" >two.out 2>two.err &&
	test_line_count = 0 two.err &&
	tail -n +$(($(cat log.mark) + 1)) "$TEST_PG_LOG" >log.two &&
	grep -c "connection authorized: user=side_reader database=wh" log.two >n &&
	echo 2 >expect &&
	test_cmp expect n &&
	! grep FATAL log.two &&
	PGFORM_TEST_SIDE_HELD=1 plan -d "dbname=wh user=side_reader" >held.out 2>held.err &&
	test_line_count = 0 held.err &&
	test_cmp two.out held.out &&
	test_psql -c "ALTER ROLE side_reader CONNECTION LIMIT 1" &&
	wc -l <"$TEST_PG_LOG" >log.mark &&
	plan -d "dbname=wh user=side_reader" >one.out 2>one.err &&
	test_line_count = 0 one.err &&
	test_cmp two.out one.out &&
	tail -n +$(($(cat log.mark) + 1)) "$TEST_PG_LOG" >log.one &&
	grep "too many connections for role \"side_reader\"" log.one
'

# The second connection needs the first one's snapshot exported; where
# the role may not export one, the first connection reads everything.
test_expect_success 'a role that may not export a snapshot gets the same plan from one connection' '
	test_psql -c "ALTER ROLE side_reader CONNECTION LIMIT 2" &&
	test_when_finished "test_psql -c \"ALTER SYSTEM RESET log_connections\" -c \"SELECT pg_reload_conf()\"" &&
	test_psql -c "ALTER SYSTEM SET log_connections = on" -c "SELECT pg_reload_conf()" >/dev/null &&
	test_wait_for wh "SELECT current_setting('\''log_connections'\'')::bool" &&
	test_psql -d wh -c "REVOKE EXECUTE ON FUNCTION pg_catalog.pg_export_snapshot() FROM PUBLIC" &&
	test_when_finished "test_psql -d wh -c \"GRANT EXECUTE ON FUNCTION pg_catalog.pg_export_snapshot() TO PUBLIC\"" &&
	wc -l <"$TEST_PG_LOG" >log.mark &&
	plan -d "dbname=wh user=side_reader" >noexport.out 2>noexport.err &&
	test_line_count = 0 noexport.err &&
	test_cmp two.out noexport.out &&
	tail -n +$(($(cat log.mark) + 1)) "$TEST_PG_LOG" >log.noexport &&
	grep "permission denied for function pg_export_snapshot" log.noexport &&
	grep -c "connection authorized: user=side_reader database=wh" log.noexport >n &&
	echo 1 >expect &&
	test_cmp expect n
'

test_done
