/*
 * pgform expand: print the expanded desired objects (yaml or json), or
 * only their kinds and names (names: what shell completion reads).
 */
#include <stdio.h>
#include <string.h>

#include "cmd/cmd.h"
#include "output/emit.h"
#include "load/load.h"
#include "cmd/opts.h"
#include "base/usage.h"

int cmd_expand(int argc, char **argv)
{
	static const struct option lo[] = {
		{ "file", required_argument, NULL, 'f' },
		{ "today", required_argument, NULL, 'T' },
		{ "rev", required_argument, NULL, 'G' },
		{ "format", required_argument, NULL, 'F' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	struct load_opts o = { "pgform.yaml", NULL, 0, NULL };
	struct model m = { 0 };
	const char *format = "yaml";
	int c, today, ret = 0;

	optind = 1;
	while ((c = opts_next(argc, argv, "f:", lo)) != -1) {
		switch (c) {
		case 'f': o.file = optarg; break;
		case 'T': o.today = optarg; break;
		case 'G': o.rev = optarg; break;
		case 'F': format = optarg; break;
		case 'h': return 0;
		default: return 1;
		}
	}
	if (optind < argc)
		return usage_error(argv[0], "unexpected argument '%s'", argv[optind]);
	if (strcmp(format, "yaml") && strcmp(format, "json") && strcmp(format, "names"))
		return usage_error(argv[0], "unknown format '%s'; expected yaml, json or names", format);
	if (today_resolve(o.today, &today) < 0)
		return 1;
	if (model_load_rev(&m, o.file, today, o.rev) < 0) {
		diags_print(&m.diags, stderr);
		model_free(&m);
		return 1;
	}
	diags_print(&m.diags, stderr);
	if (!strcmp(format, "names") ? emit_names(&m, stdout) < 0 :
	    emit_model(&m, stdout, !strcmp(format, "yaml")) < 0)
		ret = error("cannot write the output");
	model_free(&m);
	return ret;
}
