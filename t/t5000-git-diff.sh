#!/bin/bash
test_description='state from git revisions: --rev on validate, expand and plan; pgform diff between commits (golden text, json and markdown in plans/diff/); bad revisions, paths and repositories'
. "$(dirname "$0")/test-lib.sh"

PLANS=$REPO/plans
TODAY=2026-11-21

# golden NAME FILE: compare FILE with plans/NAME (or write it there).
golden () {
	if [ -n "$PGFORM_GOLDEN_UPDATE" ]; then
		mkdir -p "$(dirname "$PLANS/$1")" &&
		cp "$2" "$PLANS/$1"
	else
		test_cmp "$PLANS/$1" "$2"
	fi
}

# Commits with fixed names and dates: the same hashes on every machine.
export GIT_AUTHOR_NAME=pgform GIT_AUTHOR_EMAIL=pgform@example.org GIT_COMMITTER_NAME=pgform \
	GIT_COMMITTER_EMAIL=pgform@example.org
commit () {
	GIT_AUTHOR_DATE="2026-11-0$1T12:00:00Z" GIT_COMMITTER_DATE="2026-11-0$1T12:00:00Z" \
		git -C repo commit -q -a -m "$2"
}

test_expect_success 'setup: a repository with the example warehouse, then three commits (a tenant added, a template changed, an extension bumped)' '
	git init -q -b main repo &&
	cp -r "$REPO/examples/warehouse" repo/wh &&
	sed -i "s/^  dblink: .*/&\n  pgform_testext: { version: 0.1.0 }/" repo/wh/pgform.yaml &&
	grep -q "pgform_testext: { version: 0.1.0 }" repo/wh/pgform.yaml &&
	git -C repo add -A &&
	commit 1 "the warehouse" &&
	sed -e "s/tenant_b/tenant_c/g" -e "s/from: 2026-09-01/from: 2026-11-15/" \
		repo/wh/tenants/tenant_b.yaml >repo/wh/tenants/tenant_c.yaml &&
	git -C repo add -A &&
	commit 2 "tenant_c" &&
	sed -i "s/l.name AS location/coalesce(l.name, '\''none'\'') AS location/" repo/wh/pgform.yaml &&
	commit 3 "locations never null" &&
	sed -i "s/pgform_testext: { version: 0.1.0 }/pgform_testext: { version: 0.1.1 }/" repo/wh/pgform.yaml &&
	commit 4 "testext 0.1.1" &&
	test "$(git -C repo rev-list --count HEAD)" = 4
'

test_expect_success 'validate and expand --rev read the files of that revision, not the working tree' '
	echo "garbage: [" >>repo/wh/pgform.yaml &&
	test_when_finished "git -C repo checkout -q -- wh/pgform.yaml" &&
	test_must_fail pgform validate -f repo/wh/pgform.yaml --today $TODAY 2>err &&
	pgform validate -f repo/wh/pgform.yaml --rev HEAD --today $TODAY &&
	pgform expand -f repo/wh/pgform.yaml --rev HEAD~3 --today $TODAY >x1 &&
	! grep -q tenant_c x1 &&
	pgform expand -f repo/wh/pgform.yaml --rev HEAD~2 --today $TODAY >x2 &&
	grep -q "name: tenant_c.foodlogstats_2026_11_15" x2
'

test_expect_success 'diff of one commit: a tenant added (text)' '
	(cd repo && pgform diff HEAD~3 HEAD~2 -f wh/pgform.yaml --today $TODAY) >tenant.txt &&
	golden diff/tenant-added.txt tenant.txt
'

test_expect_success 'diff of one commit: a template changed, every part rebuilt (text, json, markdown)' '
	(cd repo && pgform diff HEAD~2 HEAD~1 -f wh/pgform.yaml --today $TODAY) >template.txt &&
	golden diff/template-changed.txt template.txt &&
	(cd repo && pgform diff HEAD~2 HEAD~1 -f wh/pgform.yaml --today $TODAY --format json) >template.json &&
	golden diff/template-changed.json template.json &&
	(cd repo && pgform diff HEAD~2 HEAD~1 -f wh/pgform.yaml --today $TODAY --format markdown) >template.md &&
	golden diff/template-changed.md template.md
'

test_expect_success 'diff of one commit: an extension bumped; the working tree is the default other side' '
	(cd repo && pgform diff HEAD~1 -f wh/pgform.yaml --today $TODAY) >ext.txt &&
	golden diff/extension-bumped.txt ext.txt
'

test_expect_success 'diff across the three commits (text, json, markdown)' '
	for f in text json markdown; do
		(cd repo && pgform diff HEAD~3 HEAD -f wh/pgform.yaml --today $TODAY --format $f) >three.$f || return 1
	done &&
	golden diff/three-commits.txt three.text &&
	golden diff/three-commits.json three.json &&
	golden diff/three-commits.md three.markdown
'

test_expect_success 'no difference: said so; --detailed-exitcode gives 0, and 2 when they differ' '
	(cd repo && pgform diff HEAD -f wh/pgform.yaml --today $TODAY --detailed-exitcode) >same.txt &&
	tail -n 1 same.txt >last &&
	echo "No differences." >expect &&
	test_cmp expect last &&
	(cd repo && test_must_fail_code 2 pgform diff HEAD~1 -f wh/pgform.yaml --today $TODAY --detailed-exitcode) >/dev/null
'

test_expect_success 'an unknown revision: one line naming it' '
	(cd repo && test_must_fail pgform diff nope -f wh/pgform.yaml --today $TODAY) >out 2>err &&
	echo "error: --rev nope: unknown revision in the repository at '\''$TRASH/repo'\''" >expect &&
	test_cmp expect err &&
	test_line_count = 0 out
'

test_expect_success 'a path missing at that revision: one line naming path and revision' '
	(cd repo && test_must_fail pgform validate -f wh/tenants/tenant_c.yaml --rev HEAD~3 --today $TODAY) 2>err &&
	sed -E "s/commit [0-9a-f]{12}/commit C/" err >actual &&
	echo "error: file '\''wh/tenants/tenant_c.yaml'\'' is not in revision HEAD~3 (commit C)" >expect &&
	test_cmp expect actual
'

test_expect_success 'a state that does not load at a revision: the error names the revision and FILE:LINE:COL' '
	sed -i "s/^pgform: 1/pgform: 2/" repo/wh/pgform.yaml &&
	commit 5 "a bad version" &&
	(cd repo && test_must_fail pgform diff HEAD~1 HEAD -f wh/pgform.yaml --today $TODAY) >out 2>err &&
	grep -E "^HEAD:wh/pgform.yaml:[0-9]+:[0-9]+: error: " err &&
	test_line_count = 1 err &&
	test_line_count = 0 out
'

test_expect_success 'not a repository, and a bare one: one line each' '
	mkdir -p nogit &&
	cp "$REPO/examples/minimal/pgform.yaml" nogit/ &&
	test_must_fail pgform validate -f nogit/pgform.yaml --rev HEAD 2>err &&
	echo "error: --rev HEAD: '\''nogit'\'' is not in a git repository" >expect &&
	test_cmp expect err &&
	git clone -q --bare repo bare.git &&
	(cd bare.git && test_must_fail pgform validate -f wh/pgform.yaml --rev HEAD) 2>err &&
	echo "error: --rev HEAD: '\''$TRASH/bare.git/'\'' is a bare repository; --rev reads the state by its path in a repository with a working tree" >expect &&
	test_cmp expect err
'

test_expect_success 'a shallow clone whose history stops before the revision: one line saying so' '
	git clone -q --depth 1 "file://$TRASH/repo" shallow &&
	(cd shallow && test_must_fail pgform validate -f wh/pgform.yaml --rev HEAD~2) 2>err &&
	echo "error: --rev HEAD~2: no such revision in this shallow clone; its history may be cut off before it (git fetch --unshallow)" >expect &&
	test_cmp expect err
'

test_expect_success 'markdown of a large diff stays under the size of a pull request comment, the rest counted' '
	git init -q -b main big &&
	printf "%s\n" "pgform: 1" "schemas: { app: {} }" >big/pgform.yaml &&
	git -C big add -A &&
	GIT_AUTHOR_DATE=2026-11-01T12:00:00Z GIT_COMMITTER_DATE=2026-11-01T12:00:00Z git -C big commit -q -m empty &&
	{
		echo "views:" &&
		for i in $(seq 1 2000); do echo "  app.view_number_$i: { query: SELECT $i AS n }"; done
	} >>big/pgform.yaml &&
	(cd big && pgform diff HEAD -f pgform.yaml --format markdown) >big.md &&
	test $(wc -c <big.md) -lt 65536 &&
	grep -E "^- … and [0-9]+ more steps \([0-9]+ to create, 0 to rebuild, 0 to change, 0 to drop\): the whole plan is in \`pgform plan --format text\`\$" big.md &&
	tail -n 1 big.md >closing &&
	echo "</details>" >expect &&
	test_cmp expect closing
'

test_done
