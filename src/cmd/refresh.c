/*
 * pgform refresh: refresh the materialized views of the state, in
 * dependency order, on -j connections, each refresh recorded in schema
 * pgform.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cmd/cmd.h"
#include "cmd/opts.h"
#include "catalog/db.h"
#include "catalog/state.h"
#include "load/load.h"
#include "refresh/refresh.h"
#include "base/usage.h"
#include "base/version.h"

#define REFRESH_MAX_LIST 256

/*
 * A duration: a number followed by s, m, h or d (no unit: seconds, or
 * days when DAYS), into *OUT seconds.  0 or -1.
 */
static int parse_duration(const char *s, int days, double *out)
{
	char *end;
	double v = strtod(s, &end);
	if (end == s || v < 0)
		return -1;
	double unit = days ? 86400 : 1;
	if (*end) {
		if (end[1])
			return -1;
		switch (*end) {
		case 's': unit = 1; break;
		case 'm': unit = 60; break;
		case 'h': unit = 3600; break;
		case 'd': unit = 86400; break;
		default: return -1;
		}
	}
	*out = v * unit;
	return 0;
}

struct refresh_cli {
	const char *file, *today, *conninfo;
	struct refresh_filter f;
	struct refresh_opts o;
	int dry_run, json;
	const char *tenants[REFRESH_MAX_LIST], *templates[REFRESH_MAX_LIST], *globs[REFRESH_MAX_LIST];
};

static int add_to(const char *cmd, const char *opt, const char **list, unsigned *n, const char *v)
{
	if (*n == REFRESH_MAX_LIST)
		return usage_error(cmd, "too many %s options", opt);
	list[(*n)++] = v;
	return 0;
}

/* Options into CLI; 0 to go on, else the exit code (-1: --help was shown). */
static int parse_options(int argc, char **argv, struct refresh_cli *cli)
{
	static const struct option lo[] = {
		{ "file", required_argument, NULL, 'f' },
		{ "dbname", required_argument, NULL, 'd' },
		{ "today", required_argument, NULL, 'T' },
		{ "tenant", required_argument, NULL, 't' },
		{ "template", required_argument, NULL, 'p' },
		{ "select", required_argument, NULL, 's' },
		{ "since", required_argument, NULL, 'S' },
		{ "stale", required_argument, NULL, 'a' },
		{ "failed", no_argument, NULL, 'F' },
		{ "skip-failed", no_argument, NULL, 'K' },
		{ "order", required_argument, NULL, 'o' },
		{ "jobs", required_argument, NULL, 'j' },
		{ "concurrently", required_argument, NULL, 'c' },
		{ "lock-timeout", required_argument, NULL, 'L' },
		{ "statement-timeout", required_argument, NULL, 'M' },
		{ "max-failures", required_argument, NULL, 'x' },
		{ "retry", required_argument, NULL, 'r' },
		{ "retry-backoff", required_argument, NULL, 'b' },
		{ "max-duration", required_argument, NULL, 'D' },
		{ "format", required_argument, NULL, 'O' },
		{ "dry-run", no_argument, NULL, 'n' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	const char *cmd = argv[0];
	int c;
	double d;
	optind = 1;
	while ((c = opts_next(argc, argv, "f:d:j:", lo)) != -1) {
		switch (c) {
		case 'f': cli->file = optarg; break;
		case 'd': cli->conninfo = optarg; break;
		case 'T': cli->today = optarg; break;
		case 't':
			if (add_to(cmd, "--tenant", cli->tenants, &cli->f.ntenants, optarg))
				return 1;
			break;
		case 'p':
			if (add_to(cmd, "--template", cli->templates, &cli->f.ntemplates, optarg))
				return 1;
			break;
		case 's':
			if (add_to(cmd, "--select", cli->globs, &cli->f.nglobs, optarg))
				return 1;
			break;
		case 'S':
			if (parse_duration(optarg, 1, &d) < 0 || d < 86400 || d > 86400.0 * 100000 ||
			    d != (double)(long)(d / 86400) * 86400)
				return usage_error(cmd, "--since takes a whole number of days, like 14d, not '%s'", optarg);
			cli->f.since_days = (int)(d / 86400);
			break;
		case 'a':
			if (parse_duration(optarg, 0, &cli->f.stale_s) < 0)
				return usage_error(cmd, "--stale takes a duration, like 90s, 30m, 1h or 2d, not '%s'", optarg);
			break;
		case 'F': cli->f.failed = 1; break;
		case 'K': cli->f.skip_failed = 1; break;
		case 'o':
			if (!strcmp(optarg, "size"))
				cli->f.order = ORDER_SIZE_DESC;
			else if (!strcmp(optarg, "-size"))
				cli->f.order = ORDER_SIZE_ASC;
			else if (!strcmp(optarg, "stale"))
				cli->f.order = ORDER_STALE;
			else if (!strcmp(optarg, "name"))
				cli->f.order = ORDER_NAME;
			else
				return usage_error(cmd, "--order takes size, -size, stale or name, not '%s'", optarg);
			break;
		case 'j': {
			char *end;
			long j = strtol(optarg, &end, 10);
			if (*end || end == optarg || j < 1 || j > 64)
				return usage_error(cmd, "-j takes a number of connections from 1 to 64, not '%s'", optarg);
			cli->o.jobs = (unsigned)j;
			break;
		}
		case 'c':
			if (!strcmp(optarg, "auto"))
				cli->f.conc = CONC_AUTO;
			else if (!strcmp(optarg, "always"))
				cli->f.conc = CONC_ALWAYS;
			else if (!strcmp(optarg, "never"))
				cli->f.conc = CONC_NEVER;
			else
				return usage_error(cmd, "--concurrently takes always, auto or never, not '%s'", optarg);
			break;
		case 'L':
			if (parse_duration(optarg, 0, &cli->o.lock_timeout_s) < 0 || cli->o.lock_timeout_s > 86400)
				return usage_error(cmd, "--lock-timeout takes a duration up to 1d, like 30s, not '%s'", optarg);
			break;
		case 'M':
			if (parse_duration(optarg, 0, &cli->o.statement_timeout_s) < 0 ||
			    cli->o.statement_timeout_s > 86400 * 7)
				return usage_error(cmd, "--statement-timeout takes a duration up to 7d, like 2h, not '%s'",
						   optarg);
			break;
		case 'x': case 'r': {
			char *end;
			long v = strtol(optarg, &end, 10);
			if (*end || end == optarg || v < 0 || v > 100000)
				return usage_error(cmd, "%s takes a number from 0 to 100000, not '%s'",
						   c == 'x' ? "--max-failures" : "--retry", optarg);
			if (c == 'x')
				cli->o.max_failures = (unsigned)v;
			else
				cli->o.retries = (unsigned)v;
			break;
		}
		case 'b':
			if (parse_duration(optarg, 0, &cli->o.backoff_s) < 0 || cli->o.backoff_s > 3600)
				return usage_error(cmd, "--retry-backoff takes a duration up to 1h, like 5s, not '%s'", optarg);
			break;
		case 'D':
			if (parse_duration(optarg, 0, &cli->o.max_duration_s) < 0)
				return usage_error(cmd, "--max-duration takes a duration, like 2h, not '%s'", optarg);
			break;
		case 'O':
			if (!strcmp(optarg, "json"))
				cli->json = 1;
			else if (strcmp(optarg, "text"))
				return usage_error(cmd, "--format takes text or json, not '%s'", optarg);
			break;
		case 'n': cli->dry_run = 1; break;
		case 'h': return -1;
		default: return 1;
		}
	}
	if (optind < argc)
		return usage_error(cmd, "unexpected argument '%s'", argv[optind]);
	if (cli->f.failed && cli->f.skip_failed)
		return usage_error(cmd, "--failed and --skip-failed exclude each other");
	return 0;
}

static void defaults(struct refresh_cli *cli)
{
	memset(cli, 0, sizeof(*cli));
	cli->file = "pgform.yaml";
	cli->f.tenants = cli->tenants;
	cli->f.templates = cli->templates;
	cli->f.globs = cli->globs;
	cli->f.stale_s = -1;
	cli->f.order = ORDER_SIZE_DESC;
	cli->f.conc = CONC_AUTO;
	cli->o.jobs = 1;
	cli->o.lock_timeout_s = 30;
	cli->o.max_failures = 10;
	cli->o.backoff_s = 5;
	cli->o.version = PGFORM_VERSION;
}

int cmd_refresh(int argc, char **argv)
{
	struct refresh_cli cli;
	struct model m;
	struct refresh_set s;
	struct refresh_result res;
	struct strbuf out = STRBUF_INIT;
	PGconn *conn = NULL;
	int ret = 1, today, locked = 0;

	defaults(&cli);
	memset(&m, 0, sizeof(m));
	memset(&s, 0, sizeof(s));
	memset(&res, 0, sizeof(res));
	int r = parse_options(argc, argv, &cli);
	if (r)
		return r < 0 ? 0 : r;
	cli.o.conninfo = cli.conninfo;
	cli.o.progress = isatty(2) && !getenv("CI");
	if (today_resolve(cli.today, &today) < 0)
		return 1;
	if (model_load(&m, cli.file, today) < 0) {
		diags_print(&m.diags, stderr);
		goto done;
	}
	diags_print(&m.diags, stderr);
	conn = db_connect(cli.conninfo);
	if (!conn || refresh_select(&s, &m, conn, &cli.f) < 0)
		goto done;
	if (s.missing)
		warning("%u materialized view%s of the state %s not in the database (pgform apply creates them): "
			"left out", s.missing, s.missing == 1 ? "" : "s", s.missing == 1 ? "is" : "are");
	if (cli.dry_run) {
		if (cli.json)
			refresh_plan_json(&s, cli.o.jobs, &out);
		else
			refresh_plan_text(&s, cli.o.jobs, &out);
		fputs(out.buf, stdout);
		ret = 0;
		goto done;
	}
	if (s.n) {
		if (state_ensure(conn) < 0)
			goto done;
		int lk = refresh_lock(conn);
		if (lk)
			goto done;
		locked = 1;
		r = refresh_run(&s, conn, &cli.o, &res);
		if (r < 0)
			goto done;
	}
	if (cli.json)
		refresh_report_json(&s, &res, cli.o.jobs, &out);
	else
		refresh_report_text(&s, &res, cli.o.jobs, &out);
	fputs(out.buf, stdout);
	ret = res.nfailed || res.nnot_started ? 1 : 0;
done:
	if (locked)
		refresh_unlock(conn);
	strbuf_release(&out);
	refresh_set_free(&s);
	model_free(&m);
	if (conn)
		PQfinish(conn);
	return ret;
}
