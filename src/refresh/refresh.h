/*
 * refresh: refreshing the materialized views pgform manages, in
 * dependency order, on -j connections (pgform refresh).
 *
 * refresh_select() turns the desired model and the live database into a
 * refresh set: the views chosen by a filter, each with its dependencies
 * inside the set, its level, its method and the statement that refreshes
 * it, sorted by level and the order asked for.  It reads the database in
 * two bulk queries (the views, and pgform's record of their refreshes),
 * never one per view.  refresh_run() runs a set: each worker takes the
 * first view whose dependencies have all been refreshed, so a view waits
 * for what it reads, never for its whole level.  Every attempt is
 * recorded in pgform.refreshes.  report.c prints a set before (the dry
 * run) and after it ran.
 *
 * A set owns its memory (refresh_set_free()); it points into the model
 * it was selected from, which must outlive it.
 */
#ifndef PGFORM_REFRESH_H
#define PGFORM_REFRESH_H

#include <libpq-fe.h>

#include "base/arena.h"
#include "base/strbuf.h"
#include "model/model.h"

enum refresh_method { RM_PLAIN, RM_CONCURRENTLY, RM_STATEMENT };
enum refresh_conc { CONC_AUTO, CONC_ALWAYS, CONC_NEVER };
enum refresh_order { ORDER_SIZE_DESC, ORDER_SIZE_ASC, ORDER_STALE, ORDER_NAME };

/* The words of a method as recorded: "plain", "concurrently", "statement". */
const char *refresh_method_name(enum refresh_method m);

/* Which views: every list narrows (a view must match one item of each list given). */
struct refresh_filter {
	const char **tenants, **templates, **globs;
	unsigned ntenants, ntemplates, nglobs;
	int since_days;         /* > 0: daily parts of the last N days (today and N-1 before) */
	double stale_s;         /* >= 0: not refreshed (ok) within so many seconds */
	int failed;             /* only views whose last refresh failed */
	int skip_failed;        /* leave out views whose last refresh failed */
	enum refresh_conc conc;
	enum refresh_order order;
};

enum item_state { IT_WAITING, IT_RUNNING, IT_OK, IT_FAILED, IT_NOT_STARTED };

struct refresh_item {
	const struct relation *rel;
	const char *ident;      /* schema.name */
	const char *sql;        /* the statement that refreshes it */
	enum refresh_method method;
	unsigned level;         /* 0: reads nothing else of the set */
	unsigned *deps;         /* indexes of the items it reads (directly or through views) */
	unsigned ndeps;
	long long size;         /* bytes: the statistics (SQL_REL_SIZE), or the record's last size if more */
	int populated, unique_ok;
	/* pgform's record, before this run */
	const char *last_status;/* "ok", "failed", or NULL: never refreshed */
	double ok_age_s;        /* seconds since its last ok refresh ended, -1: never */
	double last_ms;         /* duration of its last ok refresh, -1: unknown */
	/* this run */
	enum item_state state;
	const char *reason;     /* IT_NOT_STARTED: why */
	char *error;            /* IT_FAILED: the last attempt's error (malloc'd) */
	unsigned attempts;
	double seconds;         /* of the attempt that counted */
	long long rows;         /* -1: unknown */
	double started, ended;  /* seconds since the run began */
};

struct refresh_set {
	struct arena arena;
	struct refresh_item *v; /* in run order: level, then the order asked for */
	unsigned n;
	unsigned nlevels;
	unsigned missing;       /* managed views selected that are not in the database */
};

/*
 * Select from M (loaded with TODAY) and the database on C as F says.
 * Returns 0 (an empty set is not an error), or -1 after reporting on one
 * line: an unknown or disabled tenant, an unknown template, a --select
 * glob matching no managed view, a view --concurrently=always cannot
 * refresh concurrently.
 */
int refresh_select(struct refresh_set *out, const struct model *m, PGconn *c,
		   const struct refresh_filter *f);
void refresh_set_free(struct refresh_set *s);

struct refresh_opts {
	const char *conninfo;   /* for the -j connections */
	unsigned jobs;          /* connections refreshing at once (>= 1) */
	double lock_timeout_s, statement_timeout_s;   /* 0: none */
	unsigned max_failures;  /* stop handing out work after so many failed views (0: never) */
	unsigned retries;       /* attempts after the first, with back-off */
	double backoff_s;       /* the first back-off; doubled each time, at most 60 s */
	double max_duration_s;  /* stop handing out work after so long (0: no limit) */
	int progress;           /* a terminal: one line redrawn; else a line per view */
	const char *version;    /* pgform's, for the record */
};

struct refresh_result {
	long long run_id;
	unsigned jobs;          /* connections that refreshed */
	double elapsed_s;
	unsigned nok, nfailed, nnot_started;
	const char *breaker;    /* why work stopped being handed out, or NULL */
};

/*
 * Run S on C (which holds the refresh lock and sees schema pgform at its
 * current version) and JOBS - 1 more connections.  Returns 0 when every
 * view was refreshed, 1 when any failed or was not started, -1 when the
 * run could not start (after reporting).
 */
int refresh_run(struct refresh_set *s, PGconn *c, const struct refresh_opts *o,
		struct refresh_result *res);

/*
 * Take the refresh lock on C (a session advisory lock): 0, or 1 after
 * reporting the refresh that holds it, -1 on error.  Refreshes left
 * running by a pgform that is gone are then recorded as interrupted.
 */
int refresh_lock(PGconn *c);
void refresh_unlock(PGconn *c);

/* Reports (report.c), appended to OUT. */
void refresh_plan_text(const struct refresh_set *s, unsigned jobs, struct strbuf *out);
void refresh_plan_json(const struct refresh_set *s, unsigned jobs, struct strbuf *out);
void refresh_report_text(const struct refresh_set *s, const struct refresh_result *r,
			 unsigned jobs, struct strbuf *out);
void refresh_report_json(const struct refresh_set *s, const struct refresh_result *r,
			 unsigned jobs, struct strbuf *out);
/* The estimated wall time of S on JOBS connections, from recorded durations; *UNKNOWN: views without one. */
double refresh_estimate(const struct refresh_set *s, unsigned jobs, unsigned *unknown);

#endif
