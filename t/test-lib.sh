#!/bin/bash
# test-lib.sh: the library every t/tNNNN-*.sh script sources (modelled on
# git's t/test-lib.sh).  A script looks like
#
#	#!/bin/bash
#	test_description='what this script covers'
#	. "$(dirname "$0")/test-lib.sh"
#
#	test_start_pg          # only if it needs a cluster; at top level
#
#	test_expect_success 'it does the thing' '
#		pgform thing >out 2>err &&
#		test_cmp expect out
#	'
#
#	test_done
#
# Scripts are run by `prove -j2 t/t*.sh` from the repository root with
# PGFORM_BUILD=/abs/path/to/build (default: $REPO/build).  Output is TAP.
#
# Environment knobs:
#   PGFORM_BUILD          build directory holding the pgform binary
#   PGFORM_TEST_KEEP=1    keep $TRASH even when every test passed
#   PGFORM_TEST_VERBOSE=1 (or -v) show the output of passing tests too
#   PGFORM_TEST_TRACE=1   (or -x) run test bodies under `set -x`
#   PGFORM_TEST_PG_BIN    PostgreSQL bin directory (/usr/lib/postgresql/15/bin)
#
# See the summary of functions in the comments below; the API is:
#   test_expect_success [PREREQ] DESC CODE,
#   test_expect_failure [PREREQ] DESC CODE, test_when_finished, test_done,
#   test_skip_all REASON,
#   test_cmp, test_must_fail, test_must_fail_code, test_line_count,
#   run_pgform, test_set_prereq, test_have_prereq, test_diag,
#   test_start_pg, test_stop_pg, test_psql, test_createdb,
#   test_pg_dump_schema, test_pg_pid, test_pid_alive.

# ---------------------------------------------------------------- setup

# Arguments of the test script itself.
for _arg in "$@"; do
	case "$_arg" in
	-v|--verbose) PGFORM_TEST_VERBOSE=1 ;;
	-x|--trace) PGFORM_TEST_TRACE=1 ;;
	-k|--keep) PGFORM_TEST_KEEP=1 ;;
	esac
done
unset _arg

# fd 3: TAP output (stdout of the script); fd 4: diagnostics.  Inside a test
# body both point into the body's captured log, so helpers can report even
# when the caller redirected stdout/stderr.
exec 3>&1 4>&2

LC_ALL=C
LANG=C
TZ=UTC
export LC_ALL LANG TZ
unset LANGUAGE PGFORM_TODAY
# Nothing from the caller's libpq environment leaks into the tests.
unset PGHOST PGHOSTADDR PGPORT PGUSER PGDATABASE PGPASSWORD PGPASSFILE \
	PGSERVICE PGSERVICEFILE PGOPTIONS PGAPPNAME PGSSLMODE PGTARGETSESSIONATTRS \
	PGCLIENTENCODING PGDATESTYLE PGTZ PGREQUIRESSL
# Nor a parent script's cluster (a test may run a child script).
unset TEST_PG_DATA TEST_PG_LOG TEST_PG_SOCKDIR
export PGCONNECT_TIMEOUT=10

_test_lib_path=$(readlink -f "${BASH_SOURCE[0]}")
REPO=$(cd "$(dirname "$_test_lib_path")/.." && pwd -P)
TEST_NAME=$(basename "$0" .sh)
TEST_DIRECTORY=$REPO/t
export REPO TEST_NAME TEST_DIRECTORY

_pgform_build=${PGFORM_BUILD:-$REPO/build}
case "$_pgform_build" in
/*) ;;
*) _pgform_build=$(pwd -P)/$_pgform_build ;;
esac
PGFORM_BUILD=$_pgform_build
PGFORM=$PGFORM_BUILD/pgform
export PGFORM PGFORM_BUILD
unset _pgform_build
# `pgform` in a test means the binary under test.
PATH=$PGFORM_BUILD:$PATH
export PATH

TRASH=$TEST_DIRECTORY/trash/$TEST_NAME
export TRASH
# state files in scratch directories are not in pgform's own repository
GIT_CEILING_DIRECTORIES=$REPO/t/trash
export GIT_CEILING_DIRECTORIES

test_count=0
test_failed=0
test_broken=0
test_fixed=0
_test_pg_base=
_test_done_called=
_test_when_finished_file=

# Print a diagnostic line ("# " prefixed) to the diagnostics stream.
test_diag () {
	printf '%s\n' "$@" | sed 's/^/# /' >&4
}

# Internal error in a test script: abort the whole script.
BUG () {
	echo "Bail out! BUG in $TEST_NAME: $*" >&3
	exit 1
}

# Remove a directory tree even if a previous run left read-only bits.
_test_rm_rf () {
	[ -e "$1" ] || return 0
	rm -rf "$1" 2>/dev/null && return 0
	chmod -R u+rwx "$1" 2>/dev/null
	rm -rf "$1"
}

# Per-script private scratch space for the harness itself (outside TRASH).
# Leftovers of scripts killed with SIGKILL are removed first.
for _d in "${TMPDIR:-/tmp}"/pgform-t.??????; do
	[ -f "$_d/.owner" ] || continue
	_owner=$(cat "$_d/.owner" 2>/dev/null)
	case "$_owner" in ''|*[!0-9]*) continue ;; esac
	kill -0 "$_owner" 2>/dev/null || rm -rf "$_d"
done
unset _d _owner
TEST_TMP=$(mktemp -d "${TMPDIR:-/tmp}/pgform-t.XXXXXX") ||
	{ echo "Bail out! cannot create a temporary directory" >&3; exit 1; }
echo $$ >"$TEST_TMP/.owner"
export TEST_TMP

_test_rm_rf "$TRASH" || { echo "Bail out! cannot remove $TRASH" >&3; exit 1; }
mkdir -p "$TRASH" || { echo "Bail out! cannot create $TRASH" >&3; exit 1; }
cd "$TRASH" || exit 1

if [ ! -x "$PGFORM" ]; then
	test_diag "warning: $PGFORM is not built (run make)"
fi

# ------------------------------------------------------------ sanitizers
#
# Under the ASan build a sanitizer finding makes pgform exit 99, which
# test_must_fail rejects; run_pgform/test_must_fail also scan stderr.
# (abort_on_error stays 0: with 1, ASan dies of SIGABRT instead of using
# exitcode=99.)

_test_asan_leaks=1
ASAN_OPTIONS=abort_on_error=0:detect_leaks=1:exitcode=99
UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1:exitcode=99
export ASAN_OPTIONS UBSAN_OPTIONS

_test_sanitizer_pattern='AddressSanitizer|LeakSanitizer|runtime error:'

if [ -x "$PGFORM" ] && grep -qa __asan_init "$PGFORM" 2>/dev/null; then
	# LeakSanitizer cannot run under some ptrace/seccomp setups; it then
	# reports a fatal error even for a leak-free run.  Probe once.
	_probe=$("$PGFORM" --version 2>&1 >/dev/null)
	case "$_probe" in
	*"LeakSanitizer has encountered a fatal error"*|*"LeakSanitizer does not work under ptrace"*)
		_test_asan_leaks=0
		ASAN_OPTIONS=abort_on_error=0:detect_leaks=0:exitcode=99
		test_diag "LeakSanitizer unusable here; running with detect_leaks=0"
		;;
	esac
	unset _probe
	_test_prereqs=" SANITIZE "
	[ "$_test_asan_leaks" = 1 ] && _test_prereqs=" SANITIZE LSAN "
else
	_test_prereqs=" "
fi

# ------------------------------------------------------------ prerequisites

# test_set_prereq NAME: declare that NAME holds (for 3-argument
# test_expect_success).  SANITIZE is set under the ASan build, LSAN when
# LeakSanitizer works there too, PG once test_start_pg succeeded.
test_set_prereq () {
	case "$_test_prereqs" in
	*" $1 "*) ;;
	*) _test_prereqs="$_test_prereqs$1 " ;;
	esac
}

# test_have_prereq A,B,!C: true when A and B are set and C is not.
test_have_prereq () {
	local p IFS=,
	for p in $1; do
		case "$p" in
		!*) case "$_test_prereqs" in *" ${p#!} "*) return 1 ;; esac ;;
		*) case "$_test_prereqs" in *" $p "*) ;; *) return 1 ;; esac ;;
		esac
	done
	return 0
}

# ------------------------------------------------------------ running tests

# test_expect_success [PREREQ] 'description' 'code'
#
# Runs CODE with `eval` in a subshell under `set -e`, in $TRASH, with stdin
# from /dev/null and its stdout+stderr captured; prints "ok N - description"
# or "not ok N - description" followed by the code and the captured output
# as "# " lines.  Being a subshell, variables and `cd` do not survive into
# the next test (files in $TRASH do).  Note `set -e` does not catch a
# failure on the left of && or || nor inside `! cmd`; use test_must_fail.
test_expect_success () {
	local prereq='' desc code rc
	if [ $# = 3 ]; then
		prereq=$1
		shift
	fi
	[ $# = 2 ] || BUG "test_expect_success needs 2 or 3 arguments, got $#"
	desc=$1
	code=$2
	test_count=$((test_count + 1))
	if [ -n "$prereq" ] && ! test_have_prereq "$prereq"; then
		echo "ok $test_count # skip $desc (missing $prereq)" >&3
		return 0
	fi
	_test_run "$code"
	rc=$?
	if [ $rc = 0 ]; then
		echo "ok $test_count - $desc" >&3
		if [ -n "$PGFORM_TEST_VERBOSE" ] && [ -s "$_test_out" ]; then
			sed 's/^/# /' "$_test_out" >&3
		fi
	else
		test_failed=$((test_failed + 1))
		echo "not ok $test_count - $desc" >&3
		{
			echo "# failed test $test_count of $TEST_NAME: $desc (exit $rc)"
			printf '%s\n' "$code" | sed -e '/^[[:space:]]*$/d' -e 's/^/#	/'
			if [ -s "$_test_out" ]; then
				echo "# output:"
				sed 's/^/#	/' "$_test_out"
			fi
		} >&4
	fi
	return 0
}

# test_expect_failure [PREREQ] 'description' 'code'
#
# A known breakage: CODE states what should hold but does not yet.  Run
# like test_expect_success; when CODE fails it prints
# "not ok N - description # TODO known breakage" (its output as "# " lines
# only in verbose mode) and the script does not fail; when CODE passes it
# prints "ok N - description # TODO known breakage vanished": change the
# test to test_expect_success.
test_expect_failure () {
	local prereq='' desc code rc
	if [ $# = 3 ]; then
		prereq=$1
		shift
	fi
	[ $# = 2 ] || BUG "test_expect_failure needs 2 or 3 arguments, got $#"
	desc=$1
	code=$2
	test_count=$((test_count + 1))
	if [ -n "$prereq" ] && ! test_have_prereq "$prereq"; then
		echo "ok $test_count # skip $desc (missing $prereq)" >&3
		return 0
	fi
	_test_run "$code"
	rc=$?
	if [ $rc = 0 ]; then
		test_fixed=$((test_fixed + 1))
		echo "ok $test_count - $desc # TODO known breakage vanished" >&3
	else
		test_broken=$((test_broken + 1))
		echo "not ok $test_count - $desc # TODO known breakage" >&3
	fi
	if [ -n "$PGFORM_TEST_VERBOSE" ] && [ -s "$_test_out" ]; then
		sed 's/^/# /' "$_test_out" >&3
	fi
	return 0
}

# _test_run CODE: run CODE as a test body (see test_expect_success), then
# its test_when_finished cleanup; its output is left in $_test_out.
# Returns the body's exit code (1 when only the cleanup failed).
_test_run () {
	local code=$1 rc
	_test_out=$TEST_TMP/out.$test_count
	_test_when_finished_file=$TEST_TMP/finish.$test_count
	rm -f "$_test_when_finished_file"
	cd "$TRASH" || BUG "cannot cd to $TRASH"
	# Not in an if/&&/|| context, or bash would ignore set -e inside.
	(
		if [ -n "$PGFORM_TEST_TRACE" ]; then set -x; fi
		set -e
		eval "$code"
	) </dev/null >"$_test_out" 2>&1 3>&1 4>&1
	rc=$?
	cd "$TRASH" || BUG "cannot cd to $TRASH"
	if [ -f "$_test_when_finished_file" ]; then
		(
			if [ -n "$PGFORM_TEST_TRACE" ]; then set -x; fi
			set -e
			. "$_test_when_finished_file"
		) </dev/null >>"$_test_out" 2>&1 3>&1 4>&1
		if [ $? != 0 ] && [ $rc = 0 ]; then
			echo "error: test_when_finished cleanup failed" >>"$_test_out"
			rc=1
		fi
		rm -f "$_test_when_finished_file"
		cd "$TRASH" || BUG "cannot cd to $TRASH"
	fi
	_test_when_finished_file=
	return $rc
}

# test_when_finished CODE...: inside a test body, run CODE (the words
# joined, then eval'ed in $TRASH under set -e) after the body ends, pass or
# fail; the last registered runs last.  A failing cleanup fails the test.
test_when_finished () {
	[ -n "$_test_when_finished_file" ] ||
		BUG "test_when_finished outside test_expect_success"
	printf '%s\n' "$*" >>"$_test_when_finished_file"
}

# test_done: print the plan, clean up, exit 0 when every test passed
# (known breakages, vanished or not, do not count as failures).
test_done () {
	_test_done_called=1
	if [ "$test_fixed" != 0 ]; then
		echo "# $test_fixed known breakage(s) vanished; please update test(s)" >&3
	fi
	if [ "$test_broken" != 0 ]; then
		echo "# still have $test_broken known breakage(s)" >&3
	fi
	echo "1..$test_count" >&3
	cd "$TEST_DIRECTORY" || cd /
	if [ "$test_failed" = 0 ]; then
		if [ -z "$PGFORM_TEST_KEEP" ] || [ "$PGFORM_TEST_KEEP" = 0 ]; then
			_test_rm_rf "$TRASH"
			rmdir "$TEST_DIRECTORY/trash" 2>/dev/null
		fi
		exit 0
	fi
	test_diag "failed $test_failed of $test_count tests; trash kept in $TRASH"
	exit 1
}

# test_skip_all 'reason': skip the whole script (may follow no tests).
test_skip_all () {
	[ "$test_count" = 0 ] || BUG "test_skip_all after $test_count tests"
	echo "1..0 # SKIP $*" >&3
	_test_done_called=1
	cd "$TEST_DIRECTORY" || cd /
	_test_rm_rf "$TRASH"
	rmdir "$TEST_DIRECTORY/trash" 2>/dev/null
	exit 0
}

# ------------------------------------------------------------ assertions

# test_cmp expected actual: diff -u; prints the diff and returns 1 when
# they differ (or one is missing).
test_cmp () {
	[ $# = 2 ] || BUG "test_cmp needs 2 arguments"
	diff -u -- "$1" "$2" >&4 2>&1 || return 1
}

# test_line_count OP N FILE: e.g. test_line_count = 3 out.
test_line_count () {
	[ $# = 3 ] || BUG "test_line_count needs 3 arguments"
	local n
	n=$(wc -l <"$3") || return 1
	if ! test "$n" "$1" "$2"; then
		echo "test_line_count: line count of $3 is $n, expected $1 $2" >&4
		sed 's/^/	/' "$3" >&4
		return 1
	fi
}

# Run "$@" with stderr through a file so it can be scanned for sanitizer
# reports; stderr still reaches the caller's stderr.  Sets _test_rc.
# Returns 1 (after a diagnostic) on a sanitizer report or a signal.
_test_run_checked () {
	local errf="$TEST_TMP/stderr.$BASHPID.$RANDOM"
	"$@" 2>"$errf"
	_test_rc=$?
	cat "$errf" >&2
	if grep -Eq "$_test_sanitizer_pattern" "$errf"; then
		echo "error: sanitizer report from: $*" >&4
		grep -E "$_test_sanitizer_pattern" "$errf" | sed 's/^/	/' >&4
		rm -f "$errf"
		return 1
	fi
	rm -f "$errf"
	if [ "$_test_rc" -gt 128 ]; then
		echo "error: died of signal $((_test_rc - 128)) (exit $_test_rc): $*" >&4
		return 1
	fi
	return 0
}

# test_must_fail_code N cmd...: succeeds only when cmd exits with exactly N
# (N=99 is what a sanitizer finding gives; do not use it).
test_must_fail_code () {
	local want=$1
	shift
	[ $# -gt 0 ] || BUG "test_must_fail_code needs a command"
	if ! _test_run_checked "$@" && [ "$_test_rc" -le 128 ]; then
		return 1        # sanitizer report
	fi
	if [ "$_test_rc" != "$want" ]; then
		echo "error: expected exit $want, got $_test_rc: $*" >&4
		if [ "$_test_rc" = 99 ]; then
			echo "(99 is a sanitizer finding)" >&4
		fi
		return 1
	fi
	return 0
}

# test_must_fail cmd...: succeeds only when cmd exits with exactly 1.
test_must_fail () {
	test_must_fail_code 1 "$@"
}

# run_pgform ARGS...: run the pgform under test; returns its exit code, or
# 99 when it printed a sanitizer report, or the signal status (>128).
run_pgform () {
	if _test_run_checked "$PGFORM" "$@"; then
		return "$_test_rc"
	fi
	[ "$_test_rc" -gt 128 ] && return "$_test_rc"
	return 99
}

# ------------------------------------------------------------ PostgreSQL

TEST_PG_BIN=${PGFORM_TEST_PG_BIN:-/usr/lib/postgresql/15/bin}

# Run a PostgreSQL server program as the cluster owner.
_test_pg_as_owner () {
	if [ "$(id -u)" = 0 ]; then
		runuser -u postgres -- "$@"
	else
		"$@"
	fi
}

# Stop clusters of earlier runs whose harness process is gone (killed with
# SIGKILL, say).  Only directories carrying our owner marker are touched.
_test_pg_reap_stale () {
	local d owner pid
	for d in /tmp/pgform-??????; do
		[ -f "$d/.pgform-test-owner" ] || continue
		owner=$(cat "$d/.pgform-test-owner" 2>/dev/null)
		case "$owner" in ''|*[!0-9]*) continue ;; esac
		test_pid_alive "$owner" && continue
		if [ -f "$d/data/postmaster.pid" ]; then
			_test_pg_as_owner "$TEST_PG_BIN/pg_ctl" -D "$d/data" \
				stop -m immediate -w -t 20 >/dev/null 2>&1 </dev/null 3>&- 4>&-
			pid=$(head -n 1 "$d/data/postmaster.pid" 2>/dev/null)
			_test_is_postgres "$pid" && kill -9 "$pid" 2>/dev/null
		fi
		_test_rm_rf "$d"
	done
}

# Is anything listening on 127.0.0.1:PORT?
_test_port_busy () {
	(: <"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

# test_start_pg: initdb and start a private PostgreSQL 15 cluster; exports
# PGHOST (its socket directory), PGPORT, PGUSER, PGDATABASE=postgres,
# TEST_PG_DATA, TEST_PG_BIN, TEST_PG_LOG, TEST_PG_SOCKDIR, and sets the
# PG prerequisite.  Call it at the top level of the script (not inside
# test_expect_success).  Skips the script when PostgreSQL 15 or pg_cron is
# not installed; bails out when the cluster cannot start.  The cluster is
# stopped and removed when the script exits, however it exits.
test_start_pg () {
	local base data sock log port attempt owner_user su pkglib
	[ "${BASH_SUBSHELL:-0}" = 0 ] ||
		BUG "test_start_pg must run at the top level of the script, not in a test"
	[ -z "$_test_pg_base" ] && [ -z "$TEST_PG_DATA" ] || BUG "test_start_pg called twice"

	[ -x "$TEST_PG_BIN/initdb" ] && [ -x "$TEST_PG_BIN/pg_ctl" ] ||
		test_skip_all "PostgreSQL 15 server not installed ($TEST_PG_BIN)"
	pkglib=$("$TEST_PG_BIN/pg_config" --pkglibdir 2>/dev/null || echo /usr/lib/postgresql/15/lib)
	[ -f "$pkglib/pg_cron.so" ] ||
		test_skip_all "pg_cron for PostgreSQL 15 not installed ($pkglib)"
	if [ "$(id -u)" = 0 ]; then
		id -u postgres >/dev/null 2>&1 ||
			test_skip_all "running as root but there is no postgres user"
		command -v runuser >/dev/null 2>&1 ||
			test_skip_all "running as root but runuser is missing"
		owner_user=postgres
	else
		owner_user=$(id -un)
	fi
	su=$owner_user

	_test_pg_reap_stale

	base=$(mktemp -d /tmp/pgform-XXXXXX) ||
		{ echo "Bail out! cannot create a cluster directory in /tmp" >&3; exit 1; }
	_test_pg_base=$base
	echo $$ >"$base/.pgform-test-owner"
	chmod 755 "$base"
	data=$base/data
	sock=$base/sock
	log=$data/postgresql.log
	mkdir -m 700 "$data" && mkdir -m 755 "$sock" || BUG "mkdir in $base"
	if [ "$owner_user" = postgres ] && [ "$(id -u)" = 0 ]; then
		chown postgres: "$data" "$sock" || BUG "chown $base"
	fi

	if ! _test_pg_as_owner "$TEST_PG_BIN/initdb" -D "$data" -U "$su" \
		--auth-local=trust --auth-host=scram-sha-256 \
		-E UTF8 --locale=C --no-sync \
		>"$base/initdb.out" 2>&1 </dev/null 3>&- 4>&-; then
		test_diag "initdb failed:"
		sed 's/^/	/' "$base/initdb.out" | test_diag_stdin
		echo "Bail out! initdb failed" >&3
		exit 1
	fi

	_test_pg_as_owner tee "$data/pg_hba.conf" >/dev/null <<-EOF
	# written by t/test-lib.sh
	local   all  all                 trust
	host    all  all  127.0.0.1/32   scram-sha-256
	EOF

	TEST_PG_DATA=$data
	TEST_PG_LOG=$log
	TEST_PG_SOCKDIR=$sock
	export TEST_PG_DATA TEST_PG_BIN TEST_PG_LOG TEST_PG_SOCKDIR

	for attempt in 0 1 2 3 4 5 6 7 8 9; do
		port=$((20000 + ($$ * 7 + attempt * 613 + RANDOM % 50) % 12000))
		if _test_port_busy "$port"; then
			continue
		fi
		_test_pg_as_owner tee "$data/postgresql.auto.conf" >/dev/null <<-EOF
		# written by t/test-lib.sh
		port = $port
		listen_addresses = '127.0.0.1'
		unix_socket_directories = '$sock'
		shared_preload_libraries = 'pg_cron'
		cron.database_name = 'postgres'
		cron.host = '$sock'
		fsync = off
		synchronous_commit = off
		full_page_writes = off
		shared_buffers = 16MB
		max_connections = 50
		logging_collector = off
		timezone = 'UTC'
		log_timezone = 'UTC'
		lc_messages = 'C'
		EOF
		if _test_pg_as_owner "$TEST_PG_BIN/pg_ctl" -D "$data" -l "$log" \
			-w -t 60 start >"$base/pg_ctl.out" 2>&1 </dev/null 3>&- 4>&-; then
			PGHOST=$sock
			PGPORT=$port
			PGUSER=$su
			PGDATABASE=postgres
			export PGHOST PGPORT PGUSER PGDATABASE
			PATH=$PGFORM_BUILD:$TEST_PG_BIN:${PATH#"$PGFORM_BUILD:"}
			export PATH
			test_set_prereq PG
			return 0
		fi
		# Lost a race for the port?  Try another one.
		if grep -qE 'could not bind|Address already in use|could not create any TCP/IP sockets' \
			"$log" 2>/dev/null; then
			_test_pg_as_owner "$TEST_PG_BIN/pg_ctl" -D "$data" stop -m immediate \
				>/dev/null 2>&1 </dev/null 3>&- 4>&-
			_test_pg_as_owner truncate -s 0 "$log" 2>/dev/null
			continue
		fi
		break
	done
	test_diag "PostgreSQL failed to start (port $port):"
	cat "$base/pg_ctl.out" "$log" 2>/dev/null | sed 's/^/	/' | test_diag_stdin
	echo "Bail out! cannot start PostgreSQL" >&3
	exit 1
}

# Diagnostics from stdin ("# " prefixed).
test_diag_stdin () {
	sed 's/^/# /' >&4
}

# test_pid_alive PID: true while PID runs (a zombie counts as gone).
test_pid_alive () {
	local stat
	kill -0 "$1" 2>/dev/null || return 1
	stat=$(cat "/proc/$1/stat" 2>/dev/null) || return 1
	stat=${stat##*) }
	[ "${stat%% *}" != Z ]
}

# Is PID a live postgres process (not some process that reused the pid)?
_test_is_postgres () {
	case "$1" in ''|*[!0-9]*) return 1 ;; esac
	test_pid_alive "$1" &&
	[ "$(cat "/proc/$1/comm" 2>/dev/null)" = postgres ]
}

# test_pg_pid: the postmaster's pid.
test_pg_pid () {
	[ -n "$TEST_PG_DATA" ] || return 1
	head -n 1 "$TEST_PG_DATA/postmaster.pid"
}

# test_stop_pg: stop and remove the cluster (done automatically at exit).
test_stop_pg () {
	local base=$_test_pg_base pid
	[ -n "$base" ] || return 0
	[ "${BASH_SUBSHELL:-0}" = 0 ] || BUG "test_stop_pg must run at the top level"
	if [ -f "$base/data/postmaster.pid" ]; then
		pid=$(head -n 1 "$base/data/postmaster.pid" 2>/dev/null)
		_test_pg_as_owner "$TEST_PG_BIN/pg_ctl" -D "$base/data" \
			stop -m immediate -w -t 30 >/dev/null 2>&1 </dev/null 3>&- 4>&-
		_test_is_postgres "$pid" && kill -9 "$pid" 2>/dev/null
	fi
	_test_rm_rf "$base"
	_test_pg_base=
	unset TEST_PG_DATA TEST_PG_LOG TEST_PG_SOCKDIR PGHOST PGPORT PGUSER PGDATABASE
}

# test_psql [psql args...]: psql -X -q -v ON_ERROR_STOP=1 -At.
test_psql () {
	"$TEST_PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 -At "$@"
}

# test_createdb NAME [createdb args...]
test_createdb () {
	"$TEST_PG_BIN/createdb" "$@"
}

# test_pg_dump_schema [pg_dump args...]: schema-only dump of $PGDATABASE
# without the pgform schema, to stdout.  The version banner and the
# per-run random \restrict/\unrestrict lines are removed so the output can
# be compared with test_cmp.
test_pg_dump_schema () {
	local dump=$TEST_TMP/dump.$BASHPID.$RANDOM rc
	"$TEST_PG_BIN/pg_dump" --schema-only --exclude-schema=pgform "$@" >"$dump"
	rc=$?
	if [ $rc = 0 ]; then
		sed -e '/^-- Dumped from database version/d' \
		    -e '/^-- Dumped by pg_dump version/d' \
		    -e '/^\\restrict /d' -e '/^\\unrestrict /d' "$dump"
	fi
	rm -f "$dump"
	return $rc
}

# ------------------------------------------------------------ exit

_test_cleanup () {
	local rc=$?
	trap - EXIT
	test_stop_pg
	_test_rm_rf "$TEST_TMP"
	if [ -z "$_test_done_called" ] && [ "$rc" = 0 ]; then
		echo "# $TEST_NAME exited without test_done" >&4
		rc=1
	fi
	exit "$rc"
}
trap _test_cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
trap 'exit 129' HUP
