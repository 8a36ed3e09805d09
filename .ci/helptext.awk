# Turn docs/pgform.md and docs/pgform-CMD.md into a C table of help texts.
BEGIN { print "struct help_entry { const char *cmd; const char *text; };"; print "const struct help_entry help_entries[] = {" }
FNR == 1 {
	if (NR > 1) print "\t},"
	name = FILENAME; sub(/.*\//, "", name); sub(/\.md$/, "", name)
	sub(/^pgform-/, "", name)
	printf "\t{ \"%s\",\n", name
}
{
	line = $0
	gsub(/\\/, "\\\\\\\\", line); gsub(/"/, "\\\"", line); gsub(/\t/, "\\t", line)
	printf "\t\t\"%s\\n\"\n", line
}
END { if (NR > 0) print "\t},"; print "\t{ 0, 0 },"; print "};" }
