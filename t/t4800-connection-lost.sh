#!/bin/bash
test_description='the connection lost in the middle of an apply (its backend terminated, the server stopped): apply says the step in flight has an unknown outcome and the apply is interrupted, undoes nothing, exits 1; status says interrupted; the next apply finishes it, or rollback undoes it'
. "$(dirname "$0")/test-lib.sh"

test_start_pg

NOCHANGE="No changes. The database matches the desired state."

# Step 2 creates a materialized view that reads for 2 minutes when the
# session says pgform_test.slow=on (PGOPTIONS), at once otherwise: the
# test stops it in the middle.
cat >state.yaml <<-\EOF
pgform: 1
schemas:
  app: {}
materialized_views:
  app.slow:
    query: SELECT 1 AS x FROM pg_sleep(CASE WHEN current_setting('pgform_test.slow', true) = 'on' THEN 120 ELSE 0 END)
views:
  app.after:
    query: SELECT x FROM app.slow
EOF

# slow_backend DB [PATTERN]: the pid of the backend running a query LIKE
# PATTERN (default: step 2); waits at most 60 s.
slow_backend () {
	local i pid like=${2:-CREATE MATERIALIZED VIEW app.slow%}
	for i in $(seq 600); do
		pid=$(test_psql -d "$1" -c "SELECT pid FROM pg_stat_activity WHERE datname = current_database()
			AND state = 'active' AND pid <> pg_backend_pid() AND query LIKE '$like'")
		if [ -n "$pid" ]; then
			echo "$pid"
			return 0
		fi
		sleep 0.1
	done
	echo "error: step 2 never ran in $1" >&4
	return 1
}

# slow_apply DB [ARGS...]: start the apply of $STATE (default state.yaml)
# with the slow step in the background (its pid in $bg); its stdout,
# stderr and exit code go to out, err and rc.
slow_apply () {
	local db=$1
	shift
	(
		PGOPTIONS="-c pgform_test.slow=on" run_pgform apply -f "${STATE:-state.yaml}" -d "dbname=$db" "$@" >out 2>err
		echo $? >rc
	) &
	bg=$!
}

# status_rows DB: apply, status and steps columns of `pgform status`.
status_rows () {
	pgform status -d "dbname=$1" >status.out &&
	awk '/^apply / { t = 1; next } t && /^$/ { exit } t { print $1, $2, substr($0, 73, 11) }' status.out |
		sed "s/  */ /g"
}

# interrupted_err APPLY: what apply APPLY says when its backend is gone during step 2.
interrupted_err () {
	cat <<-EOF
	error: step 2 (create materialized view app.slow): $REASON
	apply $1 interrupted: the connection to the server was lost during step 2, whose outcome is unknown; nothing was undone; run \`pgform apply\` again to finish, or \`pgform rollback $1\`
	EOF
}
REASON="terminating connection due to administrator command"

test_expect_success 'the backend of the apply terminated during step 2: interrupted, nothing undone, exit 1' '
	test_createdb t1 &&
	slow_apply t1 &&
	pid=$(slow_backend t1) &&
	test_psql -c "SELECT pg_terminate_backend($pid)" >/dev/null &&
	wait $bg &&
	echo 1 >expect &&
	test_cmp expect rc &&
	test_line_count = 0 out &&
	interrupted_err 1 >expect &&
	test_cmp expect err &&
	test_psql -d t1 -c "SELECT nspname FROM pg_namespace WHERE nspname = '\''app'\''" >app &&
	echo app >expect &&
	test_cmp expect app
'

test_expect_success 'pgform status says interrupted (its row says running, its backend is gone)' '
	test_psql -d t1 -c "SELECT status FROM pgform.applies" >row &&
	echo running >expect &&
	test_cmp expect row &&
	status_rows t1 >actual &&
	echo "1 interrupted 1/3" >expect &&
	test_cmp expect actual &&
	sed -n "/^unfinished steps of apply 1:\$/,/^\$/p" status.out >unfinished &&
	cat >expect <<-\EOF &&
	unfinished steps of apply 1:
	     2 running  create materialized_view app.slow
	     3 pending  create view app.after

	EOF
	test_cmp expect unfinished &&
	! grep ": \$" status.out
'

test_expect_success 'the next apply finishes it; the plan is then empty' '
	pgform apply -f state.yaml -d dbname=t1 >out 2>err &&
	grep -x "apply 1 was interrupted; finishing it" err &&
	grep -x "apply 2: 2 steps done in [0-9.]* s" err &&
	test_line_count = 2 err &&
	pgform plan -f state.yaml -d dbname=t1 >out &&
	echo "$NOCHANGE" >expect &&
	test_cmp expect out &&
	status_rows t1 >actual &&
	printf "%s\n" "1 interrupted 1/3" "2 done 2/2" >expect &&
	test_cmp expect actual
'

test_expect_success 'with -j 2: the same, whichever connection ran step 2' '
	test_createdb t2 &&
	slow_apply t2 -j 2 &&
	pid=$(slow_backend t2) &&
	test_psql -c "SELECT pg_terminate_backend($pid)" >/dev/null &&
	wait $bg &&
	echo 1 >expect &&
	test_cmp expect rc &&
	interrupted_err 1 >expect &&
	test_cmp expect err &&
	status_rows t2 >actual &&
	echo "1 interrupted 1/3" >expect &&
	test_cmp expect actual &&
	pgform apply -f state.yaml -d dbname=t2 -j 2 >out 2>err &&
	grep -x "apply 1 was interrupted; finishing it" err &&
	grep -x "apply 2: 2 steps done in [0-9.]* s" err &&
	pgform plan -f state.yaml -d dbname=t2 >out &&
	echo "$NOCHANGE" >expect &&
	test_cmp expect out
'

test_expect_success 'an interrupted apply can be rolled back instead, as its message says' '
	test_createdb t3 &&
	test_pg_dump_schema -d t3 >before.dump &&
	slow_apply t3 &&
	pid=$(slow_backend t3) &&
	test_psql -c "SELECT pg_terminate_backend($pid)" >/dev/null &&
	wait $bg &&
	interrupted_err 1 >expect &&
	test_cmp expect err &&
	test_must_fail pgform rollback 1 -d dbname=t3 >out 2>err &&
	echo "error: rolling back apply 1 drops schema app, which holds data; run with --allow-destroy" >expect &&
	test_cmp expect err &&
	pgform rollback 1 -d dbname=t3 --allow-destroy >out 2>err &&
	echo "apply 1 rolled back: 1 steps undone" >expect &&
	test_cmp expect err &&
	test_pg_dump_schema -d t3 >after.dump &&
	test_cmp before.dump after.dump &&
	status_rows t3 >actual &&
	echo "1 rolled_back 0/3" >expect &&
	test_cmp expect actual
'

test_expect_success 'the backend terminated during a check before the steps: interrupted, no step in flight' '
	{ cat state.yaml && cat <<-\EOF; } >state-check.yaml &&
	checks:
	  - name: slow
	    sql: SELECT count(*) = 1 FROM pg_sleep(CASE WHEN current_setting('"'"'pgform_test.slow'"'"', true) = '"'"'on'"'"' THEN 120 ELSE 0 END)
	EOF
	test_createdb t5 &&
	STATE=state-check.yaml slow_apply t5 &&
	pid=$(slow_backend t5 "%FROM pg_sleep%") &&
	test_psql -c "SELECT pg_terminate_backend($pid)" >/dev/null &&
	wait $bg &&
	echo 1 >expect &&
	test_cmp expect rc &&
	test_line_count = 0 out &&
	cat >expect <<-\EOF &&
	error: cannot run check '"'"'slow'"'"' before apply: terminating connection due to administrator command
	apply 1 interrupted: the connection to the server was lost; nothing was undone; run `pgform apply` again to finish, or `pgform rollback 1`
	EOF
	test_cmp expect err &&
	status_rows t5 >actual &&
	echo "1 interrupted 0/3" >expect &&
	test_cmp expect actual &&
	pgform apply -f state-check.yaml -d dbname=t5 >out 2>err &&
	grep -x "apply 1 was interrupted; finishing it" err &&
	grep -x "apply 2: 3 steps done in [0-9.]* s" err &&
	pgform plan -f state-check.yaml -d dbname=t5 >out &&
	echo "$NOCHANGE" >expect &&
	test_cmp expect out
'

# The server itself goes away (pg_ctl stop -m immediate) during step 2,
# a second after step 1 committed (the test cluster runs with
# synchronous_commit off: a commit is on disk within 0.6 s), then starts
# again (the next apply id may then jump: a sequence is logged ahead of
# its values).  Last: it restarts the cluster.
as_owner=
[ "$(id -u)" = 0 ] && as_owner="runuser -u postgres --"

test_expect_success 'the server stopped during step 2: interrupted, nothing undone, exit 1' '
	test_createdb t4 &&
	slow_apply t4 &&
	slow_backend t4 >/dev/null &&
	sleep 1 &&
	$as_owner "$TEST_PG_BIN/pg_ctl" -D "$TEST_PG_DATA" stop -m immediate -w -t 60 >stop.out 2>&1 </dev/null &&
	wait $bg &&
	$as_owner "$TEST_PG_BIN/pg_ctl" -D "$TEST_PG_DATA" -l "$TEST_PG_LOG" start -w -t 60 >start.out 2>&1 </dev/null &&
	echo 1 >expect &&
	test_cmp expect rc &&
	test_line_count = 0 out &&
	REASON="server closed the connection unexpectedly" interrupted_err 1 >expect &&
	test_cmp expect err
'

test_expect_success 'after the restart: status says interrupted, the next apply finishes it' '
	status_rows t4 >actual &&
	echo "1 interrupted 1/3" >expect &&
	test_cmp expect actual &&
	pgform apply -f state.yaml -d dbname=t4 >out 2>err &&
	grep -x "apply 1 was interrupted; finishing it" err &&
	grep -x "apply [0-9]*: 2 steps done in [0-9.]* s" err &&
	pgform plan -f state.yaml -d dbname=t4 >out &&
	echo "$NOCHANGE" >expect &&
	test_cmp expect out
'

test_done
