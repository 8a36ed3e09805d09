#!/bin/bash
test_description='what the loader reads: regular files only (FIFOs and devices refused at once), at most PGFORM_MAX_FILE_SIZE bytes each, YAML at most 64 levels deep'
. "$(dirname "$0")/test-lib.sh"

# Every command runs under `timeout 10`: a loader that opened a FIFO or
# read /dev/zero would hang, and the test must fail instead.

validate () {
	timeout 10 "$PGFORM" validate --today 2026-11-21 "$@"
}

test_expect_success 'an include naming a FIFO is refused without waiting for a writer' '
	mkfifo pipe.yaml &&
	cat >inc.yaml <<-\EOF &&
	pgform: 1
	include:
	  - pipe.yaml
	EOF
	test_must_fail validate -f inc.yaml 2>err &&
	echo "inc.yaml:3:5: error: '"'"'pipe.yaml'"'"' is not a regular file" >expect &&
	test_cmp expect err
'

test_expect_success 'a glob that matches a FIFO is refused the same way' '
	mkdir frag &&
	mkfifo frag/b.yaml &&
	echo "roles: { a: {} }" >frag/a.yaml &&
	cat >glob.yaml <<-\EOF &&
	pgform: 1
	include: [ frag/*.yaml ]
	EOF
	test_must_fail validate -f glob.yaml 2>err &&
	echo "glob.yaml:2:12: error: '"'"'frag/b.yaml'"'"' is not a regular file" >expect &&
	test_cmp expect err
'

test_expect_success 'a sql_file naming a FIFO is refused without waiting' '
	mkfifo query.sql &&
	cat >sqlfile.yaml <<-\EOF &&
	pgform: 1
	views:
	  app.v: { sql_file: query.sql }
	EOF
	test_must_fail validate -f sqlfile.yaml 2>err &&
	echo "sqlfile.yaml:3:22: error: '"'"'query.sql'"'"' is not a regular file" >expect &&
	test_cmp expect err
'

test_expect_success 'an entry file that is a FIFO or /dev/zero is refused' '
	test_must_fail validate -f pipe.yaml 2>err &&
	echo "pipe.yaml:1:1: error: '"'"'pipe.yaml'"'"' is not a regular file" >expect &&
	test_cmp expect err &&
	test_must_fail validate -f /dev/zero 2>err &&
	echo "/dev/zero:1:1: error: '"'"'/dev/zero'"'"' is not a regular file" >expect &&
	test_cmp expect err
'

test_expect_success 'a sql_file larger than the default 16 MiB is refused before it is read' '
	truncate -s 16777217 big.sql &&
	cat >big.yaml <<-\EOF &&
	pgform: 1
	views:
	  app.v:
	    sql_file: big.sql
	EOF
	test_must_fail validate -f big.yaml 2>err &&
	echo "big.yaml:4:15: error: '"'"'big.sql'"'"' is larger than 16777216 bytes, the most pgform reads from one file (PGFORM_MAX_FILE_SIZE)" >expect &&
	test_cmp expect err
'

test_expect_success 'PGFORM_MAX_FILE_SIZE sets the cap: one byte over is refused, the exact size is read' '
	{
		printf "SELECT 1 AS one\n" &&
		printf "%0200d\n" 0 | sed "s/^/-- /"
	} >small.sql &&
	size=$(wc -c <small.sql) &&
	test "$size" = 220 &&
	sed "s/big.sql/small.sql/" big.yaml >small.yaml &&
	PGFORM_MAX_FILE_SIZE=219 test_must_fail validate -f small.yaml 2>err &&
	echo "small.yaml:4:15: error: '"'"'small.sql'"'"' is larger than 219 bytes, the most pgform reads from one file (PGFORM_MAX_FILE_SIZE)" >expect &&
	test_cmp expect err &&
	PGFORM_MAX_FILE_SIZE=220 validate -f small.yaml &&
	PGFORM_MAX_FILE_SIZE=16 test_must_fail validate -f small.yaml 2>err &&
	echo "small.yaml:1:1: error: '"'"'small.yaml'"'"' is larger than 16 bytes, the most pgform reads from one file (PGFORM_MAX_FILE_SIZE)" >expect &&
	test_cmp expect err
'

test_expect_success 'an include larger than the cap is refused at the include' '
	mkdir frag2 &&
	{
		echo "roles: { a: {} }" &&
		printf "# %0200d\n" 0
	} >frag2/big.yaml &&
	cat >inc2.yaml <<-\EOF &&
	pgform: 1
	include: [ frag2/big.yaml ]
	EOF
	PGFORM_MAX_FILE_SIZE=200 test_must_fail validate -f inc2.yaml 2>err &&
	echo "inc2.yaml:2:12: error: '"'"'frag2/big.yaml'"'"' is larger than 200 bytes, the most pgform reads from one file (PGFORM_MAX_FILE_SIZE)" >expect &&
	test_cmp expect err
'

test_expect_success 'a PGFORM_MAX_FILE_SIZE that is not a number of bytes is refused' '
	for v in abc 0 -5 12k 99999999999999999999999
	do
		PGFORM_MAX_FILE_SIZE=$v test_must_fail validate -f small.yaml 2>err &&
		echo "PGFORM_MAX_FILE_SIZE: error: '"'"'$v'"'"' is not a number of bytes (a whole number above 0)" >expect &&
		test_cmp expect err || return 1
	done
'

test_expect_success '100,000 nested lists fail fast at the 65th level' '
	{
		echo "pgform: 1" &&
		printf "roles: " &&
		head -c 100000 /dev/zero | tr "\\0" "[" &&
		head -c 100000 /dev/zero | tr "\\0" "]" &&
		echo
	} >deep.yaml &&
	test_must_fail validate -f deep.yaml 2>err &&
	echo "deep.yaml:2:71: error: YAML nested more than 64 levels deep (lists and mappings inside each other)" >expect &&
	test_cmp expect err
'

test_expect_success '100,000 nested block lists fail the same way' '
	{
		echo "pgform: 1" &&
		echo "roles:" &&
		head -c 100000 /dev/zero | sed "s/\x0/- /g" &&
		echo "a"
	} >deep-block.yaml &&
	test_must_fail validate -f deep-block.yaml 2>err &&
	echo "deep-block.yaml:3:127: error: YAML nested more than 64 levels deep (lists and mappings inside each other)" >expect &&
	test_cmp expect err
'

test_expect_success '64 levels are read' '
	{
		echo "pgform: 1" &&
		printf "x: " &&
		head -c 63 /dev/zero | tr "\\0" "[" &&
		head -c 63 /dev/zero | tr "\\0" "]" &&
		echo
	} >deep64.yaml &&
	test_must_fail validate -f deep64.yaml 2>err &&
	echo "deep64.yaml:2:1: error: unknown key '"'"'x'"'"' in the top level" >expect &&
	test_cmp expect err
'

test_done
