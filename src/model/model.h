/*
 * model: the desired state, as loaded from YAML and expanded.
 *
 * Every object embeds `struct object` first (kind, schema, name, place,
 * dependencies), so code that orders, prints or diffs objects treats all
 * kinds alike and casts to the kind's struct when it needs more.  All
 * memory of a model lives in its arena; model_free() releases it at once.
 */
#ifndef PGFORM_MODEL_H
#define PGFORM_MODEL_H

#include <stddef.h>

#include "base/arena.h"
#include "base/diag.h"
#include "base/hashmap.h"
#include "base/strbuf.h"

/* Kinds, in the order steps of different kinds are sorted. */
enum obj_kind {
	OBJ_EXTENSION,
	OBJ_ROLE,
	OBJ_SCHEMA,
	OBJ_SERVER,        /* dblink foreign server of a tenant */
	OBJ_USER_MAPPING,
	OBJ_FUNCTION,
	OBJ_TABLE,         /* yearly table built from daily parts */
	OBJ_MATVIEW,       /* user materialized view or daily part */
	OBJ_VIEW,          /* user view, union view, public view */
	OBJ_GRANT,         /* grants of the top-level grants: list */
	OBJ_CRON,
	OBJ_CHECK,
	OBJ__COUNT
};

/* The YAML word for a kind ("materialized_view"). */
const char *obj_kind_name(enum obj_kind k);
/* The kind in words, for messages ("materialized view"). */
const char *obj_kind_words(enum obj_kind k);

enum obj_flags {
	OBJF_GENERATED = 1 << 0, /* made by expansion, not written by the user */
	OBJF_FROZEN    = 1 << 1, /* part of a disabled tenant: kept, never created */
	OBJF_ABSENT    = 1 << 2, /* set by diff: will not exist (a frozen part not built) */
};

/*
 * SQL text taken from YAML or a .sql file, with what is needed to turn a
 * (line, col) inside the text into a place in the file.
 */
struct sqltext {
	const char *sql;        /* NULL: absent */
	struct srcpos pos;      /* place of the text's first byte */
	int block;              /* 1: YAML block scalar (lines keep their indent) */
	unsigned indent;        /* block scalars: columns stripped from each line */
	/*
	 * A scalar whose value is not its lines as written (quoted, plain or
	 * folded): the scalar as written from its first content character,
	 * and its quote ('"', '\'' or 0).  NULL for files and literal blocks.
	 */
	const char *raw;
	char style;
};

/* The file place of (line, col) of T's text (both 1-based). */
struct srcpos sqltext_pos(const struct sqltext *t, unsigned line, unsigned col);

struct object {
	enum obj_kind kind;
	unsigned id;            /* index in model.objs */
	unsigned flags;
	const char *schema;     /* NULL for kinds outside schemas */
	const char *name;
	const char *ident;      /* "schema.name", "schema.f(args)", ... unique per kind */
	struct srcpos pos;      /* where it was declared (or what generated it) */
	unsigned *deps;         /* ids of objects this one needs first */
	unsigned ndeps, adeps;
};

/* A grant attached to one object (no `on:`). */
struct obj_grant_item {
	const char *role;       /* "PUBLIC" for the public pseudo-role */
	const char **privs;     /* upper case */
	unsigned nprivs;
	int with_grant_option;
	struct srcpos pos;
};

struct grant_list {
	struct obj_grant_item *v;
	unsigned n;
};

/* What an extension is, declared (NULL: not declared) and live (catalog.h). */
struct extension_attrs {
	const char *version;    /* NULL: any */
	const char *schema;
};

struct extension {
	struct object h;
	struct extension_attrs a;
	unsigned nchecks;       /* its checks are OBJ_CHECK objects */
};

/*
 * What a role is: the same struct for the role declared (where -1 and -2
 * mean "not declared") and the role in the catalog (catalog.h).
 */
struct role_attrs {
	int login, superuser, createdb, createrole, inherit; /* -1 unset */
	long connection_limit;  /* -2 unset */
	const char **member_of;
	unsigned nmember_of;
	const char **admin_of;  /* live roles only: the memberships held WITH ADMIN OPTION */
	unsigned nadmin_of;
};

struct role {
	struct object h;
	struct role_attrs a;
	const char *password_env, *password_file;
	const char *comment;
	int managed;            /* 0: exists outside pgform */
};

struct schema {
	struct object h;
	const char *owner;
	const char *comment;
	int generated_for_tenant;
	int exclusive;          /* the state owns it: what it does not declare in it is dropped */
};

struct tenant;
struct template;
struct subst_tpl;

struct server {
	struct object h;        /* name: pgform_<tenant> */
	struct tenant *tenant;
};

struct user_mapping {
	struct object h;        /* name: the role, or CURRENT_USER */
	struct tenant *tenant;
	const char *server;
	const char *role;       /* NULL: the applying user */
};

struct function {
	struct object h;
	const char *args;       /* identity argument types, normalised: "text, date" */
	struct sqltext sql;     /* the CREATE statement as written */
	const char *language;   /* lower case; NULL when not found */
	int procedure;
	struct function *next_overload; /* same schema.name */
};

enum rel_origin {
	REL_USER,               /* views: / materialized_views: */
	REL_PART,               /* daily part of a tenant's template */
	REL_TENANT_MV,          /* partition: none, one view per tenant */
	REL_YEARLY,             /* yearly table */
	REL_UNION,              /* tenant union view */
	REL_PUBLIC,             /* public view over all tenants */
};

enum refresh_kind { REFRESH_PLAIN, REFRESH_CONCURRENTLY, REFRESH_STATEMENT };

struct relation {
	struct object h;
	enum rel_origin origin;
	struct sqltext query;   /* REL_USER: the query as written */
	const char **depends_on;/* REL_USER: declared extra dependencies */
	struct srcpos *depends_pos;
	unsigned ndepends_on;
	const char **indexes;   /* as written: "UNIQUE (id)" */
	unsigned nindexes;
	struct grant_list grants;
	const char *owner;
	const char *comment;
	enum refresh_kind refresh;
	const char *refresh_stmt;
	struct tenant *tenant;  /* generated relations */
	struct template *tmpl;
	int day;                /* REL_PART: days since 1970-01-01 */
	int year;               /* REL_YEARLY */
	int first_day, last_day;/* REL_YEARLY: the days it holds */
	unsigned *members;      /* REL_UNION / REL_PUBLIC: ids, in order */
	unsigned nmembers, amembers;
};

struct template_column {
	const char *name;
	const char *type;
};

enum partition_kind { PARTITION_DAILY, PARTITION_NONE };

struct template {
	const char *name;
	struct srcpos pos;
	const char *description;
	enum partition_kind partition;
	int consolidate_yearly;
	struct sqltext remote_query;
	struct template_column *columns;
	unsigned ncolumns;
	struct sqltext *indexes;
	unsigned nindexes;
	const char *union_view;
	const char *public_schema, *public_name; /* NULL: no public view */
	struct srcpos public_pos;
	struct grant_list grants;
	const char *owner;
	unsigned used;          /* number of tenants using it */
	struct subst_tpl *remote_tpl;  /* compiled on first render */
	struct subst_tpl *index_tpls;
};

struct tenant_template {
	struct template *tmpl;
	struct srcpos pos;
	int from, until;        /* days since epoch; until already defaulted */
	int has_from;
};

struct tenant {
	const char *key;
	struct srcpos pos;
	const char *schema;
	const char *client;
	struct srcpos schema_pos, client_pos; /* their values; no file: not given */
	int enabled;
	const char *host, *dbname, *user, *sslmode, *options;
	int port;               /* 0: unset */
	const char *password_env, *password_file;
	struct srcpos conn_pos;
	int has_connection;
	struct tenant_template *templates;
	unsigned ntemplates;
	const char *server;     /* its dblink foreign server: pgform_<key>, or the adopted one */
	int adopted;            /* connection: { server: NAME }: an existing server and its user
				 * mappings, used as found (pgform neither makes nor changes them) */
};

struct grant {
	struct object h;
	const char *role;
	const char **privs;
	unsigned nprivs;
	int with_grant_option;
	const char *for_role;
	const char *on;         /* as written, normalised spacing */
	enum {
		GRANT_ON_SCHEMA, GRANT_ON_TABLE, GRANT_ON_FUNCTION,
		GRANT_ON_ALL_TABLES, GRANT_ON_ALL_FUNCTIONS,
		GRANT_ON_DEFAULT_TABLES, GRANT_ON_DEFAULT_FUNCTIONS,
	} target;
	const char *target_schema;
	const char *target_name;  /* table or function name (function: with args) */
};

struct cron_job {
	struct object h;        /* name: the job name */
	const char *schedule;
	struct sqltext command;
	const char *database;   /* NULL: the warehouse database */
	const char *username;
	int active;
	struct tenant *tenant;  /* per-tenant jobs */
	int minute;             /* -1 when not staggered */
	const struct cron_spec *spec;
};

/* A cron: entry as written; expand_cron() turns it into cron_job objects. */
struct cron_spec {
	const char *name;
	struct srcpos pos;
	const char *schedule;
	struct srcpos schedule_pos;
	struct sqltext command;
	const char *database, *username;
	int active;
	int per_tenant;
};

struct check {
	struct object h;
	struct sqltext sql;
	const char *origin;     /* "checks" or "extension 'NAME'" */
};

struct model {
	struct arena arena;
	struct diags diags;
	int today;              /* days since epoch (UTC) */
	const char *entry;      /* entry file as named */
	const char *rev;        /* --rev: the git revision the files were read from, or NULL */
	const char *rev_commit; /* and its commit, 40 hex digits */
	struct object **objs;
	unsigned nobjs, aobjs;
	struct hashmap by_ident[OBJ__COUNT];
	struct hashmap functions_by_name; /* "schema.name" -> first function */
	struct template **templates;
	unsigned ntemplates, atemplates;
	struct tenant **tenants;
	unsigned ntenants, atenants;
	struct cron_spec **cron_specs;
	unsigned ncron_specs, acron_specs;
	struct hashmap templates_by_name;
	struct hashmap tenants_by_key;
	unsigned nfiles;
	const char **files;     /* every file read, in order */
	unsigned *order;        /* ids in dependency order (after model_sort) */
	int extensions_exclusive; /* exclusive: [extensions]: undeclared extensions are dropped */
};

/* "materialized view 'x.y'", allocated from M's arena. */
const char *obj_describe(struct model *m, const struct object *o);
/* Allocate an object of SIZE bytes with the given header fields and register it. */
struct object *model_add(struct model *m, size_t size, enum obj_kind kind,
			 const char *schema, const char *name, const char *ident,
			 struct srcpos pos);
/* The object of KIND with IDENT, or NULL. */
struct object *model_find(const struct model *m, enum obj_kind kind, const char *ident);
/* A relation (table, view or materialized view) named schema.name, or NULL. */
struct object *model_find_relation(const struct model *m, const char *qualified);
/* Add the edge "A needs B" (no duplicates of the last edge). */
void model_depend(struct model *m, struct object *a, unsigned b);
void model_free(struct model *m);

/* Order the objects (objsort.c): fills m->order, or reports a cycle and returns -1. */
int model_sort(struct model *m);

/*
 * The identity of a user mapping, the one rule for it: "SERVER for ROLE".
 * ROLE NULL stands for the applying user: named CURRENT as given, or
 * "CURRENT_USER" when CURRENT is NULL (as the state names it).  In arena A.
 */
const char *mapping_ident(struct arena *a, const char *server, const char *role, const char *current);
/* "daily parts of t.x" for a part, "yearly tables of t.x" for a yearly table (how plans fold runs), else NULL. */
const char *rel_part_label(struct arena *a, const struct relation *r);

#endif
