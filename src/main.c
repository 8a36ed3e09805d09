/*
 * pgform: declarative plan/apply for PostgreSQL warehouses.
 * main() dispatches to the one table of commands below.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif

#include "cmd/cmd.h"
#include "base/usage.h"
#include "base/version.h"

const struct command commands[] = {
	{ "validate", cmd_validate, "load and expand the desired state, report every problem" },
	{ "expand",   cmd_expand,   "print the expanded desired objects (yaml, json or names)" },
	{ "plan",     cmd_plan,     "diff against a live database and print the plan" },
	{ "apply",    cmd_apply,    "compute (or load) a plan and run it" },
	{ "status",   cmd_status,   "applies so far, unfinished steps, leftover temporaries" },
	{ "rollback", cmd_rollback, "undo an apply whose old objects are still kept" },
	{ "diff",     cmd_diff,     "plan between two git revisions of the state" },
	{ "refresh",  cmd_refresh,  "refresh materialized views in dependency order" },
	{ "drift",    cmd_drift,    "objects changed outside pgform since it applied them" },
	{ "cleanup",  cmd_cleanup,  "list (and with --yes drop) leftover temporary objects" },
	{ "import",   cmd_import,   "write the YAML of an existing warehouse" },
	{ NULL, NULL, NULL },
};

static const struct command *find_command(const char *name)
{
	for (const struct command *c = commands; c->name; c++)
		if (!strcmp(c->name, name))
			return c;
	return NULL;
}

/*
 * One heap for all threads.  pgform's threads overlap waits on the
 * server (the catalog's side connection, the state's load beside the
 * read, apply's -j workers); they allocate little on their own.  With
 * glibc's default of a heap per thread, what one thread frees (a query
 * result, the read's scratch) cannot serve another's next allocations,
 * and the no-op plan of 100 tenants peaks about 15 MB higher.  A
 * setting the operator gave (MALLOC_ARENA_MAX, GLIBC_TUNABLES) wins.
 */
static void one_heap(void)
{
#ifdef __GLIBC__
	if (!getenv("MALLOC_ARENA_MAX") && !getenv("GLIBC_TUNABLES"))
		mallopt(M_ARENA_MAX, 1);
#endif
}

int main(int argc, char **argv)
{
	const struct command *c;

	one_heap();

	if (argc < 2)
		return usage_error(NULL, "no command given");
	if (!strcmp(argv[1], "--help") || !strcmp(argv[1], "-h"))
		return help_show(NULL);
	if (!strcmp(argv[1], "--version") || !strcmp(argv[1], "version")) {
		printf("pgform %s\n", PGFORM_VERSION);
		return 0;
	}
	if (!strcmp(argv[1], "help")) {
		if (argc > 3)
			return usage_error(NULL, "'help' takes at most one command");
		return help_show(argc == 3 ? argv[2] : NULL);
	}
	if (argv[1][0] == '-')
		return usage_error(NULL, "unknown option '%s'", argv[1]);
	c = find_command(argv[1]);
	if (!c)
		return usage_error(NULL, "unknown command '%s'", argv[1]);
	return c->fn(argc - 1, argv + 1);
}
