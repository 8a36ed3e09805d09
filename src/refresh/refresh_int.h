/*
 * refresh_int.h: what the files of the refresh layer share: a run in
 * progress (struct runner) and a refreshing connection (struct worker).
 * attempt.c refreshes one view once and records it; run.c hands out the
 * views to the workers.
 */
#ifndef PGFORM_REFRESH_INT_H
#define PGFORM_REFRESH_INT_H

#include <pthread.h>

#include "refresh/refresh.h"

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

struct worker {
	struct runner *r;
	PGconn *c;
	char backend_start[64];         /* of its session, recorded with each attempt */
};

/* Seconds on the monotonic clock. */
double refresh_now(void);
/*
 * Session settings of W's connection: its timeouts, quiet notices, and
 * the record written without waiting for its WAL to reach the disk
 * (synchronous_commit off: a crash may lose the last rows of the record,
 * never a refresh; each refresh commits with synchronous_commit on).
 * Reads the session's backend_start.  0 or -1 after reporting.
 */
int refresh_prepare_conn(struct worker *w, const struct refresh_opts *o);
/*
 * One attempt at IT on W's connection: recorded running, refreshed, its
 * rows counted and recorded ok, or failed with the error.  Returns NULL,
 * or the error (caller frees).
 */
char *refresh_attempt(struct runner *r, struct worker *w, struct refresh_item *it);
/* Record the start of the run on C (R->run_id); 0 or -1. */
int refresh_start_run(struct runner *r, PGconn *c);
/* Record the end of the run on C, and forget old attempts (pgform.meta refresh_keep). */
void refresh_finish_run(struct runner *r, PGconn *c);

#endif
