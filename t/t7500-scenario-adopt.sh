#!/bin/bash
test_description='warehouse scenario: a warehouse built by hand with foreign servers (one shared by two tenants, a user mapping FOR PUBLIC), default index names, union and public views is imported and planned with no change; a connection naming a server uses it as it is'
. "$(dirname "$0")/test-lib.sh"

test_start_pg

T0=2026-03-01

# The hand-built warehouse "byhand": tenants a and b are two clients of the
# same source database, both read through server src_shared (one mapping,
# FOR PUBLIC); tenant c reads src_c through its own server, mapped for the
# role that built it.  Parts name the server in dblink(), their unique
# index has PostgreSQL's default name, each tenant has a union view and
# public.foodlogstats reads them all with schema_name.
byhand_sql () {
	cat <<-\EOF
	CREATE EXTENSION dblink;
	CREATE SERVER src_shared FOREIGN DATA WRAPPER dblink_fdw
	  OPTIONS (host '127.0.0.1', port :'port', dbname 'src_a');
	CREATE USER MAPPING FOR PUBLIC SERVER src_shared OPTIONS (user 'scn_reader', password :'pw');
	CREATE SERVER src_c FOREIGN DATA WRAPPER dblink_fdw
	  OPTIONS (host '127.0.0.1', port :'port', dbname 'src_c');
	CREATE USER MAPPING FOR CURRENT_USER SERVER src_c OPTIONS (user 'scn_reader', password :'pw');
	DO $do$
	DECLARE
	  t record; d date; parts text; q text; mv text;
	  cols text := 'id integer, logged_time timestamptz, weight numeric, location text, client text';
	BEGIN
	  FOR t IN SELECT * FROM (VALUES ('tenant_a', 'src_shared', 'Tenant A'), ('tenant_b', 'src_shared', 'Tenant B'),
	                                 ('tenant_c', 'src_c', 'Tenant C')) v(s, srv, client) LOOP
	    EXECUTE format('CREATE SCHEMA %I', t.s);
	    EXECUTE format('GRANT USAGE ON SCHEMA %I TO phood_ro', t.s);
	    FOR d IN SELECT g::date FROM generate_series(date '2026-02-10', date '2026-03-01', interval '1 day') g LOOP
	      mv := 'foodlogstats_' || to_char(d, 'YYYY_MM_DD');
	      q := format($q$SELECT f.id, f.logged_time, f.weight, l.name AS location, %L AS client
	FROM phood_foodlogsum f LEFT JOIN locations l ON l.id = f.location_id
	WHERE (f.logged_time AT TIME ZONE 'UTC')::date = %L::date$q$, t.client, d);
	      EXECUTE format('CREATE MATERIALIZED VIEW %I.%I AS SELECT * FROM dblink(%L, %L) AS t(%s)', t.s, mv, t.srv, q, cols);
	      EXECUTE format('CREATE UNIQUE INDEX ON %I.%I (id)', t.s, mv);
	      EXECUTE format('GRANT SELECT ON %I.%I TO phood_ro', t.s, mv);
	    END LOOP;
	    SELECT string_agg(format('SELECT * FROM %I.%I', t.s, 'foodlogstats_' || to_char(g, 'YYYY_MM_DD')), ' UNION ALL ')
	      INTO parts FROM generate_series(date '2026-02-10', date '2026-03-01', interval '1 day') g;
	    EXECUTE format('CREATE VIEW %I.foodlogstats AS %s', t.s, parts);
	    EXECUTE format('GRANT SELECT ON %I.foodlogstats TO phood_ro', t.s);
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

test_expect_success 'setup: sources, and the warehouse "byhand" built with psql' '
	scn_sources src_a:2026-02-01:2026-03-31:3 src_c:2026-02-01:2026-03-31:5 &&
	test_psql -c "CREATE ROLE phood_ro LOGIN" &&
	test_createdb byhand &&
	byhand_sql >byhand.sql &&
	test_psql -d byhand -v port=$PGPORT -v pw="$SCN_READER_PASSWORD" -f byhand.sql &&
	test_psql -d byhand -c "SELECT count(*), count(DISTINCT client) FROM public.foodlogstats" >n &&
	test_psql -d src_a -c "SELECT 2 * count(*) || '\''|2'\'' FROM phood_foodlogsum WHERE (logged_time AT TIME ZONE '\''UTC'\'')::date BETWEEN '\''2026-02-10'\'' AND '\''2026-03-01'\''" >a2 &&
	test_psql -d src_c -c "SELECT count(*) FROM phood_foodlogsum WHERE (logged_time AT TIME ZONE '\''UTC'\'')::date BETWEEN '\''2026-02-10'\'' AND '\''2026-03-01'\''" >c &&
	echo "$(( $(cut -d"|" -f1 a2) + $(cat c) ))|3" >expect &&
	test_cmp expect n
'

test_expect_success 'import keeps the servers: two tenants on src_shared, one on src_c, no password asked for' '
	pgform import -d dbname=byhand -o state --today $T0 >out 2>err &&
	test_line_count = 0 out &&
	for t in a b c; do
		sed -n "/connection:/,/templates:/p" state/tenants/tenant_$t.yaml >conn.$t || return 1
	done &&
	printf "%s\n" "    connection:" "      server: src_shared" "    templates:" >expect &&
	test_cmp expect conn.a &&
	test_cmp expect conn.b &&
	printf "%s\n" "    connection:" "      server: src_c" "    templates:" >expect &&
	test_cmp expect conn.c &&
	! grep -i password err state/pgform.yaml state/tenants/*.yaml
'

test_expect_success 'the plan right after import is empty: nothing rebuilt, no server or mapping made' '
	test_db_state byhand >before &&
	test_plan state byhand $T0 >plan 2>plan.err &&
	echo "$NOCHANGE" >expect &&
	test_cmp expect plan &&
	test_db_state byhand >after &&
	test_cmp before after
'

test_expect_success 'the next day: the new parts of all three tenants read through the servers as found' '
	test_apply state byhand 2026-03-02 >out 2>err &&
	test_psql -d byhand -c "SELECT count(*) FROM pg_matviews WHERE matviewname = '\''foodlogstats_2026_03_02'\''" >n &&
	echo 3 >expect &&
	test_cmp expect n &&
	test_psql -d byhand -c "SELECT srvname FROM pg_foreign_server ORDER BY 1" >servers &&
	printf "%s\n" src_c src_shared >expect &&
	test_cmp expect servers &&
	test_psql -d byhand -c "SELECT srvname, usename FROM pg_user_mappings ORDER BY 1, 2" >maps &&
	printf "%s\n" "src_c|postgres" "src_shared|public" >expect &&
	test_cmp expect maps &&
	test_plan_empty state byhand 2026-03-02
'

test_expect_success 'a connection naming a server that does not exist: an error naming it, nothing changed' '
	sed "s/server: src_c/server: src_gone/" state/tenants/tenant_c.yaml >gone.yaml &&
	cp gone.yaml state/tenants/tenant_c.yaml &&
	test_db_state byhand >before &&
	test_must_fail test_plan state byhand 2026-03-02 >out 2>err &&
	echo "error: state/tenants/tenant_c.yaml:6:7: foreign server '\''src_gone'\'' of tenant '\''tenant_c'\'' does not exist; a connection naming a server uses it as it is: create it (and its user mapping), or give the connection'\''s host, dbname and user" >expect &&
	test_cmp expect err &&
	test_line_count = 0 out &&
	test_db_state byhand >after &&
	test_cmp before after
'

test_expect_success 'a connection naming a server and a host: an error at load time' '
	printf "%s\n" "pgform: 1" "extensions: { dblink: {} }" "templates:" \
		"  t: { remote_query: \"SELECT {TARGET_DATE}::date AS x\", columns: { x: date } }" \
		"tenants:" "  a: { connection: { server: src_c, host: h }, templates: { t: { from: 2026-03-01 } } }" >both.yaml &&
	test_must_fail pgform validate -f both.yaml --today $T0 >out 2>err &&
	echo "both.yaml:6:20: error: the connection of tenant '\''a'\'' names a '\''server'\'': it takes no other key (the server and its user mappings are used as they are)" >expect &&
	test_cmp expect err
'

test_done
