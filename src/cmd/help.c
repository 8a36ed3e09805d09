/*
 * Help texts come from docs/pgform-CMD.md, turned into a C table at build
 * time (build/helptext.c, never checked in).
 */
#include <stdio.h>
#include <string.h>

#include "cmd/cmd.h"
#include "base/usage.h"

struct help_entry {
	const char *cmd;
	const char *text;
};
extern const struct help_entry help_entries[];

const char *help_text(const char *cmd)
{
	const char *key = cmd ? cmd : "pgform";
	for (const struct help_entry *h = help_entries; h->cmd; h++)
		if (!strcmp(h->cmd, key))
			return h->text;
	return NULL;
}

int help_show(const char *cmd)
{
	const char *t = help_text(cmd);
	if (!t)
		return usage_error(NULL, "no help for unknown command '%s'", cmd);
	fputs(t, stdout);
	if (!cmd) {
		fputs("\nCommands:\n", stdout);
		for (const struct command *c = commands; c->name; c++)
			printf("  %-10s %s\n", c->name, c->summary);
	}
	return 0;
}
