/*
 * plan: what pgform would do to a database, as a DAG of steps.
 *
 * A plan is built by diff.c from a desired model and a catalog, ordered
 * by (kind, schema, name) then topologically with the least movement, and
 * rendered by planfmt.c (text, sql, json, markdown, dot) or run by apply.
 * Every string of a plan lives in its arena; plan_free() releases it all.
 *
 * A step is a record, the one thing diff, the renderers, planfile and
 * apply share: what it does (action, object, reason, hazards), its
 * statements by phase (build, swap, cleanup) and its inverse, each a list
 * of single statements, and what apply needs to schedule it (batch key,
 * locks, dependencies).  No secret is ever stored in a plan: a statement
 * that needs one names it (step.secrets) and apply binds the value in.
 */
#ifndef PGFORM_PLAN_H
#define PGFORM_PLAN_H

#include <stddef.h>

#include "base/arena.h"
#include "model/model.h"
#include "base/strbuf.h"

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
	HAZARD_REVOKES         = 1 << 4,  /* takes privileges or memberships away (revokes says which) */
	HAZARD_CARRIES         = 1 << 5,  /* drops and makes again what pgform does not manage (carries says what) */
};

/*
 * One SQL statement, without its ';'.  A statement that needs a secret is
 * SQL, then the secret's value (quoted, or as a SCRAM verifier), then
 * TAIL: apply puts the value in; everything else shows the secret's name.
 */
struct stmt {
	const char *sql;
	int secret;             /* index in step.secrets, or -1 */
	const char *tail;       /* after the secret; NULL when there is none */
};

struct stmt_list {
	struct stmt *v;
	unsigned n, alloc;
};

/* A password a statement needs: where it is read from, and how it is sent. */
struct secret_ref {
	const char *env;        /* environment variable, or NULL */
	const char *file;       /* else a file (its last newline dropped) */
	int verifier;           /* 1: sent as a SCRAM verifier (a role), 0: a quoted literal */
};

/* A step that reads a tenant's source over dblink: what to check when it fails. */
struct step_source {
	const char *tenant;     /* tenant key */
	const char *server;     /* foreign server */
	const char *tmpl;       /* template */
	const char *columns;    /* "id bigint, ..." the template declares */
};

struct step {
	unsigned id;            /* 1-based position in the plan */
	enum step_action action;
	enum obj_kind kind;
	const char *schema;     /* NULL for global kinds */
	const char *name;
	const char *target;     /* identity, as in expand: "tenant_a.foodlogstats_2024_01_15" */
	const char *reason;     /* why: "missing", "query changed", "--replace", ... */
	/*
	 * Phases.  BUILD runs first, in a transaction of its own (a rebuild's
	 * new copy).  The swap phase is one transaction with the step's record:
	 * LOCK of the views in LOCK (readers' order), VIEW_SWAP (a copy swap
	 * of the one view that reads a rebuilt relation), SWAP (for most steps,
	 * everything they do), REPOINT (views re-pointed after the renames).
	 * CLEANUP runs when the apply ends (old copies dropped).
	 */
	struct stmt_list build;
	const char **lock;      /* quoted qualified names of views */
	unsigned nlock;
	struct stmt_list view_swap, swap, repoint, cleanup;
	struct stmt_list inverse;       /* undoes it; empty: nothing to undo */
	const char *irreversible;       /* why it cannot be undone (inverse unused), or NULL */
	struct secret_ref *secrets;     /* what statements name, never the values */
	unsigned nsecrets;
	const char *batch_key;  /* rebuilds with the same key may share one swap transaction */
	int swaps;              /* its swap phase replaces what readers use: lock_timeout and retries */
	const struct step_source *source;
	const char *revokes;    /* what it takes away: "SELECT from bi; member of wh_admin", or NULL */
	const char *carries;    /* what it drops and makes again that pgform does not manage: "trigger t on table public.x; ...", or NULL */
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
	int after_only;         /* it reads what this plan creates: run after the steps only */
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
	const char *apply_role; /* the role it was made for: who creates, owns, maps (--as-role) */
	const char *catalog_fp; /* xxHash of what was read, 16 hex digits */
	const char *desired_fp; /* xxHash of the desired state */
	const char *git_commit; /* of the state files, or NULL */
	const char *pgform_version;
	const char *created_at; /* ISO 8601 UTC */
	const char *catalog_detail; /* per-kind fingerprints: "roles=..;relations=.." */
	const char *plan_hash;  /* of its plan file (read, or being saved), 32 hex digits; else NULL */
	const char *title;      /* the markdown heading ("pgform plan" when NULL) */
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
void plan_add_check(struct plan *p, const char *name, const char *sql, int after_only);

/*
 * Secrets are shown as "<<secret:env:NAME>>" or "<<secret:file:PATH>>"
 * where the value goes: in plans, scripts and the record.
 */
void plan_secret_marker(struct strbuf *sb, const struct secret_ref *r);

/* Append statement ST of S as text, its secret shown by its marker. */
void step_stmt_text(const struct step *s, const struct stmt *st, struct strbuf *out);

/* Append a statement to L (copied into P's arena); secret -1 and tail NULL for a plain one. */
void stmt_add(struct plan *p, struct stmt_list *l, const char *sql, int secret, const char *tail);

/*
 * Append the statements of BUF to L: statements end with a NUL byte
 * (quote.h, sql_end()), and a secret stands between a statement's head
 * and its tail as a segment of its own (sql_secret()): the Kth one names
 * SECRETS[K], added to S.  Text that comes from users cannot hold a NUL
 * byte, so nothing it holds can end a statement or name a secret.
 */
void stmt_split(struct plan *p, struct step *s, struct stmt_list *l, const char *buf, size_t len,
		const struct secret_ref *secrets, unsigned nsecrets);

/* "LOCK TABLE a, b IN ACCESS EXCLUSIVE MODE" of S's lock list (nothing when empty). */
void step_lock_sql(const struct step *s, struct strbuf *out);

/* Statements of L (a list of S) as text, secrets as markers, each ending ";\n". */
void step_list_text(const struct step *s, const struct stmt_list *l, struct strbuf *out);

/* Every statement of S's swap phase in order, as text (secrets as markers), each ending ";\n". */
void step_swap_text(const struct step *s, struct strbuf *out);

/*
 * Every statement of S in the order apply runs them, for people to read:
 * the phases are set apart by "-- pgform:swap", "-- pgform:renames" (after
 * a view swap) and "-- pgform:cleanup" lines.  Nothing reads them back.
 */
void step_text(const struct step *s, struct strbuf *out);

/* Record that S cannot be undone, and why (its inverse is then never run). */
void step_irreversible(struct step *s, const char *why);

#endif
