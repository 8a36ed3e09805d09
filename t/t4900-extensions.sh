#!/bin/bash
test_description='extensions end to end with the test extension pgform_testext: created at a version and schema, updated along the server'"'"'s update path (shown in the plan), rolled back and downgraded, irreversible updates, checks run in the update'"'"'s transaction, the upgrade dry run, and every refusal in one line with the database unchanged'
. "$(dirname "$0")/test-lib.sh"

test_start_pg

TODAY=2026-03-04
SQ="'"

# state FILE VERSION [EXTRA]: a state with schema ext and pgform_testext
# at VERSION in it; EXTRA (YAML, indented under the extension) is appended
# to the extension's entry, e.g. its checks.
state () {
	{
		printf '%s\n' "pgform: 1" "schemas:" "  ext: {}" "extensions:" "  pgform_testext:" \
			"    schema: ext" "    version: \"$2\""
		if [ -n "$3" ]; then printf '%s\n' "$3"; fi
	} >"$1"
}

# expect_plan NAME FILE: FILE is t/expect/t4900/NAME (with
# PGFORM_EXPECT_UPDATE=1, FILE is written there instead: read the diff).
expect_plan () {
	if [ -n "$PGFORM_EXPECT_UPDATE" ]; then
		cp "$2" "$REPO/t/expect/t4900/$1"
	else
		test_cmp "$REPO/t/expect/t4900/$1" "$2"
	fi
}

# installed DB: the extension's version and schema, and what its function says.
installed () {
	test_psql -d "$1" -c "SELECT e.extversion || ' ' || n.nspname FROM pg_extension e
		JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = 'pgform_testext'" &&
	test_psql -d "$1" -c "SELECT ext.pgform_testext_version()"
}

# refused DB STATE MESSAGE: plan and apply of STATE exit 1 with exactly
# MESSAGE on stderr, nothing on stdout, and DB is as it was.
refused () {
	local db=$1 st=$2 msg=$3
	test_db_state "$db" >state.before &&
	echo "$msg" >expect &&
	test_must_fail test_plan "$st" "$db" $TODAY >plan.out 2>plan.err &&
	test_line_count = 0 plan.out &&
	test_cmp expect plan.err &&
	test_must_fail test_apply "$st" "$db" $TODAY >apply.out 2>apply.err &&
	test_line_count = 0 apply.out &&
	test_cmp expect apply.err &&
	test_db_state "$db" >state.after &&
	test_cmp state.before state.after
}

test_expect_success 'setup: the test extension is on the server, with its versions and update paths' '
	test_install_testext &&
	test_install_testext &&
	test_psql -d postgres -c "SELECT string_agg(version, $SQ $SQ ORDER BY version)
		FROM pg_available_extension_versions WHERE name = $SQ$(echo pgform_testext)$SQ" >versions &&
	echo "0.1.0 0.1.1 0.2.0" >expect &&
	test_cmp expect versions &&
	test_psql -d postgres -c "SELECT source || $SQ>$SQ || target || $SQ:$SQ || path
		FROM pg_extension_update_paths($SQ$(echo pgform_testext)$SQ) WHERE path IS NOT NULL ORDER BY 1" >paths &&
	cat >expect <<-\EOF &&
	0.1.0>0.1.1:0.1.0--0.1.1
	0.1.0>0.2.0:0.1.0--0.1.1--0.2.0
	0.1.1>0.1.0:0.1.1--0.1.0
	0.1.1>0.2.0:0.1.1--0.2.0
	EOF
	test_cmp expect paths
'

test_expect_success 'created at the declared version, in the declared schema; the next plan is empty' '
	test_createdb e1 &&
	state v010.yaml 0.1.0 &&
	test_plan v010.yaml e1 $TODAY >plan.out &&
	expect_plan create.plan plan.out &&
	test_apply v010.yaml e1 $TODAY 2>apply.err &&
	installed e1 >actual &&
	printf "%s\n" "0.1.0 ext" "0.1.0" >expect &&
	test_cmp expect actual &&
	test_plan_empty v010.yaml e1 $TODAY
'

test_expect_success 'updated 0.1.0 to 0.2.0 along the update path: the plan shows every version on it and the hazard' '
	state v020.yaml 0.2.0 &&
	test_plan v020.yaml e1 $TODAY >plan.out &&
	expect_plan update-0.1.0-0.2.0.plan plan.out &&
	test_plan v020.yaml e1 $TODAY --format sql >plan.sql &&
	grep -x "ALTER EXTENSION pgform_testext UPDATE TO ${SQ}0.2.0$SQ;" plan.sql &&
	test_apply v020.yaml e1 $TODAY 2>apply.err &&
	installed e1 >actual &&
	printf "%s\n" "0.2.0 ext" "0.2.0" >expect &&
	test_cmp expect actual &&
	test_psql -d e1 -c "SELECT ext.pgform_testext_twice(21)" >twice &&
	echo 42 >expect &&
	test_cmp expect twice &&
	test_plan_empty v020.yaml e1 $TODAY
'

test_expect_success 'no update path (0.2.0 back to 0.1.1): one line listing what is reachable, exit 1, nothing changed' '
	state v011.yaml 0.1.1 &&
	refused e1 v011.yaml "error: extension $SQ$(echo pgform_testext)$SQ has no update path from version ${SQ}0.2.0$SQ to ${SQ}0.1.1$SQ (reachable from ${SQ}0.2.0$SQ: none)"
'

test_expect_success 'an update with a way back (0.1.0 to 0.1.1): no hazard; pgform rollback takes the path back' '
	test_createdb e2 &&
	test_apply v010.yaml e2 $TODAY 2>apply1.err &&
	test_db_state e2 >state.before &&
	test_plan v011.yaml e2 $TODAY >plan.out &&
	expect_plan update-0.1.0-0.1.1.plan plan.out &&
	test_apply v011.yaml e2 $TODAY 2>apply2.err &&
	installed e2 >actual &&
	printf "%s\n" "0.1.1 ext" "0.1.1" >expect &&
	test_cmp expect actual &&
	run_pgform rollback -d dbname=e2 >rollback.out 2>rollback.err &&
	installed e2 >actual &&
	printf "%s\n" "0.1.0 ext" "0.1.0" >expect &&
	test_cmp expect actual &&
	test_db_state e2 >state.after &&
	test_cmp state.before state.after &&
	test_plan_empty v010.yaml e2 $TODAY
'

test_expect_success 'a downgrade the extension ships (0.1.1 to 0.1.0) is planned and applied like an update' '
	test_apply v011.yaml e2 $TODAY 2>apply3.err &&
	test_plan v010.yaml e2 $TODAY >plan.out &&
	expect_plan downgrade-0.1.1-0.1.0.plan plan.out &&
	test_apply v010.yaml e2 $TODAY 2>apply4.err &&
	installed e2 >actual &&
	printf "%s\n" "0.1.0 ext" "0.1.0" >expect &&
	test_cmp expect actual &&
	test_plan_empty v010.yaml e2 $TODAY
'

test_expect_success 'an update with no way back (0.1.1 to 0.2.0): the plan shows it irreversible, and rollback refuses' '
	test_apply v011.yaml e2 $TODAY 2>apply5.err &&
	test_plan v020.yaml e2 $TODAY >plan.out &&
	expect_plan update-0.1.1-0.2.0.plan plan.out &&
	test_plan v020.yaml e2 $TODAY --format json >plan.json &&
	grep -F "the extension has no update path back to its current version" plan.json &&
	test_apply v020.yaml e2 $TODAY 2>apply6.err &&
	test_applies e2 | tail -n 1 | cut -d"|" -f1 >id &&
	test_db_state e2 >state.before &&
	test_must_fail run_pgform rollback -d dbname=e2 >rollback.out 2>rollback.err &&
	echo "error: step 1 of apply $(cat id) (alter extension pgform_testext) cannot be undone (the extension has no update path back to its current version); apply $(cat id) cannot be rolled back" >expect &&
	test_cmp expect rollback.err &&
	test_db_state e2 >state.after &&
	test_cmp state.before state.after
'

test_expect_success 'an extension the server does not have: one line, exit 1, nothing changed' '
	cat >nosuch.yaml <<-\EOF &&
	pgform: 1
	extensions:
	  pgform_nosuchext: {}
	EOF
	refused e1 nosuch.yaml "error: extension $SQ$(echo pgform_nosuchext)$SQ is not installed on the server (no pgform_nosuchext.control); install its package first"
'

test_expect_success 'a version the server does not have: one line listing the versions it has' '
	state v030.yaml 0.3.0 &&
	refused e1 v030.yaml "error: extension $SQ$(echo pgform_testext)$SQ version ${SQ}0.3.0$SQ is not available on the server (available: 0.1.0, 0.1.1, 0.2.0)"
'

test_expect_success 'a malformed version: a load error at its line and column, for plan and apply alike' '
	state bad.yaml "0.1--0.2" &&
	refused e1 bad.yaml "bad.yaml:7:14: error: invalid version ${SQ}0.1--0.2$SQ of extension ${SQ}pgform_testext$SQ: it contains ${SQ}--$SQ (which separates the versions in an update script${SQ}s name)"
'

test_expect_success 'an extension that needs shared_preload_libraries: refused at plan time, naming the setting' '
	cat >pss.yaml <<-\EOF &&
	pgform: 1
	extensions:
	  pg_stat_statements: {}
	EOF
	refused e1 pss.yaml "error: extension ${SQ}pg_stat_statements$SQ needs shared_preload_libraries to include ${SQ}pg_stat_statements$SQ (now: ${SQ}pg_cron$SQ)"
'

test_expect_success 'a check of the extension that fails after the update: the apply fails and the old version stays' '
	test_createdb e3 &&
	test_apply v010.yaml e3 $TODAY 2>apply1.err &&
	test_db_state e3 >state.before &&
	state failing.yaml 0.2.0 "    checks: [ \"SELECT ext.pgform_testext_version() = ${SQ}0.1.0$SQ\" ]" &&
	test_plan failing.yaml e3 $TODAY --format sql >plan.sql &&
	grep -F "check %L failed: it did not return true" plan.sql &&
	sed -n "/^BEGIN;\$/,/^COMMIT;\$/p" plan.sql | grep -c "^ALTER EXTENSION\|^DO " >n &&
	echo 2 >expect &&
	test_cmp expect n &&
	test_must_fail_code 3 test_run_plan_sql e3 -f failing.yaml --today $TODAY 2>psql.err &&
	grep -F "check ${SQ}extension pgform_testext check 1$SQ failed: it did not return true" psql.err &&
	test_db_state e3 >state.psql &&
	test_cmp state.before state.psql &&
	test_must_fail test_apply failing.yaml e3 $TODAY >apply.out 2>apply.err &&
	cat >expect <<-\EOF &&
	error: step 1 (alter extension pgform_testext): check '\''extension pgform_testext check 1'\'' failed: it did not return true
	apply 2 failed and was rolled back: the database is as before
	EOF
	test_cmp expect apply.err &&
	installed e3 >actual &&
	printf "%s\n" "0.1.0 ext" "0.1.0" >expect &&
	test_cmp expect actual &&
	test_db_state e3 >state.after &&
	test_cmp state.before state.after
'

test_expect_success 'a check of the extension that fails once it is created: the step fails, no extension is left' '
	test_createdb e4 &&
	state failing-create.yaml 0.1.1 "    checks: [ \"SELECT ext.pgform_testext_version() = ${SQ}0.1.0$SQ\" ]" &&
	test_must_fail test_apply failing-create.yaml e4 $TODAY >apply.out 2>apply.err &&
	grep -x "error: step 2 (create extension pgform_testext): check $SQ$(echo extension pgform_testext check 1)$SQ failed: it did not return true" apply.err &&
	test_pg_dump_schema -d e4 >dump &&
	! grep -i "extension\|schema ext" dump &&
	test_psql -d e4 -c "SELECT count(*) FROM pg_extension WHERE extname = ${SQ}pgform_testext$SQ" >n &&
	echo 0 >expect &&
	test_cmp expect n
'

test_expect_success 'a check that errors after the update: the same, with PostgreSQL'"'"'s error' '
	state erroring.yaml 0.1.1 "    checks: [ \"SELECT ext.no_such_function() > 0\" ]" &&
	test_must_fail test_apply erroring.yaml e3 $TODAY >apply.out 2>apply.err &&
	head -n 1 apply.err >first &&
	echo "error: step 1 (alter extension pgform_testext): check $SQ$(echo extension pgform_testext check 1)$SQ failed: function ext.no_such_function() does not exist" >expect &&
	test_cmp expect first &&
	installed e3 >actual &&
	printf "%s\n" "0.1.0 ext" "0.1.0" >expect &&
	test_cmp expect actual
'

test_expect_success 'a passing check: the update is applied, the check ran after it' '
	state passing.yaml 0.1.1 "    checks: [ \"SELECT ext.pgform_testext_version() = ${SQ}0.1.1$SQ\" ]" &&
	test_apply passing.yaml e3 $TODAY 2>apply.err &&
	installed e3 >actual &&
	printf "%s\n" "0.1.1 ext" "0.1.1" >expect &&
	test_cmp expect actual &&
	test_plan_empty passing.yaml e3 $TODAY
'

# upgrade_state FILE EXPECTED: the upgrade to 0.2.0 with a view that reads
# what 0.2.0 adds, a check of the extension (that the version is EXPECTED,
# an SQL literal) and a check of the state.
upgrade_state () {
	cat >"$1" <<-EOF
	pgform: 1
	schemas:
	  ext: {}
	  app: {}
	extensions:
	  pgform_testext:
	    schema: ext
	    version: "0.2.0"
	    checks: [ "SELECT ext.pgform_testext_version() = $2" ]
	views:
	  app.doubled:
	    query: SELECT ext.pgform_testext_twice(21) AS answer
	checks:
	  - name: the view answers
	    sql: SELECT answer = 42 FROM app.doubled
	EOF
}

test_expect_success 'dry run of the upgrade: every step and check ran, each reported with its time; the verdict; nothing changed' '
	upgrade_state upgrade.yaml "${SQ}0.2.0$SQ" &&
	test_db_state e3 >state.before &&
	test_apply upgrade.yaml e3 $TODAY --dry-run >dry.out 2>dry.err &&
	head -n 1 dry.out >head &&
	grep -E "^step +action +target +ms +rows +locks held\$" head &&
	grep "^[0-9]" dry.out | sed -E "s/ +[0-9]+\.[0-9] +(-|[0-9]+) +[A-Za-z].*\$/ MS/" | tr -s " " >report &&
	grep "^- " dry.out | sed -E "s/ +[0-9]+\.[0-9] +- +/ MS /" | tr -s " " >>report &&
	cat >expect <<-\EOF &&
	1 alter pgform_testext MS
	2 create app MS
	3 create app.doubled MS
	- check extension pgform_testext check 1 MS returned true
	- check the view answers MS returned true
	EOF
	test_cmp expect report &&
	tail -n 1 dry.err >verdict &&
	echo "dry run: the apply would succeed (3 steps, 2 checks); all was rolled back" >expect &&
	test_cmp expect verdict &&
	test_db_state e3 >state.after &&
	test_cmp state.before state.after &&
	installed e3 >actual &&
	printf "%s\n" "0.1.1 ext" "0.1.1" >expect &&
	test_cmp expect actual
'

test_expect_success 'dry run with a check of the extension failing: it names the step, the check and the error; nothing changed' '
	upgrade_state upgrade-bad.yaml "${SQ}0.1.1$SQ" &&
	test_db_state e3 >state.before &&
	test_must_fail test_apply upgrade-bad.yaml e3 $TODAY --dry-run >dry.out 2>dry.err &&
	grep -E "^1 +alter +pgform_testext +[0-9]+\.[0-9] +- +failed: check $SQ$(echo extension pgform_testext check 1)$SQ failed: it did not return true\$" dry.out &&
	tail -n 1 dry.err >verdict &&
	echo "error: dry run: the apply would fail at step 1 (alter extension pgform_testext): check $SQ$(echo extension pgform_testext check 1)$SQ failed: it did not return true; all was rolled back" >expect &&
	test_cmp expect verdict &&
	test_db_state e3 >state.after &&
	test_cmp state.before state.after
'

test_expect_success 'dry run with a check of the state failing after the steps: it names the check and the error; nothing changed' '
	upgrade_state upgrade-view.yaml "${SQ}0.2.0$SQ" &&
	sed -i "s/answer = 42/answer = 41/" upgrade-view.yaml &&
	test_db_state e3 >state.before &&
	test_must_fail test_apply upgrade-view.yaml e3 $TODAY --dry-run >dry.out 2>dry.err &&
	grep -E "^- +check +the view answers +[0-9]+\.[0-9] +- +failed: it did not return true\$" dry.out &&
	tail -n 1 dry.err >verdict &&
	echo "error: dry run: the apply would fail: check ${SQ}the view answers$SQ failed after the steps: it did not return true; all was rolled back" >expect &&
	test_cmp expect verdict &&
	test_db_state e3 >state.after &&
	test_cmp state.before state.after
'

test_expect_success 'dry run with a check of the state failing before the steps: it stops there, naming the check' '
	upgrade_state upgrade-before.yaml "${SQ}0.2.0$SQ" &&
	cat >>upgrade-before.yaml <<-\EOF &&
	  - name: never true
	    sql: SELECT 1 = 2
	EOF
	test_db_state e3 >state.before &&
	test_must_fail test_apply upgrade-before.yaml e3 $TODAY --dry-run >dry.out 2>dry.err &&
	test_line_count = 0 dry.out &&
	tail -n 1 dry.err >verdict &&
	echo "error: dry run: the apply would fail: check ${SQ}never true$SQ failed before the steps: it did not return true; all was rolled back" >expect &&
	test_cmp expect verdict &&
	test_db_state e3 >state.after &&
	test_cmp state.before state.after
'

test_expect_success 'the upgrade applied: the view reads what 0.2.0 added' '
	upgrade_state upgrade.yaml "${SQ}0.2.0$SQ" &&
	test_apply upgrade.yaml e3 $TODAY 2>apply.err &&
	test_psql -d e3 -c "SELECT answer FROM app.doubled" >answer &&
	echo 42 >expect &&
	test_cmp expect answer &&
	test_plan_empty upgrade.yaml e3 $TODAY
'

test_done
