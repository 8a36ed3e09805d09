# The options of each command, as docs/pgform.md and docs/pgform-CMD.md
# give them: every -x and --long of the usage lines (the first block),
# and of the option column of each option line (a line indented at most
# six spaces that starts with "-").  A "-x, --long" pair shares its
# argument.  One line per option, tab-separated:
#
#	COMMAND  OPTION  ARGUMENT
#
# COMMAND is "pgform" for docs/pgform.md; ARGUMENT is empty (a switch), a
# placeholder (FILE, N, PATTERN, ...), the values it takes (text|sql|json),
# or either of those after "=" when the value is attached (--on-error=MODE).
# Values (a|b) win over a placeholder, a placeholder over nothing.  Options
# are printed in the order they first appear.  Shell completion and the
# tests read this table (Makefile: completion).

function better(old, new,    o, n) {
	o = old; n = new; sub(/^=/, "", o); sub(/^=/, "", n)
	if (n == "") return old
	if (o == "") return new
	if (n ~ /\|/ && o !~ /\|/) return new
	return old
}

function add(opt, arg,    k) {
	k = cmd SUBSEP opt
	if (!(k in argof)) {
		argof[k] = arg
		order[cmd, ++nopts[cmd]] = opt
	} else
		argof[k] = better(argof[k], arg)
}

# Record every option of TEXT; the argument of an option is the word after
# it ("-f FILE") or after "=" ("--on-error=MODE"); "|" before an option
# makes it a value ("--order size|-size"), not an option.
function scan(text,    rest, tok, pre, after, arg, last) {
	rest = " " text
	last = ""
	while (match(rest, /--?[A-Za-z][A-Za-z0-9-]*/)) {
		pre = RSTART > 1 ? substr(rest, RSTART - 1, 1) : last
		tok = substr(rest, RSTART, RLENGTH)
		after = substr(rest, RSTART + RLENGTH)
		last = substr(tok, length(tok), 1)
		rest = after
		if (pre != " " && pre != "[" && pre != ",")
			continue
		arg = ""
		if (after ~ /^=[^ \]]/) {
			arg = substr(after, 2); sub(/[] ,].*/, "", arg); arg = "=" arg
		} else if (after ~ /^ [^-[| ]/) {
			arg = substr(after, 2); sub(/[] ,].*/, "", arg)
		}
		add(tok, arg)
		if (tok ~ /^-[A-Za-z]$/ && after ~ /^, --/)
			pair = tok
		else if (pair != "") {
			pairs[cmd, pair] = tok
			pair = ""
		}
	}
}

FNR == 1 {
	cmd = FILENAME; sub(/.*\//, "", cmd); sub(/\.md$/, "", cmd)
	sub(/^pgform-/, "", cmd)
	cmds[++ncmds] = cmd
	usage = 1
}
usage && /^$/ { usage = 0 }
usage { line = $0; sub(/^usage: pgform( [a-z]+)?/, "", line); scan(line); next }
/^ [ ]?[ ]?[ ]?[ ]?[ ]?-/ {
	col = $0; sub(/^ +/, "", col); sub(/  .*/, "", col)
	pair = ""
	scan(col)
}
END {
	for (i = 1; i <= ncmds; i++) {
		c = cmds[i]
		for (k in pairs) {
			split(k, p, SUBSEP)
			if (p[1] == c)
				argof[c, p[2]] = better(argof[c, p[2]], argof[c, pairs[k]])
		}
		for (j = 1; j <= nopts[c]; j++)
			printf "%s\t%s\t%s\n", c, order[c, j], argof[c, order[c, j]]
	}
}
