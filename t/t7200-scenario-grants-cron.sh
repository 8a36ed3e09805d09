#!/bin/bash
test_description='warehouse scenario: template grants change on every part and view; cron schedules change in place; global jobs; jobs made by hand are left alone; a warehouse outside the postgres database gets its jobs through cron.database_name'
. "$(dirname "$0")/test-lib.sh"

test_start_pg

WH=postgres
T0=2026-03-01
A="tenant_a:src_a:2026-01-01"
B="tenant_b:src_b:2026-01-01"
C="tenant_c:src_c:2026-01-01"

state () {
	scn_state wh $A $B $C
}

# every relation of template foodlogstats: count, how many role $1 may
# SELECT, how many role $2 may SELECT
template_privs () {
	test_psql -c "SELECT count(*),
		count(*) FILTER (WHERE has_table_privilege('$1', c.oid, 'SELECT')),
		count(*) FILTER (WHERE has_table_privilege('$2', c.oid, 'SELECT'))
		FROM pg_class c
		WHERE c.relkind IN ('r', 'm', 'v')
		AND ((c.relname LIKE 'foodlogstats%'
		      AND c.relnamespace::regnamespace::text IN ('tenant_a', 'tenant_b', 'tenant_c'))
		     OR c.oid = 'public.foodlogstats'::regclass)"
}

# the jobs made by hand are exactly as they were made
handmade_intact () {
	test_psql -c "SELECT jobid, jobname, schedule, command, database, username, active
		FROM cron.job WHERE jobname IN ('handmade_vacuum', 'foodlogstats_update_tenant_zz')
		ORDER BY jobname" >handmade.now &&
	test_cmp handmade.expect handmade.now
}

test_expect_success 'setup: the warehouse of three tenants x 60 days, and two jobs made by hand' '
	scn_sources src_a:2025-12-01:2026-03-31:3 src_b:2025-12-01:2026-03-31:4 \
		src_c:2025-12-01:2026-03-31:5 &&
	state &&
	test_apply wh $WH $T0 &&
	test_psql -c "SELECT cron.schedule('\''handmade_vacuum'\'', '\''30 2 * * *'\'', '\''VACUUM'\'')" &&
	test_psql -c "SELECT cron.schedule('\''foodlogstats_update_tenant_zz'\'', '\''5 5 * * *'\'', '\''SELECT 1'\'')" &&
	test_psql -c "SELECT jobid, jobname, schedule, command, database, username, active
		FROM cron.job WHERE jobname IN ('\''handmade_vacuum'\'', '\''foodlogstats_update_tenant_zz'\'')
		ORDER BY jobname" >handmade.expect &&
	test_line_count = 2 handmade.expect &&
	scn_check wh $WH $T0 $A:$T0 $B:$T0 $C:$T0 &&
	template_privs phood_ro analyst >actual &&
	echo "184|184|0" >expect &&
	test_cmp expect actual
'

test_expect_success 'jobs made by hand are not in the plan' '
	test_plan wh $WH $T0 -v >plan &&
	! grep -E "handmade|tenant_zz" plan &&
	test_plan wh $WH $T0 --allow-destroy >plan &&
	echo "$NOCHANGE" >expect &&
	test_cmp expect plan
'

test_expect_success 'grant SELECT on the template to analyst too: every part, union view and public view' '
	SCN_GRANTS="[ { role: phood_ro, privileges: [SELECT] }, { role: analyst, privileges: [SELECT] } ]" state &&
	test_plan wh $WH $T0 >plan &&
	sed -n "/^[-+~±]/p" plan >actual &&
	cat >expect <<-\EOF &&
	~ 60 daily parts of tenant_a.foodlogstats (2026-01-01 … 2026-03-01; owner, privileges or comment)
	~ 60 daily parts of tenant_b.foodlogstats (2026-01-01 … 2026-03-01; owner, privileges or comment)
	~ 60 daily parts of tenant_c.foodlogstats (2026-01-01 … 2026-03-01; owner, privileges or comment)
	~ view tenant_a.foodlogstats (owner, privileges or comment)
	~ view tenant_b.foodlogstats (owner, privileges or comment)
	~ view tenant_c.foodlogstats (owner, privileges or comment)
	~ view public.foodlogstats (owner, privileges or comment)
	EOF
	test_cmp expect actual &&
	grep -E "^Plan: 0 to create, 0 to rebuild, 184 to change, 0 to drop\.\$" plan &&
	test_apply wh $WH $T0 &&
	template_privs phood_ro analyst >actual &&
	echo "184|184|184" >expect &&
	test_cmp expect actual &&
	PGPASSWORD=$ANALYST_PASSWORD test_psql -h 127.0.0.1 -U analyst -d $WH \
		-c "SELECT count(*) > 0 FROM public.foodlogstats" >actual &&
	echo t >expect &&
	test_cmp expect actual &&
	handmade_intact &&
	scn_check wh $WH $T0 $A:$T0 $B:$T0 $C:$T0
'

test_expect_success 'take SELECT away from phood_ro: revoked everywhere, its schema USAGE stays' '
	SCN_GRANTS="[ { role: analyst, privileges: [SELECT] } ]" state &&
	test_plan wh $WH $T0 -v --format json >plan.json &&
	test_plan_steps plan.json | cut -d"|" -f2,3 | sort | uniq -c >kinds &&
	cat >expect <<-\EOF &&
	    180 alter|materialized_view
	      4 alter|view
	EOF
	test_cmp expect kinds &&
	/usr/bin/python3 -c "
import json
p = json.load(open(\"plan.json\"))
for s in p[\"steps\"]:
    assert s[\"swap\"] == [\"REVOKE SELECT ON TABLE %s FROM phood_ro\" % s[\"target\"]], s[\"swap\"]
" &&
	test_apply wh $WH $T0 &&
	template_privs phood_ro analyst >actual &&
	echo "184|0|184" >expect &&
	test_cmp expect actual &&
	test_must_fail env PGPASSWORD=$PHOOD_RO_PASSWORD "$TEST_PG_BIN/psql" -X -At -h 127.0.0.1 -U phood_ro -d $WH \
		-c "SELECT count(*) FROM public.foodlogstats" 2>denied &&
	grep "permission denied" denied &&
	test_psql -c "SELECT bool_and(has_schema_privilege('\''phood_ro'\'', s, '\''USAGE'\''))
		FROM unnest(ARRAY['\''tenant_a'\'', '\''tenant_b'\'', '\''tenant_c'\'']) s" >actual &&
	echo t >expect &&
	test_cmp expect actual &&
	handmade_intact &&
	scn_check wh $WH $T0 $A:$T0 $B:$T0 $C:$T0
'

test_expect_success 'a new part made later gets the grants of the template as it is now' '
	test_apply wh $WH 2026-03-02 &&
	test_psql -c "SELECT has_table_privilege('\''analyst'\'', '\''tenant_b.foodlogstats_2026_03_02'\'', '\''SELECT'\''),
		has_table_privilege('\''phood_ro'\'', '\''tenant_b.foodlogstats_2026_03_02'\'', '\''SELECT'\'')" >actual &&
	echo "t|f" >expect &&
	test_cmp expect actual &&
	scn_check wh $WH 2026-03-02 $A:2026-03-02 $B:2026-03-02 $C:2026-03-02
'

T1=2026-03-02

test_expect_success 'change the schedule of a per-tenant job: altered in place, jobid and minute kept' '
	scn_jobids >ids.before &&
	scn_jobs | grep "^foodlogstats_update_tenant_" >jobs.before &&
	SCN_GRANTS="[ { role: analyst, privileges: [SELECT] } ]" SCN_MINUTE_JOB="{minute} */2 * * *" state &&
	test_plan wh $WH $T1 >plan &&
	sed -n "/^[-+~±]/p" plan >actual &&
	cat >expect <<-\EOF &&
	~ cron job foodlogstats_update_tenant_a (schedule)
	~ cron job foodlogstats_update_tenant_b (schedule)
	~ cron job foodlogstats_update_tenant_c (schedule)
	EOF
	test_cmp expect actual &&
	test_apply wh $WH $T1 &&
	scn_jobids >ids.after &&
	test_cmp ids.before ids.after &&
	sed -e "s/^\([^|]*|[0-9]*\) \* \* \* \*|/\1 *\/2 * * *|/" jobs.before >expect &&
	scn_jobs | grep "^foodlogstats_update_tenant_" >actual &&
	test_cmp expect actual &&
	handmade_intact &&
	scn_check wh $WH $T1 $A:$T1 $B:$T1 $C:$T1
'

GLOBAL_JOBS='  nightly_vacuum:
    schedule: "0 3 * * 0"
    command: VACUUM ANALYZE
  reports_refresh:
    schedule: "15 * * * *"
    command: SELECT 1
    username: whadmin
    active: false'

test_expect_success 'global jobs: created once, as declared (user, active)' '
	SCN_GRANTS="[ { role: analyst, privileges: [SELECT] } ]" SCN_MINUTE_JOB="{minute} */2 * * *" \
		SCN_CRON_EXTRA=$GLOBAL_JOBS state &&
	test_plan wh $WH $T1 >plan &&
	sed -n "/^[-+~±]/p" plan >actual &&
	printf "%s\n" "+ cron job nightly_vacuum" "+ cron job reports_refresh" >expect &&
	test_cmp expect actual &&
	test_apply wh $WH $T1 &&
	scn_jobs | grep -E "^(nightly_vacuum|reports_refresh)\|" >actual &&
	cat >expect <<-EOF &&
	nightly_vacuum|0 3 * * 0|postgres|$PGUSER|t
	reports_refresh|15 * * * *|postgres|whadmin|f
	EOF
	test_cmp expect actual &&
	test_psql -c "SELECT command FROM cron.job WHERE jobname = '\''nightly_vacuum'\''" >actual &&
	echo "VACUUM ANALYZE" >expect &&
	test_cmp expect actual &&
	handmade_intact &&
	scn_check wh $WH $T1 $A:$T1 $B:$T1 $C:$T1
'

test_expect_success 'a global job changed by hand is put back; one taken out of the state is unscheduled' '
	scn_jobids >ids.before &&
	test_psql -c "UPDATE cron.job SET schedule = '\''1 1 * * *'\'' WHERE jobname = '\''nightly_vacuum'\''" &&
	test_plan wh $WH $T1 >plan &&
	grep -x "~ cron job nightly_vacuum (schedule)" plan &&
	test_apply wh $WH $T1 &&
	scn_jobids >ids.after &&
	test_cmp ids.before ids.after &&
	scn_jobs | grep "^nightly_vacuum|" >actual &&
	echo "nightly_vacuum|0 3 * * 0|postgres|$PGUSER|t" >expect &&
	test_cmp expect actual &&
	SCN_GRANTS="[ { role: analyst, privileges: [SELECT] } ]" SCN_MINUTE_JOB="{minute} */2 * * *" state &&
	test_plan wh $WH $T1 >plan &&
	sed -n "/^[-+~±]/p" plan >actual &&
	printf "%s\n" "- cron job nightly_vacuum (no longer in the desired state)" \
		"- cron job reports_refresh (no longer in the desired state)" >expect &&
	test_cmp expect actual &&
	test_apply wh $WH $T1 &&
	test_psql -c "SELECT count(*) FROM cron.job WHERE jobname IN ('\''nightly_vacuum'\'', '\''reports_refresh'\'')" >n &&
	echo 0 >expect &&
	test_cmp expect n &&
	handmade_intact &&
	scn_check wh $WH $T1 $A:$T1 $B:$T1 $C:$T1
'

# A second warehouse in database wh_other: pg_cron lives in postgres
# (cron.database_name), so pgform reads and schedules its jobs there.
E="tenant_e:src_a:2026-02-20"
F="tenant_f:src_b:2026-02-20"

# other_state [:UNTIL:ENABLED]: the state of the other warehouse, tenant_f
# with UNTIL and ENABLED as given
other_state () {
	SCN_PG_CRON=0 scn_state other $E "$F$1"
}

test_expect_success 'a warehouse in another database declares no pg_cron; declaring it is an error naming cron.database_name' '
	test_createdb wh_other &&
	other_state &&
	sed "s/^  dblink: {}\$/  dblink: {}\n  pg_cron: {}/" other/pgform.yaml >other/with-cron.yaml &&
	test_must_fail pgform plan -f other/with-cron.yaml -d dbname=wh_other --today $T1 >out 2>err &&
	grep "pg_cron.*postgres.*cron.database_name.*wh_other" err
'

test_expect_success 'the other warehouse: its jobs are scheduled in postgres for database wh_other' '
	test_plan other wh_other $T1 >plan &&
	grep -x "+ cron job foodlogstats_update_tenant_e" plan &&
	grep -x "+ cron job tenant_f_2week_refresh" plan &&
	test_apply other wh_other $T1 &&
	scn_jobs | grep -E "tenant_[ef]" | sed -e "s/^\([^|]*\)|[0-9]* /\1|M /" >actual &&
	cat >expect <<-\EOF &&
	foodlogstats_update_tenant_e|M * * * *|wh_other|whadmin|t
	foodlogstats_update_tenant_f|M * * * *|wh_other|whadmin|t
	tenant_e_2week_refresh|M 8 * * *|wh_other|whadmin|t
	tenant_f_2week_refresh|M 8 * * *|wh_other|whadmin|t
	EOF
	test_cmp expect actual &&
	test_psql -d wh_other -c "SELECT count(*) FROM pg_extension WHERE extname = '\''pg_cron'\''" >n &&
	echo 0 >expect &&
	test_cmp expect n &&
	scn_check other wh_other $T1 $E:$T1 $F:$T1 &&
	test_plan_empty wh $WH $T1 --allow-destroy &&
	handmade_intact
'

test_expect_success 'the other warehouse: schedule change in place, a disabled tenant, a dropped tenant' '
	scn_jobids >ids.before &&
	SCN_MINUTE_JOB="{minute} */3 * * *" other_state ::false &&
	test_plan other wh_other $T1 >plan &&
	sed -n "/^[-+~±]/p" plan >actual &&
	cat >expect <<-\EOF &&
	~ cron job foodlogstats_update_tenant_e (schedule)
	~ cron job foodlogstats_update_tenant_f (deactivate)
	~ cron job tenant_f_2week_refresh (deactivate)
	EOF
	test_cmp expect actual &&
	test_apply other wh_other $T1 &&
	scn_jobids >ids.after &&
	test_cmp ids.before ids.after &&
	scn_jobs | grep -E "tenant_[ef]" | sed -e "s/^\([^|]*\)|[0-9]* /\1|M /" >actual &&
	cat >expect <<-\EOF &&
	foodlogstats_update_tenant_e|M */3 * * *|wh_other|whadmin|t
	foodlogstats_update_tenant_f|M */3 * * *|wh_other|whadmin|f
	tenant_e_2week_refresh|M 8 * * *|wh_other|whadmin|t
	tenant_f_2week_refresh|M 8 * * *|wh_other|whadmin|f
	EOF
	test_cmp expect actual &&
	scn_check other wh_other $T1 $E:$T1 $F:$T1 &&
	rm other/tenants/tenant_f.yaml &&
	test_apply other wh_other $T1 --allow-destroy &&
	scn_jobs | grep -E "tenant_[ef]" | cut -d"|" -f1,3 >actual &&
	printf "%s\n" "foodlogstats_update_tenant_e|wh_other" "tenant_e_2week_refresh|wh_other" >expect &&
	test_cmp expect actual &&
	scn_check other wh_other $T1 $E:$T1 &&
	test_plan_empty wh $WH $T1 --allow-destroy &&
	scn_jobs | grep -E "^(foodlogstats_update_tenant_[abc]|tenant_[abc]_2week_refresh)\|" | cut -d"|" -f3,5 | sort | uniq -c >actual &&
	echo "      6 postgres|t" >expect &&
	test_cmp expect actual &&
	handmade_intact
'

test_done
