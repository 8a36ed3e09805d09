#!/bin/bash
test_description='passwords of roles and tenant connections reach the database and nowhere else: not the server log (log_statement = all), schema pgform, view definitions, plan files or the output; role passwords are SCRAM verifiers that work'
. "$(dirname "$0")/test-lib.sh"

# Distinctive values, so that any leak is found by grep.
WH_ADMIN_PASSWORD=S3cr3t-role-9f2
WH_READER_PASSWORD=S3cr3t-rdr-5e8
SRC_PASSWORD=S3cr3t-src-c07
NEW_SRC_PASSWORD=S3cr3t-src-2d4

test_start_pg

TODAY=2026-03-04
TENANTS="tenant_a:src_a:2026-03-01:2026-03-03 tenant_b:src_b:2026-03-01:2026-03-03"
ALL_PASSWORDS="$WH_ADMIN_PASSWORD $WH_READER_PASSWORD $SRC_PASSWORD $NEW_SRC_PASSWORD"

# no_secrets FILE...: none of the passwords is in any FILE.
no_secrets () {
	local pw
	for pw in $ALL_PASSWORDS; do
		test_no_secret "$pw" "$@" || return 1
	done
}

# everything_in DB: all that DB holds in schema pgform, and every view and
# materialized view definition, as text.
everything_in () {
	"$TEST_PG_BIN/pg_dump" --data-only --schema=pgform -d "$1" &&
	test_psql -d "$1" -c "SELECT schemaname, viewname, definition FROM pg_views
		UNION ALL SELECT schemaname, matviewname, definition FROM pg_matviews" &&
	test_psql -d "$1" -c "SELECT s::text FROM pgform.steps s" &&
	test_psql -d "$1" -c "SELECT a::text FROM pgform.applies a"
}

# log_mark: remember where the server log ends; log_since: what came after.
log_mark () {
	wc -l <"$TEST_PG_LOG" >log.mark
}
log_since () {
	tail -n +$(($(cat log.mark) + 1)) "$TEST_PG_LOG"
}

test_expect_success 'setup: log every statement, sources, the state' '
	test_psql -c "ALTER SYSTEM SET log_statement = '\''all'\''" &&
	test_psql -c "SELECT pg_reload_conf()" &&
	test_wait_for postgres "SELECT current_setting('\''log_statement'\'') = '\''all'\''" &&
	test "$(test_psql -c "SHOW log_statement")" = all &&
	wh_sources src_a src_b &&
	wh_state state.yaml $TENANTS &&
	grep -F "password_env: SRC_PASSWORD" state.yaml &&
	grep -F "password_env: WH_ADMIN_PASSWORD" state.yaml &&
	test_createdb wh &&
	no_secrets "$TEST_PG_LOG"
'

test_expect_success 'plan in every format and a plan file: no password' '
	for f in text sql json markdown dot; do
		test_plan state.yaml wh $TODAY --format $f >plan.$f 2>&1 || return 1
	done &&
	test_plan state.yaml wh $TODAY -v -o plan.saved >plan.verbose 2>&1 &&
	grep -F "<<secret:env:SRC_PASSWORD>>" plan.verbose &&
	grep -F "<<secret:env:WH_ADMIN_PASSWORD>>" plan.verbose &&
	no_secrets plan.text plan.sql plan.json plan.markdown plan.dot plan.verbose plan.saved
'

test_expect_success 'apply: it works, and prints no password' '
	test_apply state.yaml wh $TODAY -v >apply.out 2>apply.err &&
	grep -x "apply 1: 24 steps done in [0-9.]* s" apply.err &&
	no_secrets apply.out apply.err
'

test_expect_success 'the role passwords are SCRAM verifiers' '
	test_psql -c "SELECT rolname, rolpassword LIKE '\''SCRAM-SHA-256\$%'\'' FROM pg_authid
		WHERE rolname IN ('\''wh_admin'\'', '\''wh_reader'\'') ORDER BY 1" >actual &&
	printf "%s\n" "wh_admin|t" "wh_reader|t" >expect &&
	test_cmp expect actual
'

test_expect_success 'the roles log in over TCP with their passwords, and not without' '
	PGPASSWORD=$WH_ADMIN_PASSWORD test_psql -h 127.0.0.1 -U wh_admin -d wh -c "SELECT current_user" >actual &&
	echo wh_admin >expect &&
	test_cmp expect actual &&
	PGPASSWORD=$WH_READER_PASSWORD test_psql -h 127.0.0.1 -U wh_reader -d wh -c "SELECT count(*) > 0 FROM public.events" >actual &&
	echo t >expect &&
	test_cmp expect actual &&
	test_must_fail_code 2 env PGPASSWORD=wrong-password "$TEST_PG_BIN/psql" -X -w -h 127.0.0.1 \
		-U wh_admin -d wh -c "SELECT 1" 2>err &&
	grep -F "password authentication failed" err
'

test_expect_success 'dblink through the user mappings works: the parts hold the source rows' '
	wh_check_rows wh $TENANTS &&
	test_psql -d wh -c "SELECT count(*) FROM public.dblink('\''pgform_tenant_b'\'', '\''SELECT 1'\'') AS t(x int)" >actual &&
	echo 1 >expect &&
	test_cmp expect actual
'

test_expect_success 'no password in schema pgform, nor in any view definition' '
	everything_in wh >wh.text &&
	grep -F "<<secret:env:SRC_PASSWORD>>" wh.text &&
	grep -F "pgform_tenant_a" wh.text &&
	no_secrets wh.text
'

test_expect_success 'the server log holds no password' '
	grep -F "CREATE ROLE wh_admin" "$TEST_PG_LOG" &&
	no_secrets "$TEST_PG_LOG"
'

test_expect_success 'a tenant password changed: the user mappings follow, nothing leaks' '
	log_mark &&
	test_login_role src_reader "$NEW_SRC_PASSWORD" &&
	SRC_PASSWORD=$NEW_SRC_PASSWORD test_plan state.yaml wh $TODAY -v >plan2.out 2>&1 &&
	grep -F "<<secret:env:SRC_PASSWORD>>" plan2.out &&
	SRC_PASSWORD=$NEW_SRC_PASSWORD test_apply state.yaml wh $TODAY >apply2.out 2>apply2.err &&
	grep -x "apply 2: [0-9]* steps done in [0-9.]* s" apply2.err &&
	test_psql -d wh -c "SELECT count(*) FROM public.dblink('\''pgform_tenant_a'\'', '\''SELECT 1'\'') AS t(x int)" >actual &&
	echo 1 >expect &&
	test_cmp expect actual &&
	everything_in wh >wh2.text &&
	log_since >log.part &&
	grep -F "ALTER USER MAPPING" log.part &&
	no_secrets plan2.out apply2.out apply2.err wh2.text log.part
'

test_expect_success 'a failing apply after the user mappings were made: its messages and its undo leak nothing' '
	test_createdb wh2 &&
	log_mark &&
	test_psql -d src_b -c "ALTER TABLE events RENAME TO events_moved" &&
	test_when_finished "test_psql -d src_b -c \"ALTER TABLE events_moved RENAME TO events\"" &&
	sed -e "s/wh_admin/wh_admin2/g" -e "s/wh_reader/wh_reader2/g" state.yaml >state2.yaml &&
	test_must_fail env SRC_PASSWORD=$NEW_SRC_PASSWORD \
		pgform apply -f state2.yaml -d dbname=wh2 --today $TODAY -v >fail.out 2>fail.err &&
	grep "^error: step [0-9]* (create materialized view tenant_b.events_2026_03_01): " fail.err &&
	grep -x "apply 1 failed and was rolled back: the database is as before" fail.err &&
	everything_in wh2 >wh3.text &&
	log_since >log.part &&
	grep -F "DROP USER MAPPING" log.part &&
	no_secrets fail.out fail.err wh3.text log.part
'

test_expect_success 'a role that is not a superuser: apply refuses to send a tenant password, naming the step; nothing changes' '
	test_createdb wh4 &&
	test_login_role deployer "$WH_READER_PASSWORD-d" &&
	test_psql -d wh4 -c "GRANT CREATE ON DATABASE wh4 TO deployer" &&
	test_db_state wh4 >state4.before &&
	test_must_fail env PGPASSWORD="$WH_READER_PASSWORD-d" pgform apply -f state.yaml \
		-d "host=127.0.0.1 port=$PGPORT dbname=wh4 user=deployer" --today $TODAY >refused.out 2>refused.err &&
	test_line_count = 0 refused.out &&
	test_line_count = 1 refused.err &&
	grep -x "error: step [0-9]* (create user mapping pgform_tenant_a for CURRENT_USER) sends a password the server could write to its log, and only a superuser or a role granted SET on the logging parameters may turn statement logging off; apply as one, or run with --allow-secret-in-server-log" refused.err &&
	test_db_state wh4 >state4.after &&
	test_cmp state4.before state4.after &&
	test_psql -d wh4 -c "SELECT count(*) FROM pg_namespace WHERE nspname = '\''pgform'\''" >actual &&
	echo 0 >expect &&
	test_cmp expect actual &&
	test_must_fail env PGPASSWORD="$WH_READER_PASSWORD-d" pgform apply -f state.yaml --allow-secret-in-server-log \
		-d "host=127.0.0.1 port=$PGPORT dbname=wh4 user=deployer" --today $TODAY >allowed.out 2>allowed.err &&
	! grep -F "statement logging" allowed.err &&
	no_secrets refused.err allowed.out allowed.err
'

test_expect_success 'a password written in -d: a warning pointing to PGPASSWORD and ~/.pgpass, and the password shown nowhere' '
	test_must_fail pgform status -d "host=127.0.0.1 port=$PGPORT dbname=wh user=wh_admin password=$WH_ADMIN_PASSWORD" \
		>status.out 2>status.err &&
	grep -x "error: cannot look for schema pgform: permission denied for schema pgform" status.err &&
	head -n 1 status.err >first &&
	echo "warning: a password given in -d shows in the process list and in shell history; set PGPASSWORD or use a password file (~/.pgpass) instead" >expect &&
	test_cmp expect first &&
	no_secrets status.out status.err
'

test_done
