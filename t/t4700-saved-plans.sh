#!/bin/bash
test_description='saved plans are what was reviewed: plan_hash seals the file, apply --plan-hash takes only the plan reviewed, database is required, pgform.applies records a saved plan as such (plan_source), and a saved plan whose apply was rolled back applies again'
. "$(dirname "$0")/test-lib.sh"

test_start_pg

NOCHANGE="No changes. The database matches the desired state."

# planhash FILE: the plan_hash of FILE computed here, with xxHash itself:
# XXH3-128 of the file without its plan_hash line, as xxh128sum prints it.
# reseal FILE: set the plan_hash of FILE to that (what anyone who can
# write the file can do).
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
planhash () { planhash_py hash "$1"; }
reseal () { planhash_py reseal "$1"; }

# hash_of FILE: the plan_hash FILE says it has.
hash_of () {
	sed -n 's/^  "plan_hash": "\([0-9a-f]\{32\}\)",$/\1/p' "$1"
}

# unchanged DB: DB is as before.dump says, and holds no schema pgform.
unchanged () {
	test_pg_dump_schema -d "$1" >after.dump &&
	test_cmp before.dump after.dump &&
	echo "t" >expect.none &&
	test_psql -d "$1" -c "SELECT to_regnamespace('pgform') IS NULL" >none &&
	test_cmp expect.none none
}

# applies DB: id|status|plan_source|plan_hash|desired_hash|git_commit of each apply.
applies () {
	test_psql -d "$1" -c "SELECT id, status, coalesce(plan_source, '-'), coalesce(plan_hash, '-'),
		coalesce(desired_hash, '-'), coalesce(git_commit, '-') FROM pgform.applies ORDER BY id"
}

# status_rows DB: apply, status and plan columns of `pgform status` (the
# plan column starts at character 86).
status_rows () {
	pgform status -d "dbname=$1" >status.out &&
	awk '/^apply / { t = 1; next } t && /^$/ { exit } t { p = substr($0, 86, 5); sub(/ +$/, "", p); print $1, $2, p }' status.out
}

test_expect_success 'setup: a state in git (a schema, a view, a materialized view that fails on demand)' '
	mkdir repo &&
	cat >repo/pgform.yaml <<-\EOF &&
	pgform: 1
	schemas:
	  app: {}
	views:
	  app.hello:
	    query: SELECT '"'"'hello'"'"'::text AS greeting
	materialized_views:
	  app.totals:
	    query: SELECT 1 / (CASE WHEN current_setting('"'"'pgform_test.fail'"'"', true) = '"'"'yes'"'"' THEN 0 ELSE 1 END) AS x
	EOF
	git -C repo init -q &&
	git -C repo add pgform.yaml &&
	git -C repo -c user.name=t -c user.email=t@example.com commit -q -m state &&
	git -C repo rev-parse HEAD >commit &&
	test_createdb db &&
	test_pg_dump_schema -d db >before.dump
'

test_expect_success 'plan -o: the file is sealed by its plan_hash, shown in the text and said on stderr' '
	pgform plan -f repo/pgform.yaml -d dbname=db -o p.json >out 2>err &&
	hash=$(hash_of p.json) &&
	test -n "$hash" &&
	echo "$hash" >hash &&
	planhash p.json >computed &&
	test_cmp hash computed &&
	echo "plan saved to p.json, plan hash $hash; to apply exactly this plan: pgform apply p.json --plan-hash $hash" >expect &&
	test_cmp expect err &&
	tail -n 2 out >actual &&
	printf "%s\n" "Plan: 3 to create, 0 to rebuild, 0 to change, 0 to drop." "Plan hash: $hash" >expect &&
	test_cmp expect actual &&
	grep -q "\"git_commit\": \"$(cat commit)\"" p.json &&
	pgform plan -f repo/pgform.yaml -d dbname=db --format markdown -o pm.json >md 2>/dev/null &&
	sed -n 3p md >actual &&
	echo "Plan hash: \`$(hash_of pm.json)\`" >expect &&
	test_cmp expect actual &&
	pgform plan -f repo/pgform.yaml -d dbname=db >plain &&
	! grep -q "^Plan hash:" plain
'

test_expect_success 'a plan file whose statement was changed is refused; nothing changes' '
	sed "s/CREATE SCHEMA app/CREATE SCHEMA evil/" p.json >edited.json &&
	! cmp -s p.json edited.json &&
	test_must_fail pgform apply edited.json -d dbname=db >out 2>err &&
	test_line_count = 0 out &&
	echo "error: edited.json: the plan was changed after it was made: plan_hash does not match its contents" >expect &&
	test_cmp expect err &&
	unchanged db
'

test_expect_success 'a plan file without plan_hash is refused; nothing changes' '
	sed "/^  \"plan_hash\": /d" p.json >nohash.json &&
	test_must_fail pgform apply nohash.json -d dbname=db >out 2>err &&
	test_line_count = 0 out &&
	echo "error: nohash.json: '\''plan_hash'\'' is missing, so the plan cannot be checked for changes; make the plan again with this pgform (pgform plan -o FILE)" >expect &&
	test_cmp expect err &&
	unchanged db
'

test_expect_success 'a changed plan sealed again is refused by --plan-hash of the plan reviewed; nothing changes' '
	cp edited.json forged.json &&
	reseal forged.json &&
	forged=$(hash_of forged.json) &&
	test "$forged" != "$(cat hash)" &&
	test_must_fail pgform apply forged.json --plan-hash "$(cat hash)" -d dbname=db >out 2>err &&
	test_line_count = 0 out &&
	echo "error: plan '\''forged.json'\'' is not the plan that was reviewed: its plan_hash is $forged, not $(cat hash)" >expect &&
	test_cmp expect err &&
	unchanged db
'

test_expect_success 'another plan, made by pgform, is refused by --plan-hash too' '
	pgform plan -f repo/pgform.yaml -d dbname=db -o other.json >/dev/null 2>&1 &&
	sleep 1 &&
	pgform plan -f repo/pgform.yaml -d dbname=db -o other.json >/dev/null 2>&1 &&
	other=$(hash_of other.json) &&
	test "$other" != "$(cat hash)" &&
	test_must_fail pgform apply other.json --plan-hash "$(cat hash)" -d dbname=db 2>err &&
	echo "error: plan '\''other.json'\'' is not the plan that was reviewed: its plan_hash is $other, not $(cat hash)" >expect &&
	test_cmp expect err &&
	unchanged db
'

test_expect_success '--plan-hash takes 32 lower-case hex digits, and a plan file' '
	test_must_fail pgform apply p.json --plan-hash ABC -d dbname=db >out 2>err &&
	printf "%s\n" "error: --plan-hash takes the 32 lower-case hex digits of a plan_hash, not '\''ABC'\''" \
		"Try '\''pgform apply --help'\''." >expect &&
	test_cmp expect err &&
	test_must_fail pgform apply -f repo/pgform.yaml --plan-hash "$(cat hash)" -d dbname=db >out 2>err &&
	printf "%s\n" "error: --plan-hash checks a saved plan: pgform apply PLANFILE --plan-hash HASH" \
		"Try '\''pgform apply --help'\''." >expect &&
	test_cmp expect err &&
	unchanged db
'

test_expect_success 'a plan file without database is refused, even sealed again; nothing changes' '
	sed "/^  \"database\": /d" p.json >nodb.json &&
	reseal nodb.json &&
	test_must_fail pgform apply nodb.json -d dbname=db >out 2>err &&
	test_line_count = 0 out &&
	echo "error: nodb.json: '\''database'\'' is missing: a saved plan is applied only to the database it names" >expect &&
	test_cmp expect err &&
	unchanged db
'

test_expect_success 'a plan file without catalog_fingerprint is refused, even sealed again; nothing changes' '
	sed "/^  \"catalog_fingerprint\": /d" p.json >nofp.json &&
	reseal nofp.json &&
	test_must_fail pgform apply nofp.json -d dbname=db >out 2>err &&
	test_line_count = 0 out &&
	echo "error: nofp.json: '\''catalog_fingerprint'\'' is missing: a saved plan is applied only to the catalog it was made against" >expect &&
	test_cmp expect err &&
	unchanged db
'

test_expect_success 'a forged commit and desired fingerprint are recorded as what the plan file says' '
	test_createdb -T db forgery &&
	sed -e "s/\"git_commit\": \"[0-9a-f]*\"/\"git_commit\": \"ffffffffffffffffffffffffffffffffffffffff\"/" \
	    -e "s/\"desired_fingerprint\": \"[0-9a-f]*\"/\"desired_fingerprint\": \"0000000000000000\"/" \
	    -e "s/\"database\": \"db\"/\"database\": \"forgery\"/" p.json >forged2.json &&
	reseal forged2.json &&
	pgform apply forged2.json -d dbname=forgery 2>err &&
	applies forgery >actual &&
	echo "1|done|file|$(hash_of forged2.json)|0000000000000000|ffffffffffffffffffffffffffffffffffffffff" >expect &&
	test_cmp expect actual &&
	status_rows forgery >actual &&
	echo "1 done file" >expect &&
	test_cmp expect actual &&
	grep -x "deployed commit: ffffffffffffffffffffffffffffffffffffffff (from the plan file)" status.out
'

test_expect_success 'the saved plan reviewed fails on a step and is rolled back (schema pgform made on the way)' '
	test_must_fail env PGOPTIONS="-c pgform_test.fail=yes" \
		pgform apply p.json --plan-hash "$(cat hash)" -d dbname=db >out 2>err &&
	test_line_count = 0 out &&
	cat >expect <<-\EOF &&
	error: step 2 (create materialized view app.totals): division by zero
	apply 1 failed and was rolled back: the database is as before
	EOF
	test_cmp expect err &&
	test_pg_dump_schema -d db >after.dump &&
	test_cmp before.dump after.dump &&
	test_psql -d db -c "SELECT count(*) FROM pgform.applies" >n &&
	echo 1 >expect &&
	test_cmp expect n
'

test_expect_success 'the same file applies then: pgform'\''s own schema is no change of the catalog' '
	pgform apply p.json --plan-hash "$(cat hash)" -d dbname=db >out 2>err &&
	grep -x "apply 2: 3 steps done in [0-9.]* s" err &&
	pgform plan -f repo/pgform.yaml -d dbname=db >out &&
	echo "$NOCHANGE" >expect &&
	test_cmp expect out &&
	desired=$(sed -n "s/^  \"desired_fingerprint\": \"\([0-9a-f]*\)\",\$/\1/p" p.json) &&
	applies db >actual &&
	printf "%s\n" "1|rolled_back|file|$(cat hash)|$desired|$(cat commit)" \
		"2|done|file|$(cat hash)|$desired|$(cat commit)" >expect &&
	test_cmp expect actual
'

test_expect_success 'the file cannot be applied a second time: its steps changed the catalog' '
	test_must_fail pgform apply p.json --plan-hash "$(cat hash)" -d dbname=db 2>err &&
	grep "^error: the database changed since plan '\''p.json'\'' was made (.*relations.*); make a new plan\$" err
'

test_expect_success 'pgform status shows where each plan came from' '
	cat >>repo/pgform.yaml <<-\EOF &&
	  app.more:
	    query: SELECT 2 AS y
	EOF
	pgform apply -f repo/pgform.yaml -d dbname=db 2>err &&
	grep -x "apply 3: 1 steps done in [0-9.]* s" err &&
	status_rows db >actual &&
	printf "%s\n" "1 rolled_back file" "2 done file" "3 done state" >expect &&
	test_cmp expect actual &&
	grep -x "deployed commit: $(cat commit)-dirty" status.out
'

test_expect_success 'an existing version 2 schema pgform is brought to the current version (plan_source unknown before, the temporaries, refresh and stamps tables made)' '
	test_psql -d db -c "ALTER TABLE pgform.applies DROP COLUMN plan_source;
		UPDATE pgform.meta SET value = '\''2'\'' WHERE key = '\''schema_version'\''" &&
	status_rows db >actual &&
	printf "%s\n" "1 rolled_back -" "2 done -" "3 done -" >expect &&
	test_cmp expect actual &&
	cat >>repo/pgform.yaml <<-\EOF &&
	  app.most:
	    query: SELECT 3 AS z
	EOF
	pgform apply -f repo/pgform.yaml -d dbname=db 2>err &&
	grep -x "apply 4: 1 steps done in [0-9.]* s" err &&
	test_psql -d db -c "SELECT value FROM pgform.meta WHERE key = '\''schema_version'\''" >v &&
	echo 6 >expect &&
	test_cmp expect v &&
	test_psql -d db -c "SELECT to_regclass('\''pgform.temporaries'\'') IS NOT NULL
		AND to_regclass('\''pgform.refreshes'\'') IS NOT NULL
		AND to_regclass('\''pgform.refresh_status'\'') IS NOT NULL
		AND to_regclass('\''pgform.stamps'\'') IS NOT NULL" >t &&
	echo t >expect &&
	test_cmp expect t &&
	status_rows db >actual &&
	printf "%s\n" "1 rolled_back -" "2 done -" "3 done -" "4 done state" >expect &&
	test_cmp expect actual &&
	test_must_fail test_psql -d db -c "INSERT INTO pgform.applies (status, plan_source) VALUES ('\''x'\'', '\''yaml'\'')" 2>/dev/null
'

test_done
