#!/bin/bash
test_description='pgform refresh: selection, dependency order, -j workers, methods, retries, the breaker, the record and its reports'
. "$(dirname "$0")/test-lib.sh"

test_start_pg

TODAY=2026-03-04

# The state: tenant_a's daily parts of template events (2026-02-25 ..
# 2026-03-03) and materialized views of schema rpt.  Their queries sleep
# for the setting test.sleep (seconds; unset when they are applied) and
# rpt.bad divides by zero when test.fail is on, so a refresh can be made
# slow or failing from PGOPTIONS.
#   level 0: rpt.base, rpt.side, rpt.bad, rpt.flaky (refresh: its own statement)
#   level 1: rpt.mid (reads rpt.base), rpt.after_bad (reads rpt.bad)
#   level 2: rpt.top (reads rpt.mid through the plain view rpt.v_mid)
write_state () {
	cat >state.yaml <<-EOF
	pgform: 1
	extensions:
	  dblink: {}
	schemas:
	  rpt: {}
	  core: {}
	functions:
	  - sql: |
	      CREATE FUNCTION core.nap() RETURNS boolean LANGUAGE sql VOLATILE AS \$\$
	        SELECT pg_sleep(coalesce(nullif(current_setting('test.sleep', true), ''), '0')::float8) IS NOT NULL
	      \$\$;
	  - sql: |
	      CREATE FUNCTION core.flaky(v text) RETURNS void LANGUAGE plpgsql AS \$\$
	      DECLARE n bigint;
	      BEGIN
	        IF current_setting('test.flaky', true) = 'on' THEN
	          EXECUTE 'SELECT nextval(''public.flaky_seq'')' INTO n;
	          IF n % 2 = 1 THEN RAISE EXCEPTION 'flaky: attempt % fails', n; END IF;
	        END IF;
	        EXECUTE 'REFRESH MATERIALIZED VIEW ' || v;
	      END \$\$;
	views:
	  rpt.v_mid:
	    query: SELECT id FROM rpt.mid
	materialized_views:
	  rpt.base:
	    query: SELECT g AS id FROM generate_series(1, 20) g WHERE (SELECT core.nap())
	    indexes: [ "UNIQUE (id)" ]
	  rpt.side:
	    query: SELECT g AS id FROM generate_series(1, 5) g WHERE (SELECT core.nap())
	    indexes: [ "UNIQUE (id)" ]
	  rpt.mid:
	    query: SELECT id FROM rpt.base WHERE (SELECT core.nap())
	    indexes: [ "UNIQUE (id)", "(id)" ]
	  rpt.top:
	    query: SELECT count(*) AS n FROM rpt.v_mid WHERE (SELECT core.nap())
	  rpt.bad:
	    query: SELECT 1 / CASE WHEN current_setting('test.fail', true) = 'on' THEN 0 ELSE 1 END AS x
	  rpt.after_bad:
	    query: SELECT x FROM rpt.bad
	  rpt.flaky:
	    query: SELECT 1 AS x
	    refresh: SELECT core.flaky('{name}')
	templates:
	  events:
	    remote_query: SELECT id, at, amount FROM events WHERE at = {TARGET_DATE}
	    columns: { id: integer, day: date, amount: numeric }
	    indexes: [ "UNIQUE (id)" ]
	    public_view: public.events
	tenants:
	  tenant_a:
	    connection: { host: 127.0.0.1, port: $PGPORT, dbname: src_a, user: src_reader, password_env: SRC_PASSWORD }
	    templates: { events: { from: 2026-02-25, until: 2026-03-03 } }
	EOF
}

# refresh DB [ARGS...]: pgform refresh of state.yaml on DB.
refresh () {
	local db=$1
	shift
	pgform refresh -f state.yaml -d "dbname=$db" --today $TODAY "$@"
}

# The record: every attempt of run RUN (default: the last one), as
# view|status|attempt|method, ordered by view and attempt.
record () {
	test_psql -d wh -c "SELECT nsp || '.' || rel, status, attempt, method FROM pgform.refreshes
		WHERE run_id = coalesce(${1:-NULL}, (SELECT max(id) FROM pgform.refresh_runs))
		ORDER BY 1, attempt"
}

# JSON field extraction: json_get FILE EXPR (a Python expression on j).
json_get () {
	python3 -c 'import json, sys; j = json.load(open(sys.argv[1])); v = eval(sys.argv[2]); print(v if isinstance(v, str) else json.dumps(v))' "$1" "$2"
}

# dry_names [ARGS...]: the views a refresh of wh would take, by level and name.
dry_names () {
	refresh wh --dry-run --order name --format json "$@" >dry.json &&
	python3 -c 'import json, sys; [print(v["name"]) for v in json.load(open(sys.argv[1]))["order"]]' dry.json
}

test_expect_success 'setup: a source, the state applied' '
	wh_sources src_a &&
	write_state &&
	test_createdb wh &&
	test_apply state.yaml wh $TODAY >apply.out 2>apply.err &&
	test_psql -d wh -c "CREATE SEQUENCE public.flaky_seq"
'

test_expect_success 'bad input: one line naming what is wrong, exit 1, nothing recorded' '
	test_psql -d wh -c "SELECT count(*) FROM pgform.refreshes" >before &&
	test_must_fail refresh wh --tenant nobody 2>err1 &&
	test_must_fail refresh wh --template nothing 2>err2 &&
	test_must_fail refresh wh --select "rpt.nope*" 2>err3 &&
	test_must_fail refresh wh --select "rpt.top" --concurrently=always 2>err4 &&
	test_must_fail refresh wh --since 2x 2>err5 &&
	test_must_fail refresh wh --order biggest 2>err6 &&
	cat err1 err2 err3 err4 err5 err6 >actual &&
	cat >expect <<-\EOF &&
	error: unknown tenant '\''nobody'\''
	error: unknown template '\''nothing'\''
	error: --select '\''rpt.nope*'\'' matches no materialized view of the state
	error: materialized view '\''rpt.top'\'' cannot be refreshed concurrently (--concurrently=always): it has no unique index on columns only, without WHERE
	error: --since takes a whole number of days, like 14d, not '\''2x'\''
	Try '\''pgform refresh --help'\''.
	error: --order takes size, -size, stale or name, not '\''biggest'\''
	Try '\''pgform refresh --help'\''.
	EOF
	test_cmp expect actual &&
	test_psql -d wh -c "SELECT count(*) FROM pgform.refreshes" >after &&
	test_cmp before after
'

test_expect_success 'a disabled tenant: its parts are left alone, and naming it is an error' '
	sed "s/^  tenant_a:\$/&\n    enabled: false/" state.yaml >disabled.yaml &&
	grep -A1 "^  tenant_a:" disabled.yaml >shown &&
	printf "%s\n" "  tenant_a:" "    enabled: false" >expect &&
	test_cmp expect shown &&
	test_must_fail pgform refresh -f disabled.yaml -d dbname=wh --today $TODAY --tenant tenant_a 2>actual &&
	echo "error: tenant '\''tenant_a'\'' is disabled: its materialized views are kept as they are, not refreshed" >expect &&
	test_cmp expect actual &&
	pgform refresh -f disabled.yaml -d dbname=wh --today $TODAY --dry-run --format json >dry.json &&
	json_get dry.json "sorted(v[\"name\"] for v in j[\"order\"])" >actual &&
	echo "[\"rpt.after_bad\", \"rpt.bad\", \"rpt.base\", \"rpt.flaky\", \"rpt.mid\", \"rpt.side\", \"rpt.top\"]" >expect &&
	test_cmp expect actual
'

test_expect_success 'refresh_status before any refresh: never' '
	test_psql -d wh -c "SELECT schema_name || '\''.'\'' || view_name, status, last_refreshed IS NULL
		FROM pgform.refresh_status WHERE schema_name = '\''rpt'\'' ORDER BY 1" >actual &&
	cat >expect <<-\EOF &&
	rpt.after_bad|never|t
	rpt.bad|never|t
	rpt.base|never|t
	rpt.flaky|never|t
	rpt.mid|never|t
	rpt.side|never|t
	rpt.top|never|t
	EOF
	test_cmp expect actual
'

test_expect_success '--dry-run: order, levels and methods, nothing refreshed' '
	refresh wh --select "rpt.*" --order name --dry-run >out 2>err &&
	sed 1,2d out | sed "s/  */ /g; s/^ //" | cut -d" " -f1,2,6- >actual &&
	cat >expect <<-\EOF &&
	0 plain rpt.bad
	0 concurrently rpt.base
	0 statement rpt.flaky
	0 concurrently rpt.side
	1 plain rpt.after_bad (after rpt.bad)
	1 concurrently rpt.mid (after rpt.base)
	2 plain rpt.top (after rpt.mid)
	EOF
	test_cmp expect actual &&
	test_psql -d wh -c "SELECT count(*) FROM pgform.refreshes" >count &&
	echo 0 >zero &&
	test_cmp zero count
'

test_expect_success 'CONCURRENTLY only for a populated view with a usable unique index; never and always' '
	test_psql -d wh -c "REFRESH MATERIALIZED VIEW rpt.side WITH NO DATA" &&
	refresh wh --select "rpt.[bs]*" --order name --dry-run --format json >dry.json &&
	json_get dry.json "[(v[\"name\"], v[\"method\"]) for v in j[\"order\"]]" >actual &&
	refresh wh --select "rpt.[bs]*" --order name --dry-run --format json --concurrently=never >dry.json &&
	json_get dry.json "[(v[\"name\"], v[\"method\"]) for v in j[\"order\"]]" >>actual &&
	test_must_fail refresh wh --select "rpt.s*" --concurrently=always 2>>actual &&
	cat >expect <<-\EOF &&
	[["rpt.bad", "plain"], ["rpt.base", "concurrently"], ["rpt.side", "plain"]]
	[["rpt.bad", "plain"], ["rpt.base", "plain"], ["rpt.side", "plain"]]
	error: materialized view '\''rpt.side'\'' cannot be refreshed concurrently (--concurrently=always): it is not populated
	EOF
	test_cmp expect actual
'

test_expect_success 'a refresh of everything: ok, one line per view, the report, the record (the unpopulated view plainly)' '
	refresh wh -j 2 >out 2>err &&
	sed -n "1s/ in [0-9.]* s / in T s /p" out >actual &&
	echo "Refresh run 1: 14 of 14 materialized views refreshed in T s on 2 connections; 0 failed, 0 not started." >expect &&
	test_cmp expect actual &&
	test_line_count = 14 err &&
	grep -c "^refresh: ok " err >n &&
	echo 14 >expect &&
	test_cmp expect n &&
	grep "^refresh: ok rpt.mid (concurrently, [0-9.]* s, 20 rows) \[[0-9]*/14\]$" err &&
	grep "^refresh: ok rpt.top (plain, [0-9.]* s, 1 row) \[[0-9]*/14\]$" err &&
	record >actual &&
	cat >expect <<-\EOF &&
	rpt.after_bad|ok|1|plain
	rpt.bad|ok|1|plain
	rpt.base|ok|1|concurrently
	rpt.flaky|ok|1|statement
	rpt.mid|ok|1|concurrently
	rpt.side|ok|1|plain
	rpt.top|ok|1|plain
	tenant_a.events_2026_02_25|ok|1|concurrently
	tenant_a.events_2026_02_26|ok|1|concurrently
	tenant_a.events_2026_02_27|ok|1|concurrently
	tenant_a.events_2026_02_28|ok|1|concurrently
	tenant_a.events_2026_03_01|ok|1|concurrently
	tenant_a.events_2026_03_02|ok|1|concurrently
	tenant_a.events_2026_03_03|ok|1|concurrently
	EOF
	test_cmp expect actual
'

test_expect_success 'levels: no view starts before what it reads ended; two workers ran at once' '
	PGOPTIONS="-c test.sleep=0.4" refresh wh -j 2 --select "rpt.*" --skip-failed >out 2>err &&
	test_psql -d wh -c "
		WITH r AS (SELECT nsp || '\''.'\'' || rel AS v, started_at, finished_at FROM pgform.refreshes
			WHERE run_id = (SELECT max(id) FROM pgform.refresh_runs))
		SELECT a.v || '\'' after '\'' || b.v, a.started_at >= b.finished_at
		FROM r a JOIN r b ON (a.v, b.v) IN (('\''rpt.mid'\'', '\''rpt.base'\''),
			('\''rpt.top'\'', '\''rpt.mid'\''), ('\''rpt.after_bad'\'', '\''rpt.bad'\''))
		ORDER BY 1" >actual &&
	cat >expect <<-\EOF &&
	rpt.after_bad after rpt.bad|t
	rpt.mid after rpt.base|t
	rpt.top after rpt.mid|t
	EOF
	test_cmp expect actual &&
	test_psql -d wh -c "
		WITH r AS (SELECT * FROM pgform.refreshes WHERE run_id = (SELECT max(id) FROM pgform.refresh_runs))
		SELECT count(*) > 0 FROM r a JOIN r b ON a.id < b.id AND a.pid <> b.pid
		WHERE a.started_at < b.finished_at AND b.started_at < a.finished_at" >overlap &&
	echo t >expect &&
	test_cmp expect overlap
'

test_expect_success 'a view waits for what it reads, not for its whole level' '
	PGOPTIONS="-c test.sleep=0.6" refresh wh -j 3 --order name --select "rpt.*" >out 2>err &&
	test_psql -d wh -c "
		WITH r AS (SELECT rel, started_at, finished_at FROM pgform.refreshes
			WHERE run_id = (SELECT max(id) FROM pgform.refresh_runs))
		SELECT a.started_at < b.finished_at FROM r a, r b
		WHERE a.rel = '\''after_bad'\'' AND b.rel = '\''base'\''" >actual &&
	echo t >expect &&
	test_cmp expect actual
'

test_expect_success 'a failed view: its readers are not started, the others are refreshed, exit 1' '
	PGOPTIONS="-c test.fail=on" test_must_fail refresh wh -j 2 --select "rpt.*" >out 2>err &&
	sed -n "/^Failed:/,\$p" out >actual &&
	cat >expect <<-\EOF &&
	Failed:
	  rpt.bad (1 attempt): division by zero
	Not started:
	  rpt.after_bad: reads rpt.bad, which failed
	EOF
	test_cmp expect actual &&
	grep "^refresh: failed rpt.bad (plain, [0-9.]* s, 1 attempt): division by zero \[[0-9]/7\]$" err &&
	record >actual &&
	cat >expect <<-\EOF &&
	rpt.bad|failed|1|plain
	rpt.base|ok|1|concurrently
	rpt.flaky|ok|1|statement
	rpt.mid|ok|1|concurrently
	rpt.side|ok|1|concurrently
	rpt.top|ok|1|plain
	EOF
	test_cmp expect actual
'

test_expect_success 'the breaker: --max-failures 1 stops handing out work; JSON report' '
	PGOPTIONS="-c test.fail=on" test_must_fail refresh wh --select "rpt.*" --order name \
		--max-failures 1 --format json >out.json 2>err &&
	json_get out.json "j[\"status\"]" >actual &&
	json_get out.json "j[\"counts\"]" >>actual &&
	json_get out.json "j[\"breaker\"]" >>actual &&
	json_get out.json "[(f[\"name\"], f[\"attempts\"], f[\"error\"]) for f in j[\"failures\"]]" >>actual &&
	json_get out.json "[(f[\"name\"], f[\"reason\"]) for f in j[\"not_started\"]]" >>actual &&
	json_get out.json "j[\"slowest\"]" >>actual &&
	cat >expect <<-\EOF &&
	stopped
	{"selected": 7, "ok": 0, "failed": 1, "not_started": 6}
	1 refresh failed (--max-failures 1)
	[["rpt.bad", 1, "division by zero"]]
	[["rpt.base", "1 refresh failed (--max-failures 1)"], ["rpt.flaky", "1 refresh failed (--max-failures 1)"], ["rpt.side", "1 refresh failed (--max-failures 1)"], ["rpt.after_bad", "1 refresh failed (--max-failures 1)"], ["rpt.mid", "1 refresh failed (--max-failures 1)"], ["rpt.top", "1 refresh failed (--max-failures 1)"]]
	[]
	EOF
	test_cmp expect actual &&
	record >actual &&
	echo "rpt.bad|failed|1|plain" >expect &&
	test_cmp expect actual &&
	test_psql -d wh -c "SELECT status, error FROM pgform.refresh_runs ORDER BY id DESC LIMIT 1" >actual &&
	echo "stopped|1 refresh failed (--max-failures 1)" >expect &&
	test_cmp expect actual
'

test_expect_success '--retry: a failed attempt is tried again after the back-off, each attempt recorded' '
	PGOPTIONS="-c test.flaky=on" refresh wh --select rpt.flaky --retry 2 --retry-backoff 0.3s >out 2>err &&
	grep "^refresh: rpt.flaky failed (attempt 1 of 3), again in 0.3 s: flaky: attempt 1 fails" err &&
	record >actual &&
	cat >expect <<-\EOF &&
	rpt.flaky|failed|1|statement
	rpt.flaky|ok|2|statement
	EOF
	test_cmp expect actual &&
	test_psql -d wh -c "SELECT b.started_at - a.finished_at >= interval '\''0.3 s'\''
		FROM pgform.refreshes a JOIN pgform.refreshes b ON b.run_id = a.run_id AND b.attempt = 2
		WHERE a.attempt = 1 AND a.run_id = (SELECT max(id) FROM pgform.refresh_runs)" >actual &&
	echo t >expect &&
	test_cmp expect actual &&
	PGOPTIONS="-c test.flaky=on" test_must_fail refresh wh --select rpt.flaky >out 2>err &&
	grep "^  rpt.flaky (1 attempt): flaky: attempt 3 fails$" out
'

test_expect_success '--failed, --skip-failed, --since, --tenant, --template select what they say' '
	dry_names --failed >actual &&
	printf "%s\n" rpt.bad rpt.flaky >expect &&
	test_cmp expect actual &&
	dry_names --skip-failed --select "rpt.*" >actual &&
	printf "%s\n" rpt.after_bad rpt.base rpt.side rpt.mid rpt.top >expect &&
	test_cmp expect actual &&
	dry_names --since 3d >actual &&
	printf "%s\n" tenant_a.events_2026_03_02 tenant_a.events_2026_03_03 >expect &&
	test_cmp expect actual &&
	dry_names --tenant tenant_a --template events >actual &&
	test_line_count = 7 actual &&
	dry_names --select "rpt.b*" --select "*_03_01" >actual &&
	printf "%s\n" rpt.bad rpt.base tenant_a.events_2026_03_01 >expect &&
	test_cmp expect actual
'

test_expect_success '--stale: only views not refreshed within the time given' '
	dry_names --stale 1h --select "rpt.[bs]*" >actual &&
	test_line_count = 0 actual &&
	test_psql -d wh -c "UPDATE pgform.refreshes SET finished_at = finished_at - interval '\''3 hours'\''
		WHERE rel = '\''side'\''" &&
	dry_names --stale 1h --select "rpt.[bs]*" >actual &&
	echo rpt.side >expect &&
	test_cmp expect actual &&
	dry_names --select "rpt.[bs]*" --order stale >actual &&
	head -n 1 actual >first &&
	test_cmp expect first &&
	test_line_count = 3 actual &&
	dry_names --stale 4h --select "rpt.[bs]*" >actual &&
	test_line_count = 0 actual &&
	refresh wh --stale 4h --select "rpt.[bs]*" >out 2>err &&
	echo "Nothing to refresh: no materialized view of the state in the database is selected." >expect &&
	test_cmp expect out &&
	test_line_count = 0 err
'

test_expect_success 'pgform.refresh_status: ok, failed with its error, stale' '
	test_psql -d wh -c "UPDATE pgform.meta SET value = '\''2 hours'\'' WHERE key = '\''refresh_stale_after'\''" &&
	test_psql -d wh -c "SELECT view_name, status, rows, size_bytes > 0, method, error, last_refreshed IS NOT NULL
		FROM pgform.refresh_status WHERE schema_name = '\''rpt'\'' ORDER BY 1" >actual &&
	cat >expect <<-\EOF &&
	after_bad|ok|1|t|plain||t
	bad|failed|1|t|plain|division by zero|t
	base|ok|20|t|concurrently||t
	flaky|failed|1|t|statement|flaky: attempt 3 fails|t
	mid|ok|20|t|concurrently||t
	side|stale|5|t|concurrently||t
	top|ok|1|t|plain||t
	EOF
	test_cmp expect actual
'

test_expect_success 'running: refresh_status says since when; a second refresh exits at once naming the first' '
	PGOPTIONS="-c test.sleep=3" pgform refresh -f state.yaml -d dbname=wh --today $TODAY --select rpt.side \
		>slow.out 2>slow.err &
	echo $! >slow.pid &&
	test_when_finished "kill $(cat slow.pid) 2>/dev/null || :" &&
	test_wait_for wh "SELECT EXISTS (SELECT FROM pgform.refresh_status WHERE status = '\''running'\'')" &&
	test_psql -d wh -c "SELECT view_name, running_since IS NOT NULL FROM pgform.refresh_status
		WHERE status = '\''running'\''" >actual &&
	echo "side|t" >expect &&
	test_cmp expect actual &&
	test_must_fail refresh wh --select rpt.base 2>err &&
	sed "s/run [0-9]*, started [-0-9: +]* (backend pid [0-9]*)/run N, started T (backend pid P)/" err >actual &&
	echo "error: another refresh is running: refresh run N, started T (backend pid P)" >expect &&
	test_cmp expect actual &&
	test_wait_pid $(cat slow.pid) 20 &&
	test_psql -d wh -c "SELECT status FROM pgform.refresh_status WHERE view_name = '\''side'\''" >actual &&
	echo ok >expect &&
	test_cmp expect actual
'

test_expect_success 'readers querying the views during a refresh see no error' '
	(
		end=$((SECONDS + 30))
		while [ ! -e reader.stop ] && [ $SECONDS -lt $end ]; do
			test_psql -d wh -c "SELECT count(*) FROM rpt.mid; SELECT count(*) FROM public.events" \
				>>reader.out 2>>reader.err || echo "exit $?" >>reader.err
			echo x >>reader.reads
		done
	) </dev/null >/dev/null 2>&1 3>&- 4>&- &
	echo $! >reader.pid &&
	test_when_finished "touch reader.stop; kill $(cat reader.pid) 2>/dev/null || :" &&
	PGOPTIONS="-c test.sleep=0.3" refresh wh -j 2 --skip-failed >out 2>err &&
	touch reader.stop &&
	test_wait_pid $(cat reader.pid) 10 &&
	test_line_count -gt 5 reader.reads &&
	test_line_count = 0 reader.err
'

test_expect_success '--max-duration: no refresh starts once the time is up, the running one finishes' '
	PGOPTIONS="-c test.sleep=1.2" test_must_fail refresh wh -j 1 --select "rpt.*" --order name \
		--max-duration 2s >out 2>err &&
	sed -n "/^Stopped:/p;/^Not started:/,\$p" out >actual &&
	cat >expect <<-\EOF &&
	Stopped: the refresh ran for 2s (--max-duration 2s).
	Not started:
	  rpt.after_bad: the refresh ran for 2s (--max-duration 2s)
	  rpt.mid: the refresh ran for 2s (--max-duration 2s)
	  rpt.top: the refresh ran for 2s (--max-duration 2s)
	EOF
	test_cmp expect actual &&
	record >actual &&
	cat >expect <<-\EOF &&
	rpt.bad|ok|1|plain
	rpt.base|ok|1|concurrently
	rpt.flaky|ok|1|statement
	rpt.side|ok|1|concurrently
	EOF
	test_cmp expect actual
'

test_expect_success '--lock-timeout and --statement-timeout apply to each refresh' '
	test_psql -d wh -c "BEGIN; REFRESH MATERIALIZED VIEW rpt.side; SELECT pg_sleep(4); COMMIT" >/dev/null &
	echo $! >locker.pid &&
	test_when_finished "kill $(cat locker.pid) 2>/dev/null || :" &&
	test_wait_for wh "SELECT EXISTS (SELECT FROM pg_locks WHERE relation = '\''rpt.side'\''::regclass
		AND mode = '\''AccessExclusiveLock'\'' AND granted)" &&
	test_must_fail refresh wh --select rpt.side --lock-timeout 0.3s >out 2>err &&
	PGOPTIONS="-c test.sleep=3" test_must_fail refresh wh --select rpt.base --statement-timeout 0.5s >>out 2>>err &&
	grep "^  rpt" out >actual &&
	cat >expect <<-\EOF &&
	  rpt.side (1 attempt): canceling statement due to lock timeout
	  rpt.base (1 attempt): canceling statement due to statement timeout
	EOF
	test_cmp expect actual
'

test_expect_success 'a killed refresh: recorded as interrupted once its session is gone; the next one runs' '
	PGOPTIONS="-c test.sleep=2" pgform refresh -f state.yaml -d dbname=wh --today $TODAY --select rpt.side \
		>killed.out 2>killed.err &
	echo $! >killed.pid &&
	test_wait_for wh "SELECT EXISTS (SELECT FROM pgform.refresh_status WHERE status = '\''running'\'')" &&
	kill -9 $(cat killed.pid) &&
	test_wait_for wh "SELECT NOT EXISTS (SELECT FROM pg_stat_activity WHERE query LIKE '\''%rpt.side%'\''
		AND pid <> pg_backend_pid())" &&
	test_psql -d wh -c "SELECT status, error FROM pgform.refresh_status WHERE view_name = '\''side'\''" >actual &&
	echo "failed|interrupted: its session ended before pgform recorded how it ended" >expect &&
	test_cmp expect actual &&
	refresh wh --select rpt.side >out 2>err &&
	test_psql -d wh -c "SELECT status, error FROM pgform.refresh_runs ORDER BY id DESC LIMIT 2" >actual &&
	cat >expect <<-\EOF &&
	ok|
	failed|interrupted
	EOF
	test_cmp expect actual &&
	test_psql -d wh -c "SELECT status FROM pgform.refresh_status WHERE view_name = '\''side'\''" >actual &&
	echo ok >expect &&
	test_cmp expect actual
'

test_expect_success 'pgform status lists the last refresh runs: views ok, failed and selected; the killed one failed' '
	pgform status -d dbname=wh >status &&
	sed -n "/^refresh /,/^\$/{/^\$/d;p;}" status |
		sed -e "s/[0-9]\{4\}-[0-9][0-9]-[0-9][0-9] [0-9:]\{8\}+00/T/g" -e "s/ *\$//" >actual &&
	test_psql -d wh -c "SELECT count(*) FROM pgform.refresh_runs" >runs &&
	test $(cat runs) -ge 5 &&
	test_psql -d wh -c "SELECT id FROM pgform.refresh_runs ORDER BY id DESC LIMIT 1" >last &&
	head -1 actual >header &&
	echo "refresh status       started                   finished                    ok/failed/views  jobs user" >expect &&
	test_cmp expect header &&
	tail -2 actual | sed "s/^[0-9]* */N /" >tail2 &&
	cat >expect <<-EOF &&
	N failed       T    T                0/1/1  1    postgres
	N ok           T    T                1/0/1  1    postgres
	EOF
	test_cmp expect tail2 &&
	tail -1 actual | grep "^$(cat last) "
'

test_expect_success 'SIGTERM (or Ctrl-C): the running refresh is canceled and recorded, nothing more starts, the report, exit 1' '
	PGOPTIONS="-c test.sleep=30" pgform refresh -f state.yaml -d dbname=wh --today $TODAY --select "rpt.*" \
		--order name >term.out 2>term.err &
	echo $! >term.pid &&
	test_when_finished "kill -9 $(cat term.pid) 2>/dev/null || :" &&
	test_wait_for wh "SELECT EXISTS (SELECT FROM pgform.refresh_status WHERE status = '\''running'\'')" &&
	kill -TERM $(cat term.pid) &&
	test_wait_pid $(cat term.pid) 20 &&
	{ wait $(cat term.pid); echo $? >rc; } &&
	echo 1 >expect &&
	test_cmp expect rc &&
	grep -x "refresh: interrupted (SIGTERM); no more refreshes are started, the running ones are canceled" term.err &&
	grep -x "Stopped: interrupted (SIGTERM)." term.out &&
	test_psql -d wh -c "SELECT r.status, f.status, f.error FROM pgform.refresh_runs r
		JOIN pgform.refreshes f ON f.run_id = r.id WHERE r.id = (SELECT max(id) FROM pgform.refresh_runs)
		ORDER BY f.id" >actual &&
	printf "%s\n" "stopped|ok|" "stopped|failed|canceling statement due to user request" >expect &&
	test_cmp expect actual &&
	test_psql -d wh -c "SELECT count(*) FROM pg_stat_activity WHERE query LIKE '\''%REFRESH%'\''
		AND pid <> pg_backend_pid()" >actual &&
	echo 0 >expect &&
	test_cmp expect actual
'

test_expect_success 'attempts older than refresh_keep are forgotten, except a view'\''s last and last ok' '
	test_psql -d wh -c "
		INSERT INTO pgform.refresh_runs (started_at, finished_at, status, jobs, selected)
			VALUES (now() - interval '\''200 days'\'', now() - interval '\''200 days'\'', '\''ok'\'', 1, 2);
		INSERT INTO pgform.refreshes (run_id, nsp, rel, method, started_at, finished_at, status)
			SELECT max(id), '\''rpt'\'', v, '\''plain'\'', now() - interval '\''200 days'\'',
				now() - interval '\''200 days'\'', '\''ok'\''
			FROM pgform.refresh_runs, unnest(ARRAY['\''side'\'', '\''lonely'\'']) v GROUP BY v" &&
	refresh wh --select rpt.side >out 2>err &&
	test_psql -d wh -c "SELECT rel FROM pgform.refreshes WHERE started_at < now() - interval '\''100 days'\''" >actual &&
	echo lonely >expect &&
	test_cmp expect actual &&
	test_psql -d wh -c "DELETE FROM pgform.refreshes WHERE rel = '\''lonely'\''" &&
	refresh wh --select rpt.side >out 2>err &&
	test_psql -d wh -c "SELECT count(*) FROM pgform.refresh_runs WHERE started_at < now() - interval '\''100 days'\''" >actual &&
	echo 0 >expect &&
	test_cmp expect actual
'

test_done
