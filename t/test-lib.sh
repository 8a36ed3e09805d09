#!/bin/bash
# test-lib.sh: the one library every t/tNNNN-*.sh script sources (modelled
# on git's t/test-lib.sh).  A script looks like
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
# The API, by section of this file (each function is described in full
# where it is defined).  Every helper that talks to the cluster works at
# the top level and inside test_expect_success bodies alike, once
# test_start_pg ran at the top level.
#
# Running tests:
#   test_expect_success [PREREQ] DESC CODE   one test: ok / not ok N
#   test_expect_failure [PREREQ] DESC CODE   a known breakage (TAP TODO)
#   test_when_finished CODE       cleanup after the current test
#   test_done                     the plan line; exit status of the script
#   test_skip_all REASON          skip the whole script
#   test_set_prereq NAME          declare a prerequisite (SANITIZE, LSAN, PG)
#   test_have_prereq A,!B         test prerequisites
#   test_diag LINE..., test_diag_stdin   "# " diagnostics
#   BUG MSG                       abort the script: an error in the script
# Assertions:
#   test_cmp EXPECT ACTUAL        diff -u
#   test_line_count OP N FILE     e.g. test_line_count = 3 out
#   test_must_fail CMD...         CMD exits 1 (not a crash, not a sanitizer)
#   test_must_fail_code N CMD...  CMD exits N
#   run_pgform ARGS...            pgform, sanitizer reports turned into 99
#   test_no_secret WORD [-r] FILE...   no FILE holds WORD
# Processes:
#   test_pid_alive PID            PID runs (a zombie does not)
#   test_wait_pid PID [SECONDS]   wait until PID is gone
# PostgreSQL (the private cluster):
#   test_start_pg, test_stop_pg   start it (top level), stop it
#   test_pg_pid                   the postmaster's pid
#   test_psql [ARGS...]           psql -X -q -v ON_ERROR_STOP=1 -At
#   test_createdb NAME [ARGS...]  createdb
#   test_install_testext          t/ext/pgform_testext* into the server's extensions
#   test_login_role NAME PASSWORD a login role, its password not logged
#   test_pg_dump_schema [ARGS...] schema dump without schema pgform
#   test_db_state DB              all a no-op must not change, for test_cmp
#   test_wait_for DB SQL [SECONDS]   wait until SQL returns t
#   test_wait_idle DB             wait until no other session is in DB
# pgform against the cluster ($NOCHANGE: what a plan with nothing to do says):
#   test_plan STATE DB TODAY [ARGS...]    pgform plan -f STATE -d dbname=DB
#   test_apply STATE DB TODAY [ARGS...]   pgform apply, the same way
#   test_plan_empty STATE DB TODAY [ARGS...]   the plan has nothing to do
#   test_plan_steps PLAN.json     id|action|kind|target of each step
#   test_run_plan_sql DB [ARGS...]   run a plan's SQL script with psql
#   test_applies DB               the applies recorded: id|status|nsteps
#   test_apply_steps DB [APPLY]   the steps recorded for an apply
#   test_apply_status DB [APPLY]  the status `pgform status` gives an apply
#   test_temporaries DB           relations an apply left behind
# The small warehouse (wh_: the fixture of the plan and apply tests):
#   wh_sources [--ten-a-day] [DB...]   role src_reader, source databases
#   wh_state FILE [KEY:DB:FROM:UNTIL[:CLIENT]]...   the desired state
#   wh_data DB                    every row of its public view
#   wh_check_rows DB KEY:DB:FROM:UNTIL...   its rows equal the sources'
#   wh_snapshot DB NAME           schema and data into NAME.dump, NAME.data
# The food-log warehouse (scn_: the fixture of the lifecycle scenarios):
#   scn_sources DB:FROM:UNTIL:PER_DAY...   role scn_reader, source databases
#   scn_state DIR [KEY:DB:FROM[:UNTIL[:ENABLED]]]...   the desired state
#   scn_tenant DIR KEY DB FROM [UNTIL] [ENABLED]   one tenant's fragment
#   scn_check_rows DB KEY:DB:FROM:UNTIL...   its rows equal the sources'
#   scn_check DIR DB TODAY KEY:DB:FROM:UNTIL...   rows, and the plan empty
#   scn_jobs, scn_jobids          pg_cron's jobs
#   scn_reader_start NAME DB QUERY   a reader in the background
#   scn_reader_wait NAME          wait until it read once more
#   scn_reader_stop NAME          stop it
#   scn_reader_check NAME VALUE   it read VALUE every time, without error
#   scn_reader_no_error NAME      it read without error
#   scn_reader_longest NAME       its longest read, in ms

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

# test_no_secret WORD [-r] FILE...: no FILE holds WORD (with -r, FILEs may
# be directories, searched recursively).  Shows the lines that do; fails
# too when a FILE is missing or cannot be read.
test_no_secret () {
	local word=$1 recurse= f rc
	shift
	if [ "$1" = -r ]; then
		recurse=-r
		shift
	fi
	[ $# -gt 0 ] || BUG "test_no_secret needs a file"
	for f in "$@"; do
		[ -e "$f" ] || { echo "error: $f is missing" >&4; return 1; }
	done
	# (not a bare command: a test body runs under set -e)
	if grep -n -F $recurse -- "$word" "$@" >&4 2>&1; then rc=0; else rc=$?; fi
	case $rc in
	0) echo "error: a password ($word) was found above" >&4; return 1 ;;
	1) return 0 ;;
	*) echo "error: grep failed (exit $rc) on: $*" >&4; return 1 ;;
	esac
}

# ------------------------------------------------------------ processes

# test_pid_alive PID: true while PID runs (a zombie counts as gone).
test_pid_alive () {
	local stat
	kill -0 "$1" 2>/dev/null || return 1
	stat=$(cat "/proc/$1/stat" 2>/dev/null) || return 1
	stat=${stat##*) }
	[ "${stat%% *}" != Z ]
}

# test_wait_pid PID [SECONDS]: wait until PID is gone (at most SECONDS,
# default 20); fails, saying so, when it still runs then.
test_wait_pid () {
	local pid=$1 limit=${2:-20} start=$SECONDS
	while test_pid_alive "$pid"; do
		if [ $((SECONDS - start)) -ge "$limit" ]; then
			echo "error: process $pid still runs after $limit s" >&4
			return 1
		fi
		sleep 0.05
	done
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

# _test_pg_initdb DATA SUPERUSER: fill the empty directory DATA with a new
# cluster.  What initdb makes depends only on the server's binaries and the
# options below, so the first script of a machine to need it runs initdb
# and keeps a copy, /tmp/pgform-initdb-KEY (KEY: a hash of those), that
# later scripts copy instead (several times faster).
_test_pg_initdb () {
	local data=$1 su=$2 opts key tmpl tmp
	opts="-U $su --auth-local=trust --auth-host=scram-sha-256 -E UTF8 --locale=C --no-sync"
	key=$({
		echo "1 $opts $(id -u)"
		"$TEST_PG_BIN/postgres" --version
		ls -lL --time-style=+%s "$TEST_PG_BIN/postgres" "$TEST_PG_BIN/initdb"
	} 2>&1 | md5sum | cut -c 1-16)
	tmpl=/tmp/pgform-initdb-$key
	# copies that a script killed while making them left behind
	find /tmp -maxdepth 1 -name 'pgform-initdb-*.??????' -mmin +10 \
		-exec rm -rf {} + 2>/dev/null
	if [ -f "$tmpl/ok" ]; then
		cp -a "$tmpl/data/." "$data/" && return 0
		find "$data" -mindepth 1 -delete
	fi
	# shellcheck disable=SC2086
	_test_pg_as_owner "$TEST_PG_BIN/initdb" -D "$data" $opts || return 1
	# keep a copy; a script that makes one at the same time keeps its own
	tmp=$(mktemp -d "$tmpl.XXXXXX") || return 0
	if ! { cp -a "$data" "$tmp/data" && touch "$tmp/ok" && mv -T "$tmp" "$tmpl"; } 2>/dev/null; then
		rm -rf "$tmp"
	fi
	return 0
}

# Is anything listening on 127.0.0.1:PORT?
_test_port_busy () {
	(: <"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

# test_start_pg: initdb and start a private PostgreSQL 15 cluster; exports
# PGHOST (its socket directory), PGPORT, PGUSER, PGDATABASE=postgres,
# TEST_PG_DATA, TEST_PG_BIN, TEST_PG_LOG, TEST_PG_SOCKDIR, and sets the
# PG prerequisite.  The server runs with PGPORT set to its port, so that
# dblink connections that name no port (the examples say host: localhost
# and no port) reach it too.  Call it at the top level of the script (not
# inside test_expect_success).  Skips the script when PostgreSQL 15 or
# pg_cron is not installed; bails out when the cluster cannot start.  The
# cluster is stopped and removed when the script exits, however it exits.
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

	if ! _test_pg_initdb "$data" "$su" >"$base/initdb.out" 2>&1 </dev/null 3>&- 4>&-; then
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
		if _test_pg_as_owner env PGPORT="$port" "$TEST_PG_BIN/pg_ctl" -D "$data" -l "$log" \
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

# test_install_testext: copy the test extension pgform_testext (t/ext/:
# versions 0.1.0, 0.1.1 and 0.2.0, updates 0.1.0 -> 0.1.1 -> 0.2.0 and
# 0.1.1 -> 0.1.0, none back from 0.2.0; pgform_testext_version() returns
# the version installed) into the extension directory of the server under
# test ($(pg_config --sharedir)/extension).  Idempotent, and safe when
# several scripts run it at once: a file is replaced (by rename) only when
# it differs.  The directory belongs to the PostgreSQL installation, not
# to the cluster: the files stay there after the script.
test_install_testext () {
	local dir f tmp
	dir=$("$TEST_PG_BIN/pg_config" --sharedir)/extension || return 1
	[ -d "$dir" ] || { echo "error: no extension directory $dir" >&4; return 1; }
	for f in "$REPO"/t/ext/pgform_testext*; do
		cmp -s "$f" "$dir/${f##*/}" && continue
		tmp=$dir/.${f##*/}.$$.$RANDOM
		cp "$f" "$tmp" && chmod 644 "$tmp" && mv -f "$tmp" "$dir/${f##*/}" || {
			rm -f "$tmp"
			echo "error: cannot install ${f##*/} into $dir" >&4
			return 1
		}
	done
}

# test_login_role NAME PASSWORD: a LOGIN role NAME (made when missing)
# with PASSWORD, set with log_statement off so that the password never
# reaches the server log.
test_login_role () {
	test_psql -d postgres -c "DO \$\$BEGIN
		IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$1') THEN
			CREATE ROLE $1 LOGIN;
		END IF; END\$\$" &&
	test_psql -d postgres -v role="$1" -v pw="$2" <<-\EOF
	SET log_statement = 'none';
	ALTER ROLE :"role" LOGIN PASSWORD :'pw';
	EOF
}

# _test_pg_dump [pg_dump args...]: pg_dump --schema-only without the
# version banner and the per-run random \restrict/\unrestrict lines.
_test_pg_dump () {
	local dump=$TEST_TMP/dump.$BASHPID.$RANDOM rc
	"$TEST_PG_BIN/pg_dump" --schema-only "$@" >"$dump"
	rc=$?
	if [ $rc = 0 ]; then
		sed -e '/^-- Dumped from database version/d' \
		    -e '/^-- Dumped by pg_dump version/d' \
		    -e '/^\\restrict /d' -e '/^\\unrestrict /d' "$dump"
	fi
	rm -f "$dump"
	return $rc
}

# test_pg_dump_schema [pg_dump args...]: schema-only dump of $PGDATABASE
# (or the database named by -d) without the pgform schema, to stdout, in a
# form that test_cmp can compare from run to run.
test_pg_dump_schema () {
	_test_pg_dump --exclude-schema=pgform "$@"
}

# test_db_state DB: for "nothing changed" checks, all a command that must
# change nothing could change: the schema of DB (schema pgform included),
# its extensions with their versions, servers, user mappings and relations (with their oids, so that a
# relation dropped and made again shows), the roles, and for the postgres
# database, where pg_cron keeps them, the cron jobs.
test_db_state () {
	local db=$1
	_test_pg_dump -d "$db" &&
	test_psql -d "$db" -c "SELECT srvname, array_to_string(srvoptions, ',') FROM pg_foreign_server ORDER BY 1" &&
	test_psql -d "$db" -c "SELECT srvname, usename, array_to_string(umoptions, ',') FROM pg_user_mappings ORDER BY 1, 2" &&
	test_psql -d "$db" -c "SELECT rolname, rolcanlogin, rolconnlimit, md5(coalesce(rolpassword, ''))
		FROM pg_authid ORDER BY 1" &&
	test_psql -d "$db" -c "SELECT e.extname, e.extversion, n.nspname FROM pg_extension e
		JOIN pg_namespace n ON n.oid = e.extnamespace ORDER BY 1" &&
	test_psql -d "$db" -c "SELECT c.oid, c.oid::regclass, c.relkind FROM pg_class c
		JOIN pg_namespace n ON n.oid = c.relnamespace
		WHERE n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast', 'pgform')
		ORDER BY 1::text" || return 1
	if [ "$db" = postgres ] &&
	   [ "$(test_psql -d postgres -c "SELECT to_regclass('cron.job') IS NOT NULL")" = t ]; then
		test_psql -d postgres -c "SELECT jobid, jobname, schedule, command, database, username, active
			FROM cron.job ORDER BY jobid"
	fi
}

# test_wait_for DB SQL [SECONDS]: run SQL in DB every 0.1 s until it
# returns t (at most SECONDS, default 20); fails, saying so, on time out.
test_wait_for () {
	local db=$1 sql=$2 limit=${3:-20} start=$SECONDS
	until [ "$(test_psql -d "$db" -c "$sql" 2>/dev/null)" = t ]; do
		if [ $((SECONDS - start)) -ge "$limit" ]; then
			echo "error: timed out after $limit s waiting in $db for: $sql" >&4
			return 1
		fi
		sleep 0.1
	done
}

# test_wait_idle DB: wait (at most 10 s) until no other session is
# connected to DB.  After a client is killed, its backend may still be
# finishing the statement it was running (and hold the apply lock).
test_wait_idle () {
	test_wait_for "$1" "SELECT count(*) = 0 FROM pg_stat_activity
		WHERE datname = current_database() AND pid <> pg_backend_pid()" 10
}

# ------------------------------------------------------------ pgform against the cluster

# What a plan with nothing to do says.
NOCHANGE="No changes. The database matches the desired state."

# test_plan STATE DB TODAY [ARGS...]: pgform plan -f STATE -d dbname=DB
# --today TODAY ARGS; STATE is a file, or a directory holding pgform.yaml.
test_plan () {
	_test_pgform_on plan "$@"
}

# test_apply STATE DB TODAY [ARGS...]: pgform apply, the same way.
test_apply () {
	_test_pgform_on apply "$@"
}

_test_pgform_on () {
	local cmd=$1 state=$2 db=$3 today=$4
	[ $# -ge 4 ] || BUG "test_$cmd needs STATE DB TODAY"
	shift 4
	[ -d "$state" ] && state=$state/pgform.yaml
	pgform "$cmd" -f "$state" -d "dbname=$db" --today "$today" "$@"
}

# test_plan_empty STATE DB TODAY [ARGS...]: a plan has nothing to do: with
# --detailed-exitcode it exits 0 and says only $NOCHANGE.  With
# TEST_LEFT_OUT=PATTERN, objects left out (lines "# left out: ..." matching
# PATTERN, grep -E) are allowed too, and then the plan may end "Plan: 0 to
# create, ... N left out." (exit 2) instead; it must have no step.
test_plan_empty () {
	local out=$TEST_TMP/planempty.$BASHPID.$RANDOM rc=0 last
	test_plan "$@" --detailed-exitcode >"$out" || rc=$?
	last=$(tail -n 1 "$out")
	if [ -n "$TEST_LEFT_OUT" ]; then
		if ! { [ $rc = 0 ] && [ "$last" = "$NOCHANGE" ]; } &&
		   ! { [ $rc = 2 ] && echo "$last" | grep -E -x "Plan: 0 to create, 0 to rebuild, 0 to change, 0 to drop\. [0-9]+ left out\." >/dev/null; }; then
			echo "test_plan_empty: plan exited $rc, expected nothing to do but what is left out:" >&4
			head -n 40 "$out" >&4
			rm -f "$out"
			return 1
		fi
		if sed '$d' "$out" | grep -v -E "^# left out: .*($TEST_LEFT_OUT)" | grep -v '^$' >"$out.other"; then
			echo "test_plan_empty: expected only '# left out' lines matching '$TEST_LEFT_OUT', found:" >&4
			head -n 40 "$out.other" >&4
			rm -f "$out" "$out.other"
			return 1
		fi
		rm -f "$out" "$out.other"
		return 0
	fi
	if [ $rc != 0 ] || [ "$(cat "$out")" != "$NOCHANGE" ]; then
		echo "test_plan_empty: plan exited $rc (2: changes pending) and did not say only '$NOCHANGE':" >&4
		head -n 40 "$out" >&4
		rm -f "$out"
		return 1
	fi
	rm -f "$out"
}

# test_plan_steps PLAN.json: id|action|kind|target of each step of a JSON
# plan (pgform plan --format json).
test_plan_steps () {
	/usr/bin/python3 -c '
import json, sys
p = json.load(open(sys.argv[1]))
for s in p["steps"]:
    print("%d|%s|%s|%s" % (s["id"], s["action"], s["kind"], s["target"]))
' "$1"
}

# test_run_plan_sql DB [plan args...]: bring DB to a state by running the
# SQL script of `pgform plan -d dbname=DB --format sql ARGS` as it is with
# psql (which reads the passwords from the environment, and stops at the
# first error).
test_run_plan_sql () {
	local db=$1 f rc
	shift
	f=$TEST_TMP/plan.$BASHPID.$RANDOM.sql
	if pgform plan -d "dbname=$db" --format sql "$@" >"$f" &&
	   test_psql -d "$db" -f "$f" >/dev/null; then
		rc=0
	else
		rc=$?
	fi
	rm -f "$f"
	return $rc
}

# test_applies DB: the applies pgform recorded in DB: id|status|nsteps.
test_applies () {
	test_psql -d "$1" -c "SELECT id, status, nsteps FROM pgform.applies ORDER BY id"
}

# test_apply_steps DB [APPLY]: the recorded steps of APPLY (default: the
# last apply) without times: step_id|action|kind|target|status.
test_apply_steps () {
	local which="(SELECT max(id) FROM pgform.applies)"
	[ -n "$2" ] && which=$2
	test_psql -d "$1" -c "SELECT step_id, action, kind, target, status FROM pgform.steps
		WHERE apply_id = $which ORDER BY step_id"
}

# test_apply_status DB [APPLY]: the status `pgform status` shows for APPLY
# (default: the last line of its table of applies).
test_apply_status () {
	local f=$TEST_TMP/status.$BASHPID.$RANDOM
	pgform status -d "dbname=$1" >"$f" || { rm -f "$f"; return 1; }
	if [ -n "$2" ]; then
		awk -v id="$2" '$1 == id && NF >= 2 { print $2; exit }' "$f"
	else
		awk '/^apply / { t = 1; next } t && /^$/ { exit } t { w = $2 } END { print w }' "$f"
	fi
	rm -f "$f"
}

# test_temporaries DB: relations an apply left behind in DB, named
# %__pgform_new% or %__pgform_old%.
test_temporaries () {
	test_psql -d "$1" -c "SELECT n.nspname || '.' || c.relname FROM pg_class c
		JOIN pg_namespace n ON n.oid = c.relnamespace
		WHERE c.relname LIKE '%\_\_pgform\_new%' OR c.relname LIKE '%\_\_pgform\_old%'
		ORDER BY 1"
}

# _test_check_rows TABLE DAY VIEW VIEW_DAY VIEW_COUNT DB KEY:SRCDB:FROM:UNTIL...:
# the data invariant of a warehouse, behind wh_check_rows and
# scn_check_rows (the fixtures below).  For each tenant KEY and each day
# from FROM to UNTIL, the rows of VIEW in DB with schema_name KEY and that
# day (VIEW_DAY) stand for (VIEW_COUNT: count(*), or what a row stands for)
# as many rows as TABLE of source database SRCDB holds for the day (DAY),
# and that is at least one; VIEW holds no other tenant or day; and DB
# holds no temporaries.
_test_check_rows () {
	local table=$1 src_day=$2 view=$3 day=$4 n=$5 db=$6 spec key src from until
	local tmp=$TEST_TMP/rows.$BASHPID.$RANDOM
	shift 6
	[ $# -gt 0 ] || BUG "check_rows needs a tenant"
	: >"$tmp.src"
	for spec in "$@"; do
		IFS=: read -r key src from until <<-EOF
		$spec
		EOF
		test_psql -d "$src" -c "SELECT '$key', g::date, count(s.d)
			FROM generate_series(date '$from', date '$until', interval '1 day') g
			LEFT JOIN (SELECT $src_day AS d FROM $table) s ON s.d = g::date
			GROUP BY 1, 2" >>"$tmp.src" || return 1
	done
	sort "$tmp.src" >"$tmp.expect" &&
	test_psql -d "$db" -c "SELECT schema_name, $day, $n FROM $view GROUP BY 1, 2" >"$tmp.view" &&
	sort "$tmp.view" >"$tmp.actual" || return 1
	if ! diff -u "$tmp.expect" "$tmp.actual" >"$tmp.diff"; then
		echo "check_rows: rows of $view per tenant and day differ from the sources (- sources, + view):" >&4
		grep '^[-+][^-+]' "$tmp.diff" | head -n 20 >&4
		return 1
	fi
	test_temporaries "$db" >"$tmp.temps" || return 1
	if [ -s "$tmp.temps" ]; then
		echo "check_rows: temporaries left in $db:" >&4
		cat "$tmp.temps" >&4
		return 1
	fi
	rm -f "$tmp".*
}

# ------------------------------------------------------------ the small warehouse (wh_)
#
# The fixture of the plan and apply tests (t3NNN, t4NNN): tenant source
# databases in the test cluster, each with a table events(id, at, amount)
# that role src_reader may read, and the desired state of a small
# warehouse over them: two roles, two schemas, a function, a view on a
# view, a materialized view with a unique index, grants, and a daily
# template "events" (public view public.events) with a part per tenant and
# day.  The sources are reached over TCP on 127.0.0.1:$PGPORT.

# The passwords the state reads from the environment.  Distinctive, so that
# a leak is found by grep; a script may set others after sourcing this file.
WH_ADMIN_PASSWORD=Admin-pw-77c3
WH_READER_PASSWORD=Reader-pw-0b5a
SRC_PASSWORD=Src-pw-4e1d
export WH_ADMIN_PASSWORD WH_READER_PASSWORD SRC_PASSWORD

# wh_sources [--ten-a-day] [DB...]: role src_reader (password
# $SRC_PASSWORD) and a source database per DB (default: src_a and src_b),
# each with its table events: 1 to 4 rows a day (the count depends on the
# day and on the database's place in the list) from 2024-12-28 to
# 2026-03-10; or, with --ten-a-day, rows 1 to 30, 10 on each of 2026-03-01,
# -02 and -03, with amount id * 1.5.
wh_sources () {
	local db seed=0 ten= rows
	if [ "$1" = --ten-a-day ]; then
		ten=1
		shift
	fi
	[ $# -gt 0 ] || set -- src_a src_b
	test_login_role src_reader "$SRC_PASSWORD" || return 1
	for db in "$@"; do
		seed=$((seed + 1))
		test_createdb "$db" || return 1
		if [ -n "$ten" ]; then
			rows="SELECT g, date '2026-03-01' + (g % 3), g * 1.5 FROM generate_series(1, 30) g"
		else
			rows="SELECT row_number() OVER (ORDER BY d, k), d::date, round((k * 1.25 + $seed)::numeric, 2)
			FROM generate_series(date '2024-12-28', date '2026-03-10', interval '1 day') d,
			     generate_series(1, 1 + (extract(doy FROM d)::int + $seed) % 4) k"
		fi
		test_psql -d "$db" <<-EOF || return 1
		CREATE TABLE events (id integer PRIMARY KEY, at date NOT NULL, amount numeric NOT NULL);
		INSERT INTO events $rows;
		GRANT SELECT ON events TO src_reader;
		EOF
	done
}

# wh_state FILE [KEY:DB:FROM:UNTIL[:CLIENT]]...: write the state to FILE,
# with a tenant KEY per argument reading source DB from FROM until UNTIL
# (and saying client: CLIENT when given); by default tenant_a (src_a) and
# tenant_b (src_b, client "Tenant B"), 2026-03-01 to 2026-03-03.
# Knobs (environment):
#   WH_QUERY         the template's remote_query
#   WH_CONSOLIDATE   "yearly" to consolidate finished years
#   WH_EXTRA         YAML appended at the end (e.g. a checks: section)
wh_state () {
	local file=$1 spec key db from until client
	local query=${WH_QUERY:-'SELECT id, at, amount FROM events WHERE at = {TARGET_DATE}'}
	shift
	[ $# -gt 0 ] ||
		set -- tenant_a:src_a:2026-03-01:2026-03-03 "tenant_b:src_b:2026-03-01:2026-03-03:Tenant B"
	{
		cat <<-EOF
		pgform: 1
		extensions:
		  dblink: {}
		roles:
		  wh_admin: { login: true, password_env: WH_ADMIN_PASSWORD, comment: warehouse admin }
		  wh_reader: { login: true, password_env: WH_READER_PASSWORD }
		schemas:
		  core: { owner: wh_admin, comment: core objects }
		  rpt: {}
		grants:
		  - { role: wh_reader, privileges: [USAGE], on: "schema rpt" }
		  - { role: wh_reader, privileges: [SELECT], on: "all tables in schema rpt" }
		  - { role: wh_reader, privileges: [EXECUTE], on: "function core.double_it(numeric)" }
		functions:
		  - sql: |
		      CREATE FUNCTION core.double_it(x numeric) RETURNS numeric
		      LANGUAGE sql IMMUTABLE AS \$\$ SELECT x * 2 \$\$;
		views:
		  rpt.daily:
		    query: SELECT schema_name, day, sum(amount) AS total FROM public.events GROUP BY 1, 2
		  rpt.daily_doubled:
		    query: SELECT schema_name, day, core.double_it(total) AS doubled FROM rpt.daily
		    comment: totals doubled
		materialized_views:
		  rpt.by_tenant:
		    query: SELECT schema_name, count(*) AS n FROM public.events GROUP BY schema_name
		    indexes: [ "UNIQUE (schema_name)" ]
		    refresh: concurrently
		templates:
		  events:
		    remote_query: $query
		    columns: { id: integer, day: date, amount: numeric }
		    indexes: [ "UNIQUE (id)" ]
		    public_view: public.events
		EOF
		if [ -n "$WH_CONSOLIDATE" ]; then
			echo "    consolidate: $WH_CONSOLIDATE"
		fi
		cat <<-EOF
		    grants:
		      - { role: wh_reader, privileges: [SELECT] }
		tenants:
		EOF
		for spec in "$@"; do
			IFS=: read -r key db from until client <<-EOF
			$spec
			EOF
			echo "  $key:"
			if [ -n "$client" ]; then
				echo "    client: $client"
			fi
			cat <<-EOF
			    connection: { host: 127.0.0.1, port: $PGPORT, dbname: $db, user: src_reader, password_env: SRC_PASSWORD }
			    templates: { events: { from: $from, until: $until } }
			EOF
		done
		if [ -n "$WH_EXTRA" ]; then
			printf '%s\n' "$WH_EXTRA"
		fi
	} >"$file"
}

# wh_data DB: every row of the public view public.events of DB, ordered.
wh_data () {
	test_psql -d "$1" -c "SELECT schema_name, id, day, amount FROM public.events ORDER BY 1, 2"
}

# wh_check_rows DB KEY:SRCDB:FROM:UNTIL...: the data invariant of the
# small warehouse (see _test_check_rows): per tenant and day,
# public.events of DB holds as many rows as table events of the tenant's
# source.
wh_check_rows () {
	_test_check_rows events at public.events day 'count(*)' "$@"
}

# wh_snapshot DB NAME: the schema of DB (test_pg_dump_schema) in NAME.dump;
# the rows of its public view and of materialized view rpt.by_tenant in
# NAME.data.
wh_snapshot () {
	test_pg_dump_schema -d "$1" >"$2.dump" &&
	{
		wh_data "$1" &&
		test_psql -d "$1" -c "SELECT schema_name, n FROM rpt.by_tenant ORDER BY 1"
	} >"$2.data"
}

# ------------------------------------------------------------ the food-log warehouse (scn_)
#
# The fixture of the warehouse lifecycle scenarios (t7NNN), the operations
# of the operations guide played against the cluster: tenant source
# databases filled by examples/warehouse/source.sql, that role scn_reader
# may read, and the desired state of a food-log warehouse written as one
# entry file DIR/pgform.yaml plus one fragment DIR/tenants/KEY.yaml per
# tenant (so adding or dropping a tenant is adding or removing a file).
# A tenant is named in the specs below as KEY:SRCDB:FROM, and a tenant with
# the days its rows must cover as KEY:SRCDB:FROM:UNTIL.

# Passwords: the sources' role, and the roles of the state; every tenant's
# source password, as the tenant fragments name it (TENANT_A_PASSWORD for
# tenant_a, ...).
SCN_READER_PASSWORD=Scn-reader-5f2e
WHADMIN_PASSWORD=Scn-whadmin-81d0
PHOOD_RO_PASSWORD=Scn-ro-3c77
ANALYST_PASSWORD=Scn-analyst-a14b
export SCN_READER_PASSWORD WHADMIN_PASSWORD PHOOD_RO_PASSWORD ANALYST_PASSWORD
for _k in A B C D E F G X; do
	export "TENANT_${_k}_PASSWORD=$SCN_READER_PASSWORD"
done
unset _k

SCN_SOURCE_SQL=$REPO/examples/warehouse/source.sql

# scn_sources DB:FROM:UNTIL:PER_DAY...: role scn_reader (password
# $SCN_READER_PASSWORD) and a source database per argument, filled with
# PER_DAY generated rows a day from FROM to UNTIL.
scn_sources () {
	local spec db from until per_day
	test_login_role scn_reader "$SCN_READER_PASSWORD" || return 1
	for spec in "$@"; do
		IFS=: read -r db from until per_day <<-EOF
		$spec
		EOF
		test_createdb "$db" &&
		test_psql -d "$db" -v from="$from" -v until="$until" -v per_day="$per_day" \
			-v reader=scn_reader -f "$SCN_SOURCE_SQL" >/dev/null || return 1
	done
}

# scn_state DIR [KEY:SRCDB:FROM[:UNTIL[:ENABLED]]]...: write DIR/pgform.yaml,
# the entry file.  With tenants given, DIR/tenants/ is made to hold exactly
# their fragments (scn_tenant DIR KEY SRCDB FROM UNTIL ENABLED for each);
# without, the fragments are left as they are.
# Knobs (environment):
#   SCN_QUERY        remote_query of foodlogstats (default: the guide's)
#   SCN_COLUMNS      its columns (a YAML flow map)
#   SCN_CONSOLIDATE  "yearly" to consolidate finished years
#   SCN_GRANTS       YAML flow list of the template's grants
#                    (default: SELECT for phood_ro)
#   SCN_MINUTE_JOB   schedule of the per-tenant update job
#                    (default "{minute} * * * *")
#   SCN_CRON         0: no cron section and no pg_cron extension
#   SCN_PG_CRON      0: no pg_cron extension (warehouse outside cron's
#                    database), jobs still declared
#   SCN_CRON_EXTRA   more jobs (YAML at the indentation of the job names)
#   SCN_TEMPLATES_EXTRA  more templates (YAML at the indentation of
#                    "foodlogstats:", i.e. two spaces)
#   SCN_EXTRA        YAML appended at the end of the entry file
#   SCN_TENANT_TEMPLATES  see scn_tenant
scn_state () {
	local dir=$1 spec key db from until enabled
	local query columns grants job
	shift
	query=${SCN_QUERY:-"SELECT f.id, f.logged_time, f.weight, l.name AS location, '{CLIENT}' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE 'UTC')::date = '{TARGET_DATE}'::date"}
	columns=${SCN_COLUMNS:-"{ id: integer, logged_time: timestamptz, weight: numeric, location: text, client: text }"}
	grants=${SCN_GRANTS:-"[ { role: phood_ro, privileges: [SELECT] } ]"}
	job=${SCN_MINUTE_JOB:-"{minute} * * * *"}
	mkdir -p "$dir/tenants" || return 1
	{
		cat <<-EOF
		pgform: 1
		include: [ "tenants/*.yaml" ]
		extensions:
		  dblink: {}
		EOF
		if [ "${SCN_CRON:-1}" != 0 ] && [ "${SCN_PG_CRON:-1}" != 0 ]; then
			echo "  pg_cron: {}"
		fi
		cat <<-\EOF
		roles:
		  whadmin: { login: true, password_env: WHADMIN_PASSWORD, comment: warehouse operations }
		  phood_ro: { login: true, password_env: PHOOD_RO_PASSWORD, comment: read-only BI access }
		  analyst: { login: true, password_env: ANALYST_PASSWORD }
		schemas:
		  _wh: { owner: whadmin }
		grants:
		  - { role: whadmin, privileges: [EXECUTE], on: "all functions in schema _wh" }
		functions:
		  - sql: |
		      CREATE OR REPLACE FUNCTION _wh.update_mv_by_template(template text, tenant text, target_schema text, target date)
		      RETURNS void LANGUAGE plpgsql AS $$
		      BEGIN RAISE NOTICE 'update % of % in % for %', template, tenant, target_schema, target; END $$;
		templates:
		  foodlogstats:
		    description: daily food log statistics
		EOF
		if [ -n "$SCN_CONSOLIDATE" ]; then
			echo "    consolidate: $SCN_CONSOLIDATE"
		fi
		echo "    remote_query: |"
		printf '%s\n' "$query" | sed 's/^/      /'
		cat <<-EOF
		    columns: $columns
		    indexes: [ "UNIQUE (id)" ]
		    union_view: foodlogstats
		    public_view: public.foodlogstats
		    grants: $grants
		EOF
		if [ -n "$SCN_TEMPLATES_EXTRA" ]; then
			printf '%s\n' "$SCN_TEMPLATES_EXTRA"
		fi
		if [ "${SCN_CRON:-1}" != 0 ]; then
			cat <<-EOF
			cron:
			  foodlogstats_update_{tenant}:
			    per_tenant: true
			    schedule: "$job"
			    command: SELECT _wh.update_mv_by_template('foodlogstats', '{tenant}', '{schema}', current_date)
			    username: whadmin
			  "{tenant}_2week_refresh":
			    per_tenant: true
			    schedule: "{minute} 8 * * *"
			    command: SELECT _wh.update_mv_by_template('foodlogstats', '{tenant}', '{schema}', current_date - 14)
			    username: whadmin
			EOF
			if [ -n "$SCN_CRON_EXTRA" ]; then
				printf '%s\n' "$SCN_CRON_EXTRA"
			fi
		fi
		if [ -n "$SCN_EXTRA" ]; then
			printf '%s\n' "$SCN_EXTRA"
		fi
	} >"$dir/pgform.yaml" || return 1
	[ $# -gt 0 ] || return 0
	rm -f "$dir"/tenants/*.yaml || return 1
	for spec in "$@"; do
		IFS=: read -r key db from until enabled <<-EOF
		$spec
		EOF
		scn_tenant "$dir" "$key" "$db" "$from" "$until" "$enabled" || return 1
	done
}

# scn_tenant DIR KEY SRCDB FROM [UNTIL] [ENABLED]: write DIR/tenants/KEY.yaml:
# tenant KEY reading SRCDB, template foodlogstats from FROM (until UNTIL
# when not empty), enabled unless ENABLED is false, and USAGE on its
# schema for phood_ro.  Knob: SCN_TENANT_TEMPLATES, one more
# "name: { range }" in the tenant's templates.
scn_tenant () {
	local dir=$1 key=$2 db=$3 from=$4 until=$5 enabled=${6:-true} range
	local var
	var=TENANT_$(printf '%s' "${key#tenant_}" | tr a-z A-Z)_PASSWORD
	range="from: $from"
	[ -n "$until" ] && range="$range, until: $until"
	mkdir -p "$dir/tenants" &&
	cat >"$dir/tenants/$key.yaml" <<-EOF
	tenants:
	  $key:
	    client: Client $key
	    enabled: $enabled
	    connection:
	      host: 127.0.0.1
	      port: $PGPORT
	      dbname: $db
	      user: scn_reader
	      password_env: $var
	    templates:
	      foodlogstats: { $range }${SCN_TENANT_TEMPLATES:+
	      $SCN_TENANT_TEMPLATES}
	grants:
	  - { role: phood_ro, privileges: [USAGE], on: "schema $key" }
	EOF
}

# scn_check_rows DB KEY:SRCDB:FROM:UNTIL...: the data invariant of the
# food-log warehouse (see _test_check_rows): per tenant and day (UTC),
# public.foodlogstats of DB holds as many rows as table phood_foodlogsum of
# the tenant's source.  SCN_VIEW names another view, SCN_DAY_EXPR the day
# of a row there (default: logged_time's UTC date) and SCN_COUNT_EXPR the
# number of source rows a group of its rows stands for (default count(*)).
scn_check_rows () {
	local utc="(logged_time AT TIME ZONE 'UTC')::date"
	_test_check_rows phood_foodlogsum "$utc" "${SCN_VIEW:-public.foodlogstats}" \
		"${SCN_DAY_EXPR:-$utc}" "${SCN_COUNT_EXPR:-count(*)}" "$@"
}

# scn_check DIR DB TODAY SPEC...: the invariants every scenario step ends
# with: scn_check_rows DB SPEC... and test_plan_empty DIR DB TODAY.
scn_check () {
	local dir=$1 db=$2 today=$3
	shift 3
	scn_check_rows "$db" "$@" &&
	test_plan_empty "$dir" "$db" "$today"
}

# scn_jobs: pg_cron's jobs (they live in the postgres database):
# jobname|schedule|database|username|active.
scn_jobs () {
	test_psql -d postgres -c "SELECT jobname, schedule, database, username, active
		FROM cron.job ORDER BY jobname"
}

# scn_jobids: pg_cron's jobs: jobname|jobid.
scn_jobids () {
	test_psql -d postgres -c "SELECT jobname, jobid FROM cron.job ORDER BY jobname"
}

# scn_reader_start NAME DB QUERY: a reader in the background: QUERY run as
# phood_ro over TCP every 50 ms (at most 1200 times or 100 s) until
# scn_reader_stop; results go to NAME.out, error messages to NAME.err, the
# number of reads so far to NAME.reads, the time of each read (ms) to NAME.ms.
scn_reader_start () {
	local name=$1 db=$2 query=$3
	rm -f "$name.stop" "$name.out" "$name.err" "$name.pid" "$name.reads" "$name.ms"
	(
		i=0
		start=$SECONDS
		while [ ! -e "$name.stop" ] && [ $i -lt 1200 ] && [ $((SECONDS - start)) -lt 100 ]; do
			t0=${EPOCHREALTIME/./}
			PGPASSWORD=$PHOOD_RO_PASSWORD test_psql -h 127.0.0.1 -U phood_ro -d "$db" \
				-c "$query" >>"$name.out" 2>>"$name.err"
			echo $(( (${EPOCHREALTIME/./} - t0) / 1000 )) >>"$name.ms"
			i=$((i + 1))
			echo $i >"$name.reads"
			sleep 0.05
		done
	) </dev/null >/dev/null 2>&1 3>&- 4>&- &
	echo $! >"$name.pid"
}

# scn_reader_wait NAME: wait (at most 10 s) until reader NAME has read once
# more than when called.
scn_reader_wait () {
	local name=$1 n start=$SECONDS
	n=$(cat "$name.reads" 2>/dev/null || echo 0)
	while [ "$(cat "$name.reads" 2>/dev/null || echo 0)" -le "$n" ]; do
		if [ $((SECONDS - start)) -ge 10 ]; then
			echo "error: reader $name did not read in 10 s" >&4
			return 1
		fi
		sleep 0.02
	done
}

# scn_reader_stop NAME: stop reader NAME and wait for it.
scn_reader_stop () {
	local name=$1 pid
	[ -f "$name.pid" ] || return 0
	pid=$(cat "$name.pid")
	touch "$name.stop"
	wait "$pid" 2>/dev/null || :
	test_wait_pid "$pid" || return 1
	rm -f "$name.pid"
}

# scn_reader_longest NAME: the longest read of reader NAME, in ms (each
# read is a new psql session: connecting is part of it).
scn_reader_longest () {
	sort -n "$1.ms" | tail -n 1
}

# scn_reader_no_error NAME: reader NAME saw no error and read at least 10
# times (what it read may change).
scn_reader_no_error () {
	if [ -s "$1.err" ]; then
		echo "the reader saw $(grep -c ^ "$1.err") error lines:" >&4
		sort "$1.err" | uniq -c | head -n 20 >&4
		return 1
	fi
	if [ "$(grep -c ^ "$1.out")" -lt 10 ]; then
		echo "the reader read only $(grep -c ^ "$1.out") times" >&4
		return 1
	fi
}

# scn_reader_check NAME VALUE: reader NAME saw no error, read at least 10
# times, and read VALUE every time.
scn_reader_check () {
	scn_reader_no_error "$1" || return 1
	sort -u "$1.out" >"$1.values" &&
	echo "$2" >"$1.expect" &&
	test_cmp "$1.expect" "$1.values"
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
