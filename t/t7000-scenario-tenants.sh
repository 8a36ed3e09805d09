#!/bin/bash
test_description='warehouse scenario: a tenant is added, disabled, re-enabled and dropped (operations guide), with the data invariant and an empty follow-up plan after every step'
. "$(dirname "$0")/test-lib.sh"

test_start_pg

# The warehouse is the postgres database, where pg_cron runs.  Three
# tenants of 60 days (2026-01-01 .. 2026-03-01); tenant_d joins later.
WH=postgres
T0=2026-03-01
A="tenant_a:src_a:2026-01-01"
B="tenant_b:src_b:2026-01-01"
C="tenant_c:src_c:2026-01-01"
D="tenant_d:src_d:2026-01-15"

test_expect_success 'setup: four tenant sources, the warehouse of three tenants x 60 days' '
	scn_sources src_a:2025-12-01:2026-03-31:3 src_b:2025-12-01:2026-03-31:4 \
		src_c:2025-12-01:2026-03-31:5 src_d:2025-12-01:2026-03-31:2 &&
	scn_state wh $A $B $C &&
	test_apply wh $WH $T0 2>err &&
	grep -E "^apply 1: [0-9]+ steps done in [0-9.]+ s\$" err &&
	test_psql -c "SELECT count(*) FROM pg_matviews WHERE matviewname LIKE '\''foodlogstats\_2026\_%'\''" >n &&
	echo 180 >expect &&
	test_cmp expect n &&
	scn_check wh $WH $T0 $A:$T0 $B:$T0 $C:$T0
'

# A reader counts the rows of the public view every 50 ms through every
# apply below (at most 100 s); the last test requires it saw no error.
test_expect_success 'setup: a reader of the public view, through every apply below' '
	scn_reader_start rw $WH "SELECT count(*) FROM public.foodlogstats" &&
	scn_reader_wait rw
'

test_expect_success 'add tenant_d: the plan creates its schema, connection, backfill, union view, cron jobs and re-points the public view' '
	scn_tenant wh tenant_d src_d 2026-01-15 &&
	test_plan wh $WH $T0 >plan &&
	sed -e "s/^\(+ user mapping pgform_tenant_d for \).*/\1USER/" plan >actual &&
	cat >expect <<-\EOF &&
	+ schema tenant_d
	+ server pgform_tenant_d
	+ user mapping pgform_tenant_d for USER
	+ 46 daily parts of tenant_d.foodlogstats (2026-01-15 … 2026-03-01)
	+ view tenant_d.foodlogstats
	~ replace view public.foodlogstats (tenants added or removed)
	+ cron job foodlogstats_update_tenant_d
	+ cron job tenant_d_2week_refresh

	Plan: 52 to create, 0 to rebuild, 1 to change, 0 to drop.
	EOF
	test_cmp expect actual
'

test_expect_success 'add tenant_d: apply; schema, grants, server, user mapping, backfill, views and active cron jobs are there' '
	test_apply wh $WH $T0 2>err &&
	grep -E "^apply 2: 53 steps done in [0-9.]+ s\$" err &&
	scn_check wh $WH $T0 $A:$T0 $B:$T0 $C:$T0 $D:$T0 &&
	test_psql -c "SELECT has_schema_privilege('\''phood_ro'\'', '\''tenant_d'\'', '\''USAGE'\''),
		has_table_privilege('\''phood_ro'\'', '\''tenant_d.foodlogstats_2026_01_15'\'', '\''SELECT'\''),
		has_table_privilege('\''phood_ro'\'', '\''tenant_d.foodlogstats_2026_03_01'\'', '\''SELECT'\''),
		has_table_privilege('\''phood_ro'\'', '\''tenant_d.foodlogstats'\'', '\''SELECT'\''),
		has_table_privilege('\''phood_ro'\'', '\''public.foodlogstats'\'', '\''SELECT'\'')" >actual &&
	echo "t|t|t|t|t" >expect &&
	test_cmp expect actual &&
	test_psql -c "SELECT srvname, array_to_string(srvoptions, '\'','\'')
		FROM pg_foreign_server WHERE srvname = '\''pgform_tenant_d'\''" >actual &&
	echo "pgform_tenant_d|host=127.0.0.1,port=$PGPORT,dbname=src_d" >expect &&
	test_cmp expect actual &&
	test_psql -c "SELECT count(*) FROM pg_user_mappings WHERE srvname = '\''pgform_tenant_d'\''
		AND umoptions @> ARRAY['\''user=scn_reader'\'']" >actual &&
	echo 1 >expect &&
	test_cmp expect actual &&
	test_psql -c "SELECT count(*), min(matviewname), max(matviewname) FROM pg_matviews
		WHERE schemaname = '\''tenant_d'\''" >actual &&
	echo "46|foodlogstats_2026_01_15|foodlogstats_2026_03_01" >expect &&
	test_cmp expect actual &&
	scn_jobs | grep tenant_d >actual &&
	sed -e "s/^\([^|]*\)|[0-9]* /\1|M /" actual >jobs &&
	cat >expect <<-\EOF &&
	foodlogstats_update_tenant_d|M * * * *|postgres|whadmin|t
	tenant_d_2week_refresh|M 8 * * *|postgres|whadmin|t
	EOF
	test_cmp expect jobs &&
	test_psql -c "SELECT count(*) FROM cron.job WHERE jobname LIKE '\''%tenant_d%'\''
		AND command = format('\''SELECT _wh.update_mv_by_template(%L, %L, %L, current_date)'\'',
			'\''foodlogstats'\'', '\''tenant_d'\'', '\''tenant_d'\'')" >n &&
	echo 1 >expect &&
	test_cmp expect n &&
	PGPASSWORD=$PHOOD_RO_PASSWORD test_psql -h 127.0.0.1 -U phood_ro -d $WH \
		-c "SELECT count(*) > 0 FROM public.foodlogstats WHERE schema_name = '\''tenant_d'\''" >actual &&
	echo t >expect &&
	test_cmp expect actual
'

test_expect_success 'disable tenant_d, today two days later: its jobs become inactive, nothing new is built for it' '
	scn_tenant wh tenant_d src_d 2026-01-15 "" false &&
	test_plan wh $WH 2026-03-03 >plan &&
	cat >expect <<-\EOF &&
	+ materialized view tenant_a.foodlogstats_2026_03_02
	+ materialized view tenant_a.foodlogstats_2026_03_03
	+ materialized view tenant_b.foodlogstats_2026_03_02
	+ materialized view tenant_b.foodlogstats_2026_03_03
	+ materialized view tenant_c.foodlogstats_2026_03_02
	+ materialized view tenant_c.foodlogstats_2026_03_03
	~ replace view tenant_a.foodlogstats (parts added or removed)
	~ replace view tenant_b.foodlogstats (parts added or removed)
	~ replace view tenant_c.foodlogstats (parts added or removed)
	~ cron job foodlogstats_update_tenant_d (deactivate)
	~ cron job tenant_d_2week_refresh (deactivate)
	EOF
	grep -v "^#" plan | sed -n "/^[-+~±]/p" >actual &&
	test_cmp expect actual &&
	grep -E "^Plan: 6 to create, 0 to rebuild, 5 to change, 0 to drop\." plan &&
	test_apply wh $WH 2026-03-03 &&
	scn_jobs | grep tenant_d | cut -d"|" -f1,5 >actual &&
	printf "%s\n" "foodlogstats_update_tenant_d|f" "tenant_d_2week_refresh|f" >expect &&
	test_cmp expect actual &&
	scn_jobs | grep -v tenant_d | cut -d"|" -f5 | sort -u >actual &&
	echo t >expect &&
	test_cmp expect actual
'

test_expect_success 'disabled tenant_d: data, union view and place in the public view stay; the plan is empty' '
	scn_check_rows $WH $A:2026-03-03 $B:2026-03-03 $C:2026-03-03 $D:$T0 &&
	test_plan_empty wh $WH 2026-03-03 &&
	test_psql -c "SELECT count(*) FROM pg_matviews WHERE schemaname = '\''tenant_d'\''" >n &&
	echo 46 >expect &&
	test_cmp expect n &&
	test_psql -c "SELECT count(*) > 0 FROM tenant_d.foodlogstats" >actual &&
	echo t >expect &&
	test_cmp expect actual &&
	PGPASSWORD=$PHOOD_RO_PASSWORD test_psql -h 127.0.0.1 -U phood_ro -d $WH \
		-c "SELECT max(logged_time)::date FROM public.foodlogstats WHERE schema_name = '\''tenant_d'\''" >actual &&
	echo 2026-03-01 >expect &&
	test_cmp expect actual
'

test_expect_success 'a template change while tenant_d is disabled and its source is gone: its parts are kept (the plan says so), the others are rebuilt, the apply succeeds' '
	CHANGED="SELECT f.id, f.logged_time, f.weight, l.name AS location, '\''{CLIENT}'\'' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE (f.logged_time AT TIME ZONE '\''UTC'\'')::date = '\''{TARGET_DATE}'\''::date AND f.id >= 0" &&
	test_psql -c "REVOKE CONNECT ON DATABASE src_d FROM PUBLIC" &&
	test_when_finished "test_psql -c \"GRANT CONNECT ON DATABASE src_d TO PUBLIC\"" &&
	SCN_QUERY=$CHANGED scn_state wh $A $B $C &&
	scn_tenant wh tenant_d src_d 2026-01-15 "" false &&
	test_plan wh $WH 2026-03-03 >plan &&
	grep -x "# left out: materialized view tenant_d.foodlogstats_\* (46 daily parts): tenant '\''tenant_d'\'' is disabled: they keep the definition they were built with (enable it to rebuild them)" plan &&
	! grep "^± .*tenant_d" plan &&
	grep -E "^Plan: 0 to create, 186 to rebuild, 0 to change, 0 to drop\. 1 left out\." plan &&
	test_apply wh $WH 2026-03-03 2>apply.err &&
	grep -E "^apply [0-9]+: [0-9]+ steps done in" apply.err &&
	test_psql -c "SELECT count(*) FROM pg_matviews WHERE schemaname = '\''tenant_d'\'' AND definition LIKE '\''%f.id >= 0%'\''" >n &&
	echo 0 >expect &&
	test_cmp expect n &&
	test_psql -c "SELECT count(*) FROM pg_matviews WHERE schemaname <> '\''tenant_d'\'' AND definition LIKE '\''%f.id >= 0%'\''" >n &&
	echo 186 >expect &&
	test_cmp expect n &&
	scn_state wh $A $B $C &&
	scn_tenant wh tenant_d src_d 2026-01-15 "" false &&
	test_apply wh $WH 2026-03-03 2>apply.err &&
	test_plan_empty wh $WH 2026-03-03
'

test_expect_success 're-enable tenant_d three days later: the missing days are caught up, its jobs are active again' '
	scn_tenant wh tenant_d src_d 2026-01-15 &&
	test_plan wh $WH 2026-03-06 >plan &&
	grep -x "+ 5 daily parts of tenant_d.foodlogstats (2026-03-02 … 2026-03-06)" plan &&
	grep -x "~ cron job foodlogstats_update_tenant_d (activate)" plan &&
	grep -x "~ cron job tenant_d_2week_refresh (activate)" plan &&
	! grep "left out" plan &&
	test_apply wh $WH 2026-03-06 &&
	scn_check wh $WH 2026-03-06 $A:2026-03-06 $B:2026-03-06 $C:2026-03-06 $D:2026-03-06 &&
	test_psql -c "SELECT count(*), max(matviewname) FROM pg_matviews WHERE schemaname = '\''tenant_d'\''" >actual &&
	echo "51|foodlogstats_2026_03_06" >expect &&
	test_cmp expect actual &&
	scn_jobs | grep tenant_d | cut -d"|" -f1,5 >actual &&
	printf "%s\n" "foodlogstats_update_tenant_d|t" "tenant_d_2week_refresh|t" >expect &&
	test_cmp expect actual
'

TODAY=2026-03-06

test_expect_success 'drop tenant_d without --allow-destroy: the schema is left out with the reason, the public view loses it' '
	rm wh/tenants/tenant_d.yaml &&
	test_plan wh $WH $TODAY >plan &&
	grep -x "# left out: schema tenant_d: no longer in the desired state; dropping it destroys data: run with --allow-destroy" plan &&
	grep "^~ replace view public.foodlogstats (" plan &&
	! grep -E "^- schema tenant_d" plan &&
	! grep -E "^- .*tenant_d\.foodlogstats_" plan
'

test_expect_success 'drop tenant_d with --allow-destroy: public view first, then cron jobs, then schema, then connection' '
	test_plan wh $WH $TODAY --allow-destroy --format json >plan.json &&
	test_plan_steps plan.json >steps &&
	grep -v "|user_mapping|" steps | cut -d"|" -f2- | sort >actual &&
	sort >expect <<-\EOF &&
	replace|view|public.foodlogstats
	drop|cron_job|foodlogstats_update_tenant_d
	drop|cron_job|tenant_d_2week_refresh
	drop|schema|tenant_d
	drop|server|pgform_tenant_d
	EOF
	test_cmp expect actual &&
	step () { grep "|$1\$" steps | cut -d"|" -f1; } &&
	test "$(step public.foodlogstats)" = 1 &&
	test "$(step foodlogstats_update_tenant_d)" -lt "$(step tenant_d)" &&
	test "$(step tenant_d_2week_refresh)" -lt "$(step tenant_d)" &&
	test "$(step tenant_d)" -lt "$(step pgform_tenant_d)" &&
	# the user mapping goes with the server (DROP SERVER ... CASCADE) or just before it
	grep "|user_mapping|" steps >um || : &&
	test_line_count -le 1 um &&
	{ ! test -s um || { grep "|drop|user_mapping|pgform_tenant_d for " um &&
		test "$(cut -d"|" -f1 um)" -lt "$(step pgform_tenant_d)"; }; } &&
	/usr/bin/python3 -c "
import json
p = json.load(open(\"plan.json\"))
assert p[\"skipped\"] == [], p[\"skipped\"]
haz = sorted((h[\"target\"], h[\"hazard\"]) for h in p[\"hazards\"])
assert (\"tenant_d\", \"drops_data\") in haz, haz
for s in p[\"steps\"]:
    assert all(d < s[\"id\"] for d in s[\"depends_on\"]), s
"
'

test_expect_success 'a user mapping made by hand for another role on tenant_d'"'"'s server: --allow-destroy leaves the server out, naming the role; the plan drops no mapping' '
	test_psql -c "CREATE ROLE hand_mapper" &&
	test_when_finished "test_psql -c \"DROP ROLE hand_mapper\"" &&
	test_psql -c "CREATE USER MAPPING FOR hand_mapper SERVER pgform_tenant_d OPTIONS (user '"'"'someone'"'"')" &&
	test_plan wh $WH $TODAY --allow-destroy >plan &&
	grep -x "# left out: server pgform_tenant_d: no longer in the desired state, but 1 user mapping pgform does not manage uses it (for hand_mapper); drop it first" plan &&
	! grep -E "^- (server|user mapping) " plan &&
	test_plan wh $WH $TODAY --allow-destroy --format sql >plan.sql &&
	! grep -E "DROP (SERVER|USER MAPPING)" plan.sql &&
	test_psql -c "DROP USER MAPPING FOR hand_mapper SERVER pgform_tenant_d" &&
	test_plan wh $WH $TODAY --allow-destroy --format sql >plan.sql &&
	grep -x "DROP SERVER pgform_tenant_d;" plan.sql &&
	! grep CASCADE plan.sql
'

test_expect_success 'apply the drop without --allow-destroy: the schema and its data stay, the public view no longer reads them' '
	test_apply wh $WH $TODAY &&
	scn_check_rows $WH $A:$TODAY $B:$TODAY $C:$TODAY &&
	TEST_LEFT_OUT="schema tenant_d" test_plan_empty wh $WH $TODAY &&
	test_psql -c "SELECT count(*) FROM pg_matviews WHERE schemaname = '\''tenant_d'\''" >n &&
	echo 51 >expect &&
	test_cmp expect n &&
	test_psql -c "SELECT count(*) FROM pg_depend d JOIN pg_rewrite r ON r.oid = d.objid
		WHERE r.ev_class = '\''public.foodlogstats'\''::regclass
		AND d.refobjid IN (SELECT oid FROM pg_class WHERE relnamespace = '\''tenant_d'\''::regnamespace)" >n &&
	echo 0 >expect &&
	test_cmp expect n
'

test_expect_success 'a table made by hand in tenant_d: --allow-destroy leaves the schema out, naming it, and never drops it' '
	test_psql -c "CREATE TABLE tenant_d.notes (id int PRIMARY KEY, txt text);
		INSERT INTO tenant_d.notes VALUES (1, '\''keep me'\'')" &&
	test_plan wh $WH $TODAY --allow-destroy >plan &&
	grep -E "^# left out: schema tenant_d: .*tenant_d\.notes" plan &&
	! grep -E "^- schema tenant_d" plan &&
	test_plan wh $WH $TODAY --allow-destroy --format json >plan.json &&
	/usr/bin/python3 -c "
import json
p = json.load(open(\"plan.json\"))
sk = [s for s in p[\"skipped\"] if s[\"kind\"] == \"schema\" and s[\"target\"] == \"tenant_d\"]
assert len(sk) == 1 and \"tenant_d.notes\" in sk[0][\"reason\"], p[\"skipped\"]
assert not [s for s in p[\"steps\"] if s[\"kind\"] == \"schema\"], p[\"steps\"]
" &&
	test_apply wh $WH $TODAY --allow-destroy &&
	test_psql -c "SELECT * FROM tenant_d.notes" >actual &&
	echo "1|keep me" >expect &&
	test_cmp expect actual &&
	scn_check_rows $WH $A:$TODAY $B:$TODAY $C:$TODAY &&
	TEST_LEFT_OUT="schema tenant_d: .*tenant_d\.notes" test_plan_empty wh $WH $TODAY --allow-destroy
'

test_expect_success 'once the table is gone, --allow-destroy drops schema, connection and cron jobs of tenant_d' '
	test_psql -c "DROP TABLE tenant_d.notes" &&
	test_apply wh $WH $TODAY --allow-destroy &&
	test_psql -c "SELECT count(*) FROM pg_namespace WHERE nspname = '\''tenant_d'\''" >n &&
	test_psql -c "SELECT count(*) FROM pg_foreign_server WHERE srvname = '\''pgform_tenant_d'\''" >>n &&
	test_psql -c "SELECT count(*) FROM pg_user_mappings WHERE srvname = '\''pgform_tenant_d'\''" >>n &&
	test_psql -c "SELECT count(*) FROM cron.job WHERE jobname LIKE '\''%tenant_d%'\''" >>n &&
	printf "0\n%.0s" 1 2 3 4 >expect &&
	test_cmp expect n &&
	scn_check wh $WH $TODAY $A:$TODAY $B:$TODAY $C:$TODAY &&
	test_plan_empty wh $WH $TODAY --allow-destroy &&
	scn_jobs | cut -d"|" -f1 >actual &&
	cat >expect <<-\EOF &&
	foodlogstats_update_tenant_a
	foodlogstats_update_tenant_b
	foodlogstats_update_tenant_c
	tenant_a_2week_refresh
	tenant_b_2week_refresh
	tenant_c_2week_refresh
	EOF
	test_cmp expect actual
'

test_expect_success 'the reader of the public view saw no error through every apply above' '
	scn_reader_stop rw &&
	scn_reader_no_error rw
'

test_done
