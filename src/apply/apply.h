/*
 * apply: run a plan against the database it was made for.
 *
 * Every step is recorded in schema pgform before and after it runs, each
 * in its own transaction, except steps sharing a group, whose swap phases
 * run in one.  A step's phases are lists of statements (plan.h): the
 * build (own transaction, may be long), the swap (the short transaction
 * that puts it in place, with lock_timeout and retries), and the cleanup
 * (dropping what was swapped out, when the apply ends, unless old objects
 * are kept).  Statements are sent one at a time with the extended
 * protocol; apply reads what a step is from its fields, never from its
 * SQL text.  On a failed step or check the finished steps are undone in
 * reverse order (their inverse lists), unless stop_on_error.
 */
#ifndef PGFORM_APPLY_H
#define PGFORM_APPLY_H

#include <libpq-fe.h>

#include "plan/plan.h"

struct record_item {
	const char *kind, *ident, *spec;
};

/* Rebuilds re-pointing the same views swapped in one transaction, by default. */
#define APPLY_SWAP_BATCH 16

struct apply_opts {
	const char *conninfo;   /* for the -j connections */
	int jobs;               /* parallel connections (>= 1) */
	int dry_run;            /* every step in one transaction, then ROLLBACK */
	double lock_wait;       /* dry run: the longest wait for one lock, in seconds (--lock-timeout) */
	int atomic;             /* the whole plan in one transaction */
	int keep_old;           /* keep swapped-out objects for `pgform rollback` */
	int stop_on_error;      /* keep finished steps for a later resume */
	int progress;           /* show progress on stderr (a terminal) */
	int verbose;            /* say when a swap gives way to a reader (-v) */
	int swap_batch;         /* rebuilds re-pointing the same views swapped per transaction (>= 1) */
	int partial;            /* limited by --target: not a deployment of its commit */
	int from_file;          /* a saved plan: recorded with plan_source 'file' */
	int unsealed;           /* a saved plan not named by --plan-hash: its objects are recorded
				 * without stamps, so the next plan compares them with the server */
	struct record_item *record;  /* objects to record when it succeeds */
	unsigned nrecord;
};

/*
 * Run P on C (which holds the apply lock and sees schema pgform).
 * Returns 0 on success, -1 after reporting (the database is as before, or
 * resumable when stop_on_error; or, when a connection was lost, the apply
 * is left interrupted, nothing undone: what was in flight is unknown).
 */
int apply_run(struct plan *p, PGconn *c, const struct apply_opts *o);

/*
 * Before planning: mark applies that were interrupted (their rows say
 * running, but this session holds the apply lock), and count them with
 * the last apply if it was recorded interrupted (*INTERRUPTED: the ones
 * this apply finishes); drop the temporaries they left (never objects
 * kept on purpose).  Returns the number of temporaries dropped, or -1.
 */
int apply_prepare_resume(PGconn *c, int *interrupted);

/*
 * Undo the last apply (ID, when given, must be it): its finished steps in
 * reverse order, while the objects it swapped out are still kept.  All or
 * nothing: refused up front when a step cannot be undone, an old copy is
 * gone, or (without ALLOW_DESTROY) undoing it drops what holds data.
 * Returns 0, or -1 after reporting.
 */
int apply_rollback(PGconn *c, long long id, int allow_destroy);

/*
 * List leftover temporaries (swapped-out copies kept on purpose, and
 * builds of interrupted applies) to stdout; with DROP, drop them.
 * Returns how many there were, or -1.
 */
int apply_cleanup(PGconn *c, int drop);

#endif
