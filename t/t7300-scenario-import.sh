#!/bin/bash
test_description='warehouse scenario: a warehouse built by hand in the style of the operations guide is imported (tenants and template recognised, no password written), planned, applied onto dblink servers; a warehouse built by pgform imports to a state with no changes'
. "$(dirname "$0")/test-lib.sh"

test_start_pg

T0=2026-03-01
INLINE=INLINEPW

# The hand-built warehouse "legacy", as the guide's functions leave it:
# per tenant a schema, daily materialized views over dblink with the
# connection string (password included) and the date and client written
# into the remote query, a unique index and a grant on each, 2025 combined
# into table foodlogstats_2025, a union view, and a public view with
# schema_name; grants to phood_ro; cron jobs in postgres for database legacy.
legacy_sql () {
	cat <<-\EOF
	CREATE EXTENSION dblink;
	CREATE SCHEMA _wh;
	CREATE FUNCTION _wh.current_date_utc() RETURNS date
	LANGUAGE sql STABLE AS $$ SELECT (now() AT TIME ZONE 'UTC')::date $$;
	CREATE FUNCTION _wh.update_mv_by_template(template text, conn text, target_schema text, target date)
	RETURNS void LANGUAGE plpgsql AS $$ BEGIN RAISE NOTICE 'update %', target; END $$;
	DO $do$
	DECLARE
	  t record; d date; parts text; conn text; q text; mv text;
	  cols text := 'id integer, logged_time timestamptz, weight numeric, location text, client text';
	BEGIN
	  FOR t IN SELECT * FROM (VALUES ('tenant_a', 'src_a', 'Tenant A'), ('tenant_b', 'src_b', 'Tenant B'),
	                                 ('tenant_c', 'src_c', 'Tenant C')) v(s, db, client) LOOP
	    EXECUTE format('CREATE SCHEMA %I', t.s);
	    EXECUTE format('GRANT USAGE ON SCHEMA %I TO phood_ro', t.s);
	    conn := format('host=127.0.0.1 port=%s dbname=%s user=legacy_reader password=%s',
	                   current_setting('port'), t.db, current_setting('legacy.pw'));
	    FOR d IN SELECT g::date FROM generate_series(date '2025-12-01', date '2026-03-01', interval '1 day') g LOOP
	      mv := 'foodlogstats_' || to_char(d, 'YYYY_MM_DD');
	      q := format($q$SELECT f.id, f.logged_time, f.weight, l.name AS location, %L AS client
	FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
	WHERE (f.logged_time AT TIME ZONE 'UTC')::date = %L::date$q$, t.client, d);
	      EXECUTE format('CREATE MATERIALIZED VIEW %I.%I AS SELECT * FROM dblink(%L, %L) AS t(%s)', t.s, mv, conn, q, cols);
	      EXECUTE format('CREATE UNIQUE INDEX ON %I.%I (id)', t.s, mv);
	      EXECUTE format('GRANT SELECT ON %I.%I TO phood_ro', t.s, mv);
	    END LOOP;
	    -- _wh.create_combined_table_from_template_by_year('foodlogstats', t.s, 2025)
	    SELECT string_agg(format('SELECT * FROM %I.%I', t.s, 'foodlogstats_' || to_char(g, 'YYYY_MM_DD')), ' UNION ALL ')
	      INTO parts FROM generate_series(date '2025-12-01', date '2025-12-31', interval '1 day') g;
	    EXECUTE format('CREATE TABLE %I.foodlogstats_2025 AS %s', t.s, parts);
	    EXECUTE format('CREATE UNIQUE INDEX ON %I.foodlogstats_2025 (id)', t.s);
	    EXECUTE format('GRANT SELECT ON %I.foodlogstats_2025 TO phood_ro', t.s);
	    SELECT format('SELECT * FROM %I.foodlogstats_2025', t.s) || string_agg(format(' UNION ALL SELECT * FROM %I.%I',
	             t.s, 'foodlogstats_' || to_char(g, 'YYYY_MM_DD')), '')
	      INTO parts FROM generate_series(date '2026-01-01', date '2026-03-01', interval '1 day') g;
	    EXECUTE format('CREATE VIEW %I.foodlogstats AS %s', t.s, parts);
	    EXECUTE format('GRANT SELECT ON %I.foodlogstats TO phood_ro', t.s);
	    FOR d IN SELECT g::date FROM generate_series(date '2025-12-01', date '2025-12-31', interval '1 day') g LOOP
	      EXECUTE format('DROP MATERIALIZED VIEW %I.%I', t.s, 'foodlogstats_' || to_char(d, 'YYYY_MM_DD'));
	    END LOOP;
	  END LOOP;
	  CREATE VIEW public.foodlogstats AS
	    SELECT 'tenant_a'::text AS schema_name, * FROM tenant_a.foodlogstats
	    UNION ALL SELECT 'tenant_b'::text AS schema_name, * FROM tenant_b.foodlogstats
	    UNION ALL SELECT 'tenant_c'::text AS schema_name, * FROM tenant_c.foodlogstats;
	  GRANT SELECT ON public.foodlogstats TO phood_ro;
	END
	$do$;
	EOF
}

A="tenant_a:src_a:2025-12-01"
B="tenant_b:src_b:2025-12-01"
C="tenant_c:src_c:2025-12-01"

with_inline_pw () {
	TENANT_A_PASSWORD=$INLINE TENANT_B_PASSWORD=$INLINE TENANT_C_PASSWORD=$INLINE "$@"
}

test_expect_success 'setup: sources, and the warehouse "legacy" built by hand as the guide does' '
	scn_sources src_a:2025-12-01:2026-03-31:3 src_b:2025-12-01:2026-03-31:4 \
		src_c:2025-12-01:2026-03-31:5 &&
	test_psql -v pw=$INLINE <<-\EOF &&
	SET log_statement = '\''none'\'';
	CREATE ROLE legacy_reader LOGIN PASSWORD :'\''pw'\'';
	CREATE ROLE whadmin LOGIN;
	CREATE ROLE phood_ro LOGIN;
	CREATE EXTENSION pg_cron;
	EOF
	for db in src_a src_b src_c; do
		test_psql -d $db -c "GRANT SELECT ON phood_foodlogsum, locations TO legacy_reader" || exit 1
	done &&
	test_createdb legacy &&
	legacy_sql >legacy.sql &&
	PGOPTIONS="-c legacy.pw=$INLINE" test_psql -d legacy -f legacy.sql &&
	test_psql <<-\EOF &&
	SELECT cron.schedule_in_database('\''foodlogstats_update_'\'' || t, (10 + i) || '\'' * * * *'\'',
	       format('\''SELECT _wh.update_mv_by_template(%L, %L, %L, _wh.current_date_utc())'\'', '\''foodlogstats'\'', t, t), '\''legacy'\'')
	FROM unnest(ARRAY['\''tenant_a'\'', '\''tenant_b'\'', '\''tenant_c'\'']) WITH ORDINALITY u(t, i);
	SELECT cron.schedule_in_database(t || '\''_2week_refresh'\'', (30 + 2 * i) || '\'' 8 * * *'\'',
	       format('\''SELECT _wh.update_mv_by_template(%L, %L, %L, _wh.current_date_utc() - 14)'\'', '\''foodlogstats'\'', t, t), '\''legacy'\'')
	FROM unnest(ARRAY['\''tenant_a'\'', '\''tenant_b'\'', '\''tenant_c'\'']) WITH ORDINALITY u(t, i);
	EOF
	test_psql -d legacy -c "SELECT count(*) FROM pg_matviews WHERE definition LIKE '\''%password=$INLINE%'\''" >n &&
	echo 180 >expect &&
	test_cmp expect n &&
	scn_check_rows legacy $A:$T0 $B:$T0 $C:$T0
'

test_expect_success 'import: tenants and template recognised, not one object per view' '
	pgform import -d dbname=legacy -o state --today $T0 >out 2>err &&
	test_line_count = 0 out &&
	cat >expect <<-\EOF &&
	tenant '\''tenant_a'\'': set TENANT_A_PASSWORD to its source password (the one found in its connection string or user mapping)
	tenant '\''tenant_b'\'': set TENANT_B_PASSWORD to its source password (the one found in its connection string or user mapping)
	tenant '\''tenant_c'\'': set TENANT_C_PASSWORD to its source password (the one found in its connection string or user mapping)
	wrote state/pgform.yaml: 3 tenants, 1 templates
	EOF
	test_cmp expect err &&
	(cd state && find . -type f | sort) >files &&
	printf "%s\n" ./pgform.yaml ./sql/functions.sql ./tenants/tenant_a.yaml ./tenants/tenant_b.yaml \
		./tenants/tenant_c.yaml >expect &&
	test_cmp expect files &&
	! grep -r "foodlogstats_20" state &&
	test "$(cat state/pgform.yaml state/tenants/*.yaml | wc -l)" -lt 200 &&
	sed -n "/^templates:/,/^[a-z]/p" state/pgform.yaml >tpl &&
	grep -x "  foodlogstats:" tpl &&
	grep -x "    partition: daily" tpl &&
	grep -x "    consolidate: yearly" tpl &&
	grep -F "'\''{CLIENT}'\'' AS client" tpl &&
	grep -F "(f.logged_time AT TIME ZONE '\''UTC'\'')::date = '\''{TARGET_DATE}'\''::date" tpl &&
	grep -x "    - UNIQUE (id)" tpl &&
	grep -x "    public_view: public.foodlogstats" tpl &&
	grep -x "    - role: phood_ro" tpl &&
	test "$(grep -c "^  [a-z]" tpl)" = 1 &&
	cat >expect <<-EOF &&
	# written by pgform import
	tenants:
	  tenant_b:
	    client: Tenant B
	    connection:
	      host: "127.0.0.1"
	      port: $PGPORT
	      dbname: src_b
	      user: legacy_reader
	      password_env: TENANT_B_PASSWORD
	    templates:
	      foodlogstats:
	        from: DATE
	EOF
	sed -e "s/^\(        from: \)\"2025-\(01\|12\)-01\"\$/\1DATE/" state/tenants/tenant_b.yaml >actual &&
	test_cmp expect actual &&
	grep -E "^  foodlogstats_update_tenant_a:|^  tenant_c_2week_refresh:" state/pgform.yaml &&
	grep -E "^- \\{ *role: phood_ro|^- role: phood_ro" state/pgform.yaml &&
	pgform validate -f state/pgform.yaml --today $T0
'

test_expect_success 'the password in the views is written nowhere' '
	test_no_secret $INLINE -r state out err
'

test_expect_success 'plan of the imported state: servers and user mappings created, parts rebuilt to use them' '
	with_inline_pw test_plan state legacy $T0 >plan &&
	sed -n "/^[-+~±]/p" plan | sed -e "s/^\(+ user mapping pgform_tenant_.\) for .*/\1 for USER/" >actual &&
	cat >expect <<-\EOF &&
	+ server pgform_tenant_a
	+ server pgform_tenant_b
	+ server pgform_tenant_c
	+ user mapping pgform_tenant_a for USER
	+ user mapping pgform_tenant_b for USER
	+ user mapping pgform_tenant_c for USER
	± rebuild 60 daily parts of tenant_a.foodlogstats (2026-01-01 … 2026-03-01; query changed)
	± rebuild 60 daily parts of tenant_b.foodlogstats (2026-01-01 … 2026-03-01; query changed)
	± rebuild 60 daily parts of tenant_c.foodlogstats (2026-01-01 … 2026-03-01; query changed)
	EOF
	test_cmp expect actual &&
	tail -n 1 plan >summary &&
	echo "Plan: 6 to create, 180 to rebuild, 0 to change, 0 to drop." >expect &&
	test_cmp expect summary &&
	with_inline_pw test_plan state legacy $T0 --format json >plan.json &&
	with_inline_pw test_plan state legacy $T0 --format sql >plan.sql &&
	with_inline_pw test_plan state legacy $T0 -v >plan.verbose &&
	test_no_secret $INLINE plan plan.json plan.sql plan.verbose &&
	grep -F "\"env\": \"TENANT_A_PASSWORD\"" plan.json &&
	grep -F "public.dblink('\''pgform_tenant_b'\''" plan.sql
'

test_expect_success 'apply it: no view definition holds the password any more, the plan is empty, data intact' '
	with_inline_pw test_apply state legacy $T0 2>err &&
	grep -E "^apply 1: 186 steps done in [0-9.]+ s\$" err &&
	test_psql -d legacy -c "SELECT count(*) FROM pg_views WHERE definition LIKE '\''%$INLINE%'\''" >n &&
	test_psql -d legacy -c "SELECT count(*) FROM pg_matviews WHERE definition LIKE '\''%$INLINE%'\''" >>n &&
	test_psql -d legacy -c "SELECT count(*) FROM pg_matviews WHERE definition LIKE '\''%password=%'\''" >>n &&
	printf "0\n0\n0\n" >expect &&
	test_cmp expect n &&
	test_psql -d legacy -c "SELECT count(*) FROM pg_matviews
		WHERE strpos(definition, format('\''dblink(%L'\'', '\''pgform_'\'' || schemaname)) > 0
		AND definition NOT LIKE '\''%host=%'\''" >n &&
	echo 180 >expect &&
	test_cmp expect n &&
	with_inline_pw scn_check state legacy $T0 $A:$T0 $B:$T0 $C:$T0 &&
	test_psql -d legacy -c "SELECT count(*) FROM tenant_a.foodlogstats_2025" >n &&
	test_psql -d src_a -c "SELECT count(*) FROM phood_foodlogsum WHERE logged_time < '\''2026-01-01'\''" >expect &&
	test_cmp expect n &&
	test_psql -c "SELECT jobname, schedule, database FROM cron.job ORDER BY jobname" >jobs &&
	test_line_count = 6 jobs
'

test_expect_success 'the next day, the imported state just adds the new parts' '
	with_inline_pw test_plan state legacy 2026-03-02 >plan &&
	sed -n "/^[-+~±]/p" plan >actual &&
	cat >expect <<-\EOF &&
	+ materialized view tenant_a.foodlogstats_2026_03_02
	+ materialized view tenant_b.foodlogstats_2026_03_02
	+ materialized view tenant_c.foodlogstats_2026_03_02
	~ replace view tenant_a.foodlogstats (parts added or removed)
	~ replace view tenant_b.foodlogstats (parts added or removed)
	~ replace view tenant_c.foodlogstats (parts added or removed)
	EOF
	test_cmp expect actual &&
	with_inline_pw test_apply state legacy 2026-03-02 &&
	with_inline_pw scn_check state legacy 2026-03-02 $A:2026-03-02 $B:2026-03-02 $C:2026-03-02
'

E="tenant_e:src_a:2026-01-01"
F="tenant_f:src_b:2026-01-01"
G="tenant_g:src_c:2026-01-01"

test_expect_success 'a warehouse built by pgform, imported, plans with no changes' '
	test_createdb wh &&
	SCN_PG_CRON=0 scn_state built $E $F $G &&
	sed -i "s/client: Client tenant_g/client: O'"'"'Brien \\& Sons/" built/tenants/tenant_g.yaml &&
	grep -F "client: O'"'"'Brien & Sons" built/tenants/tenant_g.yaml &&
	test_apply built wh $T0 &&
	scn_check built wh $T0 $E:$T0 $F:$T0 $G:$T0 &&
	pgform import -d dbname=wh -o state_wh --today $T0 2>err &&
	grep -x "wrote state_wh/pgform.yaml: 3 tenants, 1 templates" err &&
	grep -x "      password_env: TENANT_F_PASSWORD" state_wh/tenants/tenant_f.yaml &&
	! grep -r "foodlogstats_20" state_wh &&
	test_plan_empty state_wh wh $T0 &&
	test_plan_empty state_wh wh $T0 --allow-destroy &&
	test_no_secret "$SCN_READER_PASSWORD" -r state_wh
'

# a partition: none template: one materialized view per tenant
STOCK_TEMPLATE="  stock:
    partition: none
    remote_query: SELECT count(*) AS n, '{CLIENT}' AS client FROM phood_foodlogsum
    columns: { n: bigint, client: text }
    indexes: [ \"UNIQUE (client)\" ]
    union_view: stock
    public_view: public.stock"

test_expect_success 'a warehouse with a partition: none template, imported, plans with no changes' '
	test_createdb wh_none &&
	SCN_PG_CRON=0 SCN_TEMPLATES_EXTRA=$STOCK_TEMPLATE SCN_TENANT_TEMPLATES="stock: {}" scn_state none $E $F &&
	test_apply none wh_none $T0 &&
	pgform import -d dbname=wh_none -o state_none --today $T0 2>err &&
	grep -A1 "^  stock:" state_none/pgform.yaml >tmpl &&
	printf "%s\n" "  stock:" "    partition: none" >expect &&
	test_cmp expect tmpl &&
	test_plan_empty state_none wh_none $T0
'

test_done
