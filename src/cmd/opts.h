/*
 * Option parsing for commands: a thin layer over getopt_long that reports
 * unknown options and missing arguments in pgform's voice (ending with the
 * hint to --help) instead of getopt's.
 */
#ifndef PGFORM_OPTS_H
#define PGFORM_OPTS_H

#include <getopt.h>

/*
 * Parse the next option of argv (argv[0] is the command name).  Returns
 * the option's value as getopt_long does, -1 at the end, or '?' after
 * printing a usage error (the caller returns 1).  `--help`/`-h` print the
 * command's help and return 'h' (the caller returns 0).
 */
int opts_next(int argc, char **argv, const char *shortopts,
	      const struct option *longopts);

/* For commands with no options yet: 0 after --help, 1 on a usage error,
 * -1 when the command should go on. */
int opts_help_only(int argc, char **argv);

struct plan_opts;
/*
 * The options plan and apply share: -f, -d, --today (T), --target (t),
 * --replace (r), --allow-destroy (A), -v.  Returns 1 when C was one of
 * them, 0 when not, -1 after a usage error.
 */
int opts_plan_common(int c, const char *cmd, struct plan_opts *o);

/* Options every loader-based command takes. */
struct load_opts {
	const char *file;   /* -f FILE, default pgform.yaml */
	const char *today;  /* --today YYYY-MM-DD or $PGFORM_TODAY */
	int verbose;
	const char *rev;    /* --rev REV: the files of a git revision */
};

#endif
