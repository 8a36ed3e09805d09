/*
 * catalog: the live database, read with one bulk query per object kind
 * (never one query per object), into objects that share the desired
 * model's header (struct object), so diff compares like with like.
 *
 * Definitions that PostgreSQL must deparse (view queries) are not read
 * in bulk: catalog_load_viewdefs() fetches them for the few objects whose
 * record does not vouch for them.  Passwords are never read: user mapping
 * options are filtered on the server.
 *
 * Privileges are read through aclexplode(), one row per grantee and
 * privilege, into a struct acl per object; a NULL aclitem[] is the
 * owner's defaults (acl_default()).
 *
 * catalog_free() releases everything (strings are in the arena, ACLs are
 * released one by one).
 */
#ifndef PGFORM_CATALOG_H
#define PGFORM_CATALOG_H

#include <libpq-fe.h>

#include "model/model.h"
#include "sql/acl.h"

struct live_column {
	const char *name;
	const char *type;       /* format_type() */
};

struct live_index {
	const char *name;
	const char *def;        /* pg_get_indexdef(), loaded with the view definitions */
	int unique;
	unsigned oid;
};

struct live_rel {
	struct object h;        /* kind: OBJ_TABLE, OBJ_VIEW or OBJ_MATVIEW */
	unsigned oid;
	char relkind;           /* 'r', 'v', 'm', 'p', 'f' */
	const char *owner;
	struct acl acl;         /* relacl; NULL: the owner's defaults */
	const char *comment;
	int populated;
	double reltuples;
	long long bytes;
	struct live_column *cols;
	unsigned ncols;
	struct live_index *idx;
	unsigned nidx;
	const char *viewdef;    /* NULL until catalog_load_viewdefs() */
	unsigned long long stamp;/* xxHash of the catalog rows that define it */
	const char *defmark;    /* changes when its query does (xmin of its _RETURN rule); NULL for a table */
	/*
	 * oids of relations and functions it reads (pg_depend); h.deps holds
	 * their ids, and those of the extensions whose objects it uses
	 */
	unsigned *refs;
	/*
	 * A view with what a copy of it would not carry: options, column
	 * privileges, defaults or comments, or dependents other than views
	 * (functions of its row type, triggers, rules).  A swap re-points it
	 * in place instead of building a copy (see diff/write_rel.c).
	 */
	int pinned;
	unsigned nrefs, arefs;
};

struct live_schema {
	struct object h;
	unsigned oid;
	const char *owner, *comment;
	struct acl acl;         /* nspacl; NULL: the owner's defaults */
};

struct live_role {
	struct object h;
	struct role_attrs a;    /* every field set */
	const char *comment;
};

struct live_extension {
	struct object h;
	struct extension_attrs a;       /* both set */
	int relocatable;        /* pg_extension.extrelocatable: ALTER EXTENSION ... SET SCHEMA works */
};

struct live_function {
	struct object h;        /* ident: schema.name(identity args) */
	unsigned oid;
	const char *args;
	const char *owner, *comment, *language;
	struct acl acl;         /* proacl; NULL: the owner's defaults */
	char prokind;
	unsigned long long stamp;
	const char *defmark;    /* md5 of what defines it (source, arguments, result, options) */
	const char *def;        /* pg_get_functiondef(), on demand */
};

struct live_server {
	struct object h;
	const char *owner, *fdw;
	const char **options;   /* "host=...", as stored */
	unsigned noptions;
	unsigned long long stamp;
};

struct live_mapping {
	struct object h;        /* ident: "server for role" (role PUBLIC or a name) */
	const char *server, *role;
	const char **options;   /* never a password: filtered by the server */
	unsigned noptions;
	int has_password;
	int options_hidden;     /* pg_user_mappings shows its options only to its role and the server's owner */
};

struct live_defacl {
	struct object h;        /* ident: "role:schema:type" */
	const char *role, *nsp; /* nsp NULL: global */
	char objtype;           /* 'r' tables, 'f' functions, ... */
	struct acl acl;         /* defaclacl (never NULL) */
};

struct live_cron {
	struct object h;        /* name: jobname */
	long long jobid;
	const char *schedule, *command, *database, *username;
	int active;
};

struct record_entry {
	const char *kind, *ident;
	const char *spec_hash;
	const char *stamp;
};

struct ext_available {
	const char *name, *version;
};

struct ext_path {
	const char *name, *source, *target, *path;
};

struct catalog {
	struct model m;         /* live objects, indexed like desired ones */
	const char *database;
	const char *current_user;  /* the role the plan is for: who creates and owns (--as-role) */
	const char *connected_user; /* the role connected: what it can see */
	const char *last_apply_role; /* the role of the last complete apply, or NULL */
	int server_version;
	int is_superuser;
	int may_quiet_log;      /* may turn statement logging off (SQL_MAY_QUIET_LOG) */
	struct uintmap by_oid;  /* oid -> object (relations, functions) */
	struct uintmap ext_members; /* oid of an extension's function, relation, type or operator -> its extension */
	struct ext_available *avail;
	unsigned navail;
	struct ext_path *paths;
	unsigned npaths;
	int has_cron;           /* cron.job readable in this database */
	int cron_remote;        /* cron.job read from cron.database_name instead */
	const char *conninfo;   /* set by the caller: how to reach cron.database_name */
	const char *cron_database; /* cron.database_name */
	const char *preload;    /* shared_preload_libraries, or NULL when this role cannot read it */
	int has_record;         /* schema pgform with its tables */
	int record_version;
	struct hashmap record;  /* "kind ident" -> struct record_entry */
	unsigned long long fingerprint; /* of everything read, but schema pgform and what is in it */
	const char *detail;     /* "roles=<hash>;schemas=<hash>;..." per query */
	/*
	 * "oid" of a relation or function -> what else depends on it that
	 * pgform never manages (column defaults, triggers, policies,
	 * constraints, indexes), as pg_describe_object() says, "; "-joined.
	 */
	struct hashmap foreign_deps;
	struct hashmap names;   /* strings many objects share, once each (see cname()) */
	struct catalog_side *side; /* while the catalog is read: its second connection, or NULL */
	struct catalog_reading *reading; /* from catalog_read_begin() to catalog_read_end() */
	int one_connection;     /* set by the caller: read on the connection given alone */
};

/*
 * Read the catalog through C.  EXT_NAMES (NULL-terminated, may be NULL)
 * are the extensions whose available versions and update paths are read.
 * Returns 0, or -1 after reporting which read failed.
 */
int catalog_read(struct catalog *cat, PGconn *c, const char *const *ext_names);
/*
 * catalog_read() in two halves, for a caller that learns EXT_NAMES while
 * the catalog is read: _begin() reads everything but what extensions the
 * server could install (their versions too unless EXT_VERSIONS is 0: no
 * names will come), leaving the read's transaction open on C; _end()
 * reads the rest for EXT_NAMES and ends the read.  After _begin() failed, or instead
 * of _end(), catalog_free() ends it.  Each returns 0, or -1 after
 * reporting.
 */
int catalog_read_begin(struct catalog *cat, PGconn *c, int ext_versions);
int catalog_read_end(struct catalog *cat, PGconn *c, const char *const *ext_names);
/* Fetch pg_get_viewdef() for the relations in RELS (one query). */
int catalog_load_viewdefs(struct catalog *cat, PGconn *c, struct live_rel **rels, unsigned n);
/* Fetch pg_get_functiondef() for FNS (one query). */
int catalog_load_functiondefs(struct catalog *cat, PGconn *c, struct live_function **fns, unsigned n);
struct live_rel *catalog_rel(const struct catalog *cat, const char *qualified);
/*
 * What live object L looks like, aspect by aspect, for pgform drift:
 * "definition=H owner=H privileges=H ..." (H: 16 hex digits), the
 * aspects of its kind in a fixed order.  Appended to OUT.
 */
void catalog_aspects(const struct object *l, struct strbuf *out);
/*
 * Something pgform does not manage that depends on a relation or function
 * (pg_depend, deptype 'n'): a column default, trigger, policy, table or
 * domain constraint, or index; or a trigger, policy or rule on the
 * relation itself (deptype 'a', attached: it goes with a drop for good).  Read by catalog_load_dependents() with
 * every name in its definitions qualified, so it can be made again as it
 * was (diff/write_carried.c).
 */
enum live_dep_kind { LDEP_DEFAULT, LDEP_TRIGGER, LDEP_POLICY, LDEP_CONSTRAINT, LDEP_INDEX, LDEP_RULE };

struct live_dependent {
	enum live_dep_kind kind;
	unsigned ref;           /* oid of the relation or function it depends on */
	unsigned oid;           /* its own (pg_attrdef, pg_trigger, ... oid) */
	const char *label;      /* pg_describe_object(), names qualified */
	const char *nsp, *rel;  /* the relation (or domain) it belongs to */
	char relkind;           /* of that relation; 'd' for a domain */
	const char *name;       /* column, trigger, policy, constraint or index */
	const char *def;        /* default expression, pg_get_triggerdef(), policy USING, pg_get_constraintdef(), pg_get_indexdef(), pg_get_ruledef() */
	const char *check;      /* policy: WITH CHECK expression, or NULL */
	const char **roles;     /* policy: the roles it applies to ("PUBLIC" for all), in order */
	unsigned nroles;
	char flag;              /* default: attgenerated; trigger: tgenabled; policy: polcmd; constraint: contype; rule: ev_enabled */
	int permissive;         /* policy */
	int clustered;          /* index: the table is clustered on it */
	const char *comment;
	const char *inexact;    /* why it cannot be made again exactly from this, or NULL */
	int attached;           /* on the relation itself (a trigger, policy or rule of it) */
};

/*
 * Read what pgform does not manage that depends on the relations and
 * functions OIDS (one query a kind).  *OUT (in CAT's arena) gets one
 * entry per dependent and object it depends on, ordered by dependent.
 */
int catalog_load_dependents(struct catalog *cat, PGconn *c, const unsigned *oids, unsigned n,
			    struct live_dependent **out, unsigned *nout);
struct object *catalog_by_oid(const struct catalog *cat, unsigned oid);
const struct record_entry *catalog_record(const struct catalog *cat, enum obj_kind k,
					  const char *ident);
void catalog_free(struct catalog *cat);

#endif
