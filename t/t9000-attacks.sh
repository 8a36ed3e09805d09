#!/bin/bash
test_description='attacks by whoever can write the YAML state or a saved plan: each is refused (one line, exit 1) or harmless; every database keeps its canary, the catalogs of the warehouse and of its source stay byte for byte what they were, and no password reaches the server log (log_statement = all), the output or schema pgform'
. "$(dirname "$0")/test-lib.sh"

# Distinctive passwords, so that a leak is found by grep: the tenant's
# source (password_env), the roles of the warehouse (password_env and
# password_file), and the login of a deployer that is not a superuser.
HUNTER_PW=Hunter2-secret-77a
ADMIN_PW=Admin-secret-5b1e
FILE_PW=Filepw-secret-9d4c
DEPLOY_PW=Deploy-secret-41f0
export HUNTER_PW ADMIN_PW
SECRETS="$HUNTER_PW $ADMIN_PW $FILE_PW $DEPLOY_PW"

test_start_pg

TODAY=2026-03-04

# state FILE: the warehouse: dblink, two roles with passwords, a schema, a
# view with a comment and a grant, a daily template and one tenant,
# tenant_a, reading database src of this cluster over TCP as src_reader
# (password_env: HUNTER_PW), 2026-03-01 to 2026-03-02.  Knobs: VIEW_QUERY,
# VIEW_COMMENT (rpt.v), VIEWS_EXTRA (more views), REMOTE_QUERY,
# COLUMNS_EXTRA, INDEXES (the template), CLIENT (the tenant), EXTRA (YAML
# appended).
state () {
	local rq=${REMOTE_QUERY:-'SELECT id, at, amount FROM events WHERE at = {TARGET_DATE}'}
	cat >"$1" <<-EOF
	pgform: 1
	extensions:
	  dblink: {}
	roles:
	  wh_admin: { login: true, password_env: ADMIN_PW }
	  wh_reader: { login: true, password_file: reader.pw }
	schemas:
	  rpt: { owner: wh_admin }
	views:
	  rpt.v:
	    query: ${VIEW_QUERY:-SELECT 'v'::text AS k}
	    comment: ${VIEW_COMMENT:-plain view}
	    grants: [ { role: wh_reader, privileges: [SELECT] } ]
	${VIEWS_EXTRA}
	templates:
	  events:
	    remote_query: $rq
	    columns: { id: integer, day: date, amount: numeric${COLUMNS_EXTRA} }
	    indexes: [ ${INDEXES:-"UNIQUE (id)"} ]
	    public_view: public.events
	tenants:
	  tenant_a:
	    client: ${CLIENT:-Tenant A}
	    connection: { host: 127.0.0.1, port: $PGPORT, dbname: src, user: src_reader, password_env: HUNTER_PW }
	    templates: { events: { from: 2026-03-01, until: 2026-03-02 } }
	EOF
	if [ -n "$EXTRA" ]; then
		printf '%s\n' "$EXTRA" >>"$1"
	fi
}

# mkdb DB: a database holding the canary, public.canary with three rows.
mkdb () {
	test_createdb "$1" &&
	test_psql -d "$1" -c "CREATE TABLE public.canary (id integer PRIMARY KEY, note text);
		INSERT INTO public.canary VALUES (1, 'one'), (2, 'two'), (3, 'three')" &&
	echo "$1" >>dbs
}

# intact: what every attack must leave as it was: the canary of every
# database made by mkdb, no scratch schema of a plan anywhere, the catalogs
# of the warehouse and of the source as at setup (*.base), and no password
# in the server log, schema pgform of the warehouse or any *.out, *.err or
# *.json file here.
intact () {
	local db pw
	echo "1:one,2:two,3:three|0" >canary.expect
	for db in $(cat dbs); do
		test_psql -d "$db" -c "SELECT string_agg(id || ':' || note, ',' ORDER BY id),
			(SELECT count(*) FROM pg_namespace WHERE nspname LIKE 'pgform\_cmp\_%')
			FROM public.canary" >canary.actual &&
		test_cmp canary.expect canary.actual || return 1
	done
	for db in wh src; do
		test_pg_dump_schema -d "$db" >"$db.now" &&
		test_cmp "$db.base" "$db.now" || return 1
	done
	"$TEST_PG_BIN/pg_dump" --data-only --schema=pgform -d wh >wh.record || return 1
	for pw in $SECRETS; do
		test_no_secret "$pw" "$TEST_PG_LOG" wh.record $(ls ./*.out ./*.err ./*.json 2>/dev/null) ||
			return 1
	done
}

# refused STATE [DB]: validate, plan, apply and apply --dry-run of STATE
# (against DB, default wh) each exit 1 within 10 s, print nothing on
# stdout and exactly expect.err on stderr.
refused () {
	local st=$1 db=${2:-wh} cmd
	for cmd in validate plan apply "apply --dry-run"; do
		if [ "$cmd" = validate ]; then
			set --
		else
			set -- -d "dbname=$db"
		fi
		# shellcheck disable=SC2086
		test_must_fail timeout 10 "$PGFORM" $cmd -f "$st" --today $TODAY "$@" >refused.out 2>refused.err &&
		test_line_count = 0 refused.out &&
		test_cmp expect.err refused.err || return 1
	done
}

# planhash_py hash|reseal FILE: the plan_hash of FILE computed here (XXH3-128
# of the file without its plan_hash line, docs/plan-json.md), or FILE sealed
# again with it, as anyone who can write the file can do.
planhash_py () {
	/usr/bin/python3 - "$@" <<-\PY
	import ctypes, re, sys
	class H(ctypes.Structure):
	    _fields_ = [("low64", ctypes.c_uint64), ("high64", ctypes.c_uint64)]
	lib = ctypes.CDLL("libxxhash.so.0")
	lib.XXH3_128bits.restype = H
	lib.XXH3_128bits.argtypes = [ctypes.c_char_p, ctypes.c_size_t]
	mode, path = sys.argv[1], sys.argv[2]
	data = open(path, "rb").read()
	m = re.search(rb'^  "plan_hash": "([0-9a-f]{32})",\n', data, re.M)
	rest = data[:m.start()] + data[m.end():]
	h = lib.XXH3_128bits(rest, len(rest))
	hexdigest = b"%016x%016x" % (h.high64, h.low64)
	if mode == "hash":
	    print(hexdigest.decode())
	else:
	    open(path, "wb").write(data[:m.start(1)] + hexdigest + data[m.end(1):])
	PY
}
reseal () { planhash_py reseal "$1"; }
hash_of () {
	sed -n 's/^  "plan_hash": "\([0-9a-f]\{32\}\)",$/\1/p' "$1"
}

# bg_run NAME CMD...: run CMD in the background, its stdout, stderr and
# exit code in NAME.out, NAME.err and NAME.rc; its pid in $bg.
bg_run () {
	local name=$1
	shift
	(
		set +e
		"$@" >"$name.out" 2>"$name.err"
		echo $? >"$name.rc"
	) &
	bg=$!
}

# applies DB: how many applies DB recorded.
applies () {
	test_psql -d "$1" -c "SELECT count(*) FROM pgform.applies"
}

# The attacks' texts, kept out of the quotes of the test bodies.
Q_ENV='SELECT $x$<<secret:env:HOME>>$x$::text AS k'
Q_FILE='SELECT $x$<<secret:file:/etc/hostname>>$x$::text AS k'
Q_COMMENT="SELECT 'v'::text AS k -- <<secret:env:HUNTER_PW>>"
CHECK_MARKER='checks:
  - name: marker
    sql: SELECT $x$<<secret:file:/etc/hostname>>$x$ IS NOT NULL'
MARKED_VIEW='  rpt.m:
    query: SELECT $x$PLACEHOLDER_Q$x$::text AS k
    comment: PLACEHOLDER_C'
EVIL_CLIENT='"x$q$; DROP TABLE public.canary; --"'
INDEX_DOLLAR='"UNIQUE (id)", "(id) WHERE c <> $q${CLIENT}$q$"'
RQ_LITERAL="SELECT id, at, amount, '{CLIENT}' AS c FROM events WHERE at = {TARGET_DATE}"
RQ_DOLLAR='SELECT id, at, amount, $q${CLIENT}$q$ AS c FROM events WHERE at = {TARGET_DATE}'
Q_MULTI='"SELECT 1 AS a; COMMIT; CREATE TABLE public.plan_was_here(x int); COMMIT; BEGIN"'
CHECK_CLOSE='checks:
  - name: sneaky
    sql: "true); COMMIT; BEGIN; SELECT (true"'
SLOW_MV="materialized_views:
  rpt.slow:
    query: SELECT 1 AS x FROM pg_sleep(CASE WHEN current_setting('pgform_test.slow', true) = 'on' THEN 120 ELSE 0 END)"

test_expect_success 'setup: statement logging on; the source and the warehouse, each with a canary; the warehouse applied' '
	test_psql -c "ALTER SYSTEM SET log_statement = '\''all'\''" &&
	test_psql -c "SELECT pg_reload_conf()" &&
	test_wait_for postgres "SELECT current_setting('\''log_statement'\'') = '\''all'\''" &&
	printf "%s\n" "$FILE_PW" >reader.pw &&
	test_login_role src_reader "$HUNTER_PW" &&
	mkdb src &&
	mkdb wh &&
	test_psql -d src -c "CREATE TABLE events (id integer PRIMARY KEY, at date NOT NULL, amount numeric NOT NULL);
		INSERT INTO events SELECT g, date '\''2026-03-01'\'' + (g % 3), g * 1.5 FROM generate_series(1, 30) g;
		GRANT SELECT ON events TO src_reader" &&
	state base.yaml &&
	test_apply base.yaml wh $TODAY >setup.out 2>setup.err &&
	test_line_count = 0 setup.out &&
	grep -x "apply 1: 12 steps done in [0-9.]* s" setup.err &&
	test_plan_empty base.yaml wh $TODAY &&
	test_psql -d wh -c "SELECT count(*) FROM public.events" >rows &&
	echo 20 >expect &&
	test_cmp expect rows &&
	PGPASSWORD=$FILE_PW test_psql -h 127.0.0.1 -U wh_reader -d wh -c "SELECT current_user" >k &&
	echo wh_reader >expect &&
	test_cmp expect k &&
	grep -F "CREATE ROLE wh_admin" "$TEST_PG_LOG" &&
	test_pg_dump_schema -d wh >wh.base &&
	test_pg_dump_schema -d src >src.base &&
	intact
'

test_expect_success '1. a <<secret:...>> marker in a view query, in an SQL comment, in a check: refused at validate time' '
	VIEW_QUERY=$Q_ENV state m-env.yaml &&
	echo "m-env.yaml:11:22: error: '\''<<secret:'\'' is reserved for passwords pgform binds itself; it cannot appear in the query of view '\''rpt.v'\''" >expect.err &&
	refused m-env.yaml &&
	VIEW_QUERY=$Q_FILE state m-file.yaml &&
	echo "m-file.yaml:11:22: error: '\''<<secret:'\'' is reserved for passwords pgform binds itself; it cannot appear in the query of view '\''rpt.v'\''" >expect.err &&
	refused m-file.yaml &&
	VIEW_QUERY=$Q_COMMENT state m-comment.yaml &&
	echo "m-comment.yaml:11:37: error: '\''<<secret:'\'' is reserved for passwords pgform binds itself; it cannot appear in the query of view '\''rpt.v'\''" >expect.err &&
	refused m-comment.yaml &&
	EXTRA=$CHECK_MARKER state m-check.yaml &&
	echo "m-check.yaml:28:20: error: '\''<<secret:'\'' is reserved for passwords pgform binds itself; it cannot appear in the SQL of check '\''marker'\''" >expect.err &&
	refused m-check.yaml &&
	intact
'

test_expect_success '1. a marker put in a saved plan: refused by the plan hash; sealed again, sent as plain text, never expanded' '
	VIEWS_EXTRA=$MARKED_VIEW state marked.yaml &&
	test_plan marked.yaml wh $TODAY -o marked.json >marked.out 2>marked.err &&
	sed -e "s/PLACEHOLDER_Q/<<secret:env:HUNTER_PW>>/" \
	    -e "s|PLACEHOLDER_C|<<secret:file:$PWD/reader.pw>>|" marked.json >edited.json &&
	grep -F "<<secret:env:HUNTER_PW>>" edited.json &&
	n=$(applies wh) &&
	test_must_fail pgform apply edited.json -d dbname=wh >edited.out 2>edited.err &&
	test_line_count = 0 edited.out &&
	echo "error: edited.json: the plan was changed after it was made: plan_hash does not match its contents" >expect &&
	test_cmp expect edited.err &&
	applies wh >n.after &&
	echo "$n" >expect &&
	test_cmp expect n.after &&
	intact &&
	reseal edited.json &&
	pgform apply edited.json -d dbname=wh >resealed.out 2>resealed.err &&
	grep -x "apply [0-9]*: 1 steps done in [0-9.]* s" resealed.err &&
	test_psql -d wh -c "SELECT pg_get_viewdef('\''rpt.m'\''), obj_description('\''rpt.m'\''::regclass)" >actual &&
	echo " SELECT '\''<<secret:env:HUNTER_PW>>'\''::text AS k;|<<secret:file:$PWD/reader.pw>>" >expect &&
	test_cmp expect actual &&
	test_apply base.yaml wh $TODAY >restore.out 2>restore.err &&
	grep -x "apply [0-9]*: 1 steps done in [0-9.]* s" restore.err &&
	test_plan_empty base.yaml wh $TODAY &&
	intact
'

# A statement of a saved plan may be an object naming a secret of its step
# (docs/plan-json.md).  Sealed again, a plan that binds a secret into a
# view comment is applied today: the value of any environment variable or
# file the deploy can read ends in the catalog, readable by every role.
test_expect_success '1. a saved plan sealed again with a password bound into a view comment: refused (passwords go only to roles and user mappings)' '
	test_when_finished "test_apply base.yaml wh $TODAY >/dev/null 2>&1" &&
	/usr/bin/python3 - marked.json bound.json <<-\PY &&
	import sys
	s = open(sys.argv[1]).read()
	comment = """        "COMMENT ON VIEW rpt.m IS '"'"'PLACEHOLDER_C'"'"'\""""
	assert comment in s and "      \"spec_hash\"" in s
	s = s.replace(comment, """        {
	          "sql": "COMMENT ON VIEW rpt.m IS ",
	          "secret": 0,
	          "tail": ""
	        }""")
	s = s.replace("      \"spec_hash\"", """      "secrets": [
	        {
	          "env": "HUNTER_PW",
	          "as": "literal"
	        }
	      ],
	      "spec_hash\"""", 1)
	open(sys.argv[2], "w").write(s)
	PY
	reseal bound.json &&
	n=$(applies wh) &&
	test_must_fail pgform apply bound.json -d dbname=wh >bound.out 2>bound.err &&
	test_line_count = 0 bound.out &&
	echo "error: bound.json: step 1: '\''swap'\'' binds a password outside the password of a role or a user mapping, where pgform never puts one" >expect &&
	test_cmp expect bound.err &&
	applies wh >n.after &&
	echo "$n" >expect &&
	test_cmp expect n.after &&
	intact
'

# '<<secret:' is refused in SQL keys, but not in a comment: or a client:
# value; `plan --format sql` then shows such a value exactly as it shows a
# password to fill in, and a script filled in puts the password there.
test_expect_success '1. a marker in a view comment: or a tenant client: refused at validate time (the SQL script shows it as a password to fill in)' '
	VIEW_COMMENT="\"<<secret:env:HUNTER_PW>>\"" state c-comment.yaml &&
	echo "c-comment.yaml:12:15: error: '\''<<secret:'\'' is reserved for passwords pgform binds itself; it cannot appear in the comment of view '\''rpt.v'\''" >expect.err &&
	refused c-comment.yaml &&
	CLIENT="\"<<secret:env:HUNTER_PW>>\"" REMOTE_QUERY=$RQ_LITERAL COLUMNS_EXTRA=", c: text" state c-client.yaml &&
	echo "c-client.yaml:23:14: error: '\''<<secret:'\'' is reserved for passwords pgform binds itself; it cannot appear in the '\''client'\'' of tenant '\''tenant_a'\''" >expect.err &&
	refused c-client.yaml &&
	intact
'

test_expect_success '2. a tenant client closing a dollar quote, in an index and in a remote_query: refused at validate time' '
	CLIENT=$EVIL_CLIENT COLUMNS_EXTRA=", c: text" REMOTE_QUERY=$RQ_LITERAL INDEXES=$INDEX_DOLLAR state d-index.yaml &&
	echo "d-index.yaml:23:13: error: '\''client'\'' of tenant '\''tenant_a'\'' would close the dollar quote \$q\$ around {CLIENT} in the index of template '\''events'\'' (d-index.yaml:19:51)" >expect.err &&
	refused d-index.yaml &&
	CLIENT=$EVIL_CLIENT COLUMNS_EXTRA=", c: text" REMOTE_QUERY=$RQ_DOLLAR state d-remote.yaml &&
	echo "d-remote.yaml:23:13: error: '\''client'\'' of tenant '\''tenant_a'\'' would close the dollar quote \$q\$ around {CLIENT} in the remote query of template '\''events'\'' (d-remote.yaml:17:45)" >expect.err &&
	refused d-remote.yaml &&
	intact
'

test_expect_success '3. several statements in a view query, a check closing its parenthesis: refused at validate time; plan runs no query of the state and leaves no scratch schema' '
	VIEW_QUERY=$Q_MULTI state multi.yaml &&
	echo "multi.yaml:11:28: error: the query of view '\''rpt.v'\'' must be one statement, found 5" >expect.err &&
	refused multi.yaml &&
	EXTRA=$CHECK_CLOSE state close.yaml &&
	echo "close.yaml:28:18: error: the SQL of check '\''sneaky'\'' must be one query: run as SELECT (...)::boolean it makes 4 statements" >expect.err &&
	refused close.yaml &&
	EXTRA="materialized_views:
  rpt.sneaky:
    query: SELECT public.dblink_exec('\''host=$PGHOST port=$PGPORT dbname=wh'\'', '\''CREATE TABLE public.plan_was_here(x int)'\'') AS r" state sneaky.yaml &&
	test_plan sneaky.yaml wh $TODAY >sneaky.out 2>sneaky.err &&
	printf "%s\n" "+ materialized view rpt.sneaky" "" "Plan: 1 to create, 0 to rebuild, 0 to change, 0 to drop." >expect &&
	test_cmp expect sneaky.out &&
	VIEW_QUERY="SELECT '\''w'\''::text AS k" state changed.yaml &&
	test_plan changed.yaml wh $TODAY >changed.out 2>changed.err &&
	printf "%s\n" "~ replace view rpt.v (query changed)" "" "Plan: 0 to create, 0 to rebuild, 1 to change, 0 to drop." >expect &&
	test_cmp expect changed.out &&
	grep -F "CREATE VIEW pg_temp.o" "$TEST_PG_LOG" &&
	for db in wh src; do
		test_psql -d $db -c "SELECT to_regclass('\''public.plan_was_here'\'')" >none &&
		echo >expect &&
		test_cmp expect none || return 1
	done &&
	intact
'

test_expect_success '4. a saved plan edited (a statement, desired_fingerprint, spec_hash, git_commit, database) or applied with another --plan-hash: refused, nothing applied' '
	mkdir repo &&
	VIEWS_EXTRA="  rpt.w:
    query: SELECT 2 AS two" state repo/pgform.yaml &&
	cp reader.pw repo/ &&
	git -C repo init -q &&
	git -C repo add pgform.yaml &&
	git -C repo -c user.name=t -c user.email=t@example.com commit -q -m state &&
	test_plan repo/pgform.yaml wh $TODAY -o p.json >p.out 2>p.err &&
	reviewed=$(hash_of p.json) &&
	grep "^  \"git_commit\": \"$(git -C repo rev-parse HEAD)\",\$" p.json &&
	n=$(applies wh) &&
	for edit in \
		"s/\"CREATE VIEW rpt.w AS.nSELECT 2 AS two\"/\"CREATE TABLE public.evil(x int)\"/" \
		"s/^  \"desired_fingerprint\": \"[0-9a-f]*\"/  \"desired_fingerprint\": \"0000000000000000\"/" \
		"s/^      \"spec_hash\": \"[0-9a-f]*\"/      \"spec_hash\": \"ffffffffffffffff\"/" \
		"s/^  \"git_commit\": \"[0-9a-f]*\"/  \"git_commit\": \"1111111111111111111111111111111111111111\"/"
	do
		sed "$edit" p.json >forged.json &&
		! cmp -s p.json forged.json &&
		test_must_fail pgform apply forged.json -d dbname=wh >forged.out 2>forged.err &&
		test_line_count = 0 forged.out &&
		echo "error: forged.json: the plan was changed after it was made: plan_hash does not match its contents" >expect &&
		test_cmp expect forged.err &&
		reseal forged.json &&
		forged=$(hash_of forged.json) &&
		test_must_fail pgform apply forged.json --plan-hash $reviewed -d dbname=wh >forged.out 2>forged.err &&
		test_line_count = 0 forged.out &&
		echo "error: plan '\''forged.json'\'' is not the plan that was reviewed: its plan_hash is $forged, not $reviewed" >expect &&
		test_cmp expect forged.err || return 1
	done &&
	sed "/^  \"database\": /d" p.json >nodb.json &&
	reseal nodb.json &&
	test_must_fail pgform apply nodb.json -d dbname=wh >nodb.out 2>nodb.err &&
	test_line_count = 0 nodb.out &&
	echo "error: nodb.json: '\''database'\'' is missing: a saved plan is applied only to the database it names" >expect &&
	test_cmp expect nodb.err &&
	other=0123456789abcdef0123456789abcdef &&
	test_must_fail pgform apply p.json --plan-hash $other -d dbname=wh >other.out 2>other.err &&
	test_line_count = 0 other.out &&
	echo "error: plan '\''p.json'\'' is not the plan that was reviewed: its plan_hash is $reviewed, not $other" >expect &&
	test_cmp expect other.err &&
	applies wh >n.after &&
	echo "$n" >expect &&
	test_cmp expect n.after &&
	test_psql -d wh -c "SELECT to_regclass('\''public.evil'\''), to_regclass('\''rpt.w'\'')" >none &&
	echo "|" >expect &&
	test_cmp expect none &&
	intact
'

# A resealed plan may carry any statement under the reviewed spec_hash.
# Applied without --plan-hash, its objects are recorded without stamps, so
# the next plan compares them with the server and shows the difference.
test_expect_success '4. a statement forged under the reviewed spec_hash, sealed again and applied without --plan-hash: the next plan still shows the difference' '
	mkdb forge &&
	cat >forge.yaml <<-\EOF &&
	pgform: 1
	schemas:
	  app: {}
	views:
	  app.m:
	    query: SELECT $x$reviewed$x$::text AS k
	EOF
	test_plan forge.yaml forge $TODAY -o f.json >f.out 2>f.err &&
	sed "s/reviewed/forged/" f.json >forged-spec.json &&
	! cmp -s f.json forged-spec.json &&
	reseal forged-spec.json &&
	pgform apply forged-spec.json -d dbname=forge >fs.out 2>fs.err &&
	test_psql -d forge -c "SELECT pg_get_viewdef('\''app.m'\'')" >def &&
	echo " SELECT '\''forged'\''::text AS k;" >expect &&
	test_cmp expect def &&
	test_must_fail_code 2 test_plan forge.yaml forge $TODAY --detailed-exitcode >drift.out 2>drift.err &&
	intact
'

test_expect_success '5. a look-alike leftover (userdata.invoices__pgform_old, 1000 rows) survives apply and cleanup --yes' '
	test_psql -d wh -c "CREATE SCHEMA userdata;
		CREATE TABLE userdata.invoices__pgform_old AS SELECT g AS id FROM generate_series(1, 1000) g" &&
	test_apply base.yaml wh $TODAY >look.out 2>look.err &&
	test_line_count = 0 look.out &&
	cat >expect <<-\EOF &&
	warning: userdata.invoices__pgform_old looks like a temporary of pgform'"'"'s, but its record does not say it made it: left alone
	No changes. The database matches the desired state.
	EOF
	test_cmp expect look.err &&
	pgform cleanup --yes -d dbname=wh >cleanup.out 2>cleanup.err &&
	test_line_count = 0 cleanup.out &&
	cat >expect <<-\EOF &&
	warning: userdata.invoices__pgform_old looks like a temporary of pgform'"'"'s, but its record does not say it made it: left alone
	no leftover temporary objects
	EOF
	test_cmp expect cleanup.err &&
	test_psql -d wh -c "SELECT count(*), sum(id) FROM userdata.invoices__pgform_old" >rows &&
	echo "1000|500500" >expect &&
	test_cmp expect rows &&
	test_psql -d wh -c "DROP SCHEMA userdata CASCADE" &&
	intact
'

# A relation named like a temporary of a rebuild, that pgform's record
# does not say it made, stops the apply before anything is done.
test_expect_success '5. a look-alike leftover named after a relation pgform rebuilds (app.totals__pgform_old, 1000 rows) survives the rebuild and cleanup --yes' '
	mkdb look &&
	test_psql -d look -c "CREATE SCHEMA app;
		CREATE TABLE app.totals__pgform_old AS SELECT g AS id FROM generate_series(1, 1000) g" &&
	for x in 1 2; do
		cat >look$x.yaml <<-EOF || return 1
		pgform: 1
		schemas:
		  app: {}
		materialized_views:
		  app.totals:
		    query: SELECT $x AS x
		EOF
	done &&
	test_apply look1.yaml look $TODAY >look1.out 2>look1.err &&
	rc=0 &&
	run_pgform apply -f look2.yaml -d dbname=look --today $TODAY >look2.out 2>look2.err || rc=$? &&
	test $rc = 1 &&
	echo "warning: app.totals__pgform_old looks like a temporary of pgform'"'"'s, but its record does not say it made it: left alone" >expect &&
	echo "error: app.totals__pgform_old is in the way of a rebuild: pgform builds under that name, but its record does not say it made it (someone'"'"'s data?); rename or drop it, then apply again" >>expect &&
	test_cmp expect look2.err &&
	test_psql -d look -c "SELECT x FROM app.totals" >rows &&
	echo 1 >expect &&
	test_cmp expect rows &&
	test_psql -d look -c "SELECT count(*), sum(id) FROM app.totals__pgform_old" >rows &&
	echo "1000|500500" >expect &&
	test_cmp expect rows &&
	pgform cleanup --yes -d dbname=look >lookc.out 2>lookc.err &&
	test_psql -d look -c "SELECT count(*), sum(id) FROM app.totals__pgform_old" >rows &&
	test_cmp expect rows &&
	intact
'

# ACLs of any length: every grant is made, and the next plan is empty.
test_expect_success '6. a grant to 40 roles on one view converges: the second plan is empty' '
	mkdb acl &&
	{
		echo "pgform: 1" &&
		echo "roles:" &&
		for i in $(seq -w 1 40); do echo "  reader_$i: {}"; done &&
		echo "schemas:" &&
		echo "  app: {}" &&
		echo "views:" &&
		echo "  app.v:" &&
		echo "    query: SELECT 1 AS one" &&
		echo "    grants:" &&
		for i in $(seq -w 1 40); do echo "      - { role: reader_$i, privileges: [SELECT] }"; done
	} >acl.yaml &&
	test_apply acl.yaml acl $TODAY >acl.out 2>acl.err &&
	grep -x "apply 1: 42 steps done in [0-9.]* s" acl.err &&
	test_plan_empty acl.yaml acl $TODAY &&
	test_psql -d acl -c "SELECT cardinality(relacl) FROM pg_class WHERE oid = '\''app.v'\''::regclass" >n &&
	echo 41 >expect &&
	test_cmp expect n &&
	intact
'

# s7.yaml: the tenant alone (dblink, the template, tenant_a), what a
# deployer that is not a superuser may apply in a database it owns.
test_expect_success '7. a deployer that is not a superuser: apply refuses to send the tenant password without --allow-secret-in-server-log; nothing changes' '
	test_login_role deployer "$DEPLOY_PW" &&
	mkdb wh7 &&
	test_psql -c "ALTER DATABASE wh7 OWNER TO deployer" &&
	test_psql -d wh7 -c "CREATE EXTENSION dblink; GRANT USAGE ON FOREIGN DATA WRAPPER dblink_fdw TO deployer" &&
	cat >s7.yaml <<-EOF &&
	pgform: 1
	extensions:
	  dblink: {}
	templates:
	  events:
	    remote_query: SELECT id, at, amount FROM events WHERE at = {TARGET_DATE}
	    columns: { id: integer, day: date, amount: numeric }
	    public_view: public.events
	tenants:
	  tenant_a:
	    connection: { host: 127.0.0.1, port: $PGPORT, dbname: src, user: src_reader, password_env: HUNTER_PW }
	    templates: { events: { from: 2026-03-01, until: 2026-03-02 } }
	EOF
	test_db_state wh7 >wh7.before &&
	test_must_fail env PGPASSWORD=$DEPLOY_PW pgform apply -f s7.yaml --today $TODAY \
		-d "host=127.0.0.1 port=$PGPORT dbname=wh7 user=deployer" >deploy.out 2>deploy.err &&
	test_line_count = 0 deploy.out &&
	echo "error: step 3 (create user mapping pgform_tenant_a for CURRENT_USER) sends a password the server could write to its log, and only a superuser or a role granted SET on the logging parameters may turn statement logging off; apply as one, or run with --allow-secret-in-server-log" >expect &&
	test_cmp expect deploy.err &&
	test_db_state wh7 >wh7.after &&
	test_cmp wh7.before wh7.after &&
	intact
'

test_expect_success '8. include: naming a FIFO or /dev/zero, YAML nested 100,000 levels deep: refused within 10 s' '
	mkfifo pipe.yaml &&
	EXTRA="include: [ pipe.yaml ]" state inc-fifo.yaml &&
	echo "inc-fifo.yaml:26:12: error: '\''pipe.yaml'\'' is not a regular file" >expect.err &&
	refused inc-fifo.yaml &&
	EXTRA="include: [ /dev/zero ]" state inc-zero.yaml &&
	echo "inc-zero.yaml:26:12: error: '\''/dev/zero'\'' is not a regular file" >expect.err &&
	refused inc-zero.yaml &&
	{
		echo "pgform: 1" &&
		printf "roles: " &&
		head -c 100000 /dev/zero | tr "\\0" "[" &&
		head -c 100000 /dev/zero | tr "\\0" "]" &&
		echo
	} >deep.yaml &&
	echo "deep.yaml:2:71: error: YAML nested more than 64 levels deep (lists and mappings inside each other)" >expect.err &&
	refused deep.yaml &&
	intact
'

# password_file is read like every file pgform reads: regular files only,
# opened without waiting; plan warns (apply will need it), apply refuses.
# (A FIFO must not block either, nor /dev/zero be read until memory runs
# out: the ulimit of 1 GB would stop that.)
test_expect_success '8. a password_file naming a FIFO or /dev/zero: plan warns and apply refuses, within 10 s' '
	mkdb lim &&
	mkfifo pw.fifo &&
	sed "s/password_env: HUNTER_PW/password_file: pw.fifo/" base.yaml >pw-fifo.yaml &&
	sed "s|password_env: HUNTER_PW|password_file: /dev/zero|" base.yaml >pw-zero.yaml &&
	printf "%s\n" "pgform: 1" "roles:" "  fifo_role: { login: true, password_file: pw.fifo }" >role-fifo.yaml &&
	bg_run pf timeout 10 "$PGFORM" plan -f pw-fifo.yaml -d dbname=wh --today $TODAY &&
	bg_run af timeout 10 "$PGFORM" apply -f role-fifo.yaml -d dbname=lim --today $TODAY &&
	if ! test_have_prereq SANITIZE; then
		bg_run pz sh -c '\''ulimit -v 1000000 && exec "$@"'\'' - \
			timeout 10 "$PGFORM" plan -f pw-zero.yaml -d dbname=wh --today $TODAY
	fi &&
	wait &&
	echo 0 >expect &&
	test_cmp expect pf.rc &&
	echo "warning: tenant '\''tenant_a'\'': cannot read password file '\''pw.fifo'\'': not a regular file (apply will need it)" >expect &&
	test_cmp expect pf.err &&
	echo 1 >expect &&
	test_cmp expect af.rc &&
	echo "error: role '\''fifo_role'\'': cannot read password file '\''pw.fifo'\'': not a regular file" >expect &&
	test_cmp expect af.err &&
	if ! test_have_prereq SANITIZE; then
		echo 0 >expect &&
		test_cmp expect pz.rc &&
		echo "warning: tenant '\''tenant_a'\'': cannot read password file '\''/dev/zero'\'': not a regular file (apply will need it)" >expect &&
		test_cmp expect pz.err
	fi &&
	intact
'

# slow_backend DB: the pid of the backend creating rpt.slow (waits at most 60 s).
slow_backend () {
	local i pid
	for i in $(seq 600); do
		pid=$(test_psql -d "$1" -c "SELECT pid FROM pg_stat_activity WHERE datname = current_database()
			AND state = 'active' AND pid <> pg_backend_pid() AND query LIKE 'CREATE MATERIALIZED VIEW rpt.slow%'")
		if [ -n "$pid" ]; then
			echo "$pid"
			return 0
		fi
		sleep 0.1
	done
	echo "error: the slow step never ran in $1" >&4
	return 1
}

# stop_slow: no backend creates rpt.slow any more.
stop_slow () {
	test_psql -c "SELECT pg_terminate_backend(pid) FROM pg_stat_activity
		WHERE query LIKE 'CREATE MATERIALIZED VIEW rpt.slow%' AND pid <> pg_backend_pid()" >/dev/null
}

test_expect_success '9. the backend of the apply terminated during a slow step: interrupted, outcome unknown, never "rolled back"' '
	EXTRA=$SLOW_MV state slow.yaml &&
	test_when_finished stop_slow &&
	next=$(test_psql -d wh -c "SELECT coalesce(max(id), 0) + 1 FROM pgform.applies") &&
	PGOPTIONS="-c pgform_test.slow=on" bg_run slow run_pgform apply -f slow.yaml -d dbname=wh --today $TODAY &&
	pid=$(slow_backend wh) &&
	test_psql -c "SELECT pg_terminate_backend($pid)" >/dev/null &&
	wait $bg &&
	echo 1 >expect &&
	test_cmp expect slow.rc &&
	test_line_count = 0 slow.out &&
	cat >expect <<-EOF &&
	error: step 1 (create materialized view rpt.slow): terminating connection due to administrator command
	apply $next interrupted: the connection to the server was lost during step 1, whose outcome is unknown; nothing was undone; run \`pgform apply\` again to finish, or \`pgform rollback $next\`
	EOF
	test_cmp expect slow.err &&
	! grep -F "rolled back" slow.err &&
	! grep -F "as before" slow.err &&
	test_apply_status wh $next >word &&
	echo interrupted >expect &&
	test_cmp expect word &&
	test_apply base.yaml wh $TODAY >finish.out 2>finish.err &&
	grep -x "apply $next was interrupted; finishing it" finish.err &&
	test_plan_empty base.yaml wh $TODAY &&
	intact
'

WARN="warning: a password given in -d shows in the process list and in shell history; set PGPASSWORD or use a password file (~/.pgpass) instead"

test_expect_success '10. a password in -d (conninfo or URI): a warning, and the password in no output' '
	pgform plan -f base.yaml -d "dbname=wh password=$ADMIN_PW" --today $TODAY >pw-plan.out 2>pw-plan.err &&
	echo "$NOCHANGE" >expect &&
	test_cmp expect pw-plan.out &&
	echo "$WARN" >expect &&
	test_cmp expect pw-plan.err &&
	VIEWS_EXTRA="  rpt.w:
    query: SELECT 2 AS two" state pw-w.yaml &&
	pgform apply --dry-run -f pw-w.yaml -d "dbname=wh password=$ADMIN_PW" --today $TODAY >pw-dry.out 2>pw-dry.err &&
	cat >expect <<-EOF &&
	$WARN
	+ view rpt.w

	Plan: 1 to create, 0 to rebuild, 0 to change, 0 to drop.
	dry run: the apply would succeed (1 step, 0 checks); all was rolled back
	EOF
	test_cmp expect pw-dry.err &&
	grep "^1 *create *rpt.w " pw-dry.out &&
	pgform status -d "dbname=wh password=$ADMIN_PW" >pw-status.out 2>pw-status.err &&
	echo "$WARN" >expect &&
	test_cmp expect pw-status.err &&
	pgform cleanup -d "postgresql://postgres:$ADMIN_PW@/wh?host=$PGHOST&port=$PGPORT" >pw-cleanup.out 2>pw-cleanup.err &&
	printf "%s\n" "$WARN" "no leftover temporary objects" >expect &&
	test_cmp expect pw-cleanup.err &&
	test_must_fail pgform plan -f base.yaml --today $TODAY \
		-d "host=127.0.0.1 port=$PGPORT dbname=wh user=wh_admin password=wrong-$ADMIN_PW" >pw-wrong.out 2>pw-wrong.err &&
	test_line_count = 0 pw-wrong.out &&
	printf "%s\n" "$WARN" "error: cannot connect to database '\''wh'\'': connection to server at \"127.0.0.1\", port $PGPORT failed: password authentication failed for user \"wh_admin\"" >expect &&
	test_cmp expect pw-wrong.err &&
	intact
'

# pgform turns statement logging off only for a superuser, although
# PostgreSQL 15 lets others be granted SET on those parameters.  Last:
# when it fails, the tenant password is in the server log.
test_expect_success '7. a deployer granted SET on the logging parameters applies the tenant password with --allow-secret-in-server-log: no password in the server log' '
	test_psql -c "GRANT SET ON PARAMETER log_statement, log_min_duration_statement,
		log_min_error_statement, log_parameter_max_length_on_error TO deployer" &&
	PGPASSWORD=$DEPLOY_PW pgform apply -f s7.yaml --allow-secret-in-server-log --today $TODAY \
		-d "host=127.0.0.1 port=$PGPORT dbname=wh7 user=deployer" >deploy2.out 2>deploy2.err &&
	grep -x "apply 1: 7 steps done in [0-9.]* s" deploy2.err &&
	test_psql -d wh7 -c "SELECT count(*) FROM public.events" >rows &&
	echo 20 >expect &&
	test_cmp expect rows &&
	test_no_secret "$HUNTER_PW" "$TEST_PG_LOG" &&
	intact
'

test_done
