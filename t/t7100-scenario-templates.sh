#!/bin/bash
test_description='warehouse scenario: a template changes (filter, then a new column) while readers read, one part is rebuilt by --replace, a second template is added, finished years are consolidated into yearly tables'
. "$(dirname "$0")/test-lib.sh"

test_start_pg

# The warehouse is the postgres database (pg_cron runs there).  Three
# tenants of 60 days: 2025-11-20 .. 2026-01-18.
WH=postgres
T0=2026-01-18
FROM=2025-11-20
A="tenant_a:src_a:$FROM"
B="tenant_b:src_b:$FROM"
C="tenant_c:src_c:$FROM"

# the same rows, selected by a range on logged_time (uses the index)
FILTER_QUERY="SELECT f.id, f.logged_time, f.weight, l.name AS location, '{CLIENT}' AS client
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE f.logged_time >= '{TARGET_DATE}'::date AT TIME ZONE 'UTC'
  AND f.logged_time < ('{TARGET_DATE}'::date + 1) AT TIME ZONE 'UTC'"
# ... and a computed column more
GRAMS_QUERY="SELECT f.id, f.logged_time, f.weight, l.name AS location, '{CLIENT}' AS client,
       f.weight * 1000 AS grams
FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
WHERE f.logged_time >= '{TARGET_DATE}'::date AT TIME ZONE 'UTC'
  AND f.logged_time < ('{TARGET_DATE}'::date + 1) AT TIME ZONE 'UTC'"
GRAMS_COLUMNS="{ id: integer, logged_time: timestamptz, weight: numeric, location: text, client: text, grams: numeric }"

WASTE_TEMPLATE="  wastebylocation:
    description: food logged per location and day
    remote_query: |
      SELECT {TARGET_DATE}::date AS day, coalesce(l.name, 'none') AS location,
             count(*) AS n, sum(f.weight) AS total
      FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
      WHERE (f.logged_time AT TIME ZONE 'UTC')::date = {TARGET_DATE}
      GROUP BY 1, 2
    columns: { day: date, location: text, n: bigint, total: numeric }
    indexes: [ \"UNIQUE (location)\" ]
    public_view: public.wastebylocation
    grants: [ { role: phood_ro, privileges: [SELECT] } ]"

# write the state: the three tenants; knobs as for scn_state
state () {
	scn_state wh $A $B $C
}

# oid of every part: name|oid
part_oids () {
	test_psql -c "SELECT schemaname || '.' || matviewname, (schemaname || '.' || matviewname)::regclass::oid
		FROM pg_matviews WHERE matviewname LIKE 'foodlogstats\_%' ORDER BY 1"
}

total_rows () {
	test_psql -c "SELECT count(*) FROM public.foodlogstats"
}

# apply_while_reading NAME TODAY: test_apply wh $WH TODAY (its stderr in
# err.NAME) while reader NAME counts the rows of the public view every
# 50 ms, from before the apply starts until after it ended: the reader must
# see no error and always the count in file total (scn_reader_check)
apply_while_reading () {
	test_when_finished "scn_reader_stop $1" &&
	test_when_finished "test_apply wh $WH $2 >/dev/null 2>&1 || :" &&
	scn_reader_start $1 $WH "SELECT count(*) FROM public.foodlogstats" &&
	scn_reader_wait $1 &&
	{ test_apply wh $WH $2 2>err.$1 || { cat err.$1; false; }; } &&
	scn_reader_wait $1 &&
	scn_reader_stop $1 &&
	scn_reader_check $1 "$(cat total)"
}

test_expect_success 'setup: three tenant sources, the warehouse of three tenants x 60 days' '
	scn_sources src_a:2025-11-01:2026-03-31:3 src_b:2025-11-01:2026-03-31:4 \
		src_c:2025-11-01:2026-03-31:5 &&
	state &&
	test_apply wh $WH $T0 &&
	test_psql -c "SELECT count(*) FROM pg_matviews WHERE matviewname LIKE '\''foodlogstats\_%'\''" >n &&
	echo 180 >expect &&
	test_cmp expect n &&
	scn_check wh $WH $T0 $A:$T0 $B:$T0 $C:$T0
'

test_expect_success 'a filter change that keeps the columns: every part is rebuilt, nothing else' '
	SCN_QUERY=$FILTER_QUERY state &&
	test_plan wh $WH $T0 >plan &&
	sed -n "/^[-+~±]/p" plan >actual &&
	cat >expect <<-\EOF &&
	± rebuild 60 daily parts of tenant_a.foodlogstats (2025-11-20 … 2026-01-18; query changed)
	± rebuild 60 daily parts of tenant_b.foodlogstats (2025-11-20 … 2026-01-18; query changed)
	± rebuild 60 daily parts of tenant_c.foodlogstats (2025-11-20 … 2026-01-18; query changed)
	EOF
	test_cmp expect actual &&
	grep -E "^Plan: 0 to create, 180 to rebuild, 0 to change, 0 to drop\.\$" plan
'

test_expect_success 'a dry run of it while a reader reads the public view every 50 ms: no reader error, no deadlock, nothing changed' '
	part_oids >oids.before &&
	total_rows >total &&
	test_when_finished "scn_reader_stop r0" &&
	scn_reader_start r0 $WH "SELECT count(*) FROM public.foodlogstats" &&
	scn_reader_wait r0 &&
	test_apply wh $WH $T0 --dry-run >dry.out 2>dry.err &&
	scn_reader_wait r0 &&
	scn_reader_stop r0 &&
	scn_reader_check r0 "$(cat total)" &&
	tail -n 1 dry.err >last &&
	echo "dry run: the apply would succeed (180 steps, 0 checks); all was rolled back" >expect &&
	test_cmp expect last &&
	grep -c "^[0-9]" dry.out >n &&
	echo 180 >expect &&
	test_cmp expect n &&
	part_oids >oids.after &&
	test_cmp oids.before oids.after
'

test_expect_success 'apply it while a reader reads the public view every 50 ms: no error, always every row' '
	apply_while_reading r1 $T0 &&
	grep -E "^apply [0-9]+: 180 steps done in [0-9.]+ s\$" err.r1 &&
	test_diag "longest read of the public view: $(scn_reader_longest r0) ms during the dry run, $(scn_reader_longest r1) ms during the apply"
'

# The 60 parts of a tenant are read by the same union view: 59 of them are
# only renamed in (the view goes on reading the old copies), 16 per swap
# transaction (--swap-batch); the last one swaps the union view, once per
# tenant: 16 + 16 + 16 + 11 + 1 per tenant.
test_expect_success 'parts renamed in 16 at a time, each union view swapped once, by the last of its parts' '
	test_psql -c "SELECT count(DISTINCT s.xmin::text), count(*) FROM pgform.steps s
		WHERE s.apply_id = (SELECT max(id) FROM pgform.applies) AND s.action = '\''rebuild'\''" >n &&
	echo "15|180" >expect &&
	test_cmp expect n &&
	test_psql -c "SELECT split_part(s.target, '\''.'\'', 1), count(*) FROM pgform.steps s
		WHERE s.apply_id = (SELECT max(id) FROM pgform.applies)
		GROUP BY s.xmin::text, 1 ORDER BY 1, 2 DESC" >batches &&
	printf "%s|16\n%s|16\n%s|16\n%s|11\n%s|1\n" a a a a a b b b b b c c c c c | sed "s/^/tenant_/" >expect &&
	test_cmp expect batches &&
	test_psql -c "SELECT s.target FROM pgform.steps s
		WHERE s.apply_id = (SELECT max(id) FROM pgform.applies)
		AND s.sql LIKE '\''%CREATE VIEW tenant\\__.foodlogstats\\_\\_pgform\\_new AS%'\''
		ORDER BY 1" >swapped &&
	printf "tenant_%s.foodlogstats_2026_01_18\n" a b c >expect &&
	test_cmp expect swapped &&
	test_psql -c "SELECT count(*) FROM pgform.steps s
		WHERE s.apply_id = (SELECT max(id) FROM pgform.applies) AND s.sql LIKE '\''%VIEW%foodlogstats AS%'\''" >n &&
	echo 3 >expect &&
	test_cmp expect n
'

test_expect_success 'after the filter change: every part is new and uses the new query, views re-pointed, data intact' '
	part_oids >oids.after &&
	join -t"|" oids.before oids.after | awk -F"|" "\$2 == \$3" >same &&
	test_line_count = 0 same &&
	test_line_count = 180 oids.after &&
	test_psql -c "SELECT count(*) FROM pg_matviews WHERE matviewname LIKE '\''foodlogstats\_%'\''
		AND definition LIKE '\''%AND f.logged_time < (%'\''" >n &&
	echo 180 >expect &&
	test_cmp expect n &&
	test_psql -c "SELECT count(DISTINCT d.refobjid) FROM pg_depend d JOIN pg_rewrite r ON r.oid = d.objid
		WHERE r.ev_class IN ('\''tenant_a.foodlogstats'\''::regclass, '\''tenant_b.foodlogstats'\''::regclass,
			'\''tenant_c.foodlogstats'\''::regclass)
		AND d.refobjid IN (SELECT (schemaname || '\''.'\'' || matviewname)::regclass FROM pg_matviews)" >n &&
	echo 180 >expect &&
	test_cmp expect n &&
	scn_check wh $WH $T0 $A:$T0 $B:$T0 $C:$T0
'

test_expect_success '--replace two parts with --swap-batch 1: each swapped in its own transaction' '
	part_oids >oids.before &&
	test_apply wh $WH $T0 --swap-batch 1 --replace tenant_b.foodlogstats_2026_01_05 \
		--replace tenant_b.foodlogstats_2026_01_06 &&
	test_psql -c "SELECT count(DISTINCT s.xmin::text), count(*) FROM pgform.steps s
		WHERE s.apply_id = (SELECT max(id) FROM pgform.applies)" >n &&
	echo "2|2" >expect &&
	test_cmp expect n &&
	part_oids >oids.after &&
	join -t"|" oids.before oids.after | awk -F"|" "\$2 != \$3 { print \$1 }" >changed &&
	printf "%s\n" tenant_b.foodlogstats_2026_01_05 tenant_b.foodlogstats_2026_01_06 >expect &&
	test_cmp expect changed &&
	scn_check wh $WH $T0 $A:$T0 $B:$T0 $C:$T0
'

view_facts () {
	test_psql -c "SELECT c.oid, pg_get_userbyid(c.relowner), c.relacl, obj_description(c.oid, 'pg_class'),
		md5(pg_get_viewdef(c.oid)) FROM pg_class c WHERE c.oid IN ('tenant_a.foodlogstats'::regclass,
		'public.foodlogstats'::regclass) ORDER BY c.relname, c.relnamespace::regnamespace::text"
}

test_expect_success 'a rebuilt part swaps its union view by copy (readers re-pointed to the copy, then the names swapped): the plan shows it' '
	test_plan wh $WH $T0 --replace tenant_a.foodlogstats_2026_01_05 -v >plan.out &&
	sed -n "/-- pgform:swap/,/-- pgform:cleanup/p" plan.out |
		sed -e "s/^ *//" -e "s/advisory_xact_lock(-*[0-9]*)/advisory_xact_lock(N)/" |
		grep "^CREATE\|^GRANT\|^DROP\|^ALTER\|^-- pgform\|^SELECT pg_catalog\|FROM tenant_a.foodlogstats_2026_01_05\|FROM tenant_a.foodlogstats__" >swap &&
	cat >expect <<-\EOF &&
	-- pgform:swap
	SELECT pg_catalog.pg_advisory_xact_lock(N);
	CREATE VIEW tenant_a.foodlogstats__pgform_new AS
	FROM tenant_a.foodlogstats_2026_01_05__pgform_new
	GRANT SELECT ON TABLE tenant_a.foodlogstats__pgform_new TO phood_ro;
	CREATE OR REPLACE VIEW public.foodlogstats AS
	FROM tenant_a.foodlogstats__pgform_new
	DROP VIEW tenant_a.foodlogstats;
	ALTER VIEW tenant_a.foodlogstats__pgform_new RENAME TO foodlogstats;
	-- pgform:renames
	ALTER MATERIALIZED VIEW tenant_a.foodlogstats_2026_01_05 RENAME TO foodlogstats_2026_01_05__pgform_old;
	ALTER INDEX tenant_a.foodlogstats_2026_01_05_idx1 RENAME TO foodlogstats_2026_01_05_idx1__pgform_old;
	ALTER MATERIALIZED VIEW tenant_a.foodlogstats_2026_01_05__pgform_new RENAME TO foodlogstats_2026_01_05;
	ALTER INDEX tenant_a.foodlogstats_2026_01_05__pgform_new_idx1 RENAME TO foodlogstats_2026_01_05_idx1;
	-- pgform:cleanup
	EOF
	test_cmp expect swap
'

test_expect_success '--replace one part: exactly one rebuild step, only that part is new' '
	view_facts >views.before &&
	part_oids >oids.before &&
	test_plan wh $WH $T0 --replace tenant_a.foodlogstats_2026_01_05 --format json >plan.json &&
	test_plan_steps plan.json >steps &&
	echo "1|rebuild|materialized_view|tenant_a.foodlogstats_2026_01_05" >expect &&
	test_cmp expect steps &&
	test_apply wh $WH $T0 --replace tenant_a.foodlogstats_2026_01_05 &&
	part_oids >oids.after &&
	join -t"|" oids.before oids.after | awk -F"|" "\$2 != \$3 { print \$1 }" >changed &&
	echo tenant_a.foodlogstats_2026_01_05 >expect &&
	test_cmp expect changed &&
	view_facts >views.after &&
	cut -d"|" -f2- views.before >expect &&
	cut -d"|" -f2- views.after >actual &&
	test_cmp expect actual &&
	cut -d"|" -f1 views.before >oids.before &&
	cut -d"|" -f1 views.after >oids.after &&
	! cmp -s oids.before oids.after &&
	scn_check wh $WH $T0 $A:$T0 $B:$T0 $C:$T0
'

# A swap waits 100 ms for its locks, then gives way (rolls back, sleeps a
# moment) and tries again: readers arriving meanwhile queue behind it for
# at most that long, not for as long as the reader in its way reads.  Here
# a session holds the union view for 3 s; a reader of the public view
# whose queries are canceled after 1.5 s must never be canceled.
test_expect_success 'a swap behind a session holding the union view for 3 s gives way every 100 ms: other readers never wait the 3 s' '
	part_oids >oids.before &&
	test_when_finished "scn_reader_stop rq" &&
	scn_reader_start rq $WH "SET statement_timeout = 1500; SELECT count(*) FROM public.foodlogstats" &&
	scn_reader_wait rq &&
	{ test_psql -c "SELECT count(*) FROM tenant_a.foodlogstats, pg_sleep(3)" >holder.out 2>&1 & } &&
	holder=$! &&
	test_wait_for $WH "SELECT EXISTS (SELECT 1 FROM pg_locks WHERE relation = '\''tenant_a.foodlogstats'\''::regclass
		AND granted AND pid <> pg_backend_pid())" &&
	test_apply wh $WH $T0 -v --replace tenant_a.foodlogstats_2026_01_06 >apply.out 2>apply.err &&
	wait $holder &&
	scn_reader_wait rq &&
	scn_reader_stop rq &&
	grep -c "^step 1: gave way to a reader after 100 ms (lock not had); trying again\$" apply.err >n &&
	test "$(cat n)" -ge 3 &&
	scn_reader_check rq "$(cat total)" &&
	part_oids >oids.after &&
	join -t"|" oids.before oids.after | awk -F"|" "\$2 != \$3 { print \$1 }" >changed &&
	echo tenant_a.foodlogstats_2026_01_06 >expect &&
	test_cmp expect changed
'

test_expect_success 'a union view a copy would not carry as it is (a column comment): re-pointed in place' '
	test_psql -c "COMMENT ON COLUMN tenant_b.foodlogstats.weight IS '\''kilograms'\''" &&
	test_plan wh $WH $T0 --replace tenant_b.foodlogstats_2026_01_05 -v >plan.out &&
	grep "^ *LOCK TABLE public.foodlogstats, tenant_b.foodlogstats IN ACCESS EXCLUSIVE MODE;\$" plan.out &&
	grep "^ *CREATE OR REPLACE VIEW tenant_b.foodlogstats AS\$" plan.out &&
	! grep "foodlogstats__pgform_new" plan.out &&
	view_facts >views.before &&
	test_apply wh $WH $T0 --replace tenant_b.foodlogstats_2026_01_05 &&
	test_psql -c "SELECT c.oid, col_description(c.oid, 3) FROM pg_class c
		WHERE c.oid = '\''tenant_b.foodlogstats'\''::regclass" >after &&
	echo "$(test_psql -c "SELECT '\''tenant_b.foodlogstats'\''::regclass::oid")|kilograms" >expect &&
	test_cmp expect after &&
	view_facts >views.after &&
	test_cmp views.before views.after &&
	scn_check wh $WH $T0 $A:$T0 $B:$T0 $C:$T0
'

test_expect_success 'a second template for the existing tenants: its parts, union views and public view' '
	SCN_QUERY=$FILTER_QUERY SCN_TEMPLATES_EXTRA=$WASTE_TEMPLATE \
		SCN_TENANT_TEMPLATES="wastebylocation: { from: 2026-01-10 }" state &&
	test_plan wh $WH $T0 >plan &&
	sed -n "/^[-+~±]/p" plan >actual &&
	cat >expect <<-\EOF &&
	+ 9 daily parts of tenant_a.wastebylocation (2026-01-10 … 2026-01-18)
	+ 9 daily parts of tenant_b.wastebylocation (2026-01-10 … 2026-01-18)
	+ 9 daily parts of tenant_c.wastebylocation (2026-01-10 … 2026-01-18)
	+ view tenant_a.wastebylocation
	+ view tenant_b.wastebylocation
	+ view tenant_c.wastebylocation
	+ view public.wastebylocation
	EOF
	test_cmp expect actual &&
	test_apply wh $WH $T0 &&
	scn_check wh $WH $T0 $A:$T0 $B:$T0 $C:$T0 &&
	SCN_VIEW=public.wastebylocation SCN_DAY_EXPR=day SCN_COUNT_EXPR="sum(n)" \
		scn_check_rows $WH tenant_a:src_a:2026-01-10:$T0 tenant_b:src_b:2026-01-10:$T0 tenant_c:src_c:2026-01-10:$T0 &&
	PGPASSWORD=$PHOOD_RO_PASSWORD test_psql -h 127.0.0.1 -U phood_ro -d $WH \
		-c "SELECT count(DISTINCT schema_name), count(DISTINCT day) FROM public.wastebylocation" >actual &&
	echo "3|9" >expect &&
	test_cmp expect actual
'

test_expect_success 'consolidate yearly, today in January: the finished year stays daily' '
	SCN_QUERY=$FILTER_QUERY SCN_TEMPLATES_EXTRA=$WASTE_TEMPLATE SCN_CONSOLIDATE=yearly \
		SCN_TENANT_TEMPLATES="wastebylocation: { from: 2026-01-10 }" state &&
	test_plan wh $WH 2026-01-31 >plan &&
	! grep -E "table|^-|2025" plan &&
	grep -x "+ 13 daily parts of tenant_a.foodlogstats (2026-01-19 … 2026-01-31)" plan &&
	test_plan wh $WH 2026-01-31 --format json >plan.json &&
	test_plan_steps plan.json | cut -d"|" -f2,3 | sort | uniq -c >kinds &&
	cat >expect <<-\EOF &&
	     78 create|materialized_view
	      6 replace|view
	EOF
	test_cmp expect kinds &&
	test_apply wh $WH 2026-01-31 &&
	scn_check wh $WH 2026-01-31 $A:2026-01-31 $B:2026-01-31 $C:2026-01-31 &&
	test_psql -c "SELECT count(*) FROM pg_matviews WHERE matviewname LIKE '\''foodlogstats\_2025\_%'\''" >n &&
	echo 126 >expect &&
	test_cmp expect n
'

test_expect_success 'today in February: each tenant gets table foodlogstats_2025, the plan drops the merged parts without --allow-destroy' '
	test_plan wh $WH 2026-02-02 >plan &&
	grep -x "+ table tenant_a.foodlogstats_2025" plan &&
	grep -x "+ table tenant_b.foodlogstats_2025" plan &&
	grep -x "+ table tenant_c.foodlogstats_2025" plan &&
	grep -E "^- 42 daily parts of tenant_a.foodlogstats \(2025-11-20 … 2025-12-31;" plan &&
	! grep "left out" plan &&
	! grep -i "drops data" plan &&
	! grep "wastebylocation_2025\|table .*wastebylocation" plan
'

test_expect_success 'consolidation applied: one table per finished year built from its parts, read by the union view, parts gone' '
	test_psql -c "SELECT schemaname, count(*) FROM pg_matviews
		WHERE matviewname LIKE '\''foodlogstats\_2025\_%'\'' GROUP BY 1 ORDER BY 1" >parts.2025 &&
	test_psql -c "SELECT '\''tenant_a'\'', count(*) FROM tenant_a.foodlogstats WHERE logged_time < '\''2026-01-01'\''
		UNION ALL SELECT '\''tenant_b'\'', count(*) FROM tenant_b.foodlogstats WHERE logged_time < '\''2026-01-01'\''
		UNION ALL SELECT '\''tenant_c'\'', count(*) FROM tenant_c.foodlogstats WHERE logged_time < '\''2026-01-01'\''" >rows.2025 &&
	printf "%s\n" "tenant_a|42" "tenant_b|42" "tenant_c|42" >expect &&
	test_cmp expect parts.2025 &&
	test_apply wh $WH 2026-02-02 &&
	test_psql -c "SELECT '\''tenant_a'\'', count(*) FROM tenant_a.foodlogstats_2025
		UNION ALL SELECT '\''tenant_b'\'', count(*) FROM tenant_b.foodlogstats_2025
		UNION ALL SELECT '\''tenant_c'\'', count(*) FROM tenant_c.foodlogstats_2025" >table.2025 &&
	test_cmp rows.2025 table.2025 &&
	test_psql -c "SELECT count(*) FROM pg_matviews WHERE matviewname LIKE '\''foodlogstats\_2025%'\''" >n &&
	echo 0 >expect &&
	test_cmp expect n &&
	test_psql -c "SELECT c.relnamespace::regnamespace, c.relkind, i.indisunique,
		has_table_privilege('\''phood_ro'\'', c.oid, '\''SELECT'\''),
		EXISTS (SELECT FROM pg_depend d JOIN pg_rewrite r ON r.oid = d.objid
			WHERE d.refobjid = c.oid AND r.ev_class = (c.relnamespace::regnamespace::text || '\''.foodlogstats'\'')::regclass)
		FROM pg_class c JOIN pg_index i ON i.indrelid = c.oid
		WHERE c.relname = '\''foodlogstats_2025'\'' ORDER BY 1" >actual &&
	printf "%s\n" "tenant_a|r|t|t|t" "tenant_b|r|t|t|t" "tenant_c|r|t|t|t" >expect &&
	test_cmp expect actual &&
	scn_check wh $WH 2026-02-02 $A:2026-02-02 $B:2026-02-02 $C:2026-02-02 &&
	SCN_VIEW=public.wastebylocation SCN_DAY_EXPR=day SCN_COUNT_EXPR="sum(n)" \
		scn_check_rows $WH tenant_a:src_a:2026-01-10:2026-02-02 tenant_b:src_b:2026-01-10:2026-02-02 \
			tenant_c:src_c:2026-01-10:2026-02-02
'

test_expect_success 'a new computed column: parts and yearly tables rebuilt, union and public views recreated once each' '
	SCN_QUERY=$GRAMS_QUERY SCN_COLUMNS=$GRAMS_COLUMNS SCN_TEMPLATES_EXTRA=$WASTE_TEMPLATE SCN_CONSOLIDATE=yearly \
		SCN_TENANT_TEMPLATES="wastebylocation: { from: 2026-01-10 }" state &&
	test_plan wh $WH 2026-02-02 --format json >plan.json &&
	test_plan_steps plan.json >steps &&
	cut -d"|" -f2,3 steps | sort | uniq -c >kinds &&
	cat >expect <<-\EOF &&
	     99 rebuild|materialized_view
	      3 rebuild|table
	      4 recreate|view
	EOF
	test_cmp expect kinds &&
	cut -d"|" -f3,4 steps | sort | uniq -d >twice &&
	test_line_count = 0 twice &&
	grep -x "[0-9]*|recreate|view|public.foodlogstats" steps &&
	test "$(grep -c "|recreate|view|tenant_.\.foodlogstats\$" steps)" = 3 &&
	! grep wastebylocation steps
'

test_expect_success 'apply the new column while a reader reads every 50 ms: no error, every row' '
	total_rows >total &&
	apply_while_reading r2 2026-02-02 &&
	grep -E "^apply [0-9]+: 106 steps done in [0-9.]+ s\$" err.r2
'

test_expect_success 'after the new column: it is in every row, as the read-only role sees it; data intact' '
	test_psql -c "SELECT count(*), count(*) FILTER (WHERE grams = weight * 1000) FROM public.foodlogstats" >actual &&
	echo "$(cat total)|$(cat total)" >expect &&
	test_cmp expect actual &&
	scn_check wh $WH 2026-02-02 $A:2026-02-02 $B:2026-02-02 $C:2026-02-02 &&
	PGPASSWORD=$PHOOD_RO_PASSWORD test_psql -h 127.0.0.1 -U phood_ro -d $WH \
		-c "SELECT count(*) FILTER (WHERE grams > 0 AND logged_time < '\''2026-01-01'\''),
			count(*) FILTER (WHERE grams > 0 AND logged_time >= '\''2026-01-01'\'') FROM public.foodlogstats" >actual &&
	test_psql -c "SELECT count(*) FROM tenant_a.foodlogstats_2025" >n.a &&
	test_psql -c "SELECT count(*) FROM tenant_b.foodlogstats_2025" >n.b &&
	test_psql -c "SELECT count(*) FROM tenant_c.foodlogstats_2025" >n.c &&
	echo "$(($(cat n.a) + $(cat n.b) + $(cat n.c)))|$(($(cat total) - $(cat n.a) - $(cat n.b) - $(cat n.c)))" >expect &&
	test_cmp expect actual &&
	SCN_VIEW=public.wastebylocation SCN_DAY_EXPR=day SCN_COUNT_EXPR="sum(n)" \
		scn_check_rows $WH tenant_a:src_a:2026-01-10:2026-02-02 tenant_b:src_b:2026-01-10:2026-02-02 \
			tenant_c:src_c:2026-01-10:2026-02-02
'

# The swaps of a template change re-point the public view to their union
# views' copies from the public view as it is now; a new tenant changes the
# public view too: its change must come after every swap, or a swap would
# take the new tenant out again.
test_expect_success 'a template change and a new tenant in one apply (-j 2): the public view ends with all four' '
	scn_sources src_d:2025-11-01:2026-03-31:2 &&
	SCN_QUERY="$GRAMS_QUERY AND f.id > 0" SCN_COLUMNS=$GRAMS_COLUMNS SCN_TEMPLATES_EXTRA=$WASTE_TEMPLATE \
		SCN_CONSOLIDATE=yearly SCN_TENANT_TEMPLATES="wastebylocation: { from: 2026-01-10 }" state &&
	SCN_TENANT_TEMPLATES="wastebylocation: { from: 2026-01-10 }" scn_tenant wh tenant_d src_d 2026-01-20 &&
	test_plan wh $WH 2026-02-02 --format json >plan.json &&
	test_plan_steps plan.json >steps &&
	grep -x "[0-9]*|replace|view|public.foodlogstats" steps &&
	test "$(grep -c "|rebuild|materialized_view|tenant_[abc].foodlogstats_2026_" steps)" = 99 &&
	/usr/bin/python3 -c "
import json, sys
steps = json.load(open(\"plan.json\"))[\"steps\"]
by_id = dict((s[\"id\"], s) for s in steps)
pv = [s for s in steps if s[\"target\"] == \"public.foodlogstats\"][0]
before, todo = set(), list(pv[\"depends_on\"])
while todo:
	i = todo.pop()
	if i not in before:
		before.add(i)
		todo.extend(by_id[i][\"depends_on\"])
rebuilds = set(s[\"id\"] for s in steps if s[\"action\"] == \"rebuild\" and s[\"kind\"] == \"materialized_view\"
	and s[\"target\"].split(\".\")[1].startswith(\"foodlogstats_2026_\"))
print(len(rebuilds), len(rebuilds - before))
" >deps &&
	echo "99 0" >expect &&
	test_cmp expect deps &&
	test_apply wh $WH 2026-02-02 -j 2 &&
	test_psql -c "SELECT schema_name, count(*) > 0 FROM public.foodlogstats GROUP BY 1 ORDER BY 1" >actual &&
	printf "%s|t\n" tenant_a tenant_b tenant_c tenant_d >expect &&
	test_cmp expect actual &&
	scn_check wh $WH 2026-02-02 $A:2026-02-02 $B:2026-02-02 $C:2026-02-02 tenant_d:src_d:2026-01-20:2026-02-02 &&
	test_psql -c "SELECT count(*) FROM pg_matviews WHERE definition NOT LIKE '\''%f.id > 0%'\''
		AND matviewname LIKE '\''foodlogstats\_2026%'\''" >n &&
	echo 0 >expect &&
	test_cmp expect n
'

# Undo of a template change: the last rebuild of each union view's parts
# swapped the view; undone first, it points the view back to the old
# copies of the others, which are then renamed back.
test_expect_success 'a template change whose check fails after apply is undone: the schema is as before, no temporaries' '
	test_pg_dump_schema -d $WH >dump.before &&
	total_rows >total &&
	SCN_QUERY="$GRAMS_QUERY AND f.id >= 0" SCN_COLUMNS=$GRAMS_COLUMNS SCN_TEMPLATES_EXTRA=$WASTE_TEMPLATE \
		SCN_CONSOLIDATE=yearly SCN_TENANT_TEMPLATES="wastebylocation: { from: 2026-01-10 }" \
		SCN_EXTRA="checks:
  - name: no part has the new filter
    sql: SELECT count(*) = 0 FROM pg_matviews WHERE definition LIKE '\''%f.id >= 0%'\''" state &&
	SCN_TENANT_TEMPLATES="wastebylocation: { from: 2026-01-10 }" scn_tenant wh tenant_d src_d 2026-01-20 &&
	test_must_fail test_apply wh $WH 2026-02-02 -j 2 2>err &&
	grep "rolled back: the database is as before" err &&
	test_pg_dump_schema -d $WH >dump.after &&
	test_cmp dump.before dump.after &&
	total_rows >total.after &&
	test_cmp total total.after &&
	test_temporaries $WH >tmps &&
	test_line_count = 0 tmps
'

test_done
