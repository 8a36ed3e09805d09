#!/bin/bash
test_description='pgform validate on bad input: exit 1, exactly the expected messages, no secret'
. "$(dirname "$0")/test-lib.sh"

# Each directory t/load-errors/NNN-short-name/ is one bad input: its entry
# file pgform.yaml (plus whatever files it includes or names) and `expect`,
# the exact stderr of
#
#	pgform validate -f pgform.yaml --today 2026-11-21
#
# run from inside a copy of the directory, so that the paths in the
# messages are relative and stable.  Every case must exit 1 (not 0, not a
# crash, not a sanitizer finding), print nothing on stdout, print exactly
# `expect` on stderr, and never show a secret: the password variables below
# hold values starting with "s3cr3t", and several cases write an inline
# `password: s3cr3t-inline`.  To add a case, make a new directory, run the
# command above in it and read every line of the output before saving it
# as `expect`.

CASES=$REPO/t/load-errors

TENANT_A_PASSWORD=s3cr3t-tenant-a
TENANT_B_PASSWORD=s3cr3t-tenant-b
WHADMIN_PASSWORD=s3cr3t-whadmin
PHOOD_RO_PASSWORD=s3cr3t-phood-ro
export TENANT_A_PASSWORD TENANT_B_PASSWORD WHADMIN_PASSWORD PHOOD_RO_PASSWORD

test_expect_success 'the corpus holds at least 45 cases, each with pgform.yaml and expect' '
	n=0 &&
	for d in "$CASES"/[0-9]*/
	do
		test -f "$d/pgform.yaml" && test -f "$d/expect" ||
		{ echo "incomplete case: $d"; exit 1; }
		n=$((n + 1))
	done &&
	test "$n" -ge 45
'

for case_dir in "$CASES"/[0-9]*/
do
	case_name=$(basename "$case_dir")
	test_expect_success "$case_name" '
		rm -rf "$case_name" "$case_name.out" "$case_name.err" &&
		cp -R "$CASES/$case_name" "$case_name" &&
		(
			cd "$case_name" &&
			test_must_fail "$PGFORM" validate -f pgform.yaml \
				--today 2026-11-21 >"../$case_name.out" 2>"../$case_name.err"
		) &&
		test_cmp "$case_name/expect" "$case_name.err" &&
		test_cmp /dev/null "$case_name.out" &&
		! grep -q s3cr3t "$case_name.out" "$case_name.err"
	'
done

test_done
