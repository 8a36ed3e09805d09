#!/bin/bash
# bench/lib.sh: what the bench/* scripts share.  Source it:
#
#	. "$(dirname "$0")/lib.sh"
#	bench_start_pg          # a throwaway PostgreSQL 15 cluster, stopped on exit
#	bench_sources           # role bench_src + database bench_src (tenant source)
#	bench_state DIR N       # the bench warehouse state (N tenants x 365 days)
#	for i in $(seq "$RUNS"); do
#		bench_run plan   pgform plan ...
#		bench_run pg_dump pg_dump ...
#	done
#	bench_line plan "no-op pgform plan"
#	bench_ratio plan pg_dump
#
# Benchmarks are not tests: they print figures and ratios next to a baseline
# run side by side, and fail only when something breaks (a command exits
# non-zero, or prints something other than what the benchmark expects).
#
# Environment knobs (every script):
#   PGFORM              the binary (default: $REPO/build/pgform)
#   BENCH_PG_BIN        PostgreSQL bin directory (/usr/lib/postgresql/15/bin)
#   BENCH_KEEP=1        keep the work directory (not the cluster) on exit
#   BENCH_FSYNC=on|off  fsync and synchronous_commit of the cluster (default on:
#                       a server as it runs in production; off is faster for
#                       both sides of every comparison)
#   BENCH_SHARED_BUFFERS (default 256MB), BENCH_MAX_LOCKS (max_locks_per_
#                       transaction, default 64 = PostgreSQL's default)

set -euo pipefail

LC_ALL=C
LANG=C
TZ=UTC
export LC_ALL LANG TZ
# Nothing from the caller's libpq environment leaks in.
unset PGHOST PGHOSTADDR PGPORT PGUSER PGDATABASE PGPASSWORD PGPASSFILE \
	PGSERVICE PGSERVICEFILE PGOPTIONS PGAPPNAME PGSSLMODE PGTARGETSESSIONATTRS \
	PGCLIENTENCODING PGDATESTYLE PGTZ PGREQUIRESSL
export PGCONNECT_TIMEOUT=10

BENCH_REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)
PGFORM=${PGFORM:-$BENCH_REPO/build/pgform}
BENCH_PG_BIN=${BENCH_PG_BIN:-/usr/lib/postgresql/15/bin}
BENCH_NAME=$(basename "$0")
# The bench warehouse's calendar: 365 daily parts, 2025-01-01 .. 2025-12-31.
BENCH_FROM=${BENCH_FROM:-2025-01-01}
BENCH_UNTIL=${BENCH_UNTIL:-2025-12-31}
export PGFORM_TODAY=${PGFORM_TODAY:-$BENCH_UNTIL}
# The tenant sources' login role and its password (read by pgform from
# $BENCH_SRC_PASSWORD, named in the state's password_env).
BENCH_SRC_ROLE=bench_src
BENCH_SRC_PASSWORD=${BENCH_SRC_PASSWORD:-bench-src-pw}
export BENCH_SRC_PASSWORD

[ -x "$PGFORM" ] || { echo "$BENCH_NAME: $PGFORM is not built (run make)" >&2; exit 1; }
[ -x /usr/bin/time ] || {
	echo "$BENCH_NAME: /usr/bin/time is missing (Debian package 'time'; .ci/deps should install it)" >&2
	exit 1
}

BENCH_WORK=$(mktemp -d "/tmp/pgform-bench-work.XXXXXX")
_bench_pg_base=

bench_log () { printf '%s\n' "$*" >&2; }
bench_die () { printf '%s: error: %s\n' "$BENCH_NAME" "$*" >&2; exit 1; }

# Seconds since the epoch, with nanoseconds.
bench_now () { date +%s.%N; }
# bench_elapsed START: seconds since START (from bench_now), 3 decimals.
bench_elapsed () { awk -v a="$1" -v b="$(bench_now)" 'BEGIN { printf "%.3f", b - a }'; }

# ------------------------------------------------------------ the cluster

_bench_as_owner () {
	if [ "$(id -u)" = 0 ]; then
		runuser -u postgres -- "$@"
	else
		"$@"
	fi
}

_bench_pid_alive () {
	local stat
	kill -0 "$1" 2>/dev/null || return 1
	stat=$(cat "/proc/$1/stat" 2>/dev/null) || return 1
	stat=${stat##*) }
	[ "${stat%% *}" != Z ]
}

# Stop clusters of earlier bench runs whose script is gone (killed with
# SIGKILL): only directories with our owner marker are touched.
_bench_reap_stale () {
	local d owner
	for d in /tmp/pgform-bench-pg.??????; do
		[ -f "$d/.owner" ] || continue
		owner=$(cat "$d/.owner" 2>/dev/null)
		case "$owner" in ''|*[!0-9]*) continue ;; esac
		_bench_pid_alive "$owner" && continue
		if [ -f "$d/data/postmaster.pid" ]; then
			_bench_as_owner "$BENCH_PG_BIN/pg_ctl" -D "$d/data" stop -m immediate -w -t 30 \
				>/dev/null 2>&1 </dev/null || true
		fi
		rm -rf "$d"
	done
	for d in /tmp/pgform-bench-work.??????; do
		[ -f "$d/.owner" ] || continue
		owner=$(cat "$d/.owner" 2>/dev/null)
		case "$owner" in ''|*[!0-9]*) continue ;; esac
		_bench_pid_alive "$owner" || rm -rf "$d"
	done
}
echo $$ >"$BENCH_WORK/.owner"

_bench_port_busy () { (: <"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# bench_start_pg: initdb and start a private PostgreSQL 15 cluster (port on
# 127.0.0.1 and a socket directory under /tmp, pg_cron preloaded, dblink
# available); exports PGHOST (the socket directory), PGPORT, PGUSER,
# PGDATABASE=postgres, BENCH_PG_DATA, BENCH_PG_LOG.  Stopped and removed
# when the script exits, however it exits.  Top level only.
bench_start_pg () {
	local base data sock log port attempt owner pkglib
	[ -x "$BENCH_PG_BIN/initdb" ] || bench_die "PostgreSQL 15 server not installed ($BENCH_PG_BIN)"
	pkglib=$("$BENCH_PG_BIN/pg_config" --pkglibdir 2>/dev/null || echo /usr/lib/postgresql/15/lib)
	[ -f "$pkglib/pg_cron.so" ] || bench_die "pg_cron for PostgreSQL 15 not installed ($pkglib)"
	[ -f "$pkglib/dblink.so" ] || bench_die "dblink for PostgreSQL 15 not installed ($pkglib)"
	if [ "$(id -u)" = 0 ]; then
		id -u postgres >/dev/null 2>&1 || bench_die "running as root but there is no postgres user"
		owner=postgres
	else
		owner=$(id -un)
	fi
	_bench_reap_stale
	base=$(mktemp -d /tmp/pgform-bench-pg.XXXXXX)
	_bench_pg_base=$base
	echo $$ >"$base/.owner"
	chmod 755 "$base"
	data=$base/data sock=$base/sock log=$base/postgresql.log
	mkdir -m 700 "$data"
	mkdir -m 755 "$sock"
	[ "$(id -u)" = 0 ] && chown postgres: "$data" "$sock" "$base"
	_bench_as_owner "$BENCH_PG_BIN/initdb" -D "$data" -U "$owner" \
		--auth-local=trust --auth-host=scram-sha-256 -E UTF8 --locale=C --no-sync \
		>"$base/initdb.out" 2>&1 </dev/null || { cat "$base/initdb.out" >&2; bench_die "initdb failed"; }
	_bench_as_owner tee "$data/pg_hba.conf" >/dev/null <<-EOF
	# written by bench/lib.sh
	local   all  all                 trust
	host    all  all  127.0.0.1/32   scram-sha-256
	EOF
	for attempt in 0 1 2 3 4 5 6 7 8 9; do
		port=$((20000 + ($$ * 7 + attempt * 613 + RANDOM % 50) % 12000))
		_bench_port_busy "$port" && continue
		_bench_as_owner tee "$data/postgresql.auto.conf" >/dev/null <<-EOF
		# written by bench/lib.sh
		port = $port
		listen_addresses = '127.0.0.1'
		unix_socket_directories = '$sock'
		shared_preload_libraries = 'pg_cron'
		cron.database_name = 'postgres'
		cron.host = '$sock'
		fsync = ${BENCH_FSYNC:-on}
		synchronous_commit = ${BENCH_FSYNC:-on}
		shared_buffers = ${BENCH_SHARED_BUFFERS:-256MB}
		max_locks_per_transaction = ${BENCH_MAX_LOCKS:-64}
		max_connections = 100
		logging_collector = off
		log_min_messages = warning
		timezone = 'UTC'
		log_timezone = 'UTC'
		lc_messages = 'C'
		EOF
		if _bench_as_owner "$BENCH_PG_BIN/pg_ctl" -D "$data" -l "$log" -w -t 60 start \
			>"$base/pg_ctl.out" 2>&1 </dev/null; then
			PGHOST=$sock PGPORT=$port PGUSER=$owner PGDATABASE=postgres
			export PGHOST PGPORT PGUSER PGDATABASE
			BENCH_PG_DATA=$data BENCH_PG_LOG=$log
			export BENCH_PG_DATA BENCH_PG_LOG
			PATH=$BENCH_PG_BIN:$PATH
			return 0
		fi
		if grep -qE 'could not bind|Address already in use|could not create any TCP/IP sockets' "$log" 2>/dev/null; then
			_bench_as_owner "$BENCH_PG_BIN/pg_ctl" -D "$data" stop -m immediate >/dev/null 2>&1 </dev/null || true
			_bench_as_owner truncate -s 0 "$log" 2>/dev/null || true
			continue
		fi
		break
	done
	cat "$base/pg_ctl.out" "$log" >&2 2>/dev/null || true
	bench_die "cannot start PostgreSQL (port $port)"
}

# bench_stop_pg: stop and remove the cluster (done at exit anyway).
bench_stop_pg () {
	local base=$_bench_pg_base pid
	[ -n "$base" ] || return 0
	if [ -f "$base/data/postmaster.pid" ]; then
		pid=$(head -n 1 "$base/data/postmaster.pid" 2>/dev/null || true)
		_bench_as_owner "$BENCH_PG_BIN/pg_ctl" -D "$base/data" stop -m fast -w -t 60 \
			>/dev/null 2>&1 </dev/null ||
		_bench_as_owner "$BENCH_PG_BIN/pg_ctl" -D "$base/data" stop -m immediate -w -t 30 \
			>/dev/null 2>&1 </dev/null || true
		if [ -n "$pid" ] && _bench_pid_alive "$pid" &&
		   [ "$(cat "/proc/$pid/comm" 2>/dev/null)" = postgres ]; then
			kill -9 "$pid" 2>/dev/null || true
		fi
	fi
	rm -rf "$base"
	_bench_pg_base=
}

# Background jobs a script registers (pids) are ended on exit.
BENCH_BG_PIDS=()
_bench_cleanup () {
	local rc=$? pid
	trap - EXIT
	for pid in "${BENCH_BG_PIDS[@]}"; do
		kill "$pid" 2>/dev/null || true
	done
	bench_stop_pg
	if [ -n "${BENCH_KEEP:-}" ] && [ "${BENCH_KEEP}" != 0 ]; then
		bench_log "$BENCH_NAME: work directory kept: $BENCH_WORK"
	else
		rm -rf "$BENCH_WORK"
	fi
	exit "$rc"
}
trap _bench_cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
trap 'exit 129' HUP

# bench_psql [psql args...]: psql -X -q -v ON_ERROR_STOP=1 -At.
bench_psql () { "$BENCH_PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 -At "$@"; }

# bench_cluster_settings: one line describing the cluster, for the report.
bench_cluster_settings () {
	bench_psql -d postgres -c "SELECT 'PostgreSQL ' || current_setting('server_version')
		|| ', fsync=' || current_setting('fsync')
		|| ', synchronous_commit=' || current_setting('synchronous_commit')
		|| ', shared_buffers=' || current_setting('shared_buffers')
		|| ', max_locks_per_transaction=' || current_setting('max_locks_per_transaction')"
}

# ------------------------------------------------------------ the warehouse

# bench_sources [PER_DAY]: the tenant source: login role bench_src (password
# $BENCH_SRC_PASSWORD) and database bench_src filled by
# examples/warehouse/source.sql for BENCH_FROM .. BENCH_UNTIL, PER_DAY rows
# a day (default 3).  Every tenant of the bench states reads it over TCP.
bench_sources () {
	local per_day=${1:-3}
	bench_psql -d postgres -c "CREATE ROLE $BENCH_SRC_ROLE LOGIN PASSWORD '$BENCH_SRC_PASSWORD'"
	"$BENCH_PG_BIN/createdb" bench_src
	bench_psql -d bench_src -v from="$BENCH_FROM" -v until="$BENCH_UNTIL" -v per_day="$per_day" \
		-v reader="$BENCH_SRC_ROLE" -f "$BENCH_REPO/examples/warehouse/source.sql" >/dev/null
}

# bench_state DIR TENANTS: the bench warehouse state in DIR (TENANTS tenants
# x 365 daily materialized views with a unique index, a union view per
# tenant, public.foodlogstats), every tenant reading database bench_src of
# this cluster over TCP.  Prints the entry file.
bench_state () {
	"$BENCH_REPO/bench/gen-warehouse" --host 127.0.0.1 --port "$PGPORT" \
		--user "$BENCH_SRC_ROLE" --password-env BENCH_SRC_PASSWORD --dbname bench_src \
		--until "$BENCH_UNTIL" "$1" "$2" "$BENCH_FROM"
}

# bench_relations DB: relations in the tenant schemas and public (tables,
# views, materialized views, indexes).
bench_relations () {
	bench_psql -d "$1" -c "SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
		WHERE n.nspname ~ '^(tenant_|public$)' AND c.relkind IN ('r', 'v', 'm', 'i')"
}

# bench_fill_secrets FILE: FILE with each <<secret:env:NAME>> marker replaced
# by the quoted value of $NAME (the bench passwords hold no quote).
bench_fill_secrets () {
	local script='' name val
	for name in $(grep -o '<<secret:env:[A-Za-z_][A-Za-z0-9_]*>>' "$1" |
		      sed 's/^<<secret:env:\(.*\)>>$/\1/' | sort -u); do
		val=${!name-}
		case "$val" in *"'"*|*/*|*'&'*|*'\'*) bench_die "\$$name holds a character the bench cannot quote" ;; esac
		script="$script;s/<<secret:env:$name>>/'$val'/g"
	done
	if [ -n "$script" ]; then sed "${script#;}" "$1"; else cat "$1"; fi
}

# bench_plan_sql STATE DB OUT: the psql script of the plan of STATE against
# DB (`pgform plan --format sql`) into OUT; psql reads its passwords from
# the environment when it runs (a plan made by an older pgform holds
# markers instead: filled in).
bench_plan_sql () {
	"$PGFORM" plan -f "$1" -d "dbname=$2" --format sql >"$BENCH_WORK/plan-sql.raw" 2>"$BENCH_WORK/plan-sql.err" ||
		{ cat "$BENCH_WORK/plan-sql.err" >&2; bench_die "pgform plan --format sql failed"; }
	bench_fill_secrets "$BENCH_WORK/plan-sql.raw" >"$3"
	rm -f "$BENCH_WORK/plan-sql.raw"
}

# ------------------------------------------------------------ measuring

declare -A BENCH_T=() BENCH_M=()

# bench_run LABEL CMD [ARGS...]: run CMD once under /usr/bin/time, append
# its wall time (s) and peak RSS (KB) to LABEL's figures.  Its stdout goes to
# $BENCH_WORK/LABEL.out, stderr to LABEL.err; a non-zero exit is a failure
# of the benchmark (at once; with BENCH_ALLOW_FAIL=1 the label is added to
# $BENCH_FAILURES and the script goes on).  Sets BENCH_LAST (seconds) and
# BENCH_RC (the exit status).
bench_run () {
	local label=$1 t0 rc mem
	shift
	t0=$(bench_now)
	set +e
	/usr/bin/time -f '%M' -o "$BENCH_WORK/$label.time" "$@" \
		>"$BENCH_WORK/$label.out" 2>"$BENCH_WORK/$label.err"
	rc=$?
	set -e
	BENCH_LAST=$(bench_elapsed "$t0")
	BENCH_RC=$rc
	if [ "$rc" != 0 ]; then
		bench_log "$BENCH_NAME: '$*' exited $rc:"
		tail -n 30 "$BENCH_WORK/$label.err" >&2
		[ -n "${BENCH_ALLOW_FAIL:-}" ] || bench_die "$label failed"
		bench_log "$BENCH_NAME: $label FAILED (exit $rc); going on, the benchmark will fail at the end"
		BENCH_FAILURES="${BENCH_FAILURES:-}$label "
		return 0
	fi
	mem=$(tail -n 1 "$BENCH_WORK/$label.time")
	BENCH_T[$label]="${BENCH_T[$label]:-} $BENCH_LAST"
	BENCH_M[$label]="${BENCH_M[$label]:-} $mem"
}

# bench_add LABEL SECONDS: record a time measured some other way.
bench_add () { BENCH_T[$1]="${BENCH_T[$1]:-} $2"; }

# bench_median LABEL: the median of LABEL's times (s).
bench_median () {
	printf '%s\n' ${BENCH_T[$1]} | sort -g |
		awk '{ a[NR] = $1 } END { if (NR % 2) printf "%.3f", a[(NR + 1) / 2];
			else printf "%.3f", (a[NR / 2] + a[NR / 2 + 1]) / 2 }'
}
bench_min () { printf '%s\n' ${BENCH_T[$1]} | sort -g | head -n 1; }
bench_max () { printf '%s\n' ${BENCH_T[$1]} | sort -g | tail -n 1; }
bench_count () { printf '%s\n' ${BENCH_T[$1]} | wc -l; }
# bench_peak_mb LABEL: the largest peak RSS of LABEL's runs, MB.
bench_peak_mb () {
	printf '%s\n' ${BENCH_M[$1]:-0} | sort -n | tail -n 1 | awk '{ printf "%.1f", $1 / 1024 }'
}

# bench_line LABEL TEXT [mem]: "TEXT  median X s (min..max, N runs)[ peak M MB]".
bench_line () {
	local extra=''
	[ "${3:-}" = mem ] && extra=$(printf '   peak RSS %6.1f MB' "$(bench_peak_mb "$1")")
	printf '  %-44s median %8.3f s  (%.3f .. %.3f, %d runs)%s\n' "$2" \
		"$(bench_median "$1")" "$(bench_min "$1")" "$(bench_max "$1")" "$(bench_count "$1")" "$extra"
}

# bench_ratio A B: median(A) / median(B), 2 decimals.
bench_ratio () {
	awk -v a="$(bench_median "$1")" -v b="$(bench_median "$2")" \
		'BEGIN { if (b > 0) printf "%.2f", a / b; else print "n/a" }'
}

# bench_verdict VALUE OP TARGET: "meets" or "MISSES" (OP: le or ge).
bench_verdict () {
	awk -v v="$1" -v t="$3" -v op="$2" 'BEGIN {
		ok = (op == "le") ? (v <= t) : (v >= t)
		print ok ? "meets the target" : "MISSES the target" }'
}

# bench_header TEXT: a title line with the date and the machine.
bench_header () {
	printf '%s\n  %s UTC, %s cores, load average %s\n  %s\n' "$1" "$(date -u '+%Y-%m-%d %H:%M')" \
		"$(nproc)" "$(cut -d' ' -f1-3 /proc/loadavg)" \
		"$(bench_cluster_settings 2>/dev/null || echo 'no cluster')"
}

# bench_footer: the load average at the end (other work on the machine
# skews the figures; the interleaved runs skew both sides alike).
bench_footer () {
	printf '  (load average at the end: %s)\n' "$(cut -d' ' -f1-3 /proc/loadavg)"
}

# ------------------------------------------------------------ from empty

# bench_from_empty_setup TENANTS: tenant source, role bench_ro (made here so
# that no side of a comparison has to create it), the bench state
# ($BENCH_STATE), and the psql script of the same statements
# ($BENCH_WORK/from_empty.sql: `pgform plan --format sql` of the state
# against an empty database, secret markers filled in).
bench_from_empty_setup () {
	bench_sources
	bench_psql -d postgres -c "CREATE ROLE bench_ro"
	BENCH_STATE=$(bench_state "$BENCH_WORK/state" "$1")
	"$BENCH_PG_BIN/createdb" bench_empty
	bench_plan_sql "$BENCH_STATE" bench_empty "$BENCH_WORK/from_empty.sql"
	"$BENCH_PG_BIN/dropdb" bench_empty
	BENCH_STEPS=$(grep -c '^-- step [0-9]*:' "$BENCH_WORK/from_empty.sql")
	BENCH_MATVIEWS=$(grep -c '^CREATE MATERIALIZED VIEW' "$BENCH_WORK/from_empty.sql")
}

# bench_apply_into LABEL DB [pgform apply options...]: create DB, time
# `pgform apply` of $BENCH_STATE into it, then check that a plan right
# after it is empty.
bench_apply_into () {
	local label=$1 db=$2
	shift 2
	"$BENCH_PG_BIN/createdb" "$db"
	bench_run "$label" "$PGFORM" apply "$@" -f "$BENCH_STATE" -d "dbname=$db"
	bench_check_noop "$db"
}

# bench_psql_into LABEL DB: create DB, time `psql -f` of the same statements.
bench_psql_into () {
	"$BENCH_PG_BIN/createdb" "$2"
	bench_run "$1" "$BENCH_PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 -d "$2" -f "$BENCH_WORK/from_empty.sql"
}

# bench_check_noop DB [WHAT]: `pgform plan` of $BENCH_STATE against DB must
# say "No changes"; otherwise the plan is shown and the benchmark fails
# ("WHAT against DB is not empty").
bench_check_noop () {
	"$PGFORM" plan -f "$BENCH_STATE" -d "dbname=$1" >"$BENCH_WORK/noop.out" 2>&1 ||
		{ cat "$BENCH_WORK/noop.out" >&2; bench_die "pgform plan against $1 failed"; }
	grep -q '^No changes' "$BENCH_WORK/noop.out" || {
		head -n 40 "$BENCH_WORK/noop.out" >&2
		bench_die "${2:-pgform plan right after the apply} against $1 is not empty (above)"
	}
}

# bench_pg_dump_s DB: pg_dump --schema-only of DB without schema pgform and
# without the lines that change from run to run.
bench_pg_dump_s () {
	"$BENCH_PG_BIN/pg_dump" --schema-only --exclude-schema=pgform -d "$1" |
		sed -e '/^-- Dumped from database version/d' -e '/^-- Dumped by pg_dump version/d' \
		    -e '/^\\restrict /d' -e '/^\\unrestrict /d'
}

# bench_ratio_paired A B: the median of the per-run ratios A[i] / B[i] (runs
# interleaved: each pair ran under about the same load), 2 decimals.
bench_ratio_paired () {
	paste -d' ' <(printf '%s\n' ${BENCH_T[$1]}) <(printf '%s\n' ${BENCH_T[$2]}) |
		awk '$2 > 0 { print $1 / $2 }' | sort -g |
		awk '{ a[NR] = $1 } END { if (!NR) print "n/a"; else if (NR % 2) printf "%.2f", a[(NR + 1) / 2];
			else printf "%.2f", (a[NR / 2] + a[NR / 2 + 1]) / 2 }'
}
