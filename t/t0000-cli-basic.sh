#!/bin/bash
test_description='the command-line skeleton: dispatch, usage errors, --version, help'
. "$(dirname "$0")/test-lib.sh"

COMMANDS='validate expand plan apply status rollback diff refresh drift cleanup import'

test_expect_success 'no command: usage error, exit 1' '
	test_must_fail pgform >out 2>err &&
	cat >expect <<-\EOF &&
	error: no command given
	Try '\''pgform --help'\''.
	EOF
	test_cmp expect err &&
	test_cmp /dev/null out
'

test_expect_success 'unknown command' '
	test_must_fail pgform nosuch >out 2>err &&
	cat >expect <<-\EOF &&
	error: unknown command '\''nosuch'\''
	Try '\''pgform --help'\''.
	EOF
	test_cmp expect err &&
	test_cmp /dev/null out
'

test_expect_success 'unknown global option' '
	test_must_fail pgform --bogus >out 2>err &&
	cat >expect <<-\EOF &&
	error: unknown option '\''--bogus'\''
	Try '\''pgform --help'\''.
	EOF
	test_cmp expect err &&
	test_cmp /dev/null out
'

test_expect_success 'unknown option of a command points to its --help' '
	test_must_fail pgform plan --bogus >out 2>err &&
	cat >expect <<-\EOF &&
	error: unknown option '\''--bogus'\''
	Try '\''pgform plan --help'\''.
	EOF
	test_cmp expect err &&
	test_cmp /dev/null out
'

test_expect_success 'every command rejects an unknown long option the same way' '
	for c in $COMMANDS; do
		test_must_fail pgform $c --no-such-option >out 2>err &&
		printf "%s\n" "error: unknown option '\''--no-such-option'\''" \
			"Try '\''pgform $c --help'\''." >expect &&
		test_cmp expect err &&
		test_cmp /dev/null out || exit 1
	done
'

test_expect_success '--version prints pgform X.Y.Z' '
	pgform --version >out 2>err &&
	test_cmp /dev/null err &&
	grep -Eq "^pgform [0-9]+\.[0-9]+\.[0-9]+\$" out &&
	test_line_count = 1 out &&
	v=$(sed -n "s/^#define PGFORM_VERSION \"\(.*\)\"\$/\1/p" "$REPO/src/base/version.h") &&
	echo "pgform $v" >expect &&
	test_cmp expect out
'

test_expect_success '`pgform version` is the same as --version' '
	pgform --version >expect &&
	pgform version >out 2>err &&
	test_cmp expect out &&
	test_cmp /dev/null err
'

test_expect_success 'help for an unknown command' '
	test_must_fail pgform help nosuch >out 2>err &&
	cat >expect <<-\EOF &&
	error: no help for unknown command '\''nosuch'\''
	Try '\''pgform --help'\''.
	EOF
	test_cmp expect err &&
	test_cmp /dev/null out
'

test_expect_success 'help takes at most one command' '
	test_must_fail pgform help plan apply >out 2>err &&
	cat >expect <<-\EOF &&
	error: '\''help'\'' takes at most one command
	Try '\''pgform --help'\''.
	EOF
	test_cmp expect err &&
	test_cmp /dev/null out
'


test_expect_success '--help: docs/pgform.md, then every command' '
	pgform --help >out 2>err &&
	test_cmp /dev/null err &&
	n=$(wc -l <"$REPO/docs/pgform.md") &&
	head -n "$n" out >head &&
	test_cmp "$REPO/docs/pgform.md" head &&
	sed -n "/^Commands:\$/,\$p" out >cmds &&
	test_line_count = 12 cmds &&
	for c in $COMMANDS; do
		grep -q "^  $c  *[^ ]" cmds || { echo "$c missing from --help" && exit 1; }
	done &&
	pgform -h >out-h &&
	pgform help >out-help &&
	test_cmp out out-h &&
	test_cmp out out-help
'

test_expect_success 'help CMD, CMD --help and CMD -h print docs/pgform-CMD.md' '
	for c in $COMMANDS; do
		test -f "$REPO/docs/pgform-$c.md" || { echo "no docs/pgform-$c.md" && exit 1; }
		pgform help $c >out 2>err &&
		test_cmp "$REPO/docs/pgform-$c.md" out &&
		test_cmp /dev/null err &&
		pgform $c --help >out 2>err &&
		test_cmp "$REPO/docs/pgform-$c.md" out &&
		test_cmp /dev/null err &&
		pgform $c -h >out &&
		test_cmp "$REPO/docs/pgform-$c.md" out || exit 1
	done
'

test_done
