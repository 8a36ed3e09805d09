/*
 * planrun: load the state, read the catalog and build the plan — the
 * work shared by `plan` and `apply`.
 */
#ifndef PGFORM_PLANRUN_H
#define PGFORM_PLANRUN_H

#include <libpq-fe.h>

#include "catalog/catalog.h"
#include "diff/diff.h"
#include "model/model.h"
#include "plan/plan.h"

#define PLAN_MAX_LIST 256

struct plan_opts {
	const char *file;       /* -f, default pgform.yaml */
	const char *today;      /* --today */
	const char *conninfo;   /* -d */
	struct diff_opts diff;  /* its lists point into the buffers below */
	int verbose;
	const char *as_role;    /* --as-role: plan for this role to apply */
	const char *rev;        /* --rev: the state files of a git revision */
	int review;             /* plan, not apply: for the role of the last apply unless --as-role */
	const char *target_buf[PLAN_MAX_LIST], *replace_buf[PLAN_MAX_LIST];
};

/* Defaults: pgform.yaml, the diff lists on the buffers. */
void plan_opts_init(struct plan_opts *o);

struct plan_run {
	struct model m;
	struct catalog cat;
	struct plan p;
	PGconn *conn;
};

/*
 * Load, connect (unless R->conn is already set), read and diff.  Returns
 * 0 with everything in R, or -1 after reporting (R is still freed with
 * plan_run_free()).
 */
int plan_run(struct plan_run *r, const struct plan_opts *o);
void plan_run_free(struct plan_run *r);
/* Warn (plan) about password variables and files that are not there. */
void plan_check_secrets(const struct model *m, int fatal, int *missing);

#endif
