# Turn docs/pgform.md or docs/pgform-CMD.md into a man page (section 1).
#
#	awk -v version=0.1.0 -f .ci/manpage.awk src/main.c docs/pgform-plan.md
#
# src/main.c gives each command's one-line summary (its table of commands:
# the NAME line, and the COMMANDS of pgform(1)).  The doc is plain text:
#   - the first block, "usage: pgform CMD ...", is the SYNOPSIS (an option
#     and its argument in brackets never split across lines);
#   - "Options:" starts OPTIONS, a paragraph "Exit status: ..." is
#     EXIT STATUS, a paragraph after either starts NOTES, every other
#     paragraph is DESCRIPTION; paragraphs are filled;
#   - a line indented at most six spaces that starts with "-" or a word in
#     capitals is a term (an option, PLANFILE) with its description on the
#     same line after two spaces and on the deeper indented lines below;
#   - any other indented line is shown as it is (an example), less four
#     spaces of its indent;
#   - `code` is set in bold.

function esc(s) {
	gsub(/\\/, "\\e", s)
	gsub(/-/, "\\-", s)
	gsub(/±/, "\\(+-", s)
	gsub(/—/, "\\(em", s)
	if (s ~ /^[.']/) s = "\\&" s
	return s
}

# `code` in bold, after escaping
function inline(s,    out) {
	s = esc(s)
	out = ""
	while (match(s, /`[^`]*`/)) {
		out = out substr(s, 1, RSTART - 1) "\\fB" substr(s, RSTART + 1, RLENGTH - 2) "\\fR"
		s = substr(s, RSTART + RLENGTH)
	}
	return out s
}

# Spaces inside brackets become unbreakable; COMMAND words in bold.
function synopsis(s,    i, c, depth, out) {
	out = ""
	depth = 0
	for (i = 1; i <= length(s); i++) {
		c = substr(s, i, 1)
		if (c == "[") depth++
		else if (c == "]") depth--
		if (c == " " && depth > 0) out = out "\\ "
		else if (c == "-") out = out "\\-"
		else if (c == "\\") out = out "\\e"
		else out = out c
	}
	return out
}

function mode(m) {
	if (m == cur) return
	if (cur == "pre") print ".fi\n.RE"
	if (m == "pre") print ".RS 4\n.nf"
	if (cur == "term" && m == "text") print ".PP"
	cur = m
}

FILENAME ~ /main\.c$/ {
	if (match($0, /^[ \t]*\{ "[a-z]+", *cmd_[a-z_]+, *"/)) {
		line = $0
		sub(/^[ \t]*\{ "/, "", line)
		name = line; sub(/".*/, "", name)
		sum = line; sub(/^[^"]*", *cmd_[a-z_]+, *"/, "", sum); sub(/" *},.*$/, "", sum)
		summary[name] = sum
		cmdlist[++ncmd] = name
	}
	next
}

FNR == 1 {
	page = FILENAME; sub(/.*\//, "", page); sub(/\.md$/, "", page)
	cmd = page; sub(/^pgform-?/, "", cmd)
	up = toupper(page)
	printf ".TH %s 1 \"\" \"pgform %s\" \"pgform manual\"\n", up, version
	print ".nh"
	print ".SH NAME"
	if (cmd == "")
		print "pgform \\- declarative plan/apply engine for PostgreSQL warehouses"
	else
		printf "%s \\- %s\n", esc(page), esc(summary[cmd] != "" ? summary[cmd] : "pgform " cmd)
	print ".SH SYNOPSIS"
	insyn = 1
	syn = ""
	cur = "text"
	para = 0
	sec = "description"
}

insyn && /^$/ {
	print ".ad l"
	print "\\fB" (cmd == "" ? "pgform" : "pgform " cmd) "\\fR" synopsis(syn)
	print ".ad b"
	print ".SH DESCRIPTION"
	insyn = 0
	next
}
insyn {
	line = $0
	if (FNR == 1) {
		sub(/^usage: /, "", line)
		rest = $0; sub(/^usage: pgform( [a-z]+)?/, "", rest)
		syn = rest
	} else {
		sub(/^ +/, " ", line)
		syn = syn line
	}
	next
}

/^$/ { mode("text"); para = 1; next }

/^Options:$/ { mode("text"); print ".SH OPTIONS"; para = 0; sec = "options"; next }

/^Exit status: / {
	mode("text")
	print ".SH \"EXIT STATUS\""
	para = 0
	sec = "exit"
	line = $0; sub(/^Exit status: /, "", line)
	print inline(line)
	next
}

/^ [ ]?[ ]?[ ]?[ ]?[ ]?(-|[A-Z][A-Z]+( |$))/ {
	mode("term")
	line = $0; sub(/^ +/, "", line)
	term = line; desc = ""
	if (match(line, /  +/)) {
		term = substr(line, 1, RSTART - 1)
		desc = substr(line, RSTART + RLENGTH)
	}
	print ".TP"
	print "\\fB" esc(term) "\\fR"
	if (desc != "") print inline(desc)
	para = 0
	next
}

cur == "term" && /^       / { line = $0; sub(/^ +/, "", line); print inline(line); next }

/^ / { mode("pre"); line = $0; sub(/^    /, "", line); print esc(line); next }

{
	mode("text")
	if (para && (sec == "options" || sec == "exit")) {
		print ".SH NOTES"
		sec = "notes"
	} else if (para)
		print ".PP"
	para = 0
	print inline($0)
}

END {
	mode("text")
	if (cmd == "") {
		print ".SH COMMANDS"
		for (i = 1; i <= ncmd; i++) {
			print ".TP"
			printf "\\fBpgform %s\\fR\n%s; see \\fBpgform\\-%s\\fR(1)\n", cmdlist[i], esc(summary[cmdlist[i]]), cmdlist[i]
		}
	}
	print ".SH \"SEE ALSO\""
	if (cmd == "") {
		s = ""
		for (i = 1; i <= ncmd; i++)
			s = s (i > 1 ? ",\n" : "") "\\fBpgform\\-" cmdlist[i] "\\fR(1)"
		print s
	} else
		print "\\fBpgform\\fR(1)"
}
