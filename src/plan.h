/*
 * plan: what pgform would do to a database, as a DAG of steps.
 *
 * A plan is built by diff.c from a desired model and a catalog, ordered
 * by (kind, schema, name) then topologically with the least movement, and
 * rendered by planfmt.c (text, sql, json, markdown, dot) or run by apply.
 * Every string of a plan lives in its arena; plan_free() releases it all.
 * No secret is ever stored in a plan: a statement that needs one holds
 * the marker written by plan_secret_marker(), replaced at apply time.
 */
#ifndef PGFORM_PLAN_H
#define PGFORM_PLAN_H

#include <stddef.h>

#include "arena.h"
#include "model.h"

enum step_action {
	STEP_CREATE,    /* + */
	STEP_DROP,      /* - */
	STEP_ALTER,     /* ~ in place: owner, grants, comment, version, schedule */
	STEP_REPLACE,   /* ~ CREATE OR REPLACE (view, function) */
	STEP_REBUILD,   /* ± build under a temporary name, then swap */
	STEP_RECREATE,  /* ± drop and create again (with dependents) */
};

enum step_hazard {
	HAZARD_DROPS_DATA      = 1 << 0,  /* a table, schema or tenant goes */
	HAZARD_EXCLUSIVE_LOCK  = 1 << 1,  /* takes ACCESS EXCLUSIVE for a while */
	HAZARD_IRREVERSIBLE    = 1 << 2,  /* cannot be undone by rollback */
	HAZARD_REBUILDS_ROWS   = 1 << 3,  /* reads all rows again (rows says how many) */
};

struct step {
	unsigned id;            /* 1-based position in the plan */
	enum step_action action;
	enum obj_kind kind;
	const char *schema;     /* NULL for global kinds */
	const char *name;
	const char *target;     /* identity, as in expand: "tenant_a.foodlogstats_2024_01_15" */
	const char *sql;        /* the statements, ";\n"-separated, secrets as markers */
	const char *inverse;    /* statements that undo it; NULL when irreversible */
	const char *reason;     /* why: "missing", "query changed", "--replace", ... */
	unsigned hazards;       /* enum step_hazard bits */
	long long rows;         /* rows it touches (estimate), -1 unknown */
	long long bytes;        /* size of what it touches, -1 unknown */
	unsigned *deps;         /* ids of steps that must finish first */
	unsigned ndeps, adeps;
	unsigned group;         /* steps sharing a group id run in one transaction (0: alone) */
	const char *group_label;/* for grouped display: "daily parts of tenant_b.foodlogstats" */
	int no_transaction;     /* must run outside a transaction block */
	const char *spec_hash;  /* desired spec of the target, recorded by apply; NULL for drops */
	const char *database;   /* run in this database of the server (pg_cron's); NULL: the warehouse */
};

/* A check declared in the state: SQL that must return true. */
struct plan_check {
	const char *name;
	const char *sql;
};

/* An object plan left out, and why (e.g. a drop without --allow-destroy). */
struct skipped {
	enum obj_kind kind;
	const char *target;
	const char *reason;
};

struct plan {
	struct arena arena;
	struct step **steps;
	unsigned nsteps, asteps;
	struct skipped *skipped;
	unsigned nskipped, askipped;
	const char *database;   /* current_database() it was made against */
	const char *catalog_fp; /* xxHash of what was read, 16 hex digits */
	const char *desired_fp; /* xxHash of the desired state */
	const char *git_commit; /* of the state files, or NULL */
	const char *pgform_version;
	const char *created_at; /* ISO 8601 UTC */
	const char *catalog_detail; /* per-kind fingerprints: "roles=..;relations=.." */
	struct plan_check *checks;  /* run before and after apply */
	unsigned nchecks;
};

/* Counts for the summary line. */
struct plan_counts {
	unsigned create, rebuild, change, drop;
};

struct step *plan_add_step(struct plan *p, enum step_action a, const struct object *o);
void plan_step_depend(struct plan *p, struct step *s, unsigned on_id);
void plan_skip(struct plan *p, enum obj_kind k, const char *target, const char *reason);
void plan_count(const struct plan *p, struct plan_counts *c);
/* "+", "-", "~", "±" */
const char *step_symbol(enum step_action a);
/* "create", "drop", "alter", "replace", "rebuild", "recreate" */
const char *step_action_name(enum step_action a);
void plan_free(struct plan *p);
void plan_add_check(struct plan *p, const char *name, const char *sql);

/*
 * Secrets: a statement needing a password holds "<<secret:env:NAME>>" or
 * "<<secret:file:PATH>>" where the quoted literal would go; apply swaps
 * in the value, and every output shows the marker as it is.
 */
void plan_secret_marker(struct strbuf *sb, const char *env, const char *file);

#endif
