/*
 * decide: what should happen to one object, given what is desired and
 * what is live.  Pure functions: no I/O, no SQL text, no allocation; the
 * facts a decision needs from the catalog (available extension versions,
 * ACLs already computed, the record's verdict) are passed in as data.
 * This is where the safety policy lives: what is refused, what needs
 * --allow-destroy, what cannot be undone and why.  The writers in
 * write*.c turn a decision into a step's phases and its inverse.
 *
 * Each decider returns a struct decision by value; MSG holds the text of
 * an error, or of a reason that names something (a version, a schema):
 * REASON then is NULL (decision_reason() gives the one that is set).
 */
#ifndef PGFORM_DECIDE_H
#define PGFORM_DECIDE_H

#include "catalog/catalog.h"
#include "model/model.h"
#include "plan/plan.h"

enum decide_act {
	DA_NONE,        /* as desired */
	DA_CREATE,
	DA_ALTER,       /* in place: CHANGES says what */
	DA_REPLACE,     /* CREATE OR REPLACE */
	DA_REBUILD,     /* build under a temporary name, then swap */
	DA_RECREATE,    /* drop and create again, with dependents */
	DA_DROP,
	DA_SKIP,        /* left out of the plan: MSG says why */
	DA_ERROR,       /* the state cannot be brought about: MSG says why */
};

/* What differs, per kind (DA_ALTER and DA_CREATE of some kinds). */
enum decide_change {
	CH_ATTRS    = 1 << 0,   /* role attributes */
	CH_MEMBERS  = 1 << 1,   /* role memberships */
	CH_COMMENT  = 1 << 2,
	CH_OWNER    = 1 << 3,
	CH_ACL      = 1 << 4,
	CH_VERSION  = 1 << 5,   /* extension version */
	CH_SCHEMA   = 1 << 6,   /* extension schema */
	CH_OPTIONS  = 1 << 7,   /* server options */
	CH_USER     = 1 << 8,   /* user mapping's user */
	CH_PW_ADD   = 1 << 9,   /* user mapping's password */
	CH_PW_SET   = 1 << 10,
	CH_PW_DROP  = 1 << 11,
	CH_CRON     = 1 << 12,  /* a cron job's schedule, command, database, user or activity */
};

struct decision {
	enum decide_act act;
	const char *reason;     /* why, for people (static text), or NULL when MSG says it */
	unsigned hazards;       /* HAZARD_* */
	const char *irreversible; /* why it cannot be undone (static text or MSG), or NULL */
	unsigned changes;       /* CH_* */
	char msg[320];
};

/* Facts of the server about one extension, read from the catalog by the caller. */
struct ext_facts {
	int available;          /* a .control file exists */
	int version_available;  /* the desired version (or any, when none is desired) */
	const char *versions;   /* "1.0, 1.1" for messages */
	int path_up;            /* an update path from the live version to the desired one */
	int path_back;          /* and back */
	const char *path;       /* that path as pg_extension_update_paths() gives it: "1.0--1.1--1.2" */
	const char *reachable;  /* "1.1, 1.2": the versions the live one has a path to, for messages */
	const char *preload;    /* shared_preload_libraries, or NULL when unknown (not checked) */
	const char *cron_database; /* cron.database_name, or NULL */
	const char *database;   /* the warehouse database */
};

/*
 * Created when missing (at the desired version and schema), updated along
 * the server's update path (the reason shows it: "version 1.0 → 1.1 →
 * 1.2"), irreversible when there is no path back.  Errors: no control
 * file, a version the server does not have, no update path (naming the
 * versions reachable), a library it needs missing from
 * shared_preload_libraries, a schema move of a non-relocatable one.
 */
struct decision decide_extension(const struct extension *want, const struct live_extension *have,
				 const struct ext_facts *f);
/*
 * The library extension NAME must find in shared_preload_libraries to
 * work (pg_cron, pg_stat_statements, timescaledb, ...), or NULL.
 */
const char *decide_ext_preload(const char *name);
/* 1 when LIB is in PRELOAD (a shared_preload_libraries value: "a, 'b', $libdir/c.so"). */
int decide_preload_has(const char *preload, const char *lib);
struct decision decide_role(const struct role *want, const struct live_role *have);
/* ACL_SAME: the schema's privileges are as desired (after the owner change, if any). */
struct decision decide_schema(const struct schema *want, const struct live_schema *have,
			      const char *owner, int acl_same);
/* OPTIONS_SAME: every desired connection option is there with its value. */
struct decision decide_server(const struct live_server *have, int options_same);
/*
 * USER_SAME: the mapping's user option is the tenant's; WANTS_PASSWORD:
 * the tenant has a password; STALE: the live password is not the desired
 * one (found by the server, without reading it).
 */
struct decision decide_mapping(const struct live_mapping *have, int user_same, int wants_password,
			       int stale);
/*
 * DEF_CHANGED: its definition differs; REPLACEABLE: CREATE OR REPLACE can
 * make the change (not when the result, the arguments' names or modes
 * change, or defaults are taken away); BLOCKERS: what depends on it that
 * cannot be dropped and made again with it (NULL: nothing); ACL_SAME: its
 * privileges are as desired.
 */
struct decision decide_function(const struct live_function *have, int def_changed, int replaceable,
				const char *blockers, int acl_same);
/*
 * HAVE_PG_CRON: pg_cron is (or will be) where jobs are scheduled; DB and
 * USER: what the job's database and user come to.
 */
struct decision decide_cron(const struct cron_job *want, const struct live_cron *have, int have_pg_cron,
			    const char *db, const char *user);

/* How a desired relation compares with the live one (diff.c works it out, with the record and probes). */
struct rel_facts {
	int missing;            /* nothing of that name */
	int other_kind;         /* a relation of another kind has the name */
	const char *other_kind_name;
	int other_managed;      /* and pgform made it (the record says so) */
	int other_holds_data;   /* it is a table or a materialized view */
	int allow_destroy;
	int def_changed;        /* its definition (query, columns or indexes) differs, or --replace */
	int forced;             /* --replace */
	int cols_changed, cols_compatible;
	const char *why;        /* what changed, for people */
	int has_viewdef;        /* the live view's definition could be read (for an undo) */
	int unpopulated;        /* a live materialized view made WITH NO DATA (or never refreshed) */
};
struct decision decide_relation(enum obj_kind kind, const struct rel_facts *f);
/* Owner, privileges and comment of a relation that stays. */
struct decision decide_rel_attrs(const char *owner, const char *live_owner, int acl_same,
				 const char *comment, const char *live_comment);

/* What is known of a live object pgform manages and no longer wants. */
struct drop_facts {
	const char *why;        /* why pgform manages it ("not in the desired state", ...) */
	int consolidated;       /* a daily part folded into a yearly table: no data lost */
	int allow_destroy;
	unsigned foreign;       /* a schema: objects in it pgform does not manage; a server: others' user mappings */
	const char *foreign_list; /* "a.x, a.y", or "for r1, for r2" (three at most) */
	int has_inverse;        /* its definition could be written again (a view) */
};
struct decision decide_drop(enum obj_kind kind, const struct drop_facts *f);

/* Why (REASON, else MSG, else NULL); points into D. */
const char *decision_reason(const struct decision *d);

/* 1 when dropping an object of kind K loses data (tables, materialized views, schemas, extensions, roles). */
int decide_holds_data(enum obj_kind k);

#endif
