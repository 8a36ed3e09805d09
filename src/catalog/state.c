#include "catalog/state.h"

#include <errno.h>
#include <signal.h>
#include <time.h>
#include <unistd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "catalog/db.h"
#include "base/strbuf.h"
#include "base/usage.h"

/* The schema at STATE_VERSION; every statement also brings an older one up to it. */
static const char *const schema_sql =
	"CREATE SCHEMA IF NOT EXISTS pgform;\n"
	"COMMENT ON SCHEMA pgform IS 'pgform: applies, their steps, and what pgform manages';\n"
	"CREATE TABLE IF NOT EXISTS pgform.meta (key text PRIMARY KEY, value text NOT NULL);\n"
	"CREATE TABLE IF NOT EXISTS pgform.applies (\n"
	"  id bigserial PRIMARY KEY,\n"
	"  started_at timestamptz NOT NULL DEFAULT now(),\n"
	"  finished_at timestamptz,\n"
	"  status text NOT NULL,\n"
	"  plan_hash text,\n"
	"  desired_hash text,\n"
	"  catalog_fingerprint text,\n"
	"  git_commit text,\n"
	"  db_user text NOT NULL DEFAULT current_user,\n"
	"  pgform_version text,\n"
	"  pid integer NOT NULL DEFAULT pg_backend_pid(),\n"
	"  nsteps integer NOT NULL DEFAULT 0,\n"
	"  keep_old boolean NOT NULL DEFAULT false,\n"
	"  error text);\n"
	"CREATE TABLE IF NOT EXISTS pgform.steps (\n"
	"  apply_id bigint NOT NULL REFERENCES pgform.applies(id) ON DELETE CASCADE,\n"
	"  step_id integer NOT NULL,\n"
	"  action text NOT NULL,\n"
	"  kind text NOT NULL,\n"
	"  target text NOT NULL,\n"
	"  sql text NOT NULL,\n"
	"  inverse text,\n"
	"  grp integer NOT NULL DEFAULT 0,\n"
	"  spec_hash text,\n"
	"  prev_spec text,\n"
	"  status text NOT NULL DEFAULT 'pending',\n"
	"  started_at timestamptz,\n"
	"  finished_at timestamptz,\n"
	"  error text,\n"
	"  PRIMARY KEY (apply_id, step_id));\n"
	"ALTER TABLE pgform.steps ADD COLUMN IF NOT EXISTS step jsonb;\n"
	"COMMENT ON COLUMN pgform.steps.step IS 'the step as data: its phases, inverse and secrets by name (never values)';\n"
	"CREATE TABLE IF NOT EXISTS pgform.objects (\n"
	"  kind text NOT NULL,\n"
	"  ident text NOT NULL,\n"
	"  spec_hash text,\n"
	"  stamp text,\n"
	"  apply_id bigint,\n"
	"  applied_at timestamptz NOT NULL DEFAULT now(),\n"
	"  PRIMARY KEY (kind, ident));\n"
	"CREATE TABLE IF NOT EXISTS pgform.kept (\n"
	"  apply_id bigint NOT NULL,\n"
	"  nsp text NOT NULL,\n"
	"  rel text NOT NULL,\n"
	"  cleanup text NOT NULL,\n"
	"  PRIMARY KEY (nsp, rel));\n"
	/* version 3: where the plan of an apply came from */
	"ALTER TABLE pgform.applies ADD COLUMN IF NOT EXISTS plan_source text "
	"CHECK (plan_source IN ('state', 'file'));\n"
	"COMMENT ON COLUMN pgform.applies.plan_source IS 'state: planned from the state files by the apply; "
	"file: a saved plan, whose plan_hash, desired_hash and git_commit are what the file says; "
	"NULL: recorded before pgform kept it';\n"
	/* version 4: the client of an apply, and the temporaries pgform made (no look-alike is ever dropped) */
	"ALTER TABLE pgform.applies ADD COLUMN IF NOT EXISTS client_host text;\n"
	"ALTER TABLE pgform.applies ADD COLUMN IF NOT EXISTS client_pid integer;\n"
	"ALTER TABLE pgform.applies ADD COLUMN IF NOT EXISTS partial boolean NOT NULL DEFAULT false;\n"
	"COMMENT ON COLUMN pgform.applies.partial IS 'limited by --target: the deployed commit is not its';\n"
	"CREATE TABLE IF NOT EXISTS pgform.temporaries (\n"
	"  nsp text NOT NULL,\n"
	"  rel text NOT NULL,\n"
	"  apply_id bigint NOT NULL,\n"
	"  PRIMARY KEY (nsp, rel));\n"
	"COMMENT ON TABLE pgform.temporaries IS 'relations pgform made under a temporary name "
	"(NAME__pgform_new, NAME__pgform_old): the only ones it drops as leftovers';\n"
	/* version 5: refreshes of materialized views (pgform refresh) */
	"CREATE TABLE IF NOT EXISTS pgform.refresh_runs (\n"
	"  id bigserial PRIMARY KEY,\n"
	"  started_at timestamptz NOT NULL DEFAULT clock_timestamp(),\n"
	"  finished_at timestamptz,\n"
	"  status text NOT NULL DEFAULT 'running' CHECK (status IN ('running', 'ok', 'failed', 'stopped')),\n"
	"  jobs integer NOT NULL,\n"
	"  selected integer NOT NULL,\n"
	"  db_user text NOT NULL DEFAULT current_user,\n"
	"  pid integer NOT NULL DEFAULT pg_backend_pid(),\n"
	"  client_host text,\n"
	"  client_pid integer,\n"
	"  pgform_version text,\n"
	"  error text);\n"
	"COMMENT ON TABLE pgform.refresh_runs IS 'one row per pgform refresh; stopped: the breaker tripped';\n"
	"CREATE TABLE IF NOT EXISTS pgform.refreshes (\n"
	"  id bigserial PRIMARY KEY,\n"
	"  run_id bigint NOT NULL REFERENCES pgform.refresh_runs(id) ON DELETE CASCADE,\n"
	"  nsp text NOT NULL,\n"
	"  rel text NOT NULL,\n"
	"  method text NOT NULL CHECK (method IN ('concurrently', 'plain', 'statement')),\n"
	"  attempt integer NOT NULL DEFAULT 1,\n"
	"  started_at timestamptz NOT NULL DEFAULT clock_timestamp(),\n"
	"  finished_at timestamptz,\n"
	"  duration_ms double precision,\n"
	"  rows bigint,\n"
	"  status text NOT NULL DEFAULT 'running' CHECK (status IN ('running', 'ok', 'failed')),\n"
	"  error text,\n"
	"  pid integer NOT NULL DEFAULT pg_backend_pid(),\n"
	"  backend_start timestamptz);\n"
	"ALTER TABLE pgform.refreshes ADD COLUMN IF NOT EXISTS size_bytes bigint;\n"
	"COMMENT ON COLUMN pgform.refreshes.size_bytes IS 'pg_total_relation_size right after the refresh';\n"
	"CREATE INDEX IF NOT EXISTS refreshes_rel_idx ON pgform.refreshes (nsp, rel, id DESC);\n"
	"COMMENT ON TABLE pgform.refreshes IS 'one row per attempt to refresh a materialized view: running "
	"until it ends, then ok or failed with the error';\n"
	"INSERT INTO pgform.meta VALUES ('refresh_stale_after', '1 day') ON CONFLICT (key) DO NOTHING;\n"
	"CREATE INDEX IF NOT EXISTS refreshes_run_idx ON pgform.refreshes (run_id);\n"
	"CREATE INDEX IF NOT EXISTS refreshes_started_idx ON pgform.refreshes (started_at);\n"
	"INSERT INTO pgform.meta VALUES ('refresh_keep', '90 days') ON CONFLICT (key) DO NOTHING;\n"
	/* per view, its last attempt and its last ok one, each found by the index (no scan of the history) */
	"CREATE OR REPLACE VIEW pgform.refresh_status AS\n"
	"  SELECT m.nsp AS schema_name, m.rel AS view_name,\n"
	"    CASE WHEN l.alive THEN 'running'\n"
	"         WHEN l.status IS NULL THEN 'never'\n"
	"         WHEN l.status <> 'ok' THEN 'failed'\n"
	"         WHEN l.finished_at < now() - coalesce((SELECT value FROM pgform.meta\n"
	"              WHERE key = 'refresh_stale_after'), '1 day')::interval THEN 'stale'\n"
	"         ELSE 'ok' END AS status,\n"
	"    ok.finished_at AS last_refreshed,\n"
	"    ok.duration_ms / 1000.0 AS duration_s,\n"
	"    ok.rows,\n"
	"    coalesce(ok.size_bytes, m.size_bytes) AS size_bytes,\n"
	"    ok.method,\n"
	"    CASE WHEN l.alive THEN l.started_at END AS running_since,\n"
	"    CASE WHEN l.status = 'failed' THEN l.error\n"
	"         WHEN l.status = 'running' AND NOT l.alive THEN 'interrupted: its session ended before pgform recorded how it ended'\n"
	"         END AS error,\n"
	"    l.started_at AS last_attempt\n"
	"  FROM (SELECT n.nspname AS nsp, c.relname AS rel, " SQL_REL_SIZE("c") " AS size_bytes\n"
	"        FROM pgform.objects o\n"
	"        JOIN pg_catalog.pg_class c ON c.relkind = 'm'\n"
	"        JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace\n"
	"        WHERE o.kind = 'materialized_view' AND o.ident = n.nspname || '.' || c.relname) m\n"
	"  LEFT JOIN LATERAL (SELECT r.*, r.status = 'running' AND EXISTS (SELECT 1 FROM pg_catalog.pg_stat_activity a\n"
	/* another role's session shows no backend_start: its pid is all there is to go by */
	"      WHERE a.pid = r.pid AND (a.backend_start = r.backend_start OR a.backend_start IS NULL)) AS alive\n"
	"    FROM pgform.refreshes r WHERE r.nsp = m.nsp AND r.rel = m.rel ORDER BY r.id DESC LIMIT 1) l ON true\n"
	"  LEFT JOIN LATERAL (SELECT r.* FROM pgform.refreshes r WHERE r.nsp = m.nsp AND r.rel = m.rel\n"
	"    AND r.status = 'ok' ORDER BY r.id DESC LIMIT 1) ok ON true;\n"
	"COMMENT ON VIEW pgform.refresh_status IS 'per materialized view pgform manages: its last refresh and "
	"status (ok, failed, stale: older than meta refresh_stale_after, never, running)';\n"
	/* version 6: what each object looked like when the last apply ended (pgform drift) */
	"CREATE TABLE IF NOT EXISTS pgform.stamps (\n"
	"  kind text NOT NULL,\n"
	"  ident text NOT NULL,\n"
	"  aspects text NOT NULL,\n"
	"  apply_id bigint,\n"
	"  PRIMARY KEY (kind, ident));\n"
	"COMMENT ON TABLE pgform.stamps IS 'per object of the state, hashes of its definition, owner, privileges, "
	"comment, columns and indexes as the last apply left them: what pgform drift compares with';\n"
	"INSERT INTO pgform.meta VALUES ('schema_version', '" STATE_VERSION_TEXT "') "
	"ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value;\n";

int state_exists(PGconn *c)
{
	PGresult *r = db_query(c, "cannot look for schema pgform",
			       "SELECT to_regclass('pgform.steps') IS NOT NULL", 0, NULL);
	if (!r)
		return -1;
	int e = PQgetvalue(r, 0, 0)[0] == 't';
	PQclear(r);
	return e;
}

int state_ensure(PGconn *c)
{
	int e = state_exists(c);
	if (e < 0)
		return -1;
	if (e) {
		PGresult *r = db_query(c, "cannot read pgform's schema version",
				       "SELECT value FROM pgform.meta WHERE key = 'schema_version'", 0, NULL);
		if (!r)
			return -1;
		int v = PQntuples(r) ? atoi(PQgetvalue(r, 0, 0)) : 0;
		PQclear(r);
		if (v > STATE_VERSION)
			return error("schema pgform is at version %d, newer than this pgform (%d); upgrade pgform",
				     v, STATE_VERSION);
		if (v == STATE_VERSION)
			return 0;
	}
	struct strbuf sb = STRBUF_INIT;
	strbuf_addf(&sb, "BEGIN;\nSET LOCAL client_min_messages = warning;\n%sCOMMIT;", schema_sql);
	int ret = db_exec(c, "cannot create schema pgform", sb.buf);
	if (ret < 0)
		PQclear(PQexec(c, "ROLLBACK"));
	strbuf_release(&sb);
	return ret;
}

/* This machine's name, for the record of an apply (gethostname, "" when unknown). */
static void host_name(char *buf, size_t len)
{
	if (gethostname(buf, len) != 0)
		buf[0] = '\0';
	buf[len - 1] = '\0';
}

/* 1 when process PID of this machine is gone. */
static int pid_gone(long pid)
{
	return pid > 0 && kill((pid_t)pid, 0) != 0 && errno == ESRCH;
}

static double mono_s(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* The session holding the lock in this database, and the apply it runs (when recorded). */
struct holder {
	char pid[32], since[64], addr[64], apply[32], started[64], host[256];
	long client_pid;
	int found, recorded;
};

static int find_holder(PGconn *c, int have_state, struct holder *h)
{
	PGresult *r = db_query(c, "cannot find the running apply",
		"SELECT l.pid, s.backend_start::timestamptz(0)::text, coalesce(host(s.client_addr), 'local') "
		"FROM pg_catalog.pg_locks l JOIN pg_catalog.pg_stat_activity s ON s.pid = l.pid "
		"WHERE l.locktype = 'advisory' AND l.granted AND l.objid = (" STATE_LOCK_KEY ")::oid "
		"AND l.database = (SELECT d.oid FROM pg_catalog.pg_database d WHERE d.datname = current_database()) "
		"LIMIT 1", 0, NULL);
	memset(h, 0, sizeof(*h));
	if (!r)
		return -1;
	if (PQntuples(r)) {
		h->found = 1;
		snprintf(h->pid, sizeof(h->pid), "%s", PQgetvalue(r, 0, 0));
		snprintf(h->since, sizeof(h->since), "%s", PQgetvalue(r, 0, 1));
		snprintf(h->addr, sizeof(h->addr), "%s", PQgetvalue(r, 0, 2));
	}
	PQclear(r);
	if (!h->found || !have_state)
		return 0;
	/* row_to_json: the client columns may not exist yet in an older schema pgform */
	const char *params[1] = { h->pid };
	r = db_query(c, "cannot find the running apply",
		"SELECT a.id, a.started_at::timestamptz(0)::text, coalesce(row_to_json(a)->>'client_host', ''), "
		"coalesce(row_to_json(a)->>'client_pid', '0') FROM pgform.applies a "
		"WHERE a.status = 'running' AND a.pid = $1::int ORDER BY a.id DESC LIMIT 1", 1, params);
	if (!r)
		return -1;
	if (PQntuples(r)) {
		h->recorded = 1;
		snprintf(h->apply, sizeof(h->apply), "%s", PQgetvalue(r, 0, 0));
		snprintf(h->started, sizeof(h->started), "%s", PQgetvalue(r, 0, 1));
		snprintf(h->host, sizeof(h->host), "%s", PQgetvalue(r, 0, 2));
		h->client_pid = atol(PQgetvalue(r, 0, 3));
	}
	PQclear(r);
	return 0;
}

void state_client(char *host, size_t len, long *pid)
{
	host_name(host, len);
	*pid = (long)getpid();
}

int state_lock(PGconn *c, double wait_s)
{
	int have_state = state_exists(c) == 1, ended = 0, told = 0;
	double t0 = mono_s();
	char me[256];
	host_name(me, sizeof(me));
	for (;;) {
		struct holder h;
		PGresult *r = db_query(c, "cannot take the apply lock",
				       "SELECT pg_try_advisory_lock(" STATE_LOCK_KEY ")", 0, NULL);
		if (!r)
			return -1;
		int got = PQgetvalue(r, 0, 0)[0] == 't';
		PQclear(r);
		if (got)
			return 0;
		if (find_holder(c, have_state, &h) < 0)
			return -1;
		if (!h.found)
			continue;       /* released meanwhile: try again */
		/*
		 * An apply whose pgform process on this machine is gone leaves a
		 * session that ends by itself (client_connection_check_interval):
		 * wait for it, then end it.  A live apply is refused at once.
		 */
		int orphan = h.recorded && h.host[0] && !strcmp(h.host, me) && pid_gone(h.client_pid);
		if (!orphan) {
			if (h.recorded)
				error("another apply is running: apply %s (backend pid %s, client %s, started %s)",
				      h.apply, h.pid, h.addr, h.started);
			else
				error("another apply is running (backend pid %s, client %s, connected since %s)",
				      h.pid, h.addr, h.since);
			return 1;
		}
		if (mono_s() - t0 < wait_s) {
			if (!told++)
				info("apply %s was interrupted (its pgform process %ld is gone); waiting up to %.0f s "
				     "for its session (backend pid %s) to end", h.apply, h.client_pid, wait_s, h.pid);
			usleep(200000);
			continue;
		}
		if (ended++)
			return error("the session of interrupted apply %s (backend pid %s) did not end; "
				     "end it with pg_terminate_backend(%s)", h.apply, h.pid, h.pid);
		const char *params[1] = { h.pid };
		r = db_query(c, "cannot end the session of the interrupted apply",
			     "SELECT pg_catalog.pg_terminate_backend($1::int, 5000)", 1, params);
		if (!r)
			return -1;
		PQclear(r);
		info("ended the session of interrupted apply %s (backend pid %s)", h.apply, h.pid);
	}
}

void state_unlock(PGconn *c)
{
	PQclear(PQexec(c, "SELECT pg_advisory_unlock(" STATE_LOCK_KEY ")"));
}
