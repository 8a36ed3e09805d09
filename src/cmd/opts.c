#include "opts.h"

#include <stdio.h>
#include <string.h>

#include "cmd.h"
#include "../usage.h"

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
