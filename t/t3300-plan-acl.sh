#!/bin/bash
test_description='privileges as the server gives them (aclexplode): forty grantees on one view converge, three removed are three REVOKEs; role names that need quoting converge; import leaves out, and says so, roles the state cannot name'
. "$(dirname "$0")/test-lib.sh"

test_start_pg

TODAY=2026-03-10

# state FILE [NN...]: view rpt.v granted SELECT to reader_01 .. reader_40,
# all declared, but not to the readers numbered NN.  Declared too, and
# granted SELECT: "BiReader" and "bi$reader", whose names PostgreSQL
# quotes in an aclitem.
state () {
	local file=$1 i s skip
	shift
	{
		echo "pgform: 1"
		echo "roles:"
		for i in $(seq -w 1 40); do
			echo "  reader_$i: {}"
		done
		echo "  BiReader: {}"
		echo "  bi\$reader: {}"
		echo "schemas:"
		echo "  rpt: {}"
		echo "views:"
		echo "  rpt.v:"
		echo "    query: SELECT 1 AS one"
		echo "    grants:"
		for i in $(seq -w 1 40); do
			skip=
			for s in "$@"; do
				[ "$s" = "$i" ] && skip=1
			done
			[ -n "$skip" ] || echo "      - { role: reader_$i, privileges: [SELECT] }"
		done
		echo "      - { role: BiReader, privileges: [SELECT] }"
		echo "      - { role: bi\$reader, privileges: [SELECT] }"
	} >"$file"
}

# grantees DB: the roles holding SELECT on rpt.v, but its owner.
grantees () {
	test_psql -d "$1" -c "SELECT pg_get_userbyid(a.grantee) FROM pg_class c,
		aclexplode(c.relacl) a WHERE c.oid = 'rpt.v'::regclass AND a.grantee <> c.relowner
		AND a.privilege_type = 'SELECT' ORDER BY pg_get_userbyid(a.grantee)::text COLLATE \"C\""
}

test_expect_success 'setup: the state of forty readers' '
	state all.yaml &&
	state three-fewer.yaml 05 20 39 &&
	test_createdb acl
'

test_expect_success 'forty grantees on one view: applied, then nothing to do' '
	test_plan all.yaml acl $TODAY >out &&
	tail -n 1 out >last &&
	echo "Plan: 44 to create, 0 to rebuild, 0 to change, 0 to drop." >expect &&
	test_cmp expect last &&
	test_apply all.yaml acl $TODAY >out 2>err &&
	test_plan_empty all.yaml acl $TODAY &&
	grantees acl >got &&
	{ echo BiReader && echo "bi\$reader" && seq -f "reader_%02g" 1 40; } >expect &&
	test_cmp expect got
'

test_expect_success 'three grantees removed from the state: exactly three REVOKEs, then nothing to do' '
	test_plan three-fewer.yaml acl $TODAY -v >out &&
	cat >expect <<-\EOF &&
	! revokes SELECT from reader_05; SELECT from reader_20; SELECT from reader_39: ~ view rpt.v

	~ view rpt.v (owner, privileges or comment)
	    REVOKE SELECT ON TABLE rpt.v FROM reader_05;
	    REVOKE SELECT ON TABLE rpt.v FROM reader_20;
	    REVOKE SELECT ON TABLE rpt.v FROM reader_39;

	Plan: 0 to create, 0 to rebuild, 1 to change, 0 to drop.
	EOF
	test_cmp expect out &&
	test_apply three-fewer.yaml acl $TODAY >out 2>err &&
	test_plan_empty three-fewer.yaml acl $TODAY &&
	grantees acl >got &&
	{ echo BiReader && echo "bi\$reader" && seq -f "reader_%02g" 1 40 | grep -v -x -e reader_05 -e reader_20 -e reader_39; } >expect &&
	test_cmp expect got
'

test_expect_success 'a grant by hand to "bi-reader" on a managed view: revoked under its own name, then nothing to do' '
	test_psql -d acl <<-\EOF &&
	CREATE ROLE "bi-reader";
	CREATE ROLE "say ""hi""";
	GRANT SELECT ON rpt.v TO "bi-reader", "say ""hi""";
	EOF
	test_plan three-fewer.yaml acl $TODAY -v >out &&
	cat >expect <<-\EOF &&
	! revokes SELECT from "bi-reader"; SELECT from "say ""hi""": ~ view rpt.v

	~ view rpt.v (owner, privileges or comment)
	    REVOKE SELECT ON TABLE rpt.v FROM "bi-reader";
	    REVOKE SELECT ON TABLE rpt.v FROM "say ""hi""";

	Plan: 0 to create, 0 to rebuild, 1 to change, 0 to drop.
	EOF
	test_cmp expect out &&
	test_apply three-fewer.yaml acl $TODAY >out 2>err &&
	test_plan_empty three-fewer.yaml acl $TODAY &&
	test_psql -d acl -c "SELECT has_table_privilege('\''bi-reader'\'', '\''rpt.v'\'', '\''SELECT'\'')" >got &&
	echo f >expect &&
	test_cmp expect got
'

test_expect_success '"bi-reader" holding a grant on an object the state does not manage: kept, and the grant the state adds converges' '
	test_psql -d acl <<-\EOF &&
	CREATE TABLE public.by_hand (id int);
	GRANT SELECT ON public.by_hand TO "bi-reader";
	EOF
	{ cat three-fewer.yaml &&
	  echo "grants:" &&
	  echo "  - { role: reader_01, privileges: [SELECT], on: table public.by_hand }"; } >by-hand.yaml &&
	test_plan by-hand.yaml acl $TODAY -v >out &&
	cat >expect <<-\EOF &&
	~ table public.by_hand (granted by: SELECT on table public.by_hand to reader_01)
	    GRANT SELECT ON TABLE public.by_hand TO reader_01;

	Plan: 0 to create, 0 to rebuild, 1 to change, 0 to drop.
	EOF
	test_cmp expect out &&
	test_apply by-hand.yaml acl $TODAY >out 2>err &&
	test_plan_empty by-hand.yaml acl $TODAY &&
	test_psql -d acl -c "SELECT has_table_privilege('\''bi-reader'\'', '\''public.by_hand'\'', '\''SELECT'\'')" >got &&
	echo t >expect &&
	test_cmp expect got
'

test_expect_success 'import: a role the state cannot name is left out with a warning, and the state it writes is valid' '
	test_createdb handmade &&
	test_psql -d handmade <<-\EOF &&
	CREATE ROLE reporter;
	CREATE SCHEMA sales;
	CREATE VIEW sales.totals AS SELECT 1 AS total;
	GRANT USAGE ON SCHEMA sales TO reporter, "bi-reader";
	GRANT SELECT ON sales.totals TO reporter, "bi-reader";
	GRANT reporter TO "bi-reader";
	CREATE ROLE etl;
	GRANT "bi-reader" TO etl;
	CREATE VIEW sales.by_bi AS SELECT 2 AS two;
	ALTER VIEW sales.by_bi OWNER TO "bi-reader";
	EOF
	test_psql >/dev/null <<-\EOF &&
	CREATE EXTENSION pg_cron;
	ALTER ROLE "bi-reader" LOGIN;
	SELECT cron.schedule_in_database('\''bi_job'\'', '\''0 3 * * *'\'', '\''SELECT 1'\'', '\''handmade'\'', '\''bi-reader'\'');
	EOF
	pgform import -d dbname=handmade -o imported --today $TODAY >out 2>err &&
	grep "^warning:" err >warnings &&
	cat >expect <<-\EOF &&
	warning: role '\''bi-reader'\'' left out, and its grants and memberships with it: a role name in the state is a letter (A-Z, a-z) or _, then letters, digits, _ or $; a plan of this state revokes them
	warning: role '\''say "hi"'\'' left out, and its grants and memberships with it: a role name in the state is a letter (A-Z, a-z) or _, then letters, digits, _ or $; a plan of this state revokes them
	warning: cron job '\''bi_job'\'' left out: its username '\''bi-reader'\'' cannot be named in the state
	EOF
	test_cmp expect warnings &&
	! grep -e bi-reader -e "say" -e bi_job imported/pgform.yaml &&
	grep "role: reporter" imported/pgform.yaml >/dev/null &&
	pgform validate -f imported/pgform.yaml --today $TODAY &&
	test_plan imported handmade $TODAY -v >out &&
	cat >expect <<-\EOF &&
	! revokes membership in "bi-reader": ~ role etl
	! revokes USAGE from "bi-reader": ~ schema sales
	! revokes SELECT from "bi-reader": ~ view sales.totals

	~ role etl (attributes)
	    REVOKE "bi-reader" FROM etl;
	~ schema sales (owner, privileges or comment)
	    REVOKE USAGE ON SCHEMA sales FROM "bi-reader";
	~ view sales.totals (owner, privileges or comment)
	    REVOKE SELECT ON TABLE sales.totals FROM "bi-reader";

	Plan: 0 to create, 0 to rebuild, 3 to change, 0 to drop.
	EOF
	test_cmp expect out
'

test_expect_success 'import: schemas, views, parts and functions the state cannot name are left out with a warning, and the state it writes is valid' '
	test_createdb oddnames &&
	test_psql -d oddnames <<-\EOF &&
	CREATE SCHEMA "Odd-Schema";
	CREATE VIEW "Odd-Schema".v AS SELECT 1 AS one;
	CREATE FUNCTION "Odd-Schema".f() RETURNS int LANGUAGE sql AS $$SELECT 1$$;
	CREATE SCHEMA app;
	CREATE VIEW app."bad name" AS SELECT 1 AS one;
	CREATE MATERIALIZED VIEW app."ev-x_2026_03_01" AS SELECT 1 AS one;
	CREATE FUNCTION app."my-fn"() RETURNS int LANGUAGE sql AS $$SELECT 2$$;
	CREATE VIEW app.fine AS SELECT 3 AS three;
	CREATE SCHEMA neat;
	CREATE VIEW neat.v AS SELECT 5 AS five;
	CREATE SCHEMA withtable;
	CREATE TABLE withtable.t (x int);
	EOF
	pgform import -d dbname=oddnames -o odd --today $TODAY >out 2>err &&
	grep "^warning:" err | grep -v -e "^warning: role" -e "^warning: cron job" >warnings &&
	cat >expect <<-\EOF &&
	warning: schema '\''Odd-Schema'\'' left out, with everything in it: a name in the state is a letter (A-Z, a-z) or _, then letters, digits, _ or $
	warning: view app."bad name" left out: a name in the state is a letter (A-Z, a-z) or _, then letters, digits, _ or $
	warning: materialized view app."ev-x_2026_03_01" left out: a name in the state is a letter (A-Z, a-z) or _, then letters, digits, _ or $
	warning: function app."my-fn" left out: a name in the state is a letter (A-Z, a-z) or _, then letters, digits, _ or $
	EOF
	sort expect >expect.sorted &&
	sort warnings >warnings.sorted &&
	test_cmp expect.sorted warnings.sorted &&
	! grep -e Odd -e "bad name" -e ev-x -e my-fn -r odd &&
	grep "app.fine" odd/pgform.yaml >/dev/null &&
	sed -n "/^schemas:/,/^[a-z]/p" odd/pgform.yaml >schemas &&
	cat >expect <<-\EOF &&
	schemas:
	  app: {}
	  neat:
	    exclusive: true
	  withtable: {}
	views:
	EOF
	test_cmp expect schemas &&
	pgform validate -f odd/pgform.yaml --today $TODAY
'

test_done
