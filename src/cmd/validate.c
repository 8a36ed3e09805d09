/*
 * pgform validate: load + expand, report every problem; no database.
 */
#include <stdio.h>

#include "cmd/cmd.h"
#include "load/load.h"
#include "cmd/opts.h"
#include "base/usage.h"

static void summary(const struct model *m)
{
	unsigned counts[OBJ__COUNT] = { 0 }, parts = 0, yearly = 0;
	for (unsigned i = 0; i < m->nobjs; i++) {
		const struct object *o = m->objs[i];
		counts[o->kind]++;
		if (o->kind == OBJ_MATVIEW && ((const struct relation *)o)->origin == REL_PART)
			parts++;
		if (o->kind == OBJ_TABLE && ((const struct relation *)o)->origin == REL_YEARLY)
			yearly++;
	}
	fprintf(stderr, "%s: valid: %u files, %u tenants, %u templates, %u objects\n",
		m->entry, m->nfiles, m->ntenants, m->ntemplates, m->nobjs);
	for (int k = 0; k < OBJ__COUNT; k++)
		if (counts[k])
			fprintf(stderr, "  %-18s %u\n", obj_kind_name(k), counts[k]);
	if (parts || yearly)
		fprintf(stderr, "  (%u daily parts, %u yearly tables)\n", parts, yearly);
}

int cmd_validate(int argc, char **argv)
{
	static const struct option lo[] = {
		{ "file", required_argument, NULL, 'f' },
		{ "today", required_argument, NULL, 'T' },
		{ "rev", required_argument, NULL, 'G' },
		{ "verbose", no_argument, NULL, 'v' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	struct load_opts o = { "pgform.yaml", NULL, 0, NULL };
	struct model m = { 0 };
	int c, today, ret;

	optind = 1;
	while ((c = opts_next(argc, argv, "f:v", lo)) != -1) {
		switch (c) {
		case 'f': o.file = optarg; break;
		case 'T': o.today = optarg; break;
		case 'G': o.rev = optarg; break;
		case 'v': o.verbose = 1; break;
		case 'h': return 0;
		default: return 1;
		}
	}
	if (optind < argc)
		return usage_error(argv[0], "unexpected argument '%s'", argv[optind]);
	if (today_resolve(o.today, &today) < 0)
		return 1;
	ret = model_load_rev(&m, o.file, today, o.rev) < 0 ? 1 : 0;
	diags_print(&m.diags, stderr);
	if (!ret && o.verbose)
		summary(&m);
	model_free(&m);
	return ret;
}
