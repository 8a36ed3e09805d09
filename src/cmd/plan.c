/*
 * pgform plan: diff the desired state against a live database and print
 * the plan; -o saves it for `pgform apply FILE`.
 */
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "cmd/cmd.h"
#include "cmd/opts.h"
#include "plan/planfile.h"
#include "output/planfmt.h"
#include "cmd/planrun.h"
#include "base/timing.h"
#include "base/usage.h"


static int known_format(const char *f)
{
	static const char *const names[] = { "text", "sql", "json", "markdown", "dot", NULL };
	for (const char *const *n = names; *n; n++)
		if (!strcmp(*n, f))
			return 1;
	return 0;
}

int cmd_plan(int argc, char **argv)
{
	static const struct option lo[] = {
		{ "file", required_argument, NULL, 'f' },
		{ "dbname", required_argument, NULL, 'd' },
		{ "today", required_argument, NULL, 'T' },
		{ "rev", required_argument, NULL, 'G' },
		{ "format", required_argument, NULL, 'F' },
		{ "out", required_argument, NULL, 'o' },
		{ "detailed-exitcode", no_argument, NULL, 'E' },
		{ "target", required_argument, NULL, 't' },
		{ "replace", required_argument, NULL, 'r' },
		{ "allow-destroy", no_argument, NULL, 'A' },
		{ "as-role", required_argument, NULL, 'R' },
		{ "verbose", no_argument, NULL, 'v' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	struct plan_opts o;
	struct plan_run r;
	const char *format = "text", *out = NULL;
	int c, detailed = 0, ret = 1, missing;

	plan_opts_init(&o);
	o.review = 1;
	memset(&r, 0, sizeof(r));
	optind = 1;
	while ((c = opts_next(argc, argv, "f:d:o:t:v", lo)) != -1) {
		int common = opts_plan_common(c, argv[0], &o);
		if (common < 0)
			return 1;
		if (common)
			continue;
		switch (c) {
		case 'F': format = optarg; break;
		case 'o': out = optarg; break;
		case 'E': detailed = 1; break;
		case 'h': return 0;
		default: return 1;
		}
	}
	if (optind < argc)
		return usage_error(argv[0], "unexpected argument '%s'", argv[optind]);
	if (!known_format(format))
		return usage_error(argv[0], "unknown format '%s'; expected text, sql, json, markdown or dot", format);
	if (plan_run(&r, &o) < 0)
		goto done;
	plan_check_secrets(&r.m, 0, &missing);
	if (out) {
		time_t now = time(NULL);
		struct tm tm;
		char ts[32];
		gmtime_r(&now, &tm);
		strftime(ts, sizeof(ts), "%Y-%m-%dT%H:%M:%SZ", &tm);
		r.p.created_at = arena_strdup(&r.p.arena, ts);
	}
	if (out) {
		/* saved first: what is shown then carries the hash of the file */
		char hash[PLANFILE_HASH_HEX + 1];
		if (planfile_write(&r.p, out, hash) < 0)
			goto done;
		r.p.plan_hash = arena_strdup(&r.p.arena, hash);
	}
	timing_enter(TIMING_RENDER);
	switch (planfmt_write(format, &r.p, o.verbose, stdout)) {
	case -1:
		usage_error(argv[0], "unknown format '%s'", format);
		goto done;
	case -2:
		error("cannot write the plan");
		goto done;
	}
	if (out)
		info("plan saved to %s, plan hash %s; to apply exactly this plan: pgform apply %s --plan-hash %s",
		     out, r.p.plan_hash, out, r.p.plan_hash);
	ret = detailed && (r.p.nsteps || r.p.nskipped) ? 2 : 0;
done:
	timing_report("plan");
	plan_run_free(&r);
	return ret;
}
