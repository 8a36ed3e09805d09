#!/bin/bash
test_description='the source folders are layers: each includes only the layers before it'
. "$(dirname "$0")/test-lib.sh"

# The layers, lowest first (docs/design.md says what each one holds).
# A file may include its own layer and the layers before it, never one
# after it; src/main.c (the table of commands) may include anything.
LAYERS="base sql model expand load catalog plan diff output apply refresh import cmd"

# Every #include "..." of the project's sources, as "FILE LAYER INCLUDED".
list_includes () {
	(cd "$REPO/src" && grep -H -o '^#include "[^"]*"' */*.c */*.h main.c) |
		sed 's/:#include "\(.*\)"$/ \1/'
}

# Lines "FILE INCLUDED" on stdin: "FILE: includes X (L comes after M)" for
# every include against the flow.
check_flow () {
	awk -v layers="$LAYERS" '
		BEGIN { n = split(layers, l, " "); for (i = 1; i <= n; i++) rank[l[i]] = i }
		{
			file = $1; inc = $2
			if (file == "main.c") next
			split(file, f, "/"); split(inc, g, "/")
			if (!(f[1] in rank)) { print file ": not in a layer folder"; next }
			if (!(g[1] in rank) || g[2] == "") { print file ": includes \"" inc "\", which is not in a layer folder"; next }
			if (rank[g[1]] > rank[f[1]])
				print file ": includes " inc " (" g[1] " comes after " f[1] ")"
		}'
}

test_expect_success 'every source file is in a layer folder (or is src/main.c)' '
	(cd "$REPO/src" && find . -type f \( -name "*.c" -o -name "*.h" \) | sed "s|^\./||" | sort) >files &&
	awk -v layers="$LAYERS" "BEGIN { n = split(layers, l, \" \"); for (i = 1; i <= n; i++) ok[l[i]] = 1 }
		{ split(\$0, p, \"/\"); if (\$0 != \"main.c\" && !(p[1] in ok && p[3] == \"\")) print }" files >stray &&
	test_line_count = 0 stray
'

test_expect_success 'no include runs against the flow' '
	list_includes >all &&
	test_line_count -gt 100 all &&
	check_flow <all >actual &&
	test_line_count = 0 actual
'

test_expect_success 'the check names an include against the flow, and a relative one' '
	printf "%s\n" "base/strbuf.c model/model.h" "model/model.c base/arena.h" \
		"diff/write.c ../plan.h" "main.c cmd/cmd.h" | check_flow >actual &&
	cat >expect <<-\EOF &&
	base/strbuf.c: includes model/model.h (model comes after base)
	diff/write.c: includes "../plan.h", which is not in a layer folder
	EOF
	test_cmp expect actual
'

test_done
