/*
 * attempt.c: one attempt at refreshing a view, and its record in schema
 * pgform (pgform.refreshes, pgform.refresh_runs); the refresh lock.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "refresh/refresh_int.h"
#include "catalog/db.h"
#include "catalog/state.h"
#include "sql/quote.h"
#include "base/usage.h"

double refresh_now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

int refresh_lock(PGconn *c)
{
	PGresult *r = db_query(c, "cannot take the refresh lock",
			       "SELECT pg_try_advisory_lock(" REFRESH_LOCK_KEY ")", 0, NULL);
	if (!r)
		return -1;
	int got = PQgetvalue(r, 0, 0)[0] == 't';
	PQclear(r);
	if (!got) {
		r = db_query(c, "cannot find the running refresh",
			"SELECT l.pid, coalesce((SELECT 'refresh run ' || x.id || ', started ' || "
			"x.started_at::timestamptz(0) FROM pgform.refresh_runs x WHERE x.pid = l.pid "
			"AND x.status = 'running' ORDER BY x.id DESC LIMIT 1), 'a refresh') "
			"FROM pg_catalog.pg_locks l WHERE l.locktype = 'advisory' AND l.granted "
			"AND l.objid = (" REFRESH_LOCK_KEY ")::oid AND l.database = "
			"(SELECT d.oid FROM pg_catalog.pg_database d WHERE d.datname = current_database()) LIMIT 1",
			0, NULL);
		if (r && PQntuples(r))
			error("another refresh is running: %s (backend pid %s)", PQgetvalue(r, 0, 1),
			      PQgetvalue(r, 0, 0));
		else
			error("another refresh is running");
		PQclear(r);
		return 1;
	}
	/* this session holds the lock: whatever says running was interrupted */
	return db_exec(c, "cannot record interrupted refreshes",
		"UPDATE pgform.refreshes SET status = 'failed', finished_at = clock_timestamp(), "
		"error = 'interrupted: its session ended before pgform recorded how it ended' WHERE status = 'running' "
		"AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_stat_activity a WHERE a.pid = refreshes.pid "
		"AND a.backend_start = refreshes.backend_start);"
		"UPDATE pgform.refresh_runs SET status = 'failed', finished_at = clock_timestamp(), "
		"error = 'interrupted' WHERE status = 'running'");
}

void refresh_unlock(PGconn *c)
{
	PQclear(PQexec(c, "SELECT pg_advisory_unlock(" REFRESH_LOCK_KEY ")"));
}

int refresh_prepare_conn(struct worker *w, const struct refresh_opts *o)
{
	char sql[256];
	snprintf(sql, sizeof(sql), "SET lock_timeout = %ld; SET statement_timeout = %ld; "
		 "SET client_min_messages = warning; SET synchronous_commit = off",
		 (long)(o->lock_timeout_s * 1000 + 0.5), (long)(o->statement_timeout_s * 1000 + 0.5));
	if (db_exec(w->c, "cannot set the timeouts of a refresh", sql) < 0)
		return -1;
	PGresult *r = db_query(w->c, "cannot read the start of a session",
			       "SELECT backend_start FROM pg_catalog.pg_stat_activity WHERE pid = pg_backend_pid()",
			       0, NULL);
	if (!r)
		return -1;
	snprintf(w->backend_start, sizeof(w->backend_start), "%s", PQntuples(r) ? PQgetvalue(r, 0, 0) : "");
	PQclear(r);
	return 0;
}

/*
 * The refresh statement of IT (from the state) on C, sent as it is (it
 * may be a CALL that commits), committed with synchronous_commit on.
 * NULL or the error (caller frees).
 */
static char *run_statement(PGconn *c, const struct refresh_item *it)
{
	char *err = NULL;
	PQclear(PQexec(c, "SET synchronous_commit = on"));
	PGresult *res = PQexecParams(c, it->sql, 0, NULL, NULL, NULL, NULL, 0);
	if (PQresultStatus(res) != PGRES_COMMAND_OK && PQresultStatus(res) != PGRES_TUPLES_OK)
		err = db_error_text(c, res);
	PQclear(res);
	/* a statement may leave a transaction open, or failed inside one */
	if (PQstatus(c) == CONNECTION_OK && PQtransactionStatus(c) != PQTRANS_IDLE)
		PQclear(PQexec(c, "ROLLBACK"));
	if (PQstatus(c) == CONNECTION_OK)
		PQclear(PQexec(c, "SET synchronous_commit = off"));
	return err;
}

/* Append "WHERE" + what finds the record of this attempt of IT (run, view, attempt). */
static void where_attempt(struct strbuf *sb, const struct runner *r, const struct refresh_item *it)
{
	strbuf_addf(sb, " WHERE run_id = %lld AND nsp = ", atoll(r->run_id));
	quote_literal(sb, it->rel->h.schema);
	strbuf_addstr(sb, " AND rel = ");
	quote_literal(sb, it->rel->h.name);
	strbuf_addf(sb, " AND attempt = %u", it->attempts);
}

/*
 * An attempt at IT by REFRESH (plain or concurrently) in one round trip,
 * one message of statements: the record of its start (committed on its
 * own, so that it shows as running), the REFRESH in a transaction of its
 * own committed with synchronous_commit on, and the record of its end
 * with its rows and size.  Times are clock_timestamp(): now() would be
 * when the message arrived, for every statement in it.  Returns NULL, or
 * the error (caller frees).
 */
static char *attempt_refresh(struct runner *r, struct worker *w, struct refresh_item *it)
{
	PGconn *c = w->c;
	struct strbuf sb = STRBUF_INIT, name = STRBUF_INIT;
	char *err = NULL;

	quote_qualified(&name, it->rel->h.schema, it->rel->h.name);
	strbuf_addf(&sb, "INSERT INTO pgform.refreshes (run_id, nsp, rel, method, attempt, backend_start) "
		    "VALUES (%lld, ", atoll(r->run_id));
	quote_literal(&sb, it->rel->h.schema);
	strbuf_addstr(&sb, ", ");
	quote_literal(&sb, it->rel->h.name);
	strbuf_addf(&sb, ", '%s', %u, ", refresh_method_name(it->method), it->attempts);
	if (w->backend_start[0])
		quote_literal(&sb, w->backend_start);
	else
		strbuf_addstr(&sb, "NULL");
	strbuf_addf(&sb, "); COMMIT; BEGIN; SET LOCAL synchronous_commit = on; %s; COMMIT; "
		    "UPDATE pgform.refreshes SET status = 'ok', finished_at = clock_timestamp(), "
		    "duration_ms = extract(epoch FROM clock_timestamp() - started_at) * 1000, "
		    "rows = (SELECT count(*) FROM %s), size_bytes = pg_catalog.pg_total_relation_size(",
		    it->sql, name.buf);
	quote_literal(&sb, name.buf);
	strbuf_addstr(&sb, "::regclass)");
	where_attempt(&sb, r, it);
	strbuf_addstr(&sb, " RETURNING duration_ms, rows");

	double t = refresh_now();
	PGresult *res = PQexec(c, sb.buf);
	it->seconds = refresh_now() - t;
	if (PQresultStatus(res) == PGRES_TUPLES_OK && PQntuples(res) == 1) {
		it->seconds = atof(PQgetvalue(res, 0, 0)) / 1000;
		it->rows = atoll(PQgetvalue(res, 0, 1));
		PQclear(res);
		goto done;
	}
	if (PQresultStatus(res) == PGRES_TUPLES_OK) {
		PQclear(res);
		err = xstrdup("cannot record the refresh in schema pgform");
		goto done;
	}
	err = db_error_text(c, res);
	PQclear(res);
	if (PQstatus(c) != CONNECTION_OK)
		goto done;
	int refresh_failed = PQtransactionStatus(c) != PQTRANS_IDLE;
	if (refresh_failed)
		PQclear(PQexec(c, "ROLLBACK"));
	char ms[32];
	snprintf(ms, sizeof(ms), "%.3f", it->seconds * 1000);
	strbuf_reset(&sb);
	if (refresh_failed) {
		strbuf_addstr(&sb, "UPDATE pgform.refreshes SET status = 'failed', finished_at = clock_timestamp(), "
			      "duration_ms = $1::double precision, error = $2");
	} else {
		/*
		 * Outside the REFRESH's transaction: the record of its start
		 * failed (then there is no row), or that of its end (then it was
		 * refreshed all the same, and is recorded without its rows).
		 */
		strbuf_addstr(&sb, "UPDATE pgform.refreshes SET status = 'ok', finished_at = clock_timestamp(), "
			      "duration_ms = $1::double precision");
	}
	where_attempt(&sb, r, it);
	strbuf_addstr(&sb, " AND status = 'running'");
	const char *params[2] = { ms, err };
	res = PQexecParams(c, sb.buf, refresh_failed ? 2 : 1, NULL, params, NULL, NULL, 0);
	if (!refresh_failed && PQresultStatus(res) == PGRES_COMMAND_OK && !strcmp(PQcmdTuples(res), "1")) {
		free(err);
		err = NULL;
	}
	PQclear(res);
done:
	strbuf_release(&sb);
	strbuf_release(&name);
	return err;
}

/*
 * One attempt at item IT on W's connection: recorded running, refreshed,
 * its rows counted and recorded ok, or failed with the error.  A REFRESH
 * goes in one message (attempt_refresh); a statement of the state in
 * round trips of its own.  Returns NULL, or the error (caller frees).
 */
char *refresh_attempt(struct runner *r, struct worker *w, struct refresh_item *it)
{
	if (it->method != RM_STATEMENT)
		return attempt_refresh(r, w, it);
	PGconn *c = w->c;
	char attempt_s[16], ms[32], rows[32];
	const char *ins[6] = { r->run_id, it->rel->h.schema, it->rel->h.name, refresh_method_name(it->method),
			       attempt_s, w->backend_start[0] ? w->backend_start : NULL };
	char *err = NULL, id[32] = "";
	snprintf(attempt_s, sizeof(attempt_s), "%u", it->attempts);
	PGresult *res = db_query(c, "cannot record a refresh",
		"INSERT INTO pgform.refreshes (run_id, nsp, rel, method, attempt, backend_start) "
		"VALUES ($1::bigint, $2, $3, $4, $5::int, $6::timestamptz) RETURNING id", 6, ins);
	if (!res || PQntuples(res) != 1) {
		PQclear(res);
		return xstrdup("cannot record the refresh in schema pgform");
	}
	snprintf(id, sizeof(id), "%s", PQgetvalue(res, 0, 0));
	PQclear(res);

	double t = refresh_now();
	err = run_statement(c, it);
	it->seconds = refresh_now() - t;
	snprintf(ms, sizeof(ms), "%.3f", it->seconds * 1000);
	if (PQstatus(c) == CONNECTION_BAD)
		return err ? err : xstrdup("the connection was lost");

	struct strbuf sb = STRBUF_INIT;
	if (!err) {
		/* the rows counted, and the size measured, in the statement that records them */
		strbuf_addstr(&sb, "UPDATE pgform.refreshes SET status = 'ok', finished_at = clock_timestamp(), "
			      "duration_ms = $2::double precision, rows = (SELECT count(*) FROM ");
		quote_qualified(&sb, it->rel->h.schema, it->rel->h.name);
		strbuf_addstr(&sb, "), size_bytes = pg_catalog.pg_total_relation_size(");
		struct strbuf name = STRBUF_INIT;
		quote_qualified(&name, it->rel->h.schema, it->rel->h.name);
		quote_literal(&sb, name.buf);
		strbuf_release(&name);
		strbuf_addstr(&sb, "::regclass) WHERE id = $1::bigint RETURNING rows");
		const char *up[2] = { id, ms };
		res = PQexecParams(c, sb.buf, 2, NULL, up, NULL, NULL, 0);
		if (PQresultStatus(res) == PGRES_TUPLES_OK && PQntuples(res) == 1) {
			snprintf(rows, sizeof(rows), "%s", PQgetvalue(res, 0, 0));
			it->rows = atoll(rows);
			PQclear(res);
		} else {
			/* refreshed all the same: recorded without its rows */
			PQclear(res);
			res = PQexecParams(c, "UPDATE pgform.refreshes SET status = 'ok', finished_at = clock_timestamp(), "
					   "duration_ms = $2::double precision WHERE id = $1::bigint", 2, NULL, up,
					   NULL, NULL, 0);
			if (PQresultStatus(res) != PGRES_COMMAND_OK)
				err = db_error_text(c, res);
			PQclear(res);
		}
	} else {
		const char *up[3] = { id, ms, err };
		PQclear(PQexecParams(c, "UPDATE pgform.refreshes SET status = 'failed', finished_at = clock_timestamp(), "
				     "duration_ms = $2::double precision, error = $3 WHERE id = $1::bigint",
				     3, NULL, up, NULL, NULL, 0));
	}
	strbuf_release(&sb);
	return err;
}

int refresh_start_run(struct runner *r, PGconn *c)
{
	char host[256], pid[32], jobs[16], n[16];
	long p;
	state_client(host, sizeof(host), &p);
	snprintf(pid, sizeof(pid), "%ld", p);
	snprintf(jobs, sizeof(jobs), "%u", r->o->jobs);
	snprintf(n, sizeof(n), "%u", r->s->n);
	const char *params[5] = { jobs, n, host, pid, r->o->version };
	PGresult *res = db_query(c, "cannot record the refresh",
		"INSERT INTO pgform.refresh_runs (jobs, selected, client_host, client_pid, pgform_version) "
		"VALUES ($1::int, $2::int, $3, $4::int, $5) RETURNING id", 5, params);
	if (!res)
		return -1;
	snprintf(r->run_id, sizeof(r->run_id), "%s", PQgetvalue(res, 0, 0));
	r->res->run_id = atoll(r->run_id);
	PQclear(res);
	return 0;
}

/*
 * Record the end of the run on C, and forget attempts older than
 * pgform.meta's refresh_keep (never a view's last attempt, nor its last
 * ok one), then the runs left with none.
 */
void refresh_finish_run(struct runner *r, PGconn *c)
{
	const char *status = r->res->breaker ? "stopped" : r->res->nfailed || r->res->nnot_started ? "failed" : "ok";
	const char *params[3] = { r->run_id, status, r->res->breaker };
	PQclear(PQexecParams(c, "UPDATE pgform.refresh_runs SET status = $2, finished_at = clock_timestamp(), "
			     "error = $3 WHERE id = $1::bigint", 3, NULL, params, NULL, NULL, 0));
	db_exec(c, "cannot forget old refreshes",
		"WITH keep AS (SELECT now() - value::interval AS before FROM pgform.meta WHERE key = 'refresh_keep') "
		"DELETE FROM pgform.refreshes r USING keep WHERE r.started_at < keep.before AND r.status <> 'running' "
		"AND EXISTS (SELECT 1 FROM pgform.refreshes n WHERE n.nsp = r.nsp AND n.rel = r.rel AND n.id > r.id "
		"AND n.status = 'ok');"
		"WITH keep AS (SELECT now() - value::interval AS before FROM pgform.meta WHERE key = 'refresh_keep') "
		"DELETE FROM pgform.refresh_runs x USING keep WHERE x.started_at < keep.before "
		"AND x.status <> 'running' AND NOT EXISTS (SELECT 1 FROM pgform.refreshes r WHERE r.run_id = x.id)");
}
