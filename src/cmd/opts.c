#include "cmd/opts.h"

#include <stdio.h>
#include <string.h>

#include "cmd/cmd.h"
#include "cmd/planrun.h"
#include "base/usage.h"

int opts_next(int argc, char **argv, const char *shortopts,
	      const struct option *longopts)
{
	char spec[128];
	int c, idx = -1;

	snprintf(spec, sizeof(spec), ":%sh", shortopts);
	opterr = 0;
	c = getopt_long(argc, argv, spec, longopts, &idx);
	if (c == 'h') {
		help_show(argv[0]);
		return 'h';
	}
	if (c == ':') {
		const char *name = argv[optind - 1];
		usage_error(argv[0], "option '%s' needs a value", name);
		return '?';
	}
	if (c == '?') {
		if (optopt)
			usage_error(argv[0], "unknown option '-%c'", optopt);
		else
			usage_error(argv[0], "unknown option '%s'", argv[optind - 1]);
		return '?';
	}
	return c;
}

int opts_plan_common(int c, const char *cmd, struct plan_opts *o)
{
	switch (c) {
	case 'f': o->file = optarg; return 1;
	case 'd': o->conninfo = optarg; return 1;
	case 'T': o->today = optarg; return 1;
	case 'v': o->verbose = 1; return 1;
	case 'R': o->as_role = optarg; return 1;
	case 'G': o->rev = optarg; return 1;
	case 'A': o->diff.allow_destroy = 1; return 1;
	case 't':
		if (o->diff.ntargets == PLAN_MAX_LIST)
			return usage_error(cmd, "too many --target options"), -1;
		o->target_buf[o->diff.ntargets++] = optarg;
		return 1;
	case 'r':
		if (o->diff.nreplace == PLAN_MAX_LIST)
			return usage_error(cmd, "too many --replace options"), -1;
		o->replace_buf[o->diff.nreplace++] = optarg;
		return 1;
	}
	return 0;
}

int opts_help_only(int argc, char **argv)
{
	static const struct option lo[] = {
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	int c;

	optind = 1;
	while ((c = opts_next(argc, argv, "", lo)) != -1) {
		if (c == 'h')
			return 0;
		return 1;
	}
	return -1;
}
