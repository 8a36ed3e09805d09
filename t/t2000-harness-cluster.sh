#!/bin/bash
test_description='the throwaway PostgreSQL 15 cluster of test-lib.sh'
. "$(dirname "$0")/test-lib.sh"

test_start_pg

test_expect_success 'environment points at the private cluster' '
	test -n "$PGHOST" && test -d "$PGHOST" && test "$PGHOST" = "$TEST_PG_SOCKDIR" &&
	case "$PGHOST" in /tmp/pgform-*) ;; *) exit 1 ;; esac &&
	test -S "$PGHOST/.s.PGSQL.$PGPORT" &&
	test "$PGDATABASE" = postgres &&
	test -f "$TEST_PG_DATA/PG_VERSION" &&
	test -x "$TEST_PG_BIN/postgres" &&
	test -s "$TEST_PG_LOG" &&
	test "$(test_psql -c "select current_user")" = "$PGUSER" &&
	test "$(test_psql -c "show port")" = "$PGPORT"
'

test_expect_success 'server is PostgreSQL 15' '
	v=$(test_psql -c "show server_version_num") &&
	case "$v" in 15????) ;; *) echo "server_version_num $v" && exit 1 ;; esac
'

test_expect_success 'settings: fsync off, max_connections, UTC, listens on 127.0.0.1' '
	test "$(test_psql -c "show fsync")" = off &&
	test "$(test_psql -c "show max_connections")" = 50 &&
	test "$(test_psql -c "show timezone")" = UTC &&
	test "$(test_psql -c "show listen_addresses")" = 127.0.0.1
'

test_expect_success 'pg_cron is preloaded and CREATE EXTENSION works in postgres' '
	test_psql -c "show shared_preload_libraries" >out &&
	grep -qw pg_cron out &&
	test "$(test_psql -c "show cron.database_name")" = postgres &&
	test_psql -c "create extension pg_cron" &&
	test_psql -c "select extversion from pg_extension where extname = '\''pg_cron'\''" >out &&
	test_line_count = 1 out
'

test_expect_success 'dblink to another database over the unix socket' '
	test_createdb src &&
	test_psql -c "create extension dblink" &&
	test_psql -c "select x from dblink('\''dbname=src host=$PGHOST port=$PGPORT'\'', '\''select 42'\'') as t(x int)" >out &&
	echo 42 >expect &&
	test_cmp expect out
'

test_expect_success 'TCP on 127.0.0.1 needs a password (scram-sha-256)' '
	test_psql -c "create role tenant login password '\''s3cret'\''" &&
	test "$(PGPASSWORD=s3cret test_psql -h 127.0.0.1 -U tenant -c "select current_user")" = tenant &&
	test_must_fail_code 2 test_psql -w -h 127.0.0.1 -U tenant -c "select 1" 2>err &&
	grep -q "password" err &&
	test_psql -c "select x from dblink('\''dbname=src host=127.0.0.1 port=$PGPORT user=tenant password=s3cret'\'', '\''select 7'\'') as t(x int)" >out &&
	echo 7 >expect &&
	test_cmp expect out
'

test_expect_success 'the server does not run as root' '
	pid=$(test_pg_pid) &&
	kill -0 "$pid" &&
	user=$(ps -o user= -p "$pid") &&
	test -n "$user" &&
	test "$user" != root
'

test_expect_success 'test_pg_dump_schema leaves out the pgform schema and is stable' '
	test_psql -c "create schema pgform; create table pgform.applies (id int)" &&
	test_psql -c "create schema mart; create table mart.t (id int primary key)" &&
	test_pg_dump_schema >dump1 &&
	test_pg_dump_schema >dump2 &&
	test_cmp dump1 dump2 &&
	grep -q "CREATE TABLE mart.t" dump1 &&
	! grep -q "pgform" dump1 &&
	! grep -q "^-- Dumped" dump1
'

# A child script that starts a cluster and then ends: the cluster must be
# gone afterwards, both after test_done and when the script is killed.
write_child () {
	cat >"$1" <<-EOF
	#!/bin/bash
	. "$TEST_DIRECTORY/test-lib.sh"
	test_start_pg
	echo "\$TEST_PG_DATA" >"$TRASH/$2.data"
	test_pg_pid >"$TRASH/$2.pid"
	echo "\$PGHOST" >"$TRASH/$2.sock"
	$3
	EOF
}

test_expect_success 'the cluster is stopped and removed when a script ends' '
	child=$TEST_TMP/$TEST_NAME-child1.sh &&
	write_child "$child" child1 "test_done" &&
	bash "$child" >child1.out 2>&1 &&
	grep -q "^1..0\$" child1.out &&
	pid=$(cat child1.pid) && test -n "$pid" &&
	data=$(cat child1.data) && test -n "$data" &&
	sock=$(cat child1.sock) && test -n "$sock" &&
	! test_pid_alive "$pid" &&
	test ! -e "$data" &&
	test ! -e "$sock" &&
	test ! -e "$TEST_DIRECTORY/trash/$TEST_NAME-child1"
'

test_expect_success 'the cluster is stopped when a script is killed (TERM)' '
	child=$TEST_TMP/$TEST_NAME-child2.sh &&
	write_child "$child" child2 "kill -TERM \$\$; sleep 30; test_done" &&
	test_must_fail_code 143 bash "$child" >child2.out 2>&1 &&
	pid=$(cat child2.pid) && test -n "$pid" &&
	data=$(cat child2.data) && test -n "$data" &&
	! test_pid_alive "$pid" &&
	test ! -e "$data" &&
	rm -rf "$TEST_DIRECTORY/trash/$TEST_NAME-child2"
'

test_expect_success 'a failing test still stops the cluster' '
	child=$TEST_TMP/$TEST_NAME-child3.sh &&
	write_child "$child" child3 "test_expect_success failing false; test_done" &&
	test_must_fail bash "$child" >child3.out 2>&1 &&
	grep -q "^not ok 1 - failing" child3.out &&
	pid=$(cat child3.pid) && data=$(cat child3.data) &&
	! test_pid_alive "$pid" &&
	test ! -e "$data" &&
	test -d "$TEST_DIRECTORY/trash/$TEST_NAME-child3" &&
	rm -rf "$TEST_DIRECTORY/trash/$TEST_NAME-child3"
'

test_expect_success 'test_expect_failure: a known breakage does not fail the script, a vanished one is reported' '
	child=$TEST_TMP/$TEST_NAME-child4.sh &&
	cat >"$child" <<-EOF &&
	#!/bin/bash
	. "$TEST_DIRECTORY/test-lib.sh"
	test_expect_failure broken false
	test_expect_failure fixed true
	test_expect_success fine true
	test_done
	EOF
	bash "$child" >child4.out 2>child4.err &&
	cat >expect <<-\EOF &&
	not ok 1 - broken # TODO known breakage
	ok 2 - fixed # TODO known breakage vanished
	ok 3 - fine
	# 1 known breakage(s) vanished; please update test(s)
	# still have 1 known breakage(s)
	1..3
	EOF
	test_cmp expect child4.out &&
	test ! -e "$TEST_DIRECTORY/trash/$TEST_NAME-child4"
'

test_expect_success 'our own cluster is still up' '
	test "$(test_psql -c "select 1")" = 1
'

test_done
