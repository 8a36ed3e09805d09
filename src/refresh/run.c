/*
 * run.c: refreshing a set on -j connections, each attempt recorded in
 * pgform.refreshes, with retries, a breaker and a time limit.
 */
#include <math.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "refresh/refresh.h"
#include "catalog/db.h"
#include "catalog/state.h"
#include "sql/quote.h"
#include "base/usage.h"

/* The advisory lock key of refreshes (apart from the apply lock). */
#define REFRESH_LOCK_KEY "hashtext('pgform refresh')"

struct runner {
	struct refresh_set *s;
	const struct refresh_opts *o;
	struct refresh_result *res;
	pthread_mutex_t mu;
	pthread_cond_t cv;
	double t0;
	unsigned nrunning, ndone, scan;
	int stop;               /* the breaker tripped or time ran out: no new work */
	char run_id[32];
};

static double now_s(void)
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

/*
 * Session settings of a refreshing connection: its timeouts, quiet
 * notices, and the record written without waiting for its WAL to reach
 * the disk (synchronous_commit off: a crash may lose the last rows of the
 * record, never a refresh; each refresh commits with synchronous_commit
 * on, see attempt_refresh() and run_statement()).
 */
struct worker {
	struct runner *r;
	PGconn *c;
	char backend_start[64];         /* of its session, recorded with each attempt */
};

static int prepare_conn(struct worker *w, const struct refresh_opts *o)
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

	double t = now_s();
	PGresult *res = PQexec(c, sb.buf);
	it->seconds = now_s() - t;
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
static char *attempt(struct runner *r, struct worker *w, struct refresh_item *it)
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

	double t = now_s();
	err = run_statement(c, it);
	it->seconds = now_s() - t;
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

/*
 * The next item to refresh (under R->mu), in the set's order: the first
 * waiting one whose dependencies are all refreshed.  An item reading one
 * that failed or was not started is not started either, saying which.
 * Returns -1 when none is ready; *WAIT then says whether one may become
 * ready (something still runs).
 */
static int next_item(struct runner *r, int *wait)
{
	struct refresh_set *s = r->s;
	*wait = r->nrunning > 0;
	while (r->scan < s->n && s->v[r->scan].state >= IT_OK)
		r->scan++;
	for (unsigned i = r->scan; i < s->n; i++) {
		struct refresh_item *it = &s->v[i];
		if (it->state != IT_WAITING)
			continue;
		int ready = 1;
		for (unsigned d = 0; d < it->ndeps; d++) {
			const struct refresh_item *dep = &s->v[it->deps[d]];
			if (dep->state == IT_FAILED || dep->state == IT_NOT_STARTED) {
				it->state = IT_NOT_STARTED;
				it->reason = arena_printf(&s->arena, "reads %s, which %s", dep->ident,
							  dep->state == IT_FAILED ? "failed" : "was not refreshed");
				r->res->nnot_started++;
				r->ndone++;
				ready = 0;
				break;
			}
			if (dep->state != IT_OK)
				ready = 0;
		}
		if (ready)
			return (int)i;
	}
	return -1;
}

/* Stop handing out work (under R->mu), saying why, once. */
static void trip(struct runner *r, const char *why)
{
	if (r->stop)
		return;
	r->stop = 1;
	r->res->breaker = why;
	fprintf(stderr, "refresh: %s; no more refreshes are started, the running ones finish\n", why);
	fflush(stderr);
}

static void format_duration(char *buf, size_t len, double s)
{
	if (s >= 3600 && fmod(s, 3600) == 0)
		snprintf(buf, len, "%.0fh", s / 3600);
	else if (s >= 60 && fmod(s, 60) == 0)
		snprintf(buf, len, "%.0fm", s / 60);
	else
		snprintf(buf, len, "%gs", s);
}

/*
 * What a finished item says on stderr (under R->mu): a line each, or on
 * a terminal one line redrawn (failures are still a line each).
 */
static void progress(struct runner *r, const struct refresh_item *it)
{
	double el = now_s() - r->t0;
	if (r->o->progress && it->state == IT_OK) {
		fprintf(stderr, "\r\033[K[%u/%u] %.0f s  %s %s", r->ndone, r->s->n, el,
			it->state == IT_OK ? "refreshed" : "FAILED", it->ident);
	} else if (it->state == IT_OK && it->rows < 0) {
		fprintf(stderr, "refresh: ok %s (%s, %.2f s, rows not counted) [%u/%u]\n", it->ident,
			refresh_method_name(it->method), it->seconds, r->ndone, r->s->n);
	} else if (it->state == IT_OK) {
		fprintf(stderr, "refresh: ok %s (%s, %.2f s, %lld row%s) [%u/%u]\n", it->ident,
			refresh_method_name(it->method), it->seconds, it->rows, it->rows == 1 ? "" : "s",
			r->ndone, r->s->n);
	} else {
		/* a failure stays on the screen: the bar is cleared and drawn again after it */
		if (r->o->progress)
			fputs("\r\033[K", stderr);
		fprintf(stderr, "refresh: failed %s (%s, %.2f s, %u attempt%s): %s [%u/%u]\n", it->ident,
			refresh_method_name(it->method), it->seconds, it->attempts, it->attempts == 1 ? "" : "s",
			it->error, r->ndone, r->s->n);
	}
	fflush(stderr);
}

/* Sleep S seconds, or less when work stops being handed out. */
static void backoff(struct runner *r, double s)
{
	double until = now_s() + s;
	for (;;) {
		pthread_mutex_lock(&r->mu);
		int stop = r->stop;
		pthread_mutex_unlock(&r->mu);
		double left = until - now_s();
		if (stop || left <= 0)
			return;
		usleep((useconds_t)((left < 0.1 ? left : 0.1) * 1e6));
	}
}

/* Refresh IT on *C, with its retries; returns the last error or NULL. */
static char *refresh_one(struct runner *r, struct worker *w, struct refresh_item *it)
{
	PGconn *c = w->c;
	double wait = r->o->backoff_s;
	for (;;) {
		it->attempts++;
		char *err = attempt(r, w, it);
		if (!err)
			return NULL;
		if (PQstatus(c) == CONNECTION_BAD) {
			PQreset(c);
			if (PQstatus(c) != CONNECTION_OK || prepare_conn(w, r->o) < 0)
				return err;
		}
		pthread_mutex_lock(&r->mu);
		int stop = r->stop;
		pthread_mutex_unlock(&r->mu);
		if (it->attempts > r->o->retries || stop)
			return err;
		fprintf(stderr, "%srefresh: %s failed (attempt %u of %u), again in %g s: %s\n",
			r->o->progress ? "\r\033[K" : "", it->ident, it->attempts, r->o->retries + 1, wait, err);
		fflush(stderr);
		free(err);
		backoff(r, wait);
		wait = wait * 2 > 60 ? 60 : wait * 2;
	}
}

static void *work(void *arg)
{
	struct worker *w = arg;
	struct runner *r = w->r;
	const struct refresh_opts *o = r->o;
	pthread_mutex_lock(&r->mu);
	for (;;) {
		int wait;
		if (!r->stop && o->max_duration_s > 0 && now_s() - r->t0 >= o->max_duration_s) {
			char d[32];
			format_duration(d, sizeof(d), o->max_duration_s);
			trip(r, arena_printf(&r->s->arena, "the refresh ran for %s (--max-duration %s)", d, d));
		}
		if (r->stop)
			break;
		int i = next_item(r, &wait);
		if (i < 0) {
			if (!wait)
				break;
			pthread_cond_wait(&r->cv, &r->mu);
			continue;
		}
		struct refresh_item *it = &r->s->v[i];
		it->state = IT_RUNNING;
		it->started = now_s() - r->t0;
		r->nrunning++;
		pthread_mutex_unlock(&r->mu);
		char *err = refresh_one(r, w, it);
		pthread_mutex_lock(&r->mu);
		it->ended = now_s() - r->t0;
		r->nrunning--;
		r->ndone++;
		if (err) {
			it->state = IT_FAILED;
			it->error = err;
			r->res->nfailed++;
			if (o->max_failures && r->res->nfailed >= o->max_failures)
				trip(r, arena_printf(&r->s->arena, "%u refresh%s failed (--max-failures %u)",
						     r->res->nfailed, r->res->nfailed == 1 ? "" : "es", o->max_failures));
		} else {
			it->state = IT_OK;
			r->res->nok++;
		}
		progress(r, it);
		pthread_cond_broadcast(&r->cv);
		if (PQstatus(w->c) != CONNECTION_OK) {
			error("a refreshing connection was lost and could not be made again");
			break;
		}
	}
	pthread_cond_broadcast(&r->cv);
	pthread_mutex_unlock(&r->mu);
	return NULL;
}

/* Record the start of the run on C; 0 or -1. */
static int start_run(struct runner *r, PGconn *c)
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
static void finish_run(struct runner *r, PGconn *c)
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

int refresh_run(struct refresh_set *s, PGconn *c, const struct refresh_opts *o,
		struct refresh_result *res)
{
	struct runner r;
	memset(&r, 0, sizeof(r));
	memset(res, 0, sizeof(*res));
	r.s = s;
	r.o = o;
	r.res = res;
	unsigned jobs = o->jobs < 1 ? 1 : o->jobs;
	if (jobs > s->n)
		jobs = s->n ? s->n : 1;
	struct worker *w = xcalloc(jobs, sizeof(*w));
	pthread_t *th = xcalloc(jobs, sizeof(*th));
	w[0].r = &r;
	w[0].c = c;
	if (prepare_conn(&w[0], o) < 0 || start_run(&r, c) < 0) {
		free(w);
		free(th);
		return -1;
	}
	for (unsigned i = 1; i < jobs; i++) {
		w[i].r = &r;
		w[i].c = db_connect(o->conninfo);
		if (!w[i].c || prepare_conn(&w[i], o) < 0) {
			if (w[i].c)
				PQfinish(w[i].c);
			warning("refreshing on %u connection%s instead of %u", i, i == 1 ? "" : "s", jobs);
			jobs = i;
			break;
		}
	}
	res->jobs = jobs;
	pthread_mutex_init(&r.mu, NULL);
	pthread_cond_init(&r.cv, NULL);
	r.t0 = now_s();
	for (unsigned i = 1; i < jobs; i++)
		pthread_create(&th[i], NULL, work, &w[i]);
	work(&w[0]);
	for (unsigned i = 1; i < jobs; i++) {
		pthread_join(th[i], NULL);
		PQfinish(w[i].c);
	}
	if (o->progress)
		fputs("\r\033[K", stderr);
	res->elapsed_s = now_s() - r.t0;
	for (unsigned i = 0; i < s->n; i++) {
		struct refresh_item *it = &s->v[i];
		if (it->state != IT_WAITING)
			continue;
		it->state = IT_NOT_STARTED;
		it->reason = res->breaker ? res->breaker : "no connection was left to refresh it";
		res->nnot_started++;
	}
	pthread_mutex_destroy(&r.mu);
	pthread_cond_destroy(&r.cv);
	free(w);
	free(th);
	if (PQstatus(c) != CONNECTION_OK)
		PQreset(c);
	finish_run(&r, c);
	return res->nfailed || res->nnot_started ? 1 : 0;
}
