#!/bin/bash
test_description='pgform rollback after one change per kind: the catalog is exactly as before the apply (roles, grants, default privileges, cron jobs, servers and user mappings, extensions, functions, views, materialized views, schemas), or the plan marked the step irreversible and rollback refuses, changing nothing'
. "$(dirname "$0")/test-lib.sh"

test_start_pg

TODAY=2026-03-04
NOCHANGE="No changes. The database matches the desired state."
SQ="'"

# catalog DB: what a rollback must give back, as stable text: the schema
# dump of DB, then what pg_dump -s does not show: roles (attributes,
# comments), memberships, default privileges, extension versions, foreign
# servers, user mappings, and the pg_cron jobs of every database (they
# live in database postgres, cron.database_name) without their jobid.
catalog () {
	echo "-- pg_dump --schema-only" &&
	test_pg_dump_schema -d "$1" &&
	test_psql -d "$1" \
		-c "\\echo -- roles" \
		-c "SELECT r.rolname, r.rolcanlogin, r.rolsuper, r.rolinherit, r.rolcreaterole,
			r.rolcreatedb, r.rolreplication, r.rolbypassrls, r.rolconnlimit, r.rolvaliduntil,
			r.rolconfig, a.rolpassword IS NOT NULL, shobj_description(r.oid, 'pg_authid')
			FROM pg_roles r JOIN pg_authid a ON a.oid = r.oid
			WHERE r.rolname !~ '^pg_' ORDER BY 1" \
		-c "\\echo -- memberships" \
		-c "SELECT roleid::regrole, member::regrole, grantor::regrole, admin_option
			FROM pg_auth_members ORDER BY roleid::regrole::text, member::regrole::text" \
		-c "\\echo -- default privileges" \
		-c "SELECT defaclrole::regrole, defaclnamespace::regnamespace, defaclobjtype, defaclacl
			FROM pg_default_acl
			ORDER BY defaclrole::regrole::text, defaclnamespace::regnamespace::text, defaclobjtype" \
		-c "\\echo -- extensions" \
		-c "SELECT extname, extversion, extnamespace::regnamespace, extowner::regrole
			FROM pg_extension ORDER BY 1" \
		-c "\\echo -- foreign servers" \
		-c "SELECT s.srvname, w.fdwname, s.srvowner::regrole, s.srvoptions, s.srvacl
			FROM pg_foreign_server s JOIN pg_foreign_data_wrapper w ON w.oid = s.srvfdw
			ORDER BY 1" \
		-c "\\echo -- user mappings" \
		-c "SELECT srvname, usename, umoptions FROM pg_user_mappings ORDER BY 1, 2" &&
	echo "-- cron jobs" &&
	test_psql -d postgres -c "SELECT jobname, schedule, command, nodename, nodeport, database,
		username, active FROM cron.job ORDER BY jobname, database, command"
}

# plan_steps PLAN.json: one line per step, id|action|kind|target|hazards|
# and how it is undone: "inverse" (statements), "empty inverse" (nothing
# to undo), or "irreversible: WHY".
plan_steps () {
	/usr/bin/python3 -c '
import json, sys
for s in json.load(open(sys.argv[1]))["steps"]:
    if "irreversible" in s:
        undo = "irreversible: " + s["irreversible"]
    elif s["inverse"]:
        undo = "inverse"
    else:
        undo = "empty inverse"
    print("%d|%s|%s|%s|%s|%s" % (s["id"], s["action"], s["kind"], s["target"],
                                 ",".join(s["hazards"]), undo))
' "$1"
}

# rk_new DB [SQL]: in a test body, a new directory DB (the current one from
# then on) and a new database DB (SQL run in it first, when given) brought
# by an apply (apply 1) to the state read from stdin, saved as before.yaml;
# the state then plans empty.
rk_new () {
	mkdir "$1" && cd "$1" &&
	cat >before.yaml &&
	test_createdb "$1" &&
	if [ -n "$2" ]; then test_psql -d "$1" -c "$2"; fi &&
	pgform apply -f before.yaml -d "dbname=$1" --today $TODAY 2>apply1.err &&
	grep -Ex "apply 1: [0-9]+ steps? done in [0-9.]+ s" apply1.err &&
	pgform plan -f before.yaml -d "dbname=$1" --today $TODAY >plan1.out &&
	echo "$NOCHANGE" >expect &&
	test_cmp expect plan1.out
}

# rk_change DB [APPLY OPTIONS]: the catalog of DB into before.cat; the plan
# of after.yaml into plan.json and its steps (plan_steps) into steps; apply
# it (apply 2); the catalog changed (changed.cat) and after.yaml then plans
# empty.
rk_change () {
	local db=$1
	shift
	catalog "$db" >before.cat &&
	pgform plan -f after.yaml -d "dbname=$db" --today $TODAY --format json >plan.json &&
	plan_steps plan.json >steps &&
	pgform apply -f after.yaml -d "dbname=$db" --today $TODAY "$@" 2>apply2.err &&
	grep -Ex "apply 2: [0-9]+ steps? done in [0-9.]+ s" apply2.err &&
	catalog "$db" >changed.cat &&
	! cmp -s before.cat changed.cat &&
	pgform plan -f after.yaml -d "dbname=$db" --today $TODAY >plan2.out &&
	echo "$NOCHANGE" >expect &&
	test_cmp expect plan2.out
}

# rk_undo DB [ROLLBACK OPTIONS]: pgform rollback undoes apply 2, and the
# catalog is exactly as before it (before.cat).  When the rollback fails,
# its messages are shown, then how the catalog differs.
rk_undo () {
	local db=$1 rc=0
	shift
	pgform rollback -d "dbname=$db" "$@" >rollback.out 2>rollback.err || rc=$?
	if [ $rc != 0 ]; then
		echo "error: pgform rollback exited $rc:"
		cat rollback.err
	fi
	catalog "$db" >after.cat &&
	test_cmp before.cat after.cat &&
	[ $rc = 0 ] &&
	test_line_count = 0 rollback.out &&
	grep -Ex "apply 2 rolled back: [0-9]+ steps? undone" rollback.err
}

# rk_refused DB MESSAGE [ROLLBACK OPTIONS]: pgform rollback exits 1 with
# MESSAGE, one line, and changes nothing: the catalog is as the apply left
# it (changed.cat), apply 2 is still done.
rk_refused () {
	local db=$1 msg=$2
	shift 2
	test_must_fail pgform rollback -d "dbname=$db" "$@" >rollback.out 2>rollback.err &&
	test_line_count = 0 rollback.out &&
	printf '%s\n' "$msg" >expect.err &&
	test_cmp expect.err rollback.err &&
	catalog "$db" >after.cat &&
	test_cmp changed.cat after.cat &&
	test_psql -d "$db" -c "SELECT id, status FROM pgform.applies ORDER BY id" >applies &&
	printf '%s\n' "1|done" "2|done" >expect.applies &&
	test_cmp expect.applies applies
}

test_expect_success 'setup: pg_cron in database postgres, where cron.database_name points' '
	test_psql -d postgres -c "CREATE EXTENSION pg_cron" &&
	catalog postgres >/dev/null
'

# ---------------------------------------------------------------- roles

test_expect_success 'role attributes changed (LOGIN, CREATEDB, CONNECTION LIMIT): rollback restores them' '
	rk_new r_attr <<-\EOF &&
	pgform: 1
	roles:
	  rk_attr: { login: false, createdb: false, connection_limit: 3 }
	EOF
	cat >after.yaml <<-\EOF &&
	pgform: 1
	roles:
	  rk_attr: { login: true, createdb: true, connection_limit: 10 }
	EOF
	rk_change r_attr &&
	test_psql -c "SELECT rolcanlogin, rolcreatedb, rolconnlimit FROM pg_roles
		WHERE rolname = ${SQ}rk_attr${SQ}" >actual &&
	echo "t|t|10" >expect &&
	test_cmp expect actual &&
	rk_undo r_attr &&
	echo "1|alter|role|rk_attr||inverse" >expect &&
	test_cmp expect steps
'

test_expect_success 'role memberships added and removed: rollback restores them' '
	rk_new r_member <<-\EOF &&
	pgform: 1
	roles:
	  rk_mem_a: {}
	  rk_mem_b: {}
	  rk_mem_c: {}
	  rk_mem_user: { member_of: [rk_mem_a, rk_mem_b] }
	EOF
	sed "s/member_of: \[rk_mem_a, rk_mem_b\]/member_of: [rk_mem_b, rk_mem_c]/" before.yaml >after.yaml &&
	rk_change r_member &&
	test_psql -c "SELECT roleid::regrole FROM pg_auth_members
		WHERE member = ${SQ}rk_mem_user${SQ}::regrole ORDER BY roleid::regrole::text" >actual &&
	printf "%s\n" rk_mem_b rk_mem_c >expect &&
	test_cmp expect actual &&
	rk_undo r_member &&
	echo "1|alter|role|rk_mem_user|revokes|inverse" >expect &&
	test_cmp expect steps
'

test_expect_success 'role comments changed and added: rollback restores them' '
	rk_new r_comment <<-\EOF &&
	pgform: 1
	roles:
	  rk_com_a: { comment: first words }
	  rk_com_b: {}
	EOF
	cat >after.yaml <<-\EOF &&
	pgform: 1
	roles:
	  rk_com_a: { comment: second words }
	  rk_com_b: { comment: new words }
	EOF
	rk_change r_comment &&
	test_psql -c "SELECT rolname, shobj_description(oid, ${SQ}pg_authid${SQ}) FROM pg_roles
		WHERE rolname LIKE ${SQ}rk_com_%${SQ} ORDER BY 1" >actual &&
	printf "%s\n" "rk_com_a|second words" "rk_com_b|new words" >expect &&
	test_cmp expect actual &&
	rk_undo r_comment &&
	printf "%s\n" "1|alter|role|rk_com_a||inverse" "2|alter|role|rk_com_b||inverse" >expect &&
	test_cmp expect steps
'

test_expect_success 'role created (with a comment and a membership): rollback drops it' '
	rk_new r_create <<-\EOF &&
	pgform: 1
	roles:
	  rk_new_group: {}
	EOF
	cat >after.yaml <<-\EOF &&
	pgform: 1
	roles:
	  rk_new_group: {}
	  rk_new_user: { login: true, connection_limit: 2, member_of: [rk_new_group], comment: made by the apply }
	EOF
	rk_change r_create &&
	test_psql -c "SELECT count(*) FROM pg_roles WHERE rolname = ${SQ}rk_new_user${SQ}" >actual &&
	echo 1 >expect &&
	test_cmp expect actual &&
	rk_undo r_create &&
	echo "1|create|role|rk_new_user||inverse" >expect &&
	test_cmp expect steps
'

# ---------------------------------------------------------------- grants

test_expect_success 'grants on a schema added and revoked: rollback restores them' '
	rk_new g_schema <<-\EOF &&
	pgform: 1
	roles:
	  rk_gs_r1: {}
	  rk_gs_r2: {}
	schemas:
	  rk_gs: {}
	grants:
	  - { role: rk_gs_r1, privileges: [USAGE], on: "schema rk_gs" }
	EOF
	cat >after.yaml <<-\EOF &&
	pgform: 1
	roles:
	  rk_gs_r1: {}
	  rk_gs_r2: {}
	schemas:
	  rk_gs: {}
	grants:
	  - { role: rk_gs_r2, privileges: [USAGE, CREATE], on: "schema rk_gs" }
	EOF
	rk_change g_schema &&
	test_psql -d g_schema -c "SELECT has_schema_privilege(${SQ}rk_gs_r1${SQ}, ${SQ}rk_gs${SQ}, ${SQ}USAGE${SQ}),
		has_schema_privilege(${SQ}rk_gs_r2${SQ}, ${SQ}rk_gs${SQ}, ${SQ}USAGE, CREATE${SQ})" >actual &&
	echo "f|t" >expect &&
	test_cmp expect actual &&
	rk_undo g_schema &&
	echo "1|alter|schema|rk_gs|revokes|inverse" >expect &&
	test_cmp expect steps
'

# PostgreSQL keeps the items of an ACL in the order they were granted, and
# pg_dump prints them in that order.
test_expect_success 'a grant on a schema revoked while a later one is kept: rollback restores the ACL in its order' '
	rk_new g_order <<-\EOF &&
	pgform: 1
	roles:
	  rk_go_r1: {}
	  rk_go_r2: {}
	schemas:
	  rk_go: {}
	grants:
	  - { role: rk_go_r1, privileges: [USAGE], on: "schema rk_go" }
	  - { role: rk_go_r2, privileges: [USAGE], on: "schema rk_go" }
	EOF
	grep -v "role: rk_go_r1," before.yaml >after.yaml &&
	test_psql -d g_order -c "SELECT grantee::regrole FROM pg_namespace, aclexplode(nspacl)
		WHERE nspname = ${SQ}rk_go${SQ} AND grantee <> nspowner" >acl.before &&
	printf "%s\n" rk_go_r1 rk_go_r2 >expect &&
	test_cmp expect acl.before &&
	rk_change g_order &&
	rk_undo g_order &&
	echo "1|alter|schema|rk_go|revokes|inverse" >expect &&
	test_cmp expect steps
'

test_expect_success 'grants on a view added and revoked: rollback restores them' '
	rk_new g_view <<-\EOF &&
	pgform: 1
	roles:
	  rk_gv_r1: {}
	  rk_gv_r2: {}
	schemas:
	  rk_gv: {}
	views:
	  rk_gv.v:
	    query: SELECT 1 AS one
	    grants:
	      - { role: rk_gv_r1, privileges: [SELECT] }
	EOF
	cat >after.yaml <<-\EOF &&
	pgform: 1
	roles:
	  rk_gv_r1: {}
	  rk_gv_r2: {}
	schemas:
	  rk_gv: {}
	views:
	  rk_gv.v:
	    query: SELECT 1 AS one
	grants:
	  - { role: rk_gv_r2, privileges: [SELECT, INSERT], on: "table rk_gv.v" }
	EOF
	rk_change g_view &&
	test_psql -d g_view -c "SELECT has_table_privilege(${SQ}rk_gv_r1${SQ}, ${SQ}rk_gv.v${SQ}, ${SQ}SELECT${SQ}),
		has_table_privilege(${SQ}rk_gv_r2${SQ}, ${SQ}rk_gv.v${SQ}, ${SQ}SELECT, INSERT${SQ})" >actual &&
	echo "f|t" >expect &&
	test_cmp expect actual &&
	rk_undo g_view &&
	echo "1|alter|view|rk_gv.v|revokes|inverse" >expect &&
	test_cmp expect steps
'

test_expect_success 'a grant added on a table made by hand (not managed, only ever added): rollback revokes it' '
	rk_new g_table "CREATE SCHEMA rk_gt; CREATE TABLE rk_gt.t (a integer)" <<-\EOF &&
	pgform: 1
	roles:
	  rk_gt_r1: {}
	EOF
	cat >after.yaml <<-\EOF &&
	pgform: 1
	roles:
	  rk_gt_r1: {}
	grants:
	  - { role: rk_gt_r1, privileges: [SELECT], on: "table rk_gt.t" }
	EOF
	rk_change g_table &&
	test_psql -d g_table -c "SELECT has_table_privilege(${SQ}rk_gt_r1${SQ}, ${SQ}rk_gt.t${SQ}, ${SQ}SELECT${SQ})" >actual &&
	echo t >expect &&
	test_cmp expect actual &&
	cat >expect <<-\EOF &&
	1|alter|table|rk_gt.t||inverse
	EOF
	test_cmp expect steps &&
	rk_undo g_table
'

test_expect_success 'grants on a function added and revoked: rollback restores them' '
	rk_new g_function <<-\EOF &&
	pgform: 1
	roles:
	  rk_gf_r1: {}
	  rk_gf_r2: {}
	schemas:
	  rk_gf: {}
	functions:
	  - sql: |
	      CREATE FUNCTION rk_gf.f(x integer) RETURNS integer
	      LANGUAGE sql IMMUTABLE AS $$ SELECT x + 1 $$;
	grants:
	  - { role: rk_gf_r1, privileges: [EXECUTE], on: "function rk_gf.f(integer)" }
	EOF
	sed "s/role: rk_gf_r1, privileges/role: rk_gf_r2, privileges/" before.yaml >after.yaml &&
	rk_change g_function &&
	test_psql -d g_function -c "SELECT grantee::regrole FROM pg_proc, aclexplode(proacl)
		WHERE oid = ${SQ}rk_gf.f(integer)${SQ}::regprocedure AND grantee NOT IN (0, proowner)
		ORDER BY grantee::regrole::text" >actual &&
	echo rk_gf_r2 >expect &&
	test_cmp expect actual &&
	rk_undo g_function &&
	echo "1|alter|function|rk_gf.f(integer)|revokes|inverse" >expect &&
	test_cmp expect steps
'

# ---------------------------------------------------------------- default privileges

test_expect_success 'default privileges added (tables and functions): rollback restores them' '
	rk_new d_add <<-\EOF &&
	pgform: 1
	roles:
	  rk_da_owner: {}
	  rk_da_r1: {}
	schemas:
	  rk_da: { owner: rk_da_owner }
	EOF
	cat before.yaml - >after.yaml <<-\EOF &&
	grants:
	  - { role: rk_da_r1, privileges: [SELECT], on: "default tables in schema rk_da", for_role: rk_da_owner }
	  - { role: rk_da_r1, privileges: [EXECUTE], on: "default functions in schema rk_da", for_role: rk_da_owner }
	EOF
	rk_change d_add &&
	test_psql -d d_add -c "SELECT defaclobjtype, defaclacl FROM pg_default_acl
		WHERE defaclnamespace = ${SQ}rk_da${SQ}::regnamespace ORDER BY 1" >actual &&
	printf "%s\n" "f|{rk_da_r1=X/rk_da_owner}" "r|{rk_da_r1=r/rk_da_owner}" >expect &&
	test_cmp expect actual &&
	rk_undo d_add &&
	cat >expect <<-\EOF &&
	1|alter|grant|default functions in schema rk_da for rk_da_owner||inverse
	2|alter|grant|default tables in schema rk_da for rk_da_owner||inverse
	EOF
	test_cmp expect steps
'

test_expect_success 'default privileges revoked from one of two roles: rollback restores them' '
	rk_new d_revoke <<-\EOF &&
	pgform: 1
	roles:
	  rk_dr_owner: {}
	  rk_dr_r1: {}
	  rk_dr_r2: {}
	schemas:
	  rk_dr: { owner: rk_dr_owner }
	grants:
	  - { role: rk_dr_r1, privileges: [SELECT], on: "default tables in schema rk_dr", for_role: rk_dr_owner }
	  - { role: rk_dr_r2, privileges: [SELECT, INSERT], on: "default tables in schema rk_dr", for_role: rk_dr_owner }
	EOF
	grep -v "role: rk_dr_r2, privileges" before.yaml >after.yaml &&
	rk_change d_revoke &&
	test_psql -d d_revoke -c "SELECT defaclobjtype, defaclacl FROM pg_default_acl
		WHERE defaclnamespace = ${SQ}rk_dr${SQ}::regnamespace ORDER BY 1" >actual &&
	echo "r|{rk_dr_r1=r/rk_dr_owner}" >expect &&
	test_cmp expect actual &&
	rk_undo d_revoke &&
	echo "1|alter|grant|default tables in schema rk_dr for rk_dr_owner|revokes|inverse" >expect &&
	test_cmp expect steps
'

# ---------------------------------------------------------------- cron jobs
#
# pg_cron lives in database postgres (cron.database_name): the jobs of a
# warehouse in another database are scheduled there for it.  Job names are
# global, so each test has its own.

test_expect_success 'cron job created: rollback unschedules it' '
	rk_new c_create <<-\EOF &&
	pgform: 1
	schemas:
	  rk_cc: {}
	EOF
	cat before.yaml - >after.yaml <<-\EOF &&
	cron:
	  rk_cc_nightly: { schedule: "0 3 * * *", command: SELECT 1 }
	EOF
	rk_change c_create &&
	test_psql -d postgres -c "SELECT schedule, database FROM cron.job WHERE jobname = ${SQ}rk_cc_nightly${SQ}" >actual &&
	echo "0 3 * * *|c_create" >expect &&
	test_cmp expect actual &&
	rk_undo c_create &&
	echo "1|create|cron_job|rk_cc_nightly||inverse" >expect &&
	test_cmp expect steps
'

test_expect_success 'cron job schedule changed: rollback restores it' '
	rk_new c_schedule <<-\EOF &&
	pgform: 1
	cron:
	  rk_cs_job: { schedule: "0 3 * * *", command: SELECT 2 }
	EOF
	sed "s/0 3 \* \* \*/30 4 * * */" before.yaml >after.yaml &&
	rk_change c_schedule &&
	test_psql -d postgres -c "SELECT schedule FROM cron.job WHERE jobname = ${SQ}rk_cs_job${SQ}" >actual &&
	echo "30 4 * * *" >expect &&
	test_cmp expect actual &&
	rk_undo c_schedule &&
	echo "1|alter|cron_job|rk_cs_job||inverse" >expect &&
	test_cmp expect steps
'

test_expect_success 'cron job deactivated: rollback activates it again' '
	rk_new c_active <<-\EOF &&
	pgform: 1
	cron:
	  rk_ca_job: { schedule: "15 * * * *", command: SELECT 3 }
	EOF
	sed "s/command: SELECT 3 }/command: SELECT 3, active: false }/" before.yaml >after.yaml &&
	rk_change c_active &&
	test_psql -d postgres -c "SELECT active FROM cron.job WHERE jobname = ${SQ}rk_ca_job${SQ}" >actual &&
	echo f >expect &&
	test_cmp expect actual &&
	rk_undo c_active &&
	echo "1|alter|cron_job|rk_ca_job||inverse" >expect &&
	test_cmp expect steps
'

# ---------------------------------------------------------------- servers and user mappings
#
# A tenant's connection is the foreign server pgform_KEY and a user mapping
# for the applying user; nothing connects to it here (no templates).

test_expect_success 'a tenant'"'"'s connection options changed (dbname set, sslmode and options added): rollback restores the server' '
	rk_new s_options <<-\EOF &&
	pgform: 1
	extensions:
	  dblink: {}
	tenants:
	  rk_so:
	    connection: { host: 127.0.0.1, port: 5999, dbname: src_one, user: rk_src }
	EOF
	cat >after.yaml <<-\EOF &&
	pgform: 1
	extensions:
	  dblink: {}
	tenants:
	  rk_so:
	    connection: { host: 127.0.0.1, port: 5999, dbname: src_two, user: rk_src, sslmode: disable, options: "-c statement_timeout=0" }
	EOF
	rk_change s_options &&
	test_psql -d s_options -c "SELECT srvoptions FROM pg_foreign_server WHERE srvname = ${SQ}pgform_rk_so${SQ}" >actual &&
	echo "{host=127.0.0.1,port=5999,dbname=src_two,sslmode=disable,\"options=-c statement_timeout=0\"}" >expect &&
	test_cmp expect actual &&
	rk_undo s_options &&
	echo "1|alter|server|pgform_rk_so||inverse" >expect &&
	test_cmp expect steps
'

# The user mapping exists for a tenant that uses a template: its part
# reads the source over dblink, through the socket directory (trust).
test_expect_success 'setup: a tenant source database, readable by rk_src and rk_other' '
	test_psql -d postgres -c "CREATE ROLE rk_src LOGIN; CREATE ROLE rk_other LOGIN" &&
	test_createdb rk_source &&
	test_psql -d rk_source -c "CREATE TABLE items (id integer);
		INSERT INTO items SELECT generate_series(1, 5);
		GRANT SELECT ON items TO rk_src, rk_other"
'

test_expect_success 'a tenant'"'"'s user changed with its options: rollback puts back the user and the options' '
	rk_new s_mapping <<-EOF &&
	pgform: 1
	extensions:
	  dblink: {}
	templates:
	  items:
	    partition: none
	    remote_query: SELECT id FROM items
	    columns: { id: integer }
	tenants:
	  rk_sm:
	    connection: { host: $PGHOST, port: $PGPORT, dbname: rk_source, user: rk_src }
	    templates: { items: {} }
	EOF
	test_psql -d s_mapping -c "SELECT count(*) FROM rk_sm.items" >actual &&
	echo 5 >expect &&
	test_cmp expect actual &&
	sed "s/dbname: rk_source, user: rk_src }/dbname: rk_source, user: rk_other, options: \"-c statement_timeout=0\" }/" \
		before.yaml >after.yaml &&
	rk_change s_mapping &&
	cat >expect <<-\EOF &&
	1|alter|server|pgform_rk_sm||inverse
	2|alter|user_mapping|pgform_rk_sm for CURRENT_USER||inverse
	EOF
	test_cmp expect steps &&
	test_psql -d s_mapping -c "SELECT umoptions FROM pg_user_mappings WHERE srvname = ${SQ}pgform_rk_sm${SQ}" >actual &&
	echo "{user=rk_other}" >expect &&
	test_cmp expect actual &&
	rk_undo s_mapping
'

# ---------------------------------------------------------------- extensions
#
# No extension shipped with PostgreSQL 15 (contrib) has a downgrade script,
# so a version update cannot be rolled back: the plan must say so.

test_expect_success 'extension created: rollback drops it' '
	rk_new e_create <<-\EOF &&
	pgform: 1
	schemas:
	  rk_ec: {}
	EOF
	cat before.yaml - >after.yaml <<-\EOF &&
	extensions:
	  seg: {}
	EOF
	rk_change e_create &&
	test_psql -d e_create -c "SELECT extversion FROM pg_extension WHERE extname = ${SQ}seg${SQ}" >actual &&
	test_line_count = 1 actual &&
	rk_undo e_create &&
	echo "1|create|extension|seg||inverse" >expect &&
	test_cmp expect steps
'

test_expect_success 'extension version updated without a downgrade path: the step is irreversible, rollback refuses' '
	rk_new e_update <<-\EOF &&
	pgform: 1
	extensions:
	  seg: { version: "1.3" }
	EOF
	test_psql -d e_update -c "SELECT count(*) FROM pg_extension_update_paths(${SQ}seg${SQ})
		WHERE source = ${SQ}1.4${SQ} AND target = ${SQ}1.3${SQ} AND path IS NOT NULL" >paths &&
	echo 0 >expect &&
	test_cmp expect paths &&
	sed "s/version: \"1.3\"/version: \"1.4\"/" before.yaml >after.yaml &&
	rk_change e_update &&
	echo "1|alter|extension|seg|irreversible|irreversible: the extension has no update path back to its current version" >expect &&
	test_cmp expect steps &&
	test_psql -d e_update -c "SELECT extversion FROM pg_extension WHERE extname = ${SQ}seg${SQ}" >actual &&
	echo 1.4 >expect &&
	test_cmp expect actual &&
	rk_refused e_update "error: step 1 of apply 2 (alter extension seg) cannot be undone (the extension has no update path back to its current version); apply 2 cannot be rolled back"
'

test_expect_success 'extension moved to another schema: rollback moves it back' '
	rk_new e_schema <<-\EOF &&
	pgform: 1
	schemas:
	  rk_es_a: {}
	  rk_es_b: {}
	extensions:
	  seg: { schema: rk_es_a }
	EOF
	sed "s/seg: { schema: rk_es_a }/seg: { schema: rk_es_b }/" before.yaml >after.yaml &&
	rk_change e_schema &&
	echo "1|alter|extension|seg||inverse" >expect &&
	test_cmp expect steps &&
	test_psql -d e_schema -c "SELECT extnamespace::regnamespace FROM pg_extension WHERE extname = ${SQ}seg${SQ}" >actual &&
	echo rk_es_b >expect &&
	test_cmp expect actual &&
	rk_undo e_schema
'

# ---------------------------------------------------------------- functions

test_expect_success 'function body changed (CREATE OR REPLACE): rollback restores the old body' '
	rk_new f_body <<-\EOF &&
	pgform: 1
	schemas:
	  rk_fb: {}
	functions:
	  - sql: |
	      CREATE FUNCTION rk_fb.f(x integer) RETURNS integer
	      LANGUAGE plpgsql IMMUTABLE AS $$ BEGIN RETURN x + 1; END $$;
	EOF
	sed "s/RETURN x + 1;/RETURN x + 2;/" before.yaml >after.yaml &&
	rk_change f_body &&
	test_psql -d f_body -c "SELECT rk_fb.f(1)" >actual &&
	echo 3 >expect &&
	test_cmp expect actual &&
	rk_undo f_body &&
	test_psql -d f_body -c "SELECT rk_fb.f(1)" >actual &&
	echo 2 >expect &&
	test_cmp expect actual &&
	echo "1|replace|function|rk_fb.f(integer)||inverse" >expect &&
	test_cmp expect steps
'

test_expect_success 'function body and grants changed in one apply: rollback restores both' '
	rk_new f_body_grants <<-\EOF &&
	pgform: 1
	roles:
	  rk_fg_r1: {}
	  rk_fg_r2: {}
	schemas:
	  rk_fg: {}
	functions:
	  - sql: |
	      CREATE FUNCTION rk_fg.f(x integer) RETURNS integer
	      LANGUAGE sql IMMUTABLE AS $$ SELECT x + 1 $$;
	grants:
	  - { role: rk_fg_r1, privileges: [EXECUTE], on: "function rk_fg.f(integer)" }
	EOF
	sed -e "s/SELECT x + 1/SELECT x + 2/" -e "s/role: rk_fg_r1, privileges/role: rk_fg_r2, privileges/" \
		before.yaml >after.yaml &&
	rk_change f_body_grants &&
	test_psql -d f_body_grants -c "SELECT rk_fg.f(1)" >actual &&
	echo 3 >expect &&
	test_cmp expect actual &&
	rk_undo f_body_grants &&
	echo "1|replace|function|rk_fg.f(integer)|revokes|inverse" >expect &&
	test_cmp expect steps
'

test_expect_success 'function created: rollback drops it' '
	rk_new f_create <<-\EOF &&
	pgform: 1
	schemas:
	  rk_fc: {}
	EOF
	cat before.yaml - >after.yaml <<-\EOF &&
	functions:
	  - sql: |
	      CREATE FUNCTION rk_fc.g(t text) RETURNS text
	      LANGUAGE sql IMMUTABLE AS $$ SELECT upper(t) $$;
	EOF
	rk_change f_create &&
	rk_undo f_create &&
	echo "1|create|function|rk_fc.g(text)||inverse" >expect &&
	test_cmp expect steps
'

test_expect_success 'function made again (argument renamed) under a default, trigger, policy and index pgform does not manage: they are carried, and rollback carries them back' '
	rk_new f_carry "CREATE SCHEMA rk_fk; CREATE TABLE public.rk_fk_t (n integer, m integer);
		CREATE FUNCTION public.rk_fk_trg() RETURNS trigger LANGUAGE plpgsql AS \$\$ BEGIN RETURN NEW; END \$\$" <<-\EOF &&
	pgform: 1
	schemas:
	  rk_fk: {}
	functions:
	  - sql: |
	      CREATE FUNCTION rk_fk.f(x integer) RETURNS integer
	      LANGUAGE sql IMMUTABLE AS $$ SELECT x + 1 $$;
	EOF
	test_psql -d f_carry -c "ALTER TABLE public.rk_fk_t ALTER COLUMN m SET DEFAULT rk_fk.f(1);
		CREATE TRIGGER rk_fk_tr BEFORE INSERT ON public.rk_fk_t FOR EACH ROW WHEN (rk_fk.f(NEW.n) > 0)
			EXECUTE FUNCTION public.rk_fk_trg();
		ALTER TABLE public.rk_fk_t ENABLE ROW LEVEL SECURITY;
		CREATE POLICY rk_fk_p ON public.rk_fk_t USING (rk_fk.f(n) > 0);
		CREATE INDEX rk_fk_i ON public.rk_fk_t (rk_fk.f(n))" &&
	sed -e "s/f(x integer)/f(y integer)/" -e "s/SELECT x + 1/SELECT y + 2/" before.yaml >after.yaml &&
	rk_change f_carry &&
	test_psql -d f_carry -c "INSERT INTO public.rk_fk_t (n) VALUES (1) RETURNING m" >actual &&
	echo 3 >expect &&
	test_cmp expect actual &&
	test_psql -d f_carry -c "DELETE FROM public.rk_fk_t" &&
	rk_undo f_carry &&
	test_psql -d f_carry -c "SELECT rk_fk.f(1), pg_get_function_arguments(${SQ}rk_fk.f${SQ}::regproc)" >actual &&
	echo "2|x integer" >expect &&
	test_cmp expect actual &&
	echo "1|recreate|function|rk_fk.f(integer)|recreates_unmanaged|inverse" >expect &&
	test_cmp expect steps &&
	/usr/bin/python3 -c "import json,sys; print(json.load(open(sys.argv[1]))[\"steps\"][0][\"carries\"])" plan.json >actual &&
	echo "default value for column m of table public.rk_fk_t; trigger rk_fk_tr on table public.rk_fk_t; policy rk_fk_p on table public.rk_fk_t; index public.rk_fk_i" >expect &&
	test_cmp expect actual
'

# ---------------------------------------------------------------- views

test_expect_success 'view query changed, same columns (CREATE OR REPLACE): rollback restores the old query' '
	rk_new v_query <<-\EOF &&
	pgform: 1
	schemas:
	  rk_vq: {}
	views:
	  rk_vq.v:
	    query: SELECT g AS n FROM generate_series(1, 3) g
	    comment: three numbers
	EOF
	sed "s/generate_series(1, 3)/generate_series(1, 5)/" before.yaml >after.yaml &&
	rk_change v_query &&
	test_psql -d v_query -c "SELECT count(*) FROM rk_vq.v" >actual &&
	echo 5 >expect &&
	test_cmp expect actual &&
	rk_undo v_query &&
	echo "1|replace|view|rk_vq.v||inverse" >expect &&
	test_cmp expect steps
'

# CREATE OR REPLACE VIEW cannot take a column away again: the promise is
# kept either by an inverse that creates the view again as it was, or by a
# plan that marks the step irreversible (rollback then refuses).
test_expect_success 'view query changed, a column added at the end (CREATE OR REPLACE): the step is irreversible, said why; rollback refuses' '
	rk_new v_column <<-\EOF &&
	pgform: 1
	schemas:
	  rk_vx: {}
	views:
	  rk_vx.v:
	    query: SELECT g AS n FROM generate_series(1, 3) g
	EOF
	sed "s/query: SELECT g AS n FROM/query: SELECT g AS n, g * 2 AS twice FROM/" before.yaml >after.yaml &&
	rk_change v_column &&
	test_psql -d v_column -c "SELECT sum(twice) FROM rk_vx.v" >actual &&
	echo 12 >expect &&
	test_cmp expect actual &&
	echo "1|replace|view|rk_vx.v|irreversible|irreversible: columns are added to the view, and CREATE OR REPLACE VIEW cannot take them away" >expect &&
	test_cmp expect steps &&
	rk_refused v_column "error: step 1 of apply 2 (replace view rk_vx.v) cannot be undone (columns are added to the view, and CREATE OR REPLACE VIEW cannot take them away); apply 2 cannot be rolled back"
'

test_expect_success 'view created: rollback drops it' '
	rk_new v_create <<-\EOF &&
	pgform: 1
	schemas:
	  rk_vc: {}
	EOF
	cat before.yaml - >after.yaml <<-\EOF &&
	views:
	  rk_vc.v:
	    query: SELECT 42 AS answer
	    comment: the answer
	EOF
	rk_change v_create &&
	rk_undo v_create &&
	echo "1|create|view|rk_vc.v||inverse" >expect &&
	test_cmp expect steps
'

# ---------------------------------------------------------------- materialized views

mv_rows () {
	test_psql -d "$1" -c "SELECT n FROM rk_mv.m ORDER BY 1" &&
	test_psql -d "$1" -c "SELECT n FROM rk_mv.reader ORDER BY 1"
}

test_expect_success 'materialized view query changed, rebuilt by swap with --keep-old: rollback swaps the old one back' '
	rk_new m_rebuild <<-\EOF &&
	pgform: 1
	schemas:
	  rk_mv: {}
	materialized_views:
	  rk_mv.m:
	    query: SELECT g AS n FROM generate_series(1, 3) g
	    indexes: [ "UNIQUE (n)" ]
	    comment: small numbers
	views:
	  rk_mv.reader:
	    query: SELECT n FROM rk_mv.m WHERE n > 1
	EOF
	sed "s/generate_series(1, 3)/generate_series(1, 4)/" before.yaml >after.yaml &&
	mv_rows m_rebuild >rows.before &&
	rk_change m_rebuild --keep-old &&
	mv_rows m_rebuild >rows.changed &&
	! test_cmp rows.before rows.changed &&
	rk_undo m_rebuild &&
	mv_rows m_rebuild >rows.after &&
	test_cmp rows.before rows.after &&
	echo "1|rebuild|materialized_view|rk_mv.m|rebuilds_rows|inverse" >expect &&
	test_cmp expect steps
'

test_expect_success 'materialized view rebuilt without --keep-old: rollback refuses, naming the old copy' '
	rk_new m_nokeep <<-\EOF &&
	pgform: 1
	schemas:
	  rk_mk: {}
	materialized_views:
	  rk_mk.m:
	    query: SELECT g AS n FROM generate_series(1, 3) g
	EOF
	sed "s/generate_series(1, 3)/generate_series(1, 4)/" before.yaml >after.yaml &&
	rk_change m_nokeep &&
	rk_refused m_nokeep "error: the old copy of rk_mk.m is gone (rk_mk.m__pgform_old): it was dropped when the apply ended (no --keep-old) or by pgform cleanup; apply 2 cannot be rolled back"
'

test_expect_success 'materialized view created: rollback needs --allow-destroy, then drops it' '
	rk_new m_create <<-\EOF &&
	pgform: 1
	schemas:
	  rk_mc: {}
	EOF
	cat before.yaml - >after.yaml <<-\EOF &&
	materialized_views:
	  rk_mc.m:
	    query: SELECT g AS n FROM generate_series(1, 3) g
	    indexes: [ "UNIQUE (n)" ]
	EOF
	rk_change m_create &&
	echo "1|create|materialized_view|rk_mc.m||inverse" >expect &&
	test_cmp expect steps &&
	rk_refused m_create "error: rolling back apply 2 drops materialized view rk_mc.m, which holds data; run with --allow-destroy" &&
	rk_undo m_create --allow-destroy
'

# ---------------------------------------------------------------- schemas

test_expect_success 'schema owner changed (a grant on it): rollback restores the owner and the grant' '
	rk_new sc_owner <<-\EOF &&
	pgform: 1
	roles:
	  rk_sco_a: {}
	  rk_sco_b: {}
	  rk_sco_r: {}
	schemas:
	  rk_sco: { owner: rk_sco_a }
	grants:
	  - { role: rk_sco_r, privileges: [USAGE], on: "schema rk_sco" }
	EOF
	sed "s/rk_sco: { owner: rk_sco_a }/rk_sco: { owner: rk_sco_b }/" before.yaml >after.yaml &&
	rk_change sc_owner &&
	test_psql -d sc_owner -c "SELECT nspowner::regrole FROM pg_namespace WHERE nspname = ${SQ}rk_sco${SQ}" >actual &&
	echo rk_sco_b >expect &&
	test_cmp expect actual &&
	rk_undo sc_owner &&
	echo "1|alter|schema|rk_sco||inverse" >expect &&
	test_cmp expect steps
'

test_expect_success 'schema comments changed and added: rollback restores them' '
	rk_new sc_comment <<-\EOF &&
	pgform: 1
	schemas:
	  rk_scc_a: { comment: first words }
	  rk_scc_b: {}
	EOF
	cat >after.yaml <<-\EOF &&
	pgform: 1
	schemas:
	  rk_scc_a: { comment: second words }
	  rk_scc_b: { comment: new words }
	EOF
	rk_change sc_comment &&
	test_psql -d sc_comment -c "SELECT nspname, obj_description(oid, ${SQ}pg_namespace${SQ}) FROM pg_namespace
		WHERE nspname LIKE ${SQ}rk_scc_%${SQ} ORDER BY 1" >actual &&
	printf "%s\n" "rk_scc_a|second words" "rk_scc_b|new words" >expect &&
	test_cmp expect actual &&
	rk_undo sc_comment &&
	printf "%s\n" "1|alter|schema|rk_scc_a||inverse" "2|alter|schema|rk_scc_b||inverse" >expect &&
	test_cmp expect steps
'

test_expect_success 'schema created: rollback needs --allow-destroy, then drops it' '
	rk_new sc_create <<-\EOF &&
	pgform: 1
	roles:
	  rk_scn_owner: {}
	EOF
	cat before.yaml - >after.yaml <<-\EOF &&
	schemas:
	  rk_scn: { owner: rk_scn_owner, comment: made by the apply }
	EOF
	rk_change sc_create &&
	echo "1|create|schema|rk_scn||inverse" >expect &&
	test_cmp expect steps &&
	rk_refused sc_create "error: rolling back apply 2 drops schema rk_scn, which holds data; run with --allow-destroy" &&
	rk_undo sc_create --allow-destroy
'

test_done
