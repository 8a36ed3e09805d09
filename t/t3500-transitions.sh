#!/bin/bash
test_description='transition cases (t/cases/NAME): a database built by a.sql is brought to b.yaml by apply; the next plan is empty and the catalog equals that of a database built from b.yaml alone'
. "$(dirname "$0")/test-lib.sh"

# A case directory t/cases/NAME holds:
#   a.sql          the starting database, run with psql (ON_ERROR_STOP)
#   b.yaml         the desired state
#   a.yaml         optional: applied by pgform after a.sql, so that what it
#                  declares is managed (recorded) before b is applied
#   common.sql     optional: run first in both databases (what b needs and
#                  pgform does not manage: tables, outside roles)
#   unmanaged.sql  optional: run after pgform in the database built from
#                  b alone: what a.sql made that pgform leaves alone
#   expect.plan    optional: the text of `pgform plan` against a (+ a.yaml)
#   expect.error   optional: the transition is refused: plan and apply exit
#                  1 with exactly this on stderr, and change nothing
#   args           optional: extra flags for plan and apply (one line)
#   known-broken   optional: one line saying why the case fails today; the
#                  case is then a known breakage (test_expect_failure)
#
# PGFORM_TEST_CASES=REGEX runs only the cases whose names match it (all
# of them in this script).  Without it, this script runs every other case
# and t3501-transitions.sh the others.
#
# Roles are shared by every database of the cluster, so each case starts
# with the roles the cluster had at the start of this script: the roles a
# case made are dropped after it.  Its database built from b comes first,
# its roles are recorded and dropped, then a.sql and the apply of b.

test_start_pg
# Cases may use the test extension pgform_testext (t/ext/).
test_install_testext || BUG "cannot install the test extension"

CASES=$REPO/t/cases
TODAY=2026-03-10
# Passwords a case's roles may read.
CASE_PASSWORD=case-secret-1
CASE_PASSWORD2=case-secret-2
export CASE_PASSWORD CASE_PASSWORD2

# Roles of the bare cluster: never compared, never dropped.
test_psql -d postgres -c "SELECT rolname FROM pg_roles ORDER BY 1" >"$TRASH/.base-roles" ||
	BUG "cannot list roles"
BASE_ROLES="'$(paste -sd' ' "$TRASH/.base-roles" | sed "s/ /','/g")'"

# case_new_roles: the roles a case made.
case_new_roles () {
	test_psql -d postgres -c "SELECT rolname FROM pg_roles
		WHERE rolname NOT IN ($BASE_ROLES) ORDER BY 1"
}

# case_drop_roles: drop the roles a case made (its databases are gone).
case_drop_roles () {
	local r
	case_new_roles >"$TEST_TMP/roles" || return 1
	while IFS= read -r r; do
		echo 'DROP ROLE :"r"' | test_psql -d postgres -v r="$r" || return 1
	done <"$TEST_TMP/roles"
}

# case_catalog DB: what must be equal after a→b and empty→b: the schema
# dump without schema pgform (grants sorted within an object's block: their
# order is not state), extensions with versions, whether materialized views
# are populated, and the roles the case made with their attributes,
# memberships and comments.
case_catalog () {
	local db=$1
	test_pg_dump_schema -d "$db" >"$TEST_TMP/dump.$db" &&
	awk '
		/^(GRANT|REVOKE) / { acl[n++] = $0; next }
		{ flush(); print }
		END { flush() }
		function flush(  i, j, t) {
			for (i = 1; i < n; i++)
				for (j = i; j > 0 && acl[j - 1] > acl[j]; j--) {
					t = acl[j]; acl[j] = acl[j - 1]; acl[j - 1] = t
				}
			for (i = 0; i < n; i++) print acl[i]
			n = 0
		}' "$TEST_TMP/dump.$db" &&
	test_psql -d "$db" -c "SELECT '-- extensions'" \
		-c "SELECT extname, extversion, extnamespace::regnamespace
			FROM pg_extension ORDER BY 1" \
		-c "SELECT '-- materialized views'" \
		-c "SELECT schemaname, matviewname, ispopulated
			FROM pg_matviews WHERE schemaname <> 'pgform' ORDER BY 1, 2" \
		-c "SELECT '-- roles'" \
		-c "SELECT rolname, rolsuper, rolinherit, rolcreaterole,
				rolcreatedb, rolcanlogin, rolconnlimit, rolpassword IS NOT NULL,
				shobj_description(oid, 'pg_authid')
			FROM pg_authid WHERE rolname NOT IN ($BASE_ROLES) ORDER BY 1" \
		-c "SELECT '-- memberships'" \
		-c "SELECT r.rolname, m.rolname, a.admin_option
			FROM pg_auth_members a JOIN pg_roles r ON r.oid = a.roleid
			JOIN pg_roles m ON m.oid = a.member
			WHERE m.rolname NOT IN ($BASE_ROLES) ORDER BY 1, 2"
}

# case_psql DB FILE: run FILE in DB when it exists.
case_psql () {
	[ ! -f "$2" ] || test_psql -d "$1" -f "$2" >/dev/null
}

# case_run NAME: the body of a case's test, in $TRASH/NAME.
case_run () {
	local name=$1 dir args rc
	dir=$TRASH/$name
	rm -rf "$dir" && cp -R "$CASES/$name" "$dir" && cd "$dir" || return 1
	args=$(cat args 2>/dev/null || true)

	if [ -f expect.error ]; then
		case_refused "$name" $args
		return
	fi

	# The catalog of b built from nothing.
	test_createdb "b_$name" &&
	case_psql "b_$name" common.sql &&
	test_apply b.yaml "b_$name" $TODAY $args >b.apply.out &&
	case_psql "b_$name" unmanaged.sql &&
	case_catalog "b_$name" >b.catalog &&
	test_psql -d postgres -c "DROP DATABASE \"b_$name\"" &&
	case_drop_roles || return 1

	# a, then b applied to it.
	test_createdb "a_$name" &&
	case_psql "a_$name" common.sql &&
	case_psql "a_$name" a.sql || return 1
	if [ -f a.yaml ]; then
		test_apply a.yaml "a_$name" $TODAY $args >a.apply.out || return 1
	fi
	test_plan b.yaml "a_$name" $TODAY $args >plan.out || return 1
	if [ -f expect.plan ]; then
		test_cmp expect.plan plan.out || return 1
	fi
	rc=0
	test_apply b.yaml "a_$name" $TODAY $args >apply.out || rc=$?
	if [ $rc != 0 ]; then
		echo "apply exited $rc" >&4
		return 1
	fi
	test_plan_empty b.yaml "a_$name" $TODAY $args &&
	case_catalog "a_$name" >a.catalog &&
	test_cmp b.catalog a.catalog
}

# case_refused NAME [ARGS...]: in $TRASH/NAME, a case with expect.error:
# plan and apply of b.yaml exit 1 saying exactly that, and a stays as it was.
case_refused () {
	local name=$1
	shift
	test_createdb "a_$name" &&
	case_psql "a_$name" common.sql &&
	case_psql "a_$name" a.sql || return 1
	if [ -f a.yaml ]; then
		test_apply a.yaml "a_$name" $TODAY "$@" >a.apply.out || return 1
	fi
	test_db_state "a_$name" >before &&
	test_must_fail run_pgform plan -f b.yaml -d "dbname=a_$name" --today $TODAY "$@" >plan.out 2>plan.err &&
	test_cmp expect.error plan.err &&
	test_must_fail run_pgform apply -f b.yaml -d "dbname=a_$name" --today $TODAY "$@" >apply.out 2>apply.err &&
	test_cmp expect.error apply.err &&
	test_db_state "a_$name" >after &&
	test_cmp before after
}

# case_cleanup NAME: drop a case's databases and roles, whatever happened.
case_cleanup () {
	test_psql -d postgres -c "DROP DATABASE IF EXISTS \"a_$1\"" 2>/dev/null &&
	test_psql -d postgres -c "DROP DATABASE IF EXISTS \"b_$1\"" 2>/dev/null &&
	case_drop_roles
}

test_expect_success 'the corpus holds cases, each with a.sql and b.yaml' '
	ls "$CASES" >names &&
	test_line_count -ge 1 names &&
	for c in $(cat names); do
		test -f "$CASES/$c/a.sql" && test -f "$CASES/$c/b.yaml" || {
			echo "case $c lacks a.sql or b.yaml" >&4
			exit 1
		}
	done
'

# PGFORM_TEST_CASES=REGEX runs only the cases whose names match (grep -E).
# The cases are split in two halves by their place in the list: this
# script runs the first, t3501 (which sources this one) the second, each
# with its own cluster, so that `prove -j2` runs them side by side.
_half=0
for _case in $(ls "$CASES" | grep -E -- "${PGFORM_TEST_CASES:-.}"); do
	_half=$((1 - _half))
	if [ -z "$PGFORM_TEST_CASES" ] && [ "$_half" != "${TRANSITIONS_HALF:-1}" ]; then
		continue
	fi
	if [ -f "$CASES/$_case/known-broken" ]; then
		test_expect_failure "$_case: $(head -n 1 "$CASES/$_case/known-broken")" "
			test_when_finished 'case_cleanup $_case' &&
			case_run $_case
		"
	else
		test_expect_success "$_case" "
			test_when_finished 'case_cleanup $_case' &&
			case_run $_case
		"
	fi
done

test_done
