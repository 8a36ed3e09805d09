#!/bin/bash
test_description='man pages and shell completion built from docs/pgform*.md; make install; Build-Depends'
. "$(dirname "$0")/test-lib.sh"

# The commands, as docs/pgform-CMD.md name them.
COMMANDS=$(cd "$REPO/docs" && ls pgform-*.md | sed 's/^pgform-//; s/\.md$//')

# Every -x and --long a doc lists: in its usage lines (the first block)
# and in the option column of its option lines (indented at most six
# spaces, starting with "-").  Sorted, one a line.  Written apart from
# .ci/options.awk on purpose: the two must agree.
doc_options () {
	local doc=$REPO/docs/$1.md
	{
		sed -n '1,/^$/p' "$doc"
		grep -E '^ {1,6}-' "$doc" | sed -E 's/^ +//; s/  .*//'
	} | grep -oE '(^|[[ ,])--?[A-Za-z][A-Za-z0-9-]*' | sed -E 's/^[[ ,]//' | sort -u
}

# The long options src/cmd/CMD.c gives getopt_long (plus --help, which
# every command takes), sorted.
binary_long_options () {
	{
		echo --help
		grep -oE '\{ "[a-z-]+", (no|required)_argument' "$REPO/src/cmd/$1.c" |
			sed -E 's/^\{ "([a-z-]+)".*/--\1/'
	} | sort -u
}

test_expect_success 'make man and make completion build into the build directory' '
	make -s -C "$REPO" BUILD="$PGFORM_BUILD" man completion >out 2>err &&
	test_cmp /dev/null err
'

MAN=$PGFORM_BUILD/man

test_expect_success 'a man page for docs/pgform.md and each docs/pgform-*.md, and no other' '
	(cd "$REPO/docs" && ls pgform.md pgform-*.md | sed "s/\.md\$/.1/") >expect &&
	(cd "$MAN" && ls) >actual &&
	test_cmp expect actual
'

test_expect_success 'every man page renders with man -l and groff without a warning' '
	for p in "$MAN"/*.1; do
		LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -l "$p" >out 2>err &&
		test_cmp /dev/null err &&
		test -s out &&
		groff -man -ww -z -Tutf8 "$p" 2>err &&
		test_cmp /dev/null err || { echo "$p"; exit 1; }
	done
'

test_expect_success 'a page has NAME (with the command summary), SYNOPSIS, DESCRIPTION, OPTIONS' '
	LC_ALL=C.UTF-8 MANWIDTH=80 man -l "$MAN/pgform-cleanup.1" >out &&
	cat >expect <<-\EOF &&
	PGFORM-CLEANUP(1)                pgform manual               PGFORM-CLEANUP(1)

	NAME
	       pgform-cleanup - list (and with --yes drop) leftover temporary objects

	SYNOPSIS
	       pgform cleanup [--yes] [-d CONNINFO]

	DESCRIPTION
	EOF
	head -9 out >actual &&
	test_cmp expect actual &&
	sed -n "/^OPTIONS/,/^SEE ALSO/p" out >actual &&
	cat >expect <<-\EOF &&
	OPTIONS
	       -d, --dbname CONNINFO
	              database (conninfo or URI; libpq conventions)

	       -y, --yes
	              drop them

	       -h, --help
	              show this help

	SEE ALSO
	EOF
	test_cmp expect actual
'

test_expect_success 'every command is in the COMMANDS of pgform(1)' '
	LC_ALL=C.UTF-8 MANWIDTH=200 man -l "$MAN/pgform.1" >out &&
	for c in $COMMANDS; do
		grep -q "^       pgform $c\$" out || { echo "$c missing" && exit 1; }
	done
'

test_expect_success 'make install puts the binary, man pages and completion under DESTDIR/PREFIX' '
	# -o: install the binary under test as it is, never rebuilt here
	# (with other flags than the build that made it, e.g. make asan)
	make -s -C "$REPO" BUILD="$PGFORM_BUILD" -o "$PGFORM" install DESTDIR="$TRASH/root" PREFIX=/usr >out 2>err &&
	test_cmp /dev/null err &&
	"$TRASH/root/usr/bin/pgform" --version >out &&
	pgform --version >expect &&
	test_cmp expect out &&
	test -f "$TRASH/root/usr/share/bash-completion/completions/pgform" &&
	test -f "$TRASH/root/usr/share/zsh/site-functions/_pgform" &&
	MANPATH="$TRASH/root/usr/share/man" LC_ALL=C.UTF-8 MANWIDTH=80 man pgform-plan >out &&
	sed -n 4p out >actual &&
	echo "       pgform-plan - diff against a live database and print the plan" >expect &&
	test_cmp expect actual &&
	make -s -C "$REPO" BUILD="$PGFORM_BUILD" uninstall DESTDIR="$TRASH/root" PREFIX=/usr &&
	find "$TRASH/root" -type f >left &&
	test_cmp /dev/null left
'

# comp LINE: the replies of the bash completion with the cursor at the end
# of LINE, one a line (in a bash that sourced the completion, and nothing
# else: it needs no bash-completion package).
cat >comp.sh <<EOF
. "$PGFORM_BUILD/completion/pgform.bash"
comp () {
	COMP_LINE=\$1
	COMP_POINT=\${#1}
	read -ra COMP_WORDS <<<"\$1"
	COMP_CWORD=\${#COMP_WORDS[@]}
	COMPREPLY=()
	_pgform pgform
	[ \${#COMPREPLY[@]} -eq 0 ] || printf "%s\n" "\${COMPREPLY[@]}"
}
EOF
comp () {
	bash --norc --noprofile -c '. "$1"; comp "$2"' comp "$TRASH/comp.sh" "$1"
}

test_expect_success 'bash: `complete -p pgform` names the completion function' '
	bash --norc --noprofile -c ". \"$TRASH/comp.sh\"; complete -p pgform" >out &&
	echo "complete -F _pgform pgform" >expect &&
	test_cmp expect out
'

test_expect_success 'bash completes a command' '
	comp "pgform re" >out &&
	printf "%s\n" refresh >expect &&
	test_cmp expect out &&
	comp "pgform " | sort >out &&
	{ echo "$COMMANDS"; echo help; echo version; } | sort >expect &&
	test_cmp expect out &&
	comp "pgform help ro" >out &&
	echo rollback >expect &&
	test_cmp expect out
'

test_expect_success 'bash completes a flag; one taking VALUE= keeps the cursor after "="' '
	comp "pgform plan --al" >out &&
	echo --allow-destroy >expect &&
	test_cmp expect out &&
	comp "pgform apply --on-e" >out &&
	echo --on-error= >expect &&
	test_cmp expect out &&
	comp "pgform -" >out &&
	printf "%s\n" --version --help >expect &&
	test_cmp expect out
'

test_expect_success 'bash completes formats and other listed values' '
	comp "pgform plan --format " >out &&
	printf "%s\n" text sql json markdown dot >expect &&
	test_cmp expect out &&
	comp "pgform expand --format " >out &&
	printf "%s\n" yaml json names >expect &&
	test_cmp expect out &&
	comp "pgform refresh --format j" >out &&
	echo json >expect &&
	test_cmp expect out &&
	comp "pgform apply --on-error=s" >out &&
	echo stop >expect &&
	test_cmp expect out &&
	comp "pgform refresh --concurrently=a" >out &&
	printf "%s\n" auto always >expect &&
	test_cmp expect out
'

test_expect_success 'bash completes files after -f and a PLANFILE' '
	mkdir d && : >d/state.yaml && : >d/plan.json &&
	comp "pgform validate -f d/st" >out &&
	echo d/state.yaml >expect &&
	test_cmp expect out &&
	comp "pgform apply d/pl" >out &&
	echo d/plan.json >expect &&
	test_cmp expect out
'

test_expect_success 'bash completes the qualified names of the state (-f) after --target, --replace, --select, --as-role' '
	mkdir w && cd w &&
	cat >pgform.yaml <<-\EOF &&
	pgform: 1
	roles:
	  wh_reader: {}
	schemas:
	  rpt: {}
	views:
	  rpt.v:
	    query: SELECT 1 AS x
	materialized_views:
	  rpt.m1:
	    query: SELECT 1 AS x
	  rpt.m2:
	    query: SELECT 2 AS x
	EOF
	pgform validate &&
	comp "pgform plan --target rpt" | sort >out &&
	printf "%s\n" rpt rpt.m1 rpt.m2 rpt.v >expect &&
	test_cmp expect out &&
	comp "pgform apply --replace rpt." | sort >out &&
	printf "%s\n" rpt.m1 rpt.m2 >expect &&
	test_cmp expect out &&
	comp "pgform refresh --select " | sort >out &&
	test_cmp expect out &&
	comp "pgform plan --as-role " >out &&
	echo wh_reader >expect &&
	test_cmp expect out &&
	cd .. &&
	comp "pgform refresh -f w/pgform.yaml --select rpt.m" | sort >out &&
	printf "%s\n" rpt.m1 rpt.m2 >expect &&
	test_cmp expect out &&
	comp "pgform refresh --select rpt.m" >out &&
	test_cmp /dev/null out
'

test_expect_success 'expand --format names: kind and qualified name of each object, tab-separated' '
	pgform expand -f w/pgform.yaml --format names >out &&
	printf "%s\t%s\n" role wh_reader schema rpt materialized_view rpt.m1 materialized_view rpt.m2 view rpt.v | sort >expect &&
	sort out >actual &&
	test_cmp expect actual
'

test_expect_success 'the options bash completes for each command are the options its doc lists' '
	for c in pgform $COMMANDS; do
		d=pgform-$c; [ $c = pgform ] && d=pgform
		doc_options $d >expect &&
		if [ $c = pgform ]; then comp "pgform -"; else comp "pgform $c -"; fi |
			sed "s/=\$//" | sort >out &&
		test_cmp expect out || { echo "command $c" && exit 1; }
	done
'

test_expect_success 'the long options each doc lists are the long options the command takes' '
	for c in $COMMANDS; do
		doc_options pgform-$c | grep -- "^--" >expect &&
		if grep -q "opts_help_only" "$REPO/src/cmd/$c.c"; then
			echo --help >actual
		else
			binary_long_options $c >actual
		fi &&
		test_cmp expect actual || { echo "command $c" && exit 1; }
	done
'

test_expect_success 'the binary takes every option its doc lists (short ones too)' '
	mkdir empty && cd empty &&
	for c in $COMMANDS; do
		for o in $(doc_options pgform-$c); do
			case $o in --help|-h) continue ;; esac
			rc=0
			PGHOST=$TRASH/no-socket PGPORT=1 run_pgform $c $o x >out 2>err </dev/null || rc=$?
			if [ $rc -gt 2 ] || grep -q "unknown option" err; then
				echo "pgform $c $o:" && cat err && exit 1
			fi
		done
	done
'

command -v zsh >/dev/null && test_set_prereq ZSH
command -v dpkg >/dev/null && command -v pkg-config >/dev/null && test_set_prereq DPKG

test_expect_success ZSH 'zsh: the completion parses, and its options per command are the docs'\'' ' '
	zsh -n "$PGFORM_BUILD/completion/_pgform" &&
	for c in pgform $COMMANDS; do
		d=pgform-$c; [ $c = pgform ] && d=pgform
		doc_options $d >expect &&
		zsh -fc "compdef () { :; }; source \"$PGFORM_BUILD/completion/_pgform\"; _pgform_specs $c; print -l -- \$specs" |
			sed -E "s/^\*//; s/[=:].*//" | sort >out &&
		test_cmp expect out || { echo "command $c" && exit 1; }
	done
'

test_expect_success ZSH 'zsh: formats and names are offered as values' '
	zsh -fc "compdef () { :; }; source \"$PGFORM_BUILD/completion/_pgform\"; _pgform_specs plan; print -l -- \$specs" >out &&
	grep -Fx "*--format:text|sql|json|markdown|dot:(text sql json markdown dot)" out &&
	grep -Fx "*--replace:OBJECT:_pgform_names \"(table|materialized_view)\"" out &&
	cd w &&
	zsh -fc "compdef () { :; }; compadd () { print -l -- \${(P)\${@[-1]}}; }; source \"$PGFORM_BUILD/completion/_pgform\"; words=(refresh --select \"\"); pgform_prog=pgform; _pgform_names -J x materialized_view" >out &&
	printf "%s\n" rpt.m1 rpt.m2 >expect &&
	test_cmp expect out
'

test_expect_success DPKG 'Build-Depends lists the package of every library the Makefile links, and .ci/deps installs them' '
	sed -n "s/^PKGS *:= *//p" "$REPO/Makefile" >mods &&
	test -s mods &&
	for m in $(cat mods); do
		pc=$(pkg-config --variable=pcfiledir $m)/$m.pc &&
		dpkg -S "$pc" | sed "s/[:,].*//" || exit 1
	done >pkgs &&
	dpkg -S /usr/include/pg_query.h | sed "s/[:,].*//" >>pkgs &&
	echo pkg-config >>pkgs &&
	sort -u pkgs >expect &&
	sed -n "/^Build-Depends:/,/^[A-Z][a-z-]*: /p" "$REPO/debian/control" |
		sed -E "s/^Build-Depends://; /^[A-Z]/d; s/[ ,]//g; s/\(.*//; /^\$/d" |
		grep -v "^debhelper-compat\$" | sort -u >actual &&
	test_cmp expect actual &&
	for p in $(grep -- "-dev\$" expect); do
		grep -qw -- "$p" "$REPO/.ci/deps" || { echo "$p not in .ci/deps" && exit 1; }
	done
'

test_expect_success 'debian/changelog is at the version of src/base/version.h' '
	sed -n "s/^#define PGFORM_VERSION \"\(.*\)\"\$/\1/p" "$REPO/src/base/version.h" >expect &&
	sed -n "1s/^pgform (\([^)]*\)).*/\1/p" "$REPO/debian/changelog" >actual &&
	test_cmp expect actual
'

test_done
