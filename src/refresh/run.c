/*
 * run.c: refreshing a set on -j connections: each worker takes the first
 * view whose dependencies are refreshed, with retries, a breaker, a time
 * limit, and SIGINT or SIGTERM as a breaker that cancels what runs.
 */
#include <math.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "refresh/refresh_int.h"
#include "catalog/db.h"
#include "base/usage.h"

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

/*
 * SIGINT or SIGTERM during a run: no more refreshes are started and the
 * running ones are canceled (each rolls back; its attempt is recorded as
 * failed), then the report.  A second signal ends pgform at once.
 * PQcancel() may be called from a signal handler.
 */
static volatile sig_atomic_t interrupted;
static PGcancel **cancels;      /* one per worker, set while the handler is in place */
static unsigned ncancels;

static void on_interrupt(int sig)
{
	char errbuf[256];
	if (interrupted) {
		signal(sig, SIG_DFL);
		raise(sig);
		return;
	}
	interrupted = sig;
	for (unsigned i = 0; i < ncancels; i++)
		if (cancels[i])
			PQcancel(cancels[i], errbuf, sizeof(errbuf));
}

/* Stop handing out work (under R->mu), saying why, once. */
static void trip(struct runner *r, const char *why)
{
	if (r->stop)
		return;
	r->stop = 1;
	r->res->breaker = why;
	fprintf(stderr, "%srefresh: %s; no more refreshes are started, the running ones %s\n",
		r->o->progress ? "\r\033[K" : "", why, interrupted ? "are canceled" : "finish");
	fflush(stderr);
}

/* Trip the breaker (under R->mu) once a signal came. */
static void check_interrupt(struct runner *r)
{
	if (interrupted && !r->stop)
		trip(r, interrupted == SIGINT ? "interrupted (SIGINT)" : "interrupted (SIGTERM)");
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
	double el = refresh_now() - r->t0;
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
	double until = refresh_now() + s;
	for (;;) {
		pthread_mutex_lock(&r->mu);
		int stop = r->stop;
		pthread_mutex_unlock(&r->mu);
		double left = until - refresh_now();
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
		char *err = refresh_attempt(r, w, it);
		if (!err)
			return NULL;
		if (PQstatus(c) == CONNECTION_BAD) {
			PQreset(c);
			if (PQstatus(c) != CONNECTION_OK || refresh_prepare_conn(w, r->o) < 0)
				return err;
		}
		pthread_mutex_lock(&r->mu);
		check_interrupt(r);
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
		if (!r->stop && o->max_duration_s > 0 && refresh_now() - r->t0 >= o->max_duration_s) {
			char d[32];
			format_duration(d, sizeof(d), o->max_duration_s);
			trip(r, arena_printf(&r->s->arena, "the refresh ran for %s (--max-duration %s)", d, d));
		}
		check_interrupt(r);
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
		it->started = refresh_now() - r->t0;
		r->nrunning++;
		pthread_mutex_unlock(&r->mu);
		char *err = refresh_one(r, w, it);
		pthread_mutex_lock(&r->mu);
		it->ended = refresh_now() - r->t0;
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
	if (refresh_prepare_conn(&w[0], o) < 0 || refresh_start_run(&r, c) < 0) {
		free(w);
		free(th);
		return -1;
	}
	for (unsigned i = 1; i < jobs; i++) {
		w[i].r = &r;
		w[i].c = db_connect(o->conninfo);
		if (!w[i].c || refresh_prepare_conn(&w[i], o) < 0) {
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
	r.t0 = refresh_now();
	/* a signal cancels what runs: the handler is in place while the workers are */
	struct sigaction sa, old_int, old_term;
	PGcancel **cv = xcalloc(jobs, sizeof(*cv));
	for (unsigned i = 0; i < jobs; i++)
		cv[i] = PQgetCancel(w[i].c);
	cancels = cv;
	ncancels = jobs;
	interrupted = 0;
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_interrupt;
	sigemptyset(&sa.sa_mask);
	sigaction(SIGINT, &sa, &old_int);
	sigaction(SIGTERM, &sa, &old_term);
	for (unsigned i = 1; i < jobs; i++)
		pthread_create(&th[i], NULL, work, &w[i]);
	work(&w[0]);
	for (unsigned i = 1; i < jobs; i++)
		pthread_join(th[i], NULL);
	sigaction(SIGINT, &old_int, NULL);
	sigaction(SIGTERM, &old_term, NULL);
	ncancels = 0;
	cancels = NULL;
	for (unsigned i = 0; i < jobs; i++)
		PQfreeCancel(cv[i]);
	free(cv);
	for (unsigned i = 1; i < jobs; i++)
		PQfinish(w[i].c);
	if (o->progress)
		fputs("\r\033[K", stderr);
	res->elapsed_s = refresh_now() - r.t0;
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
	refresh_finish_run(&r, c);
	return res->nfailed || res->nnot_started ? 1 : 0;
}
