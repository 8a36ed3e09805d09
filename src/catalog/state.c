#include "catalog/state.h"

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
	/* version 4: the temporaries pgform made, so that no look-alike is ever dropped */
	"CREATE TABLE IF NOT EXISTS pgform.temporaries (\n"
	"  nsp text NOT NULL,\n"
	"  rel text NOT NULL,\n"
	"  apply_id bigint NOT NULL,\n"
	"  PRIMARY KEY (nsp, rel));\n"
	"COMMENT ON TABLE pgform.temporaries IS 'relations pgform made under a temporary name "
	"(NAME__pgform_new, NAME__pgform_old): the only ones it drops as leftovers';\n"
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

int state_lock(PGconn *c)
{
	PGresult *r = db_query(c, "cannot take the apply lock",
			       "SELECT pg_try_advisory_lock(" STATE_LOCK_KEY ")", 0, NULL);
	if (!r)
		return -1;
	int got = PQgetvalue(r, 0, 0)[0] == 't';
	PQclear(r);
	if (got)
		return 0;
	/* name the apply that runs: its row, else the session holding the lock */
	r = db_query(c, "cannot find the running apply",
		"SELECT l.pid, s.backend_start::timestamptz(0)::text "
		"FROM pg_catalog.pg_locks l JOIN pg_catalog.pg_stat_activity s ON s.pid = l.pid "
		"WHERE l.locktype = 'advisory' AND l.granted AND l.objid = (" STATE_LOCK_KEY ")::oid LIMIT 1",
		0, NULL);
	if (!r || !PQntuples(r)) {
		PQclear(r);
		error("another apply is running");
		return 1;
	}
	char pid[32], since[64];
	snprintf(pid, sizeof(pid), "%s", PQgetvalue(r, 0, 0));
	snprintf(since, sizeof(since), "%s", PQgetvalue(r, 0, 1));
	PQclear(r);
	if (state_exists(c) == 1) {
		const char *params[1] = { pid };
		r = db_query(c, "cannot find the running apply",
			"SELECT id, started_at::timestamptz(0)::text FROM pgform.applies "
			"WHERE status = 'running' AND pid = $1::int ORDER BY id DESC LIMIT 1", 1, params);
		if (r && PQntuples(r)) {
			error("another apply is running: apply %s (pid %s, started %s)",
			      PQgetvalue(r, 0, 0), pid, PQgetvalue(r, 0, 1));
			PQclear(r);
			return 1;
		}
		PQclear(r);
	}
	error("another apply is running (pid %s, connected since %s)", pid, since);
	return 1;
}

void state_unlock(PGconn *c)
{
	PQclear(PQexec(c, "SELECT pg_advisory_unlock(" STATE_LOCK_KEY ")"));
}
