/*
 * pgform status: the applies so far, the deployed git commit, unfinished
 * steps, the last refresh runs and leftover temporaries.
 */
#include <stdio.h>
#include <string.h>

#include "cmd/cmd.h"
#include "cmd/opts.h"
#include "apply/apply.h"
#include "catalog/db.h"
#include "catalog/state.h"
#include "load/gitinfo.h"
#include "base/usage.h"

/*
 * The status of apply A as it is: a row that says running while its
 * backend no longer holds the apply lock (the connection was lost, or
 * pgform was killed) is an interrupted apply.
 */
#define APPLY_STATUS \
	"CASE WHEN a.status = 'running' AND NOT " STATE_LOCK_HELD_BY("a.pid") " THEN 'interrupted' " \
	"ELSE a.status END"

/*
 * Where the plan of apply A came from: state (planned by the apply),
 * file (a saved plan: its commit and hashes are what the file says), or
 * "-" when not recorded (before schema version 3, which may not be here
 * yet: read through to_jsonb).
 */
#define PLAN_SOURCE "coalesce(to_jsonb(a) ->> 'plan_source', '-')"

/* The last applies, the deployed commit, the unfinished steps of the last apply. */
static void applies(PGconn *c)
{
	PGresult *r = db_query(c, "cannot read applies",
		"SELECT a.id, " APPLY_STATUS ", a.started_at::timestamptz(0)::text, "
		"coalesce(a.finished_at::timestamptz(0)::text, '-'), "
		"(SELECT count(*) FROM pgform.steps s WHERE s.apply_id = a.id AND s.status = 'done'), "
		"a.nsteps, " PLAN_SOURCE ", coalesce(left(a.git_commit, 12), '-'), a.db_user "
		"FROM pgform.applies a ORDER BY a.id DESC LIMIT 10", 0, NULL);
	if (!r)
		return;
	printf("%-6s %-12s %-25s %-25s %11s  %-5s %-12s %s\n", "apply", "status", "started", "finished",
	       "steps", "plan", "commit", "user");
	for (int i = PQntuples(r) - 1; i >= 0; i--) {
		char steps[32];
		snprintf(steps, sizeof(steps), "%s/%s", PQgetvalue(r, i, 4), PQgetvalue(r, i, 5));
		printf("%-6s %-12s %-25s %-25s %11s  %-5s %-12s %s\n", PQgetvalue(r, i, 0), PQgetvalue(r, i, 1),
		       PQgetvalue(r, i, 2), PQgetvalue(r, i, 3), steps, PQgetvalue(r, i, 6),
		       PQgetvalue(r, i, 7), PQgetvalue(r, i, 8));
	}
	PQclear(r);
	/* a partial apply (--target) deploys no commit: the last complete one stands */
	r = db_query(c, "cannot read the deployed commit",
		"SELECT coalesce(git_commit, '(not in git)'), " PLAN_SOURCE " = 'file' FROM pgform.applies a "
		"WHERE status = 'done' AND NOT coalesce((row_to_json(a)->>'partial')::boolean, false) "
		"ORDER BY id DESC LIMIT 1", 0, NULL);
	if (r && PQntuples(r)) {
		printf("\ndeployed commit: %s%s\n", PQgetvalue(r, 0, 0),
		       PQgetvalue(r, 0, 1)[0] == 't' ? " (from the plan file)" : "");
		/* where the repository here stands: commits not deployed yet */
		long behind = 0, ahead = git_ahead_of(PQgetvalue(r, 0, 0), &behind);
		if (ahead > 0 && !behind)
			printf("HEAD is %ld commit%s ahead of it\n", ahead, ahead == 1 ? "" : "s");
		else if (ahead == 0 && !behind)
			printf("HEAD is the deployed commit\n");
		else if (ahead >= 0)
			printf("HEAD is %ld commit%s ahead of it and %ld behind (another branch)\n", ahead,
			       ahead == 1 ? "" : "s", behind);
	}
	PQclear(r);
	r = db_query(c, "cannot read the partial applies",
		"SELECT string_agg(a.id::text, ', ' ORDER BY a.id) FROM pgform.applies a WHERE a.status = 'done' "
		"AND coalesce((row_to_json(a)->>'partial')::boolean, false) AND a.id > coalesce((SELECT max(b.id) "
		"FROM pgform.applies b WHERE b.status = 'done' AND NOT coalesce((row_to_json(b)->>'partial')::boolean, "
		"false)), 0)", 0, NULL);
	if (r && PQntuples(r) && !PQgetisnull(r, 0, 0))
		printf("partial applies since (--target, no commit deployed): %s\n", PQgetvalue(r, 0, 0));
	PQclear(r);
	r = db_query(c, "cannot read unfinished steps",
		"SELECT s.apply_id, s.step_id, s.status, s.action, s.kind, s.target, coalesce(s.error, '') "
		"FROM pgform.steps s JOIN pgform.applies a ON a.id = s.apply_id "
		"WHERE a.status IN ('running', 'stopped', 'failed', 'interrupted') "
		"AND s.status IN ('running', 'failed', 'pending') "
		"AND a.id = (SELECT max(id) FROM pgform.applies) ORDER BY 1, 2 LIMIT 50", 0, NULL);
	if (r && PQntuples(r)) {
		printf("\nunfinished steps of apply %s:\n", PQgetvalue(r, 0, 0));
		for (int i = 0; i < PQntuples(r); i++)
			printf("  %4s %-8s %s %s %s%s%s\n", PQgetvalue(r, i, 1), PQgetvalue(r, i, 2),
			       PQgetvalue(r, i, 3), PQgetvalue(r, i, 4), PQgetvalue(r, i, 5),
			       *PQgetvalue(r, i, 6) ? ": " : "", PQgetvalue(r, i, 6));
	}
	PQclear(r);
}

/*
 * The last refresh runs, when there are any: what each did, per view.  A
 * run whose record says running while its backend is gone was
 * interrupted (pgform was killed or lost its connection).
 */
static void refreshes(PGconn *c)
{
	PGresult *r = db_query(c, "cannot read refresh runs",
		"SELECT to_regclass('pgform.refresh_runs') IS NOT NULL", 0, NULL);
	int there = r && PQntuples(r) && PQgetvalue(r, 0, 0)[0] == 't';
	PQclear(r);
	if (!there)
		return;
	r = db_query(c, "cannot read refresh runs",
		"SELECT r.id, CASE WHEN r.status = 'running' AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_stat_activity a "
		"WHERE a.pid = r.pid) THEN 'interrupted' ELSE r.status END, r.started_at::timestamptz(0)::text, "
		"coalesce(r.finished_at::timestamptz(0)::text, '-'), "
		"(SELECT count(DISTINCT (f.nsp, f.rel)) FROM pgform.refreshes f WHERE f.run_id = r.id AND f.status = 'ok'), "
		"(SELECT count(DISTINCT (f.nsp, f.rel)) FROM pgform.refreshes f WHERE f.run_id = r.id AND f.status = 'failed' "
		"AND NOT EXISTS (SELECT 1 FROM pgform.refreshes g WHERE g.run_id = r.id AND g.nsp = f.nsp AND g.rel = f.rel "
		"AND g.status = 'ok')), r.selected, r.jobs, r.db_user "
		"FROM pgform.refresh_runs r ORDER BY r.id DESC LIMIT 5", 0, NULL);
	if (r && PQntuples(r)) {
		printf("\n%-7s %-12s %-25s %-25s %17s  %-4s %s\n", "refresh", "status", "started", "finished",
		       "ok/failed/views", "jobs", "user");
		for (int i = PQntuples(r) - 1; i >= 0; i--) {
			char views[64];
			snprintf(views, sizeof(views), "%s/%s/%s", PQgetvalue(r, i, 4), PQgetvalue(r, i, 5),
				 PQgetvalue(r, i, 6));
			printf("%-7s %-12s %-25s %-25s %17s  %-4s %s\n", PQgetvalue(r, i, 0), PQgetvalue(r, i, 1),
			       PQgetvalue(r, i, 2), PQgetvalue(r, i, 3), views, PQgetvalue(r, i, 7), PQgetvalue(r, i, 8));
		}
	}
	PQclear(r);
}

int cmd_status(int argc, char **argv)
{
	static const struct option lo[] = {
		{ "dbname", required_argument, NULL, 'd' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	const char *conninfo = NULL;
	int c;
	optind = 1;
	while ((c = opts_next(argc, argv, "d:", lo)) != -1) {
		switch (c) {
		case 'd': conninfo = optarg; break;
		case 'h': return 0;
		default: return 1;
		}
	}
	if (optind < argc)
		return usage_error(argv[0], "unexpected argument '%s'", argv[optind]);
	PGconn *conn = db_connect(conninfo);
	if (!conn)
		return 1;
	int e = state_exists(conn);
	if (e == 0)
		printf("no apply has run here yet (schema pgform does not exist)\n");
	else if (e > 0) {
		applies(conn);
		refreshes(conn);
	}
	if (e >= 0) {
		printf("\nleftover temporaries:\n");
		int n = apply_cleanup(conn, 0);
		if (n == 0)
			printf("  none\n");
	}
	fflush(stdout);
	PQfinish(conn);
	return e < 0 ? 1 : 0;
}
