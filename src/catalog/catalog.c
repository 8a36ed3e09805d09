/*
 * catalog.c: the live catalog in bulk.  One query per object kind, rows
 * ordered by parent, column numbers looked up once with PQfnumber (as
 * pg_dump's getTables() and friends do).  Objects that belong to an
 * extension are left out: the extension owns them.
 */
#include "catalog/catalog.h"

#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <xxhash.h>

#include "catalog/db.h"
#include "base/strbuf.h"
#include "base/usage.h"
#include "sql/quote.h"

/* Schemas pgform never reads objects from. */
#define NSP_FILTER \
	"n.nspname NOT IN ('pg_catalog', 'information_schema') " \
	"AND n.nspname NOT LIKE 'pg\\_toast%' AND n.nspname NOT LIKE 'pg\\_temp\\_%' " \
	"AND n.nspname NOT LIKE 'pg\\_toast\\_temp\\_%'"

/*
 * Rows of class CLASSOID that an extension owns: their membership rows
 * reference pg_extension, so the few of them are found by index and
 * hashed, not looked up once for each object.
 */
#define NOT_EXT_MEMBER(classoid, oidcol) \
	oidcol " NOT IN (SELECT e.objid FROM pg_catalog.pg_depend e " \
	"WHERE e.refclassid = 'pg_catalog.pg_extension'::regclass " \
	"AND e.classid = '" classoid "'::regclass AND e.deptype = 'e')"

/*
 * The catalog is read on two connections at once where it can be: most
 * of a no-op plan is the server's work, and so it runs on two cores.  The
 * second connection (the side) imports the first one's snapshot, so both
 * read the same catalog; it runs the queries of the readers with a side
 * number (readers[]), in that order, in one pipeline, while the first runs the
 * others, and each reader takes its result from the side as it needs it
 * (a thread takes them off the connection meanwhile).  Without a side
 * (the server refused a second connection, or a snapshot), or once a
 * result on it failed, every query runs on the first connection, as the
 * readers ask for them.
 */
/* A row of a result, in the order its reader wants: its number and the oid in its column 0. */
struct row_ref {
	unsigned oid, row;
};

static struct row_ref *rows_for(const char *sql, const PGresult *r);

struct side_query {
	const char *sql;        /* one of the readers' queries: cat_query() knows it by its address */
	const char *param;      /* its $1, or NULL */
};

struct catalog_side {
	PGconn *c;
	struct side_query *q;   /* sent, in this order */
	unsigned n;
	unsigned next;          /* the next result to take */
	int broken;             /* a result failed: the rest run on the first connection */
	/*
	 * The side's results are taken off its connection as they come, by a
	 * thread of their own: a server whose results nobody reads stops
	 * running its queries once the socket's buffer is full, and the first
	 * connection's readers would read the side's results only after their
	 * own.  The thread owns the connection until it has taken all of them.
	 */
	pthread_t thread;
	pthread_mutex_t mu;
	pthread_cond_t cv;      /* a result came, or the thread finished */
	pthread_cond_t room;    /* a reader took a result, or the side closes */
	PGresult **res;         /* res[i]: the result of q[i], once got > i */
	struct row_ref **rows;  /* rows[i]: its rows in the order its reader wants (rows_for()), or NULL */
	size_t *size;           /* size[i]: the memory res[i] and rows[i] take */
	size_t held;            /* that of the results got and not yet taken by their readers */
	size_t held_max;        /* SIDE_HELD_MAX, or PGFORM_TEST_SIDE_HELD (tests only) */
	unsigned got;           /* results taken; n, or fewer and done */
	int done;               /* the thread has finished */
	int closing;            /* side_close() wants the thread to stop */
};

/*
 * How much of the side's results the thread holds before it waits for
 * their readers: a big catalog's results would otherwise all be in
 * memory at once.  The results of a warehouse of ten tenants (5 MB) all
 * fit: the side never waits for the first connection's readers there.
 * Beyond, the server waits on a full socket until a reader takes a result.
 */
#define SIDE_HELD_MAX ((size_t)8 << 20)

/* The side's thread: every result, in order, until one fails. */
static void *side_run(void *arg)
{
	struct catalog_side *s = arg;
	unsigned i;
	for (i = 0; i < s->n; i++) {
		pthread_mutex_lock(&s->mu);
		while (s->held >= s->held_max && !s->closing)
			pthread_cond_wait(&s->room, &s->mu);
		int closing = s->closing;
		pthread_mutex_unlock(&s->mu);
		if (closing)
			break;
		PGresult *r = PQgetResult(s->c), *end = r ? PQgetResult(s->c) : NULL;
		int ok = PQresultStatus(r) == PGRES_TUPLES_OK && !end;
		PQclear(end);
		if (!ok) {
			PQclear(r);
			break;
		}
		/* put in order here, while the first connection's readers run */
		struct row_ref *rows = rows_for(s->q[i].sql, r);
		size_t size = PQresultMemorySize(r) + (rows ? (size_t)PQntuples(r) * sizeof(*rows) : 0);
		pthread_mutex_lock(&s->mu);
		s->rows[i] = rows;
		s->res[i] = r;
		s->size[i] = size;
		s->held += size;
		s->got = i + 1;
		pthread_cond_signal(&s->cv);
		pthread_mutex_unlock(&s->mu);
	}
	pthread_mutex_lock(&s->mu);
	s->done = 1;
	pthread_cond_signal(&s->cv);
	pthread_mutex_unlock(&s->mu);
	return NULL;
}

/* The read's transaction: one snapshot for every query, repeatable read. */
static const char read_begin[] =
	/* catalog queries are many small lookups: compiling them (JIT) costs more than it saves */
	"BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY; SET LOCAL jit = off";

/*
 * The snapshot of the read's transaction, just begun on C, exported for
 * the side: its name in *SNAP (to be freed), or NULL where the server
 * refuses (the role may not run pg_export_snapshot(), say).  A refusal
 * aborts the transaction, which is then begun again: nothing was read in
 * it yet.  Returns -1 only when that fails, after reporting it.
 */
static int side_export(PGconn *c, char **snap)
{
	PGresult *r = PQexec(c, "SELECT pg_catalog.pg_export_snapshot()");
	*snap = NULL;
	if (PQresultStatus(r) == PGRES_TUPLES_OK) {
		*snap = xstrdup(PQgetvalue(r, 0, 0));
		PQclear(r);
		return 0;
	}
	PQclear(r);
	PQclear(PQexec(c, "ROLLBACK"));
	return db_exec(c, "cannot start a read-only transaction", read_begin);
}

/* S's own memory, its thread not started or ended. */
static void side_free(struct catalog_side *s)
{
	pthread_mutex_destroy(&s->mu);
	pthread_cond_destroy(&s->cv);
	pthread_cond_destroy(&s->room);
	free(s->q);
	free(s->res);
	free(s->rows);
	free(s->size);
	free(s);
}

/*
 * Open the side of CAT's read on C, which holds the read's transaction
 * (repeatable read) and exported its snapshot SNAP, and send it QUERIES;
 * nothing when it cannot be had.
 */
static void side_open(struct catalog *cat, PGconn *c, const char *snap, const struct side_query *queries,
		      unsigned n)
{
	struct strbuf sb = STRBUF_INIT;
	PGconn *d = NULL;
	if (!snap || !(d = db_clone(c)))
		goto fail;
	strbuf_addstr(&sb, "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY; SET TRANSACTION SNAPSHOT ");
	quote_literal(&sb, snap);
	strbuf_addstr(&sb, "; SET LOCAL jit = off");
	PGresult *b = PQexec(d, sb.buf);
	int ok = PQresultStatus(b) == PGRES_COMMAND_OK;
	PQclear(b);
	if (!ok || !PQenterPipelineMode(d))
		goto fail;
	for (unsigned i = 0; i < n; i++)
		if (!PQsendQueryParams(d, queries[i].sql, queries[i].param ? 1 : 0, NULL,
				       queries[i].param ? &queries[i].param : NULL, NULL, NULL, 0))
			goto fail;
	if (!PQpipelineSync(d))
		goto fail;
	struct catalog_side *s = xcalloc(1, sizeof(*s));
	s->c = d;
	s->q = xcalloc(n, sizeof(*s->q));
	memcpy(s->q, queries, n * sizeof(*s->q));
	s->n = n;
	s->res = xcalloc(n, sizeof(*s->res));
	s->rows = xcalloc(n, sizeof(*s->rows));
	s->size = xcalloc(n, sizeof(*s->size));
	const char *held = getenv("PGFORM_TEST_SIDE_HELD");
	s->held_max = held ? (size_t)strtoull(held, NULL, 10) : SIDE_HELD_MAX;
	pthread_mutex_init(&s->mu, NULL);
	pthread_cond_init(&s->cv, NULL);
	pthread_cond_init(&s->room, NULL);
	if (pthread_create(&s->thread, NULL, side_run, s)) {
		side_free(s);
		goto fail;
	}
	cat->side = s;
	strbuf_release(&sb);
	return;
fail:
	PQfinish(d);
	strbuf_release(&sb);
}

/*
 * Close CAT's side: what it has not given is dropped with its connection;
 * queries still running are canceled first, so a failed read ends soon.
 */
static void side_close(struct catalog *cat)
{
	struct catalog_side *s = cat->side;
	if (!s)
		return;
	pthread_mutex_lock(&s->mu);
	int done = s->done;
	s->closing = 1;
	pthread_cond_signal(&s->room);
	pthread_mutex_unlock(&s->mu);
	if (!done) {
		PGcancel *cc = PQgetCancel(s->c);
		char err[256];
		if (cc)
			PQcancel(cc, err, sizeof(err));
		PQfreeCancel(cc);
	}
	pthread_join(s->thread, NULL);
	for (unsigned i = s->next; i < s->got; i++) {
		PQclear(s->res[i]);
		free(s->rows[i]);
	}
	PQfinish(s->c);
	side_free(s);
	cat->side = NULL;
}

/*
 * The result of SQL (with PARAM as its $1, or none when NULL) for a
 * reader of CAT: from the side when it was sent there, else run on C.
 * With ROWS, *ROWS is its rows in the order rows_for() gives SQL (to be
 * freed).  NULL after reporting "WHAT: message", as db_query().
 */
static PGresult *cat_query_rows(struct catalog *cat, PGconn *c, const char *what, const char *sql,
				const char *param, struct row_ref **rows)
{
	struct catalog_side *s = cat->side;
	for (unsigned i = s && !s->broken ? s->next : 0; s && !s->broken && i < s->n; i++) {
		if (s->q[i].sql != sql)
			continue;
		pthread_mutex_lock(&s->mu);
		for (;;) {
			/* results come in the order sent: those before it are not wanted */
			for (; s->next < i && s->next < s->got; s->next++) {
				PQclear(s->res[s->next]);
				free(s->rows[s->next]);
				s->held -= s->size[s->next];
				pthread_cond_signal(&s->room);
			}
			if (s->got > i || s->done)
				break;
			pthread_cond_wait(&s->cv, &s->mu);
		}
		int have = s->got > i;
		if (have) {
			s->held -= s->size[i];
			pthread_cond_signal(&s->room);
		}
		pthread_mutex_unlock(&s->mu);
		if (have) {
			s->next = i + 1;
			if (rows)
				*rows = s->rows[i];
			else
				free(s->rows[i]);
			return s->res[i];
		}
		s->broken = 1;
		break;
	}
	PGresult *r = db_query(c, what, sql, param ? 1 : 0, param ? &param : NULL);
	if (r && rows)
		*rows = rows_for(sql, r);
	return r;
}

static PGresult *cat_query(struct catalog *cat, PGconn *c, const char *what, const char *sql)
{
	return cat_query_rows(cat, c, what, sql, NULL, NULL);
}

static const char *cstr(struct catalog *cat, const PGresult *r, int row, int col)
{
	const char *v = db_get(r, row, col);
	return v ? arena_strdup(&cat->m.arena, v) : NULL;
}

/*
 * cstr() for values many rows repeat (schema names, owners, column names
 * and types): one copy of each in CAT.  At 100 tenants, columns alone
 * repeat a few dozen strings about 200,000 times each.
 */
static const char *cname(struct catalog *cat, const PGresult *r, int row, int col)
{
	const char *v = db_get(r, row, col);
	if (!v)
		return NULL;
	const char *have = hashmap_get(&cat->names, v);
	if (!have) {
		have = arena_strdup(&cat->m.arena, v);
		hashmap_put(&cat->names, have, (void *)have);
	}
	return have;
}

static int bval(const PGresult *r, int row, int col)
{
	const char *v = db_get(r, row, col);
	return v && v[0] == 't';
}

/* Text array "{a,b}" as read by libpq into a list (simple elements only). */
static const char **text_array(struct catalog *cat, const char *v, unsigned *n)
{
	const char **out;
	unsigned cnt = 0, i = 0;
	*n = 0;
	if (!v || strlen(v) < 2 || !strcmp(v, "{}"))
		return NULL;
	for (const char *p = v; *p; p++)
		if (*p == ',')
			cnt++;
	out = arena_alloc(&cat->m.arena, (cnt + 2) * sizeof(char *));
	const char *p = v + 1;
	while (*p && *p != '}') {
		struct strbuf sb = STRBUF_INIT;
		if (*p == '"') {
			p++;
			while (*p && *p != '"') {
				if (*p == '\\' && p[1])
					p++;
				strbuf_addch(&sb, *p++);
			}
			if (*p == '"')
				p++;
		} else {
			while (*p && *p != ',' && *p != '}')
				strbuf_addch(&sb, *p++);
		}
		out[i++] = arena_strdup(&cat->m.arena, sb.buf);
		strbuf_release(&sb);
		if (*p == ',')
			p++;
	}
	*n = i;
	return out;
}

static void by_oid_put(struct catalog *cat, unsigned oid, struct object *o)
{
	uintmap_put(&cat->by_oid, oid, o);
}

struct object *catalog_by_oid(const struct catalog *cat, unsigned oid)
{
	return uintmap_get(&cat->by_oid, oid);
}

/* ---- aspects, for drift ---- */

struct aspect {
	struct strbuf *out;
	XXH3_state_t *st;
};

static void asp_put(struct aspect *a, const char *s)
{
	if (!s)
		s = "\x01";
	XXH3_64bits_update(a->st, s, strlen(s) + 1);
}

static void asp_int(struct aspect *a, long long v)
{
	char b[32];
	snprintf(b, sizeof(b), "%lld", v);
	asp_put(a, b);
}

/* End the aspect being hashed: " NAME=H" appended. */
static void asp_end(struct aspect *a, const char *name)
{
	strbuf_addf(a->out, "%s%s=%016llx", a->out->len ? " " : "", name,
		    (unsigned long long)XXH3_64bits_digest(a->st));
	XXH3_64bits_reset(a->st);
}

static void asp_acl(struct aspect *a, const struct acl *acl)
{
	for (unsigned i = 0; i < acl->n; i++) {
		asp_put(a, acl->v[i].grantee);
		asp_int(a, acl->v[i].privs);
		asp_int(a, acl->v[i].grant_opts);
	}
	asp_end(a, "privileges");
}

void catalog_aspects(const struct object *l, struct strbuf *out)
{
	struct aspect a = { out, XXH3_createState() };
	XXH3_64bits_reset(a.st);
	switch (l->kind) {
	case OBJ_TABLE:
	case OBJ_VIEW:
	case OBJ_MATVIEW: {
		const struct live_rel *r = (const void *)l;
		asp_put(&a, r->defmark);
		asp_end(&a, "definition");
		asp_put(&a, r->owner);
		asp_end(&a, "owner");
		asp_acl(&a, &r->acl);
		asp_put(&a, r->comment);
		asp_end(&a, "comment");
		for (unsigned i = 0; i < r->ncols; i++) {
			asp_put(&a, r->cols[i].name);
			asp_put(&a, r->cols[i].type);
		}
		asp_end(&a, "columns");
		for (unsigned i = 0; i < r->nidx; i++) {
			/* not pg_index's xmin: a refresh may rewrite that row */
			asp_put(&a, r->idx[i].name);
			asp_int(&a, r->idx[i].unique);
		}
		asp_end(&a, "indexes");
		break;
	}
	case OBJ_FUNCTION: {
		const struct live_function *f = (const void *)l;
		asp_put(&a, f->defmark);
		asp_end(&a, "definition");
		asp_put(&a, f->owner);
		asp_end(&a, "owner");
		asp_acl(&a, &f->acl);
		asp_put(&a, f->comment);
		asp_end(&a, "comment");
		break;
	}
	case OBJ_SCHEMA: {
		const struct live_schema *sc = (const void *)l;
		asp_put(&a, sc->owner);
		asp_end(&a, "owner");
		asp_acl(&a, &sc->acl);
		asp_put(&a, sc->comment);
		asp_end(&a, "comment");
		break;
	}
	case OBJ_ROLE: {
		const struct live_role *r = (const void *)l;
		asp_int(&a, r->a.login);
		asp_int(&a, r->a.superuser);
		asp_int(&a, r->a.createdb);
		asp_int(&a, r->a.createrole);
		asp_int(&a, r->a.inherit);
		asp_int(&a, r->a.connection_limit);
		asp_end(&a, "attributes");
		for (unsigned i = 0; i < r->a.nmember_of; i++)
			asp_put(&a, r->a.member_of[i]);
		asp_end(&a, "memberships");
		asp_put(&a, r->comment);
		asp_end(&a, "comment");
		break;
	}
	case OBJ_EXTENSION: {
		const struct live_extension *e = (const void *)l;
		asp_put(&a, e->a.version);
		asp_end(&a, "version");
		asp_put(&a, e->a.schema);
		asp_end(&a, "schema");
		break;
	}
	case OBJ_SERVER: {
		const struct live_server *sv = (const void *)l;
		for (unsigned i = 0; i < sv->noptions; i++)
			asp_put(&a, sv->options[i]);
		asp_end(&a, "options");
		asp_put(&a, sv->owner);
		asp_end(&a, "owner");
		break;
	}
	case OBJ_USER_MAPPING: {
		const struct live_mapping *u = (const void *)l;
		for (unsigned i = 0; i < u->noptions; i++)
			asp_put(&a, u->options[i]);
		asp_end(&a, "options");
		asp_int(&a, u->has_password);
		asp_end(&a, "password");
		break;
	}
	case OBJ_CRON: {
		const struct live_cron *c = (const void *)l;
		asp_put(&a, c->schedule);
		asp_end(&a, "schedule");
		asp_put(&a, c->command);
		asp_put(&a, c->database);
		asp_put(&a, c->username);
		asp_end(&a, "command");
		asp_int(&a, c->active);
		asp_end(&a, "active");
		break;
	}
	default:
		break;
	}
	XXH3_freeState(a.st);
}

struct live_rel *catalog_rel(const struct catalog *cat, const char *qualified)
{
	return (struct live_rel *)model_find_relation(&cat->m, qualified);
}

/*
 * The fingerprint covers what a plan was made against, not pgform's own
 * bookkeeping: schema pgform and everything in it (its tables, their
 * columns and indexes, the record of objects) are left out, so that an
 * apply that failed and was rolled back leaves the fingerprint as it was.
 */
#define OWN_SCHEMA "pgform"

/* 1 when NSP is pgform's own schema. */
static int own_schema(const char *nsp)
{
	return nsp && !strcmp(nsp, OWN_SCHEMA);
}

/* Add row I of R to the fingerprint, but columns SKIP_FROM to SKIP_TO (inclusive; -1: none). */
static void fp_add_row(XXH3_state_t *st, const PGresult *r, int i, int skip_from, int skip_to)
{
	for (int j = 0; j < PQnfields(r); j++) {
		if (j >= skip_from && j <= skip_to)
			continue;
		const char *v = PQgetisnull(r, i, j) ? "\x01" : PQgetvalue(r, i, j);
		XXH3_64bits_update(st, v, strlen(v) + 1);
	}
}

/*
 * Add the rows of R to the fingerprint, leaving out columns that change
 * without anyone changing the schema (statistics): columns from SKIP_FROM
 * to SKIP_TO (inclusive; -1 to keep all); and rows whose column NSP
 * (-1: none) names schema pgform.
 */
static void fp_add_some(XXH3_state_t *st, const PGresult *r, int skip_from, int skip_to, int nsp)
{
	for (int i = 0; i < PQntuples(r); i++)
		if (nsp < 0 || !own_schema(db_get(r, i, nsp)))
			fp_add_row(st, r, i, skip_from, skip_to);
}

/* Every row of R, but those whose column NSP (-1: none) names schema pgform. */
static void fp_add(XXH3_state_t *st, const PGresult *r, int nsp)
{
	fp_add_some(st, r, -1, -1, nsp);
}

static unsigned long long stamp_mix(unsigned long long a, const char *s)
{
	return XXH3_64bits_withSeed(s, strlen(s), a);
}

/* ---- privileges ---- */

/*
 * The privileges of the objects of one kind, from aclexplode(): one row
 * per distinct ACL of the kind and grantee, (the ACL as text, grantee,
 * privileges, those of them grantable), the grantee "" for PUBLIC
 * (grantee 0), else the role's name as PostgreSQL knows it, never quoted;
 * privileges as keywords joined by commas ("SELECT,INSERT"), a grantee
 * named by several items (other grantors) once; ordered by ACL, then
 * grantees in the order the aclitem[] names them.  $1 is the distinct
 * ACLs of the kind's objects (text[]): each object's query gives its ACL
 * as text (ACL_KEY).  Most objects of a kind share a few ACLs (a
 * tenant's parts all have the same one): each is exploded once, and its
 * rows go to every object whose ACL it is.
 */
static const char acl_query[] =
	"SELECT d.k, CASE WHEN a.grantee = 0 THEN '' ELSE pg_catalog.pg_get_userbyid(a.grantee) END, "
	"string_agg(a.privilege_type, ',' ORDER BY a.ordinality), "
	"coalesce(string_agg(a.privilege_type, ',' ORDER BY a.ordinality) FILTER (WHERE a.is_grantable), '') "
	"FROM unnest($1::text[]) d(k), "
	"LATERAL pg_catalog.aclexplode(d.k::pg_catalog.aclitem[]) WITH ORDINALITY a "
	"GROUP BY d.k, a.grantee ORDER BY d.k, min(a.ordinality)";

/* The column of an object's query that names its ACL for acl_query's rows (NULL: none). */
#define ACL_KEY(acl) acl "::text"

/* Where the privileges of one object go. */
struct acl_target {
	unsigned oid;
	const char *key;                /* its ACL as text (ACL_KEY), or NULL: in the objects' result, read_acls() before it is cleared */
	struct acl *acl;
	unsigned long long *stamp;      /* mixed with each of its rows; NULL: none */
	int own;                        /* in schema pgform: not fingerprinted */
};

struct acl_targets {
	struct acl_target *v;
	unsigned n, alloc;
};

#define ACL_TARGETS_INIT { NULL, 0, 0 }

/*
 * The rows of object OID, in schema NSP, whose ACL is KEY (NULL: none),
 * go to ACL, and into STAMP unless it is NULL.
 */
static void acl_target_add(struct acl_targets *t, unsigned oid, const char *key, const char *nsp,
			   struct acl *acl, unsigned long long *stamp)
{
	ALLOC_GROW(t->v, t->n + 1, t->alloc);
	t->v[t->n].oid = oid;
	t->v[t->n].key = key;
	t->v[t->n].acl = acl;
	t->v[t->n].stamp = stamp;
	t->v[t->n].own = own_schema(nsp);
	t->n++;
}

static int target_cmp(const void *x, const void *y)
{
	unsigned a = ((const struct acl_target *)x)->oid, b = ((const struct acl_target *)y)->oid;
	return a < b ? -1 : a > b;
}

/*
 * Explode the ACLs of the targets in T (acl_query) and add the rows of
 * each target's ACL to its ACL, in the order of the rows; targets in oid
 * order.  Each row of an object outside schema pgform goes into FP, after
 * the object's oid unless SKIP_OID.  Frees T's array.  Returns 0, or -1
 * after reporting WHAT could not be read.
 */
static int read_acls(PGconn *c, XXH3_state_t *fp, const char *what, struct acl_targets *t, int skip_oid)
{
	struct hashmap first = HASHMAP_INIT;     /* ACL -> 1 + its first row */
	struct hashmap sent = HASHMAP_INIT;
	struct strbuf keys = STRBUF_INIT;
	int n;
	/* each distinct ACL once, as a text[] literal */
	strbuf_addch(&keys, '{');
	for (unsigned k = 0; k < t->n; k++) {
		if (!t->v[k].key || hashmap_get(&sent, t->v[k].key))
			continue;
		hashmap_put(&sent, t->v[k].key, &sent);
		if (keys.len > 1)
			strbuf_addch(&keys, ',');
		quote_array_elem(&keys, t->v[k].key);
	}
	strbuf_addch(&keys, '}');
	hashmap_free(&sent);
	const char *params[1] = { keys.buf };
	PGresult *r = db_query(c, what, acl_query, 1, params);
	strbuf_release(&keys);
	if (!r) {
		free(t->v);
		return -1;
	}
	n = PQntuples(r);
	for (int i = 0; i < n; i++)
		if (!i || strcmp(PQgetvalue(r, i, 0), PQgetvalue(r, i - 1, 0)))
			hashmap_put(&first, PQgetvalue(r, i, 0), (void *)(intptr_t)(i + 1));
	if (t->n)
		qsort(t->v, t->n, sizeof(*t->v), target_cmp);
	for (unsigned k = 0; k < t->n; k++) {
		const struct acl_target *g = &t->v[k];
		int i = g->key ? (int)(intptr_t)hashmap_get(&first, g->key) - 1 : -1;
		char oid[16];
		if (i >= 0 && !g->own && !skip_oid)
			snprintf(oid, sizeof(oid), "%u", g->oid);
		for (; i >= 0 && i < n && !strcmp(PQgetvalue(r, i, 0), g->key); i++) {
			const char *grantee = PQgetvalue(r, i, 1), *privs = PQgetvalue(r, i, 2),
				   *opts = PQgetvalue(r, i, 3);
			acl_grant(g->acl, grantee, acl_privileges(privs), 0);
			acl_grant(g->acl, grantee, acl_privileges(opts), 1);
			if (g->stamp) {
				*g->stamp = stamp_mix(*g->stamp, grantee);
				*g->stamp = stamp_mix(*g->stamp, privs);
				*g->stamp = stamp_mix(*g->stamp, opts);
			}
			if (g->own)
				continue;
			/* as the row (oid, grantee, privileges, grantable) would be */
			if (!skip_oid)
				XXH3_64bits_update(fp, oid, strlen(oid) + 1);
			fp_add_row(fp, r, i, 0, 0);
		}
	}
	hashmap_free(&first);
	PQclear(r);
	free(t->v);
	return 0;
}

/* ---- the queries ---- */

static int read_server(struct catalog *cat, PGconn *c)
{
	PGresult *r = db_query(c, "cannot read the server settings",
		"SELECT current_database(), current_user, current_setting('server_version_num')::int, "
		SQL_MAY_QUIET_LOG ", "
		/*
		 * current_setting(), not the view pg_settings, which builds a row
		 * for every setting; NULL where pg_settings would hide them
		 */
		"CASE WHEN pg_catalog.pg_has_role('pg_read_all_settings', 'USAGE') "
		"THEN pg_catalog.current_setting('cron.database_name', true) END, "
		"EXISTS (SELECT 1 FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
		"        WHERE n.nspname = 'cron' AND c.relname = 'job'), "
		"EXISTS (SELECT 1 FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
		"        WHERE n.nspname = 'pgform' AND c.relname = 'objects'), "
		"(SELECT rolsuper FROM pg_catalog.pg_roles WHERE rolname = current_user), "
		"CASE WHEN pg_catalog.pg_has_role('pg_read_all_settings', 'USAGE') "
		"THEN pg_catalog.current_setting('shared_preload_libraries') END", 0, NULL);
	if (!r)
		return -1;
	cat->database = cstr(cat, r, 0, 0);
	cat->current_user = cstr(cat, r, 0, 1);
	cat->connected_user = cat->current_user;
	cat->server_version = atoi(PQgetvalue(r, 0, 2));
	cat->may_quiet_log = bval(r, 0, 3);
	cat->cron_database = cstr(cat, r, 0, 4);
	cat->has_cron = bval(r, 0, 5);
	cat->has_record = bval(r, 0, 6);
	cat->is_superuser = bval(r, 0, 7);
	cat->preload = cstr(cat, r, 0, 8);
	PQclear(r);
	return 0;
}

static int read_roles(struct catalog *cat, PGconn *c, XXH3_state_t *fp)
{
	PGresult *r = db_query(c, "cannot read roles",
		"SELECT r.rolname, r.rolcanlogin, r.rolsuper, r.rolcreatedb, r.rolcreaterole, "
		"r.rolinherit, r.rolconnlimit, "
		"ARRAY(SELECT g.rolname FROM pg_catalog.pg_auth_members m "
		"      JOIN pg_catalog.pg_roles g ON g.oid = m.roleid "
		"      WHERE m.member = r.oid ORDER BY 1)::text, "
		"pg_catalog.shobj_description(r.oid, 'pg_authid'), "
		"ARRAY(SELECT g.rolname FROM pg_catalog.pg_auth_members m "
		"      JOIN pg_catalog.pg_roles g ON g.oid = m.roleid "
		"      WHERE m.member = r.oid AND m.admin_option ORDER BY 1)::text "
		"FROM pg_catalog.pg_roles r WHERE r.rolname !~ '^pg_' ORDER BY 1", 0, NULL);
	if (!r)
		return -1;
	fp_add(fp, r, -1);
	for (int i = 0; i < PQntuples(r); i++) {
		const char *name = cstr(cat, r, i, 0);
		struct live_role *o = (struct live_role *)model_add(&cat->m, sizeof(*o), OBJ_ROLE,
			NULL, name, name, (struct srcpos){ 0 });
		o->a.login = bval(r, i, 1);
		o->a.superuser = bval(r, i, 2);
		o->a.createdb = bval(r, i, 3);
		o->a.createrole = bval(r, i, 4);
		o->a.inherit = bval(r, i, 5);
		o->a.connection_limit = atol(PQgetvalue(r, i, 6));
		o->a.member_of = text_array(cat, db_get(r, i, 7), &o->a.nmember_of);
		o->comment = cstr(cat, r, i, 8);
		o->a.admin_of = text_array(cat, db_get(r, i, 9), &o->a.nadmin_of);
	}
	PQclear(r);
	return 0;
}

static int read_schemas(struct catalog *cat, PGconn *c, XXH3_state_t *fp)
{
	PGresult *r = db_query(c, "cannot read schemas",
		"SELECT n.oid, n.nspname, pg_catalog.pg_get_userbyid(n.nspowner), n.nspacl IS NULL, "
		"pg_catalog.obj_description(n.oid, 'pg_namespace'), " ACL_KEY("n.nspacl") " "
		"FROM pg_catalog.pg_namespace n WHERE " NSP_FILTER " AND n.nspname <> 'pg_toast' "
		"AND " NOT_EXT_MEMBER("pg_namespace", "n.oid") " ORDER BY 2", 0, NULL);
	struct acl_targets t = ACL_TARGETS_INIT;
	if (!r)
		return -1;
	fp_add(fp, r, 1);
	for (int i = 0; i < PQntuples(r); i++) {
		const char *name = cstr(cat, r, i, 1);
		struct live_schema *o = (struct live_schema *)model_add(&cat->m, sizeof(*o), OBJ_SCHEMA,
			NULL, name, name, (struct srcpos){ 0 });
		o->oid = (unsigned)strtoul(PQgetvalue(r, i, 0), NULL, 10);
		o->owner = cstr(cat, r, i, 2);
		if (bval(r, i, 3))
			acl_default(&o->acl, ACLC_SCHEMA, o->owner);
		o->comment = cstr(cat, r, i, 4);
		acl_target_add(&t, o->oid, db_get(r, i, 5), name, &o->acl, NULL);
	}
	int ret = read_acls(c, fp, "cannot read the privileges of schemas", &t, 0);
	PQclear(r);
	return ret;
}

static enum obj_kind relkind_kind(char k)
{
	return k == 'v' ? OBJ_VIEW : k == 'm' ? OBJ_MATVIEW : OBJ_TABLE;
}

static int read_relations(struct catalog *cat, PGconn *c, XXH3_state_t *fp)
{
	PGresult *r = db_query(c, "cannot read tables and views",
		"SELECT c.oid, n.nspname, c.relname, c.relkind, pg_catalog.pg_get_userbyid(c.relowner), "
		"c.relacl IS NULL, d.description, c.relispopulated, c.reltuples, "
		"c.relpages::bigint * current_setting('block_size')::bigint, rw.xmin::text, "
		/* views that only a re-pointing in place keeps as they are (see live_rel.pinned) */
		"CASE WHEN c.relkind = 'v' THEN (c.reloptions IS NOT NULL "
		/*
		 * OFFSET 0: looked up by index for each view, not hashed from a
		 * scan of every column and type dependency of the database
		 */
		" OR EXISTS (SELECT 1 FROM pg_catalog.pg_attribute a WHERE a.attrelid = c.oid AND a.attnum > 0 "
		"   AND (a.attacl IS NOT NULL OR a.atthasdef) OFFSET 0) "
		" OR EXISTS (SELECT 1 FROM pg_catalog.pg_description cd WHERE cd.objoid = c.oid "
		"   AND cd.classoid = 'pg_catalog.pg_class'::regclass AND cd.objsubid > 0) "
		" OR EXISTS (SELECT 1 FROM pg_catalog.pg_depend dp WHERE dp.deptype IN ('n', 'a') "
		"   AND dp.refclassid = 'pg_catalog.pg_class'::regclass AND dp.refobjid = c.oid "
		"   AND NOT (dp.classid = 'pg_catalog.pg_rewrite'::regclass AND EXISTS (SELECT 1 "
		"     FROM pg_catalog.pg_rewrite dr WHERE dr.oid = dp.objid AND dr.rulename = '_RETURN'))) "
		" OR EXISTS (SELECT 1 FROM pg_catalog.pg_depend dt WHERE dt.deptype IN ('n', 'a') "
		"   AND dt.refclassid = 'pg_catalog.pg_type'::regclass AND dt.refobjid = c.reltype OFFSET 0)) "
		"ELSE false END, " ACL_KEY("c.relacl") " "
		"FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
		"LEFT JOIN pg_catalog.pg_description d ON d.objoid = c.oid "
		"  AND d.classoid = 'pg_catalog.pg_class'::regclass AND d.objsubid = 0 "
		"LEFT JOIN pg_catalog.pg_rewrite rw ON rw.ev_class = c.oid AND rw.rulename = '_RETURN' "
		"WHERE c.relkind IN ('r', 'v', 'm', 'p', 'f') AND " NSP_FILTER " "
		"AND " NOT_EXT_MEMBER("pg_class", "c.oid") " ORDER BY c.oid", 0, NULL);
	if (!r)
		return -1;
	int f_oid = PQfnumber(r, "oid"), f_nsp = PQfnumber(r, "nspname"),
	    f_rel = PQfnumber(r, "relname"), f_kind = PQfnumber(r, "relkind");
	struct acl_targets t = ACL_TARGETS_INIT;
	fp_add_some(fp, r, 7, 9, f_nsp); /* not relispopulated, reltuples, size */
	for (int i = 0; i < PQntuples(r); i++) {
		const char *nsp = cname(cat, r, i, f_nsp), *name = cstr(cat, r, i, f_rel);
		char kind = PQgetvalue(r, i, f_kind)[0];
		const char *ident = arena_printf(&cat->m.arena, "%s.%s", nsp, name);
		struct live_rel *o = (struct live_rel *)model_add(&cat->m, sizeof(*o), relkind_kind(kind),
			nsp, name, ident, (struct srcpos){ 0 });
		o->oid = (unsigned)strtoul(PQgetvalue(r, i, f_oid), NULL, 10);
		o->relkind = kind;
		o->owner = cname(cat, r, i, 4);
		if (bval(r, i, 5))
			acl_default(&o->acl, ACLC_TABLE, o->owner);
		o->comment = cstr(cat, r, i, 6);
		o->populated = bval(r, i, 7);
		o->reltuples = atof(PQgetvalue(r, i, 8));
		o->bytes = atoll(PQgetvalue(r, i, 9));
		o->pinned = bval(r, i, 11);
		o->defmark = db_get(r, i, 10) ? cstr(cat, r, i, 10) : NULL;
		/* the stamp starts with what defines it; privileges, columns and indexes are added later */
		struct strbuf sb = STRBUF_INIT;
		strbuf_addf(&sb, "%c|%s|%s|%s|%s", kind, o->owner, bval(r, i, 5) ? "default" : "",
			    o->comment ? o->comment : "", db_get(r, i, 10) ? db_get(r, i, 10) : "");
		o->stamp = XXH3_64bits(sb.buf, sb.len);
		strbuf_release(&sb);
		by_oid_put(cat, o->oid, &o->h);
		acl_target_add(&t, o->oid, db_get(r, i, 12), nsp, &o->acl, &o->stamp);
	}
	int ret = read_acls(c, fp, "cannot read the privileges of tables and views", &t, 0);
	PQclear(r);
	return ret;
}

/*
 * The rows of R in the order "ORDER BY 1, KEY" would give them: column 0
 * an oid, column KEY an integer when NUMERIC, else a name (compared
 * bytewise, as PostgreSQL compares the type name).  Sorting row numbers
 * here costs less than the server's sort of the rows themselves.
 */
struct row_key {
	unsigned oid, row;
	union {
		unsigned num;   /* an attnum or an oid */
		const char *name;
	} k;
};

static int row_key_num_cmp(const void *x, const void *y)
{
	const struct row_key *a = x, *b = y;
	if (a->oid != b->oid)
		return a->oid < b->oid ? -1 : 1;
	return a->k.num < b->k.num ? -1 : a->k.num > b->k.num;
}

static int row_key_name_cmp(const void *x, const void *y)
{
	const struct row_key *a = x, *b = y;
	if (a->oid != b->oid)
		return a->oid < b->oid ? -1 : 1;
	return strcmp(a->k.name, b->k.name);
}

static struct row_ref *rows_in_order(const PGresult *r, int key, int numeric)
{
	int n = PQntuples(r);
	struct row_key *k = xcalloc((size_t)n + 1, sizeof(*k));
	for (int i = 0; i < n; i++) {
		k[i].oid = (unsigned)strtoul(PQgetvalue(r, i, 0), NULL, 10);
		if (numeric)
			k[i].k.num = (unsigned)strtoul(PQgetvalue(r, i, key), NULL, 10);
		else
			k[i].k.name = PQgetvalue(r, i, key);
		k[i].row = (unsigned)i;
	}
	qsort(k, (size_t)n, sizeof(*k), numeric ? row_key_num_cmp : row_key_name_cmp);
	/*
	 * The keys give way to the refs in place: ref i ends where key i
	 * begins at the latest, and key i is read before ref i is written.
	 */
	struct row_ref *rows = (struct row_ref *)(void *)k;
	for (int i = 0; i < n; i++) {
		struct row_ref ref = { k[i].oid, k[i].row };
		rows[i] = ref;
	}
	return xrealloc(rows, ((size_t)n + 1) * sizeof(*rows));
}

/*
 * fp_add_some() of the rows ROWS[0..N) of R, in that order, each with
 * the oid of a relation of CAT in column 0: rows of relations in schema
 * pgform are left out.
 */
static void fp_add_rows(const struct catalog *cat, XXH3_state_t *st, const PGresult *r,
			const struct row_ref *rows, int n, int skip_from, int skip_to)
{
	for (int i = 0; i < n; i++) {
		const struct object *o = catalog_by_oid(cat, rows[i].oid);
		if (!o || !own_schema(o->schema))
			fp_add_row(st, r, (int)rows[i].row, skip_from, skip_to);
	}
}

/*
 * The rows ROWS[0..N) of R, in the order of a relation oid in column 0:
 * calls FN once per relation of the catalog, with its rows.
 */
static void each_relation_rows(struct catalog *cat, const PGresult *r, const struct row_ref *rows, int n,
			       void (*fn)(struct catalog *, struct live_rel *, const PGresult *,
					  const struct row_ref *, int))
{
	for (int i = 0; i < n;) {
		unsigned oid = rows[i].oid;
		int j = i;
		while (j < n && rows[j].oid == oid)
			j++;
		struct live_rel *o = (struct live_rel *)catalog_by_oid(cat, oid);
		if (o && (o->h.kind == OBJ_TABLE || o->h.kind == OBJ_VIEW || o->h.kind == OBJ_MATVIEW))
			fn(cat, o, r, rows + i, j - i);
		i = j;
	}
}

static void take_columns(struct catalog *cat, struct live_rel *o, const PGresult *r, const struct row_ref *rows,
			 int n)
{
	o->cols = arena_alloc(&cat->m.arena, (size_t)n * sizeof(*o->cols));
	for (int k = 0; k < n; k++) {
		o->cols[o->ncols].name = cname(cat, r, (int)rows[k].row, 1);
		o->cols[o->ncols].type = cname(cat, r, (int)rows[k].row, 2);
		o->stamp = stamp_mix(o->stamp, o->cols[o->ncols].name);
		o->stamp = stamp_mix(o->stamp, o->cols[o->ncols].type);
		o->ncols++;
	}
}

/*
 * Unordered: rows_in_order() puts them in the order of attrelid, attnum.
 * Whose a row is comes from its relation, not from a column repeated in
 * every row.
 */
static const char q_columns[] =
	"SELECT a.attrelid, a.attname, pg_catalog.format_type(a.atttypid, a.atttypmod), a.attnum "
	"FROM pg_catalog.pg_attribute a JOIN pg_catalog.pg_class c ON c.oid = a.attrelid "
	"JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
	"WHERE a.attnum > 0 AND NOT a.attisdropped AND c.relkind IN ('r', 'v', 'm', 'p', 'f') "
	"AND " NSP_FILTER;

static int read_columns(struct catalog *cat, PGconn *c, XXH3_state_t *fp)
{
	struct row_ref *rows = NULL;
	PGresult *r = cat_query_rows(cat, c, "cannot read columns", q_columns, NULL, &rows);
	if (!r)
		return -1;
	fp_add_rows(cat, fp, r, rows, PQntuples(r), 3, 3); /* not attnum: the order says it */
	each_relation_rows(cat, r, rows, PQntuples(r), take_columns);
	free(rows);
	PQclear(r);
	return 0;
}

static void take_indexes(struct catalog *cat, struct live_rel *o, const PGresult *r, const struct row_ref *rows,
			 int n)
{
	o->idx = arena_alloc(&cat->m.arena, (size_t)n * sizeof(*o->idx));
	for (int k = 0; k < n; k++) {
		struct live_index *x = &o->idx[o->nidx++];
		int i = (int)rows[k].row;
		x->name = cstr(cat, r, i, 1);
		x->unique = bval(r, i, 2);
		x->oid = (unsigned)strtoul(PQgetvalue(r, i, 3), NULL, 10);
		o->stamp = stamp_mix(o->stamp, x->name);
		o->stamp = stamp_mix(o->stamp, PQgetvalue(r, i, 4));
	}
}

/* unordered: rows_in_order() puts them in the order of indrelid, the index's name */
static const char q_indexes[] =
	"SELECT i.indrelid, ic.relname, i.indisunique, i.indexrelid, i.xmin::text "
	"FROM pg_catalog.pg_index i JOIN pg_catalog.pg_class ic ON ic.oid = i.indexrelid "
	"JOIN pg_catalog.pg_namespace n ON n.oid = ic.relnamespace "
	"WHERE " NSP_FILTER;

static int read_indexes(struct catalog *cat, PGconn *c, XXH3_state_t *fp)
{
	struct row_ref *rows = NULL;
	PGresult *r = cat_query_rows(cat, c, "cannot read indexes", q_indexes, NULL, &rows);
	if (!r)
		return -1;
	fp_add_rows(cat, fp, r, rows, PQntuples(r), -1, -1);
	each_relation_rows(cat, r, rows, PQntuples(r), take_indexes);
	free(rows);
	PQclear(r);
	return 0;
}

/* with repeats, unordered: rows_in_order() and read_depends() make them DISTINCT ... ORDER BY 1, 2 */
static const char q_depends[] =
	"SELECT rw.ev_class, d.refobjid "
	"FROM pg_catalog.pg_depend d JOIN pg_catalog.pg_rewrite rw ON rw.oid = d.objid "
	"WHERE d.classid = 'pg_catalog.pg_rewrite'::regclass "
	"AND (d.refclassid IN ('pg_catalog.pg_class'::regclass, 'pg_catalog.pg_proc'::regclass) "
	/* types and operators made after initdb (FirstNormalObjectId): an extension's or a user's */
	" OR d.refclassid IN ('pg_catalog.pg_type'::regclass, 'pg_catalog.pg_operator'::regclass) "
	"  AND d.refobjid >= 16384) "
	"AND d.deptype = 'n' AND d.refobjid <> rw.ev_class";

/*
 * The order the readers of SQL want its rows R in (rows_in_order()), or
 * NULL for the order they came in.  The side's thread calls it too.
 */
static struct row_ref *rows_for(const char *sql, const PGresult *r)
{
	if (sql == q_columns)
		return rows_in_order(r, 3, 1);
	if (sql == q_indexes)
		return rows_in_order(r, 1, 0);
	if (sql == q_depends)
		return rows_in_order(r, 1, 1);
	return NULL;
}

/*
 * Which relations and functions each view reads, from pg_depend, and
 * which extensions: those whose functions, relations, types or
 * operators it uses (cat->ext_members).
 */
static int read_depends(struct catalog *cat, PGconn *c, XXH3_state_t *fp)
{
	struct row_ref *rows = NULL;
	PGresult *r = cat_query_rows(cat, c, "cannot read dependencies", q_depends, NULL, &rows);
	if (!r)
		return -1;
	unsigned last_v = 0, last_ref = 0;
	for (int k = 0; k < PQntuples(r); k++) {
		int i = (int)rows[k].row;
		unsigned v = rows[k].oid;
		unsigned ref = (unsigned)strtoul(PQgetvalue(r, i, 1), NULL, 10);
		if (k && v == last_v && ref == last_ref)
			continue;
		last_v = v;
		last_ref = ref;
		struct live_rel *o = (struct live_rel *)catalog_by_oid(cat, v);
		struct object *t = catalog_by_oid(cat, ref);
		if (!(o && own_schema(o->h.schema)) && !(t && own_schema(t->schema)))
			fp_add_row(fp, r, i, -1, -1);
		if (o && !t && (t = uintmap_get(&cat->ext_members, ref)))
			model_depend(&cat->m, &o->h, t->id);    /* an extension's object */
		if (!o || !t || t->kind == OBJ_EXTENSION)
			continue;
		if (o->nrefs == o->arefs) {
			unsigned na = o->arefs ? o->arefs * 2 : 8;
			unsigned *nv = arena_alloc(&cat->m.arena, na * sizeof(*nv));
			if (o->nrefs)
				memcpy(nv, o->refs, o->nrefs * sizeof(*nv));
			o->refs = nv;
			o->arefs = na;
		}
		o->refs[o->nrefs++] = ref;
		model_depend(&cat->m, &o->h, t->id);
	}
	free(rows);
	PQclear(r);
	return 0;
}

/*
 * The dependents below, each kind from its own small catalog (or by the
 * depender index), not picked out of every dependency on a relation.
 * Only an index on expressions or with a predicate depends normally on a
 * relation or function; a plain one depends on its table's columns
 * automatically, which is not a dependent here.
 */
#define FOREIGN_DEP_REFS "refclassid IN ('pg_catalog.pg_class'::regclass, 'pg_catalog.pg_proc'::regclass)"
static const char q_foreign_deps[] =
	"SELECT d.refobjid::text, string_agg(pg_catalog.pg_describe_object(d.classid, d.objid, d.objsubid), "
	"'; ' ORDER BY d.classid, d.objid, d.objsubid) FROM ("
	/* what reads them, and what is on a relation itself (deptype 'a'): its triggers, policies and rules */
	"SELECT refobjid, classid, objid, objsubid FROM pg_catalog.pg_depend WHERE " FOREIGN_DEP_REFS " "
	"AND (deptype = 'n' AND classid IN ('pg_catalog.pg_attrdef'::regclass, 'pg_catalog.pg_constraint'::regclass) "
	"OR deptype IN ('n', 'a') AND classid IN ('pg_catalog.pg_trigger'::regclass, 'pg_catalog.pg_policy'::regclass)) "
	"UNION SELECT refobjid, classid, objid, objsubid FROM pg_catalog.pg_index i JOIN pg_catalog.pg_depend "
	"ON classid = 'pg_catalog.pg_class'::regclass AND objid = i.indexrelid "
	"WHERE (i.indexprs IS NOT NULL OR i.indpred IS NOT NULL) AND deptype = 'n' AND " FOREIGN_DEP_REFS " "
	"UNION SELECT refobjid, classid, objid, objsubid FROM pg_catalog.pg_rewrite w JOIN pg_catalog.pg_depend "
	"ON classid = 'pg_catalog.pg_rewrite'::regclass AND objid = w.oid "
	"WHERE w.rulename <> '_RETURN' AND deptype IN ('n', 'a') AND " FOREIGN_DEP_REFS ") d "
	/* pgform's own tables are no part of the catalog it compares */
	"WHERE NOT EXISTS (SELECT 1 FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n "
	"ON n.oid = c.relnamespace WHERE c.oid = d.refobjid AND n.nspname = 'pgform') "
	"GROUP BY 1 ORDER BY 1";

/* What depends on relations and functions that pgform never manages, or is on them: cat->foreign_deps. */
static int read_foreign_deps(struct catalog *cat, PGconn *c, XXH3_state_t *fp)
{
	PGresult *r = cat_query(cat, c, "cannot read dependencies", q_foreign_deps);
	if (!r)
		return -1;
	fp_add(fp, r, -1);
	for (int i = 0; i < PQntuples(r); i++)
		hashmap_put(&cat->foreign_deps, cstr(cat, r, i, 0), (void *)cstr(cat, r, i, 1));
	PQclear(r);
	return 0;
}

static int read_functions(struct catalog *cat, PGconn *c, XXH3_state_t *fp)
{
	PGresult *r = db_query(c, "cannot read functions",
		"SELECT p.oid, n.nspname, p.proname, pg_catalog.oidvectortypes(p.proargtypes), "
		"pg_catalog.pg_get_userbyid(p.proowner), p.proacl IS NULL, l.lanname, p.prokind, "
		"p.xmin::text, d.description, "
		"md5(concat_ws('|', p.prosrc, p.probin, p.proargtypes::text, p.proallargtypes::text, "
		"p.proargmodes::text, p.proargnames::text, p.prorettype, p.proretset, p.provolatile, p.proisstrict, "
		"p.prosecdef, p.proleakproof, p.proparallel, p.procost, p.prorows, p.proconfig::text, "
		"pg_catalog.pg_get_expr(p.proargdefaults, 0))), " ACL_KEY("p.proacl") " "
		"FROM pg_catalog.pg_proc p JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace "
		"JOIN pg_catalog.pg_language l ON l.oid = p.prolang "
		"LEFT JOIN pg_catalog.pg_description d ON d.objoid = p.oid "
		"  AND d.classoid = 'pg_catalog.pg_proc'::regclass AND d.objsubid = 0 "
		"WHERE " NSP_FILTER " AND " NOT_EXT_MEMBER("pg_proc", "p.oid") " ORDER BY p.oid", 0, NULL);
	struct acl_targets t = ACL_TARGETS_INIT;
	if (!r)
		return -1;
	fp_add(fp, r, 1);
	for (int i = 0; i < PQntuples(r); i++) {
		const char *nsp = cstr(cat, r, i, 1), *name = cstr(cat, r, i, 2);
		const char *args = cstr(cat, r, i, 3);
		const char *ident = arena_printf(&cat->m.arena, "%s.%s(%s)", nsp, name, args);
		struct live_function *o = (struct live_function *)model_add(&cat->m, sizeof(*o),
			OBJ_FUNCTION, nsp, name, ident, (struct srcpos){ 0 });
		o->oid = (unsigned)strtoul(PQgetvalue(r, i, 0), NULL, 10);
		o->args = args;
		o->owner = cstr(cat, r, i, 4);
		if (bval(r, i, 5))
			acl_default(&o->acl, ACLC_FUNCTION, o->owner);
		o->language = cstr(cat, r, i, 6);
		o->prokind = PQgetvalue(r, i, 7)[0];
		o->comment = cstr(cat, r, i, 9);
		o->defmark = cstr(cat, r, i, 10);
		/* the stamp: what defines it, then its privileges */
		struct strbuf sb = STRBUF_INIT;
		strbuf_addf(&sb, "%s|%s|%s|%s", o->owner, bval(r, i, 5) ? "default" : "", PQgetvalue(r, i, 8),
			    o->comment ? o->comment : "");
		o->stamp = XXH3_64bits(sb.buf, sb.len);
		strbuf_release(&sb);
		by_oid_put(cat, o->oid, &o->h);
		acl_target_add(&t, o->oid, db_get(r, i, 11), nsp, &o->acl, &o->stamp);
	}
	int ret = read_acls(c, fp, "cannot read the privileges of functions", &t, 0);
	PQclear(r);
	return ret;
}

static int read_servers(struct catalog *cat, PGconn *c, XXH3_state_t *fp)
{
	PGresult *r = db_query(c, "cannot read foreign servers",
		"SELECT s.srvname, pg_catalog.pg_get_userbyid(s.srvowner), w.fdwname, s.srvoptions::text, "
		"s.xmin::text FROM pg_catalog.pg_foreign_server s "
		"JOIN pg_catalog.pg_foreign_data_wrapper w ON w.oid = s.srvfdw ORDER BY 1", 0, NULL);
	if (!r)
		return -1;
	fp_add(fp, r, -1);
	for (int i = 0; i < PQntuples(r); i++) {
		const char *name = cstr(cat, r, i, 0);
		struct live_server *o = (struct live_server *)model_add(&cat->m, sizeof(*o), OBJ_SERVER,
			NULL, name, name, (struct srcpos){ 0 });
		o->owner = cstr(cat, r, i, 1);
		o->fdw = cstr(cat, r, i, 2);
		o->options = text_array(cat, db_get(r, i, 3), &o->noptions);
		o->stamp = XXH3_64bits(PQgetvalue(r, i, 4), strlen(PQgetvalue(r, i, 4)));
	}
	PQclear(r);
	/*
	 * User mappings: the password option is removed on the server, so it
	 * never reaches pgform; only whether there is one.
	 */
	r = db_query(c, "cannot read user mappings",
		"SELECT um.srvname, um.usename, "
		"ARRAY(SELECT o FROM unnest(um.umoptions) o WHERE o NOT LIKE 'password=%' ORDER BY 1)::text, "
		"EXISTS (SELECT 1 FROM unnest(um.umoptions) o WHERE o LIKE 'password=%'), "
		/* pg_user_mappings' own rule for showing umoptions */
		"NOT ((um.umuser <> 0 AND um.usename = current_user AND (pg_catalog.pg_has_role(s.srvowner, 'USAGE') "
		"OR pg_catalog.has_server_privilege(s.oid, 'USAGE'))) "
		"OR (um.umuser = 0 AND pg_catalog.pg_has_role(s.srvowner, 'USAGE')) "
		"OR (SELECT rolsuper FROM pg_catalog.pg_roles WHERE rolname = current_user)) "
		"FROM pg_catalog.pg_user_mappings um JOIN pg_catalog.pg_foreign_server s ON s.oid = um.srvid "
		"ORDER BY 1, 2", 0, NULL);
	if (!r)
		return -1;
	fp_add(fp, r, -1);
	for (int i = 0; i < PQntuples(r); i++) {
		const char *srv = cstr(cat, r, i, 0), *role = cstr(cat, r, i, 1);
		const char *ident = mapping_ident(&cat->m.arena, srv, role, NULL);
		struct live_mapping *o = (struct live_mapping *)model_add(&cat->m, sizeof(*o),
			OBJ_USER_MAPPING, NULL, role, ident, (struct srcpos){ 0 });
		o->server = srv;
		o->role = role;
		o->options = text_array(cat, db_get(r, i, 2), &o->noptions);
		o->has_password = bval(r, i, 3);
		o->options_hidden = bval(r, i, 4);
	}
	PQclear(r);
	return 0;
}

static int read_defacls(struct catalog *cat, PGconn *c, XXH3_state_t *fp)
{
	PGresult *r = db_query(c, "cannot read default privileges",
		"SELECT pg_catalog.pg_get_userbyid(d.defaclrole), n.nspname, d.defaclobjtype, d.oid, "
		ACL_KEY("d.defaclacl") " FROM pg_catalog.pg_default_acl d "
		"LEFT JOIN pg_catalog.pg_namespace n ON n.oid = d.defaclnamespace ORDER BY 1, 2, 3",
		0, NULL);
	struct acl_targets ts = ACL_TARGETS_INIT;
	if (!r)
		return -1;
	fp_add_some(fp, r, 3, 4, 1); /* not the oid: what is granted is what counts (the ACL's rows, below) */
	for (int i = 0; i < PQntuples(r); i++) {
		const char *role = cstr(cat, r, i, 0), *nsp = cstr(cat, r, i, 1);
		char t = PQgetvalue(r, i, 2)[0];
		const char *ident = arena_printf(&cat->m.arena, "%s:%s:%c", role, nsp ? nsp : "", t);
		struct live_defacl *o = (struct live_defacl *)model_add(&cat->m, sizeof(*o), OBJ_GRANT,
			nsp, ident, ident, (struct srcpos){ 0 });
		o->role = role;
		o->nsp = nsp;
		o->objtype = t;
		acl_target_add(&ts, (unsigned)strtoul(PQgetvalue(r, i, 3), NULL, 10), db_get(r, i, 4), nsp, &o->acl,
			       NULL);
	}
	/* not the oid: what is granted is what counts */
	int ret = read_acls(c, fp, "cannot read default privileges", &ts, 1);
	PQclear(r);
	return ret;
}

static int read_extensions(struct catalog *cat, PGconn *c, XXH3_state_t *fp)
{
	PGresult *r = db_query(c, "cannot read extensions",
		"SELECT e.extname, e.extversion, n.nspname, e.extrelocatable FROM pg_catalog.pg_extension e "
		"JOIN pg_catalog.pg_namespace n ON n.oid = e.extnamespace ORDER BY 1", 0, NULL);
	if (!r)
		return -1;
	fp_add(fp, r, -1);
	for (int i = 0; i < PQntuples(r); i++) {
		const char *name = cstr(cat, r, i, 0);
		struct live_extension *o = (struct live_extension *)model_add(&cat->m, sizeof(*o),
			OBJ_EXTENSION, NULL, name, name, (struct srcpos){ 0 });
		o->a.version = cstr(cat, r, i, 1);
		o->a.schema = cstr(cat, r, i, 2);
		o->relocatable = bval(r, i, 3);
	}
	PQclear(r);
	/* their functions, relations, types and operators, which views may use (read_depends()); not fingerprinted */
	r = db_query(c, "cannot read extensions",
		"SELECT e.objid, x.extname FROM pg_catalog.pg_depend e "
		"JOIN pg_catalog.pg_extension x ON x.oid = e.refobjid "
		"WHERE e.refclassid = 'pg_catalog.pg_extension'::regclass AND e.deptype = 'e' "
		"AND e.classid IN ('pg_catalog.pg_proc'::regclass, 'pg_catalog.pg_class'::regclass, "
		"'pg_catalog.pg_type'::regclass, 'pg_catalog.pg_operator'::regclass)", 0, NULL);
	if (!r)
		return -1;
	for (int i = 0; i < PQntuples(r); i++) {
		struct object *e = model_find(&cat->m, OBJ_EXTENSION, PQgetvalue(r, i, 1));
		unsigned oid = (unsigned)strtoul(PQgetvalue(r, i, 0), NULL, 10);
		if (e && oid)
			uintmap_put(&cat->ext_members, oid, e);
	}
	PQclear(r);
	return 0;
}

/*
 * The versions the server could install, of every extension: read on
 * the side before the state (and so the extensions it names) is known.
 */
static const char q_ext_versions[] =
	"SELECT name, version FROM pg_catalog.pg_available_extension_versions ORDER BY 1, 2";
/* the update paths of the extensions named in $1 (text[]) */
static const char q_ext_paths[] =
	"SELECT x.name, p.source, p.target, p.path "
	"FROM unnest($1::text[]) x(name) "
	"JOIN pg_catalog.pg_available_extensions a ON a.name = x.name, "
	"LATERAL pg_catalog.pg_extension_update_paths(x.name) p "
	"WHERE p.path IS NOT NULL ORDER BY 1, 2, 3";

static int named(const char *const *names, const char *name)
{
	for (; *names; names++)
		if (!strcmp(*names, name))
			return 1;
	return 0;
}

/*
 * What the server could install for the extensions NAMES (NULL-terminated,
 * or NULL): not the catalog, and so not fingerprinted.
 */
static int read_ext_available(struct catalog *cat, PGconn *c, const char *const *names)
{
	if (!names || !names[0])
		return 0;
	PGresult *r = cat_query(cat, c, "cannot read available extension versions", q_ext_versions);
	if (!r)
		return -1;
	cat->avail = arena_alloc(&cat->m.arena, ((unsigned)PQntuples(r) + 1) * sizeof(*cat->avail));
	for (int i = 0; i < PQntuples(r); i++) {
		if (!named(names, PQgetvalue(r, i, 0)))
			continue;
		cat->avail[cat->navail].name = cstr(cat, r, i, 0);
		cat->avail[cat->navail].version = cstr(cat, r, i, 1);
		cat->navail++;
	}
	PQclear(r);
	struct strbuf arr = STRBUF_INIT;
	strbuf_addch(&arr, '{');
	for (const char *const *n = names; *n; n++) {
		if (n != names)
			strbuf_addch(&arr, ',');
		quote_array_elem(&arr, *n);
	}
	strbuf_addch(&arr, '}');
	r = cat_query_rows(cat, c, "cannot read extension update paths", q_ext_paths, arr.buf, NULL);
	strbuf_release(&arr);
	if (!r)
		return -1;
	cat->npaths = (unsigned)PQntuples(r);
	cat->paths = arena_alloc(&cat->m.arena, (cat->npaths + 1) * sizeof(*cat->paths));
	for (unsigned i = 0; i < cat->npaths; i++) {
		cat->paths[i].name = cstr(cat, r, (int)i, 0);
		cat->paths[i].source = cstr(cat, r, (int)i, 1);
		cat->paths[i].target = cstr(cat, r, (int)i, 2);
		cat->paths[i].path = cstr(cat, r, (int)i, 3);
	}
	PQclear(r);
	return 0;
}

static int read_cron(struct catalog *cat, PGconn *c, XXH3_state_t *fp)
{
	PGconn *other = NULL;
	if (!cat->has_cron) {
		/* pg_cron lives in one database: read the jobs there */
		if (!cat->conninfo || !cat->cron_database || !strcmp(cat->cron_database, cat->database))
			return 0;
		other = db_connect_to(cat->conninfo, cat->cron_database);
		if (!other)
			return -1;
		PGresult *e = db_query(other, "cannot look for pg_cron", "SELECT to_regclass('cron.job') IS NOT NULL", 0, NULL);
		int there = e && PQgetvalue(e, 0, 0)[0] == 't';
		PQclear(e);
		if (!there) {
			PQfinish(other);
			return 0;
		}
		cat->cron_remote = 1;
		c = other;
	}
	PGresult *r = db_query(c, "cannot read pg_cron jobs",
		"SELECT jobid, jobname, schedule, command, database, username, active "
		"FROM cron.job ORDER BY jobname, jobid", 0, NULL);
	if (!r) {
		if (other)
			PQfinish(other);
		return -1;
	}
	fp_add(fp, r, -1);
	for (int i = 0; i < PQntuples(r); i++) {
		const char *name = cstr(cat, r, i, 1);
		if (!name || model_find(&cat->m, OBJ_CRON, name))
			continue; /* unnamed jobs are not pgform's; the first of a name wins */
		struct live_cron *o = (struct live_cron *)model_add(&cat->m, sizeof(*o), OBJ_CRON,
			NULL, name, name, (struct srcpos){ 0 });
		o->jobid = atoll(PQgetvalue(r, i, 0));
		o->schedule = cstr(cat, r, i, 2);
		o->command = cstr(cat, r, i, 3);
		o->database = cstr(cat, r, i, 4);
		o->username = cstr(cat, r, i, 5);
		o->active = bval(r, i, 6);
	}
	PQclear(r);
	if (other)
		PQfinish(other);
	return 0;
}

/* The record of managed objects, in schema pgform: not fingerprinted (FP unused). */
static const char q_record[] =
	"SELECT kind, ident, spec_hash, stamp FROM pgform.objects"; /* into a map: any order */
static const char q_last_apply[] =
	"SELECT db_user FROM pgform.applies WHERE status = 'done' ORDER BY id DESC LIMIT 1";

static int read_record(struct catalog *cat, PGconn *c, XXH3_state_t *fp)
{
	(void)fp;
	if (!cat->has_record)
		return 0;
	PGresult *r = cat_query(cat, c, "cannot read pgform's record (schema pgform)", q_record);
	if (!r)
		return -1;
	for (int i = 0; i < PQntuples(r); i++) {
		struct record_entry *e = arena_alloc(&cat->m.arena, sizeof(*e));
		e->kind = cstr(cat, r, i, 0);
		e->ident = cstr(cat, r, i, 1);
		e->spec_hash = cstr(cat, r, i, 2);
		e->stamp = cstr(cat, r, i, 3);
		hashmap_put(&cat->record, arena_printf(&cat->m.arena, "%s %s", e->kind, e->ident), e);
	}
	PQclear(r);
	r = cat_query(cat, c, "cannot read pgform's record (schema pgform)", q_last_apply);
	if (!r)
		return -1;
	if (PQntuples(r))
		cat->last_apply_role = cstr(cat, r, 0, 0);
	PQclear(r);
	return 0;
}

const struct record_entry *catalog_record(const struct catalog *cat, enum obj_kind k,
					  const char *ident)
{
	struct strbuf sb = STRBUF_INIT;
	strbuf_addf(&sb, "%s %s", obj_kind_name(k), ident);
	const struct record_entry *e = hashmap_get(&cat->record, sb.buf);
	strbuf_release(&sb);
	return e;
}

/*
 * The readers, in the order of the fingerprint.  Those with a side
 * number have their queries (sql[]) run on the side connection, in the
 * order of those numbers: they run after the others, whose queries the
 * first connection runs meanwhile, in the same order.  None of them needs
 * what a later one reads but relations.  A relation's stamp takes its
 * columns, then its indexes: the readers of both must keep that order
 * whichever connection runs them.  The side starts with the dependencies,
 * whose result is small for the server's work, so that what it holds
 * while the first connection's results are in memory too stays small
 * (SIDE_HELD_MAX).
 */
static const struct {
	const char *name;       /* NULL: not in the fingerprint */
	int (*fn)(struct catalog *, PGconn *, XXH3_state_t *);
	int side;               /* 0: the first connection; else its place on the side */
	const char *sql[2];     /* on the side: the queries it runs, in order */
} readers[] = {
	{ "extensions", read_extensions, 0, { NULL } }, { "roles", read_roles, 0, { NULL } },
	{ "schemas", read_schemas, 0, { NULL } }, { "relations", read_relations, 0, { NULL } },
	{ "functions", read_functions, 0, { NULL } },
	{ "columns", read_columns, 3, { q_columns } }, { "indexes", read_indexes, 4, { q_indexes } },
	{ "depends", read_depends, 1, { q_depends } }, { "foreign_depends", read_foreign_deps, 2, { q_foreign_deps } },
	{ "servers", read_servers, 0, { NULL } }, { "default_privileges", read_defacls, 0, { NULL } },
	{ "cron", read_cron, 0, { NULL } },
	{ NULL, read_record, 5, { q_record, q_last_apply } }, /* pgform's own: where there is a record */
};
enum { SIDE_READERS = 5 };
enum { NREADERS = sizeof(readers) / sizeof(readers[0]) };

/* What catalog_read_begin() leaves for catalog_read_end(). */
struct catalog_reading {
	unsigned long long digest[NREADERS];
};

/* Close CAT's read: its side, and its transaction on C unless it is done. */
static void read_close(struct catalog *cat, PGconn *c, int done)
{
	if (!done && c)
		PQclear(PQexec(c, "ROLLBACK"));
	side_close(cat);
	free(cat->reading);
	cat->reading = NULL;
}

int catalog_read_begin(struct catalog *cat, PGconn *c, int ext_versions)
{
	XXH3_state_t *one = XXH3_createState();
	char *snap = NULL;
	int ret = -1;
	if (db_exec(c, "cannot start a read-only transaction", read_begin) < 0) {
		XXH3_freeState(one);
		return -1;
	}
	cat->reading = xcalloc(1, sizeof(*cat->reading));
	/* first: a refusal aborts the transaction */
	if ((!cat->one_connection && side_export(c, &snap) < 0) || read_server(cat, c) < 0)
		goto done;
	/*
	 * the queries of the side readers, in their order (the record's only
	 * where there is one), then the versions catalog_read_end() may need
	 */
	struct side_query sq[2 * NREADERS + 1];
	unsigned nsq = 0;
	for (int side = 1; side <= SIDE_READERS; side++)
		for (size_t i = 0; i < NREADERS; i++)
			for (size_t k = 0; readers[i].side == side && k < 2 && readers[i].sql[k]; k++)
				if (readers[i].fn != read_record || cat->has_record)
					sq[nsq++] = (struct side_query){ readers[i].sql[k], NULL };
	if (ext_versions)
		sq[nsq++] = (struct side_query){ q_ext_versions, NULL };
	if (!cat->one_connection)
		side_open(cat, c, snap, sq, nsq);
	for (int side = 0; side <= SIDE_READERS; side++)
		for (size_t i = 0; i < NREADERS; i++) {
			if (readers[i].side != side)
				continue;
			XXH3_64bits_reset(one);
			if (readers[i].fn(cat, c, one) < 0)
				goto done;
			cat->reading->digest[i] = XXH3_64bits_digest(one);
		}
	ret = 0;
done:
	if (ret < 0)
		read_close(cat, c, 0);
	free(snap);
	XXH3_freeState(one);
	return ret;
}

int catalog_read_end(struct catalog *cat, PGconn *c, const char *const *ext_names)
{
	XXH3_state_t *fp = XXH3_createState();
	struct strbuf detail = STRBUF_INIT;
	char hex[17];
	int ret = -1, done = 0;
	if (read_ext_available(cat, c, ext_names) < 0)
		goto out;
	XXH3_64bits_reset(fp);
	for (size_t i = 0; i < NREADERS; i++) {
		if (!readers[i].name)
			continue;
		snprintf(hex, sizeof(hex), "%016llx", cat->reading->digest[i]);
		strbuf_addf(&detail, "%s%s=%s", detail.len ? ";" : "", readers[i].name, hex);
		XXH3_64bits_update(fp, hex, 16);
	}
	done = 1;
	if (db_exec(c, "cannot end the read-only transaction", "COMMIT") < 0)
		goto out;
	cat->fingerprint = XXH3_64bits_digest(fp);
	cat->detail = arena_strdup(&cat->m.arena, detail.buf);
	ret = 0;
out:
	read_close(cat, c, done);
	strbuf_release(&detail);
	XXH3_freeState(fp);
	return ret;
}

int catalog_read(struct catalog *cat, PGconn *c, const char *const *ext_names)
{
	if (catalog_read_begin(cat, c, ext_names && ext_names[0]) < 0)
		return -1;
	return catalog_read_end(cat, c, ext_names);
}

int catalog_load_viewdefs(struct catalog *cat, PGconn *c, struct live_rel **rels, unsigned n)
{
	struct strbuf arr = STRBUF_INIT;
	if (!n)
		return 0;
	strbuf_addch(&arr, '{');
	for (unsigned i = 0; i < n; i++)
		strbuf_addf(&arr, "%s%u", i ? "," : "", rels[i]->oid);
	strbuf_addch(&arr, '}');
	const char *params[1] = { arr.buf };
	/* an empty search_path: every name in the definitions comes out qualified */
	PGresult *r = NULL;
	if (db_exec(c, "cannot read view definitions", "BEGIN; SET LOCAL search_path = ''") == 0)
		r = db_query(c, "cannot read view definitions",
			"SELECT c.oid, pg_catalog.pg_get_viewdef(c.oid) FROM pg_catalog.pg_class c "
			"WHERE c.oid = ANY($1::oid[]) AND c.relkind IN ('v', 'm')", 1, params);
	if (!r) {
		PQclear(PQexec(c, "ROLLBACK"));
		strbuf_release(&arr);
		return -1;
	}
	for (int i = 0; i < PQntuples(r); i++) {
		struct live_rel *o = (struct live_rel *)catalog_by_oid(cat,
			(unsigned)strtoul(PQgetvalue(r, i, 0), NULL, 10));
		if (o)
			o->viewdef = cstr(cat, r, i, 1);
	}
	PQclear(r);
	/* and the definitions of their indexes, for when one is created again */
	r = db_query(c, "cannot read index definitions",
		"SELECT i.indexrelid, pg_catalog.pg_get_indexdef(i.indexrelid) FROM pg_catalog.pg_index i "
		"WHERE i.indrelid = ANY($1::oid[])", 1, params);
	PQclear(PQexec(c, "ROLLBACK"));
	strbuf_release(&arr);
	if (!r)
		return -1;
	for (int i = 0; i < PQntuples(r); i++) {
		unsigned ioid = (unsigned)strtoul(PQgetvalue(r, i, 0), NULL, 10);
		for (unsigned k = 0; k < n; k++)
			for (unsigned j = 0; j < rels[k]->nidx; j++)
				if (rels[k]->idx[j].oid == ioid)
					rels[k]->idx[j].def = cstr(cat, r, i, 1);
	}
	PQclear(r);
	return 0;
}

int catalog_load_functiondefs(struct catalog *cat, PGconn *c, struct live_function **fns,
			      unsigned n)
{
	struct strbuf arr = STRBUF_INIT;
	if (!n)
		return 0;
	strbuf_addch(&arr, '{');
	for (unsigned i = 0; i < n; i++)
		strbuf_addf(&arr, "%s%u", i ? "," : "", fns[i]->oid);
	strbuf_addch(&arr, '}');
	const char *params[1] = { arr.buf };
	PGresult *r = db_query(c, "cannot read function definitions",
		"SELECT p.oid, pg_catalog.pg_get_functiondef(p.oid) FROM pg_catalog.pg_proc p "
		"WHERE p.oid = ANY($1::oid[])", 1, params);
	strbuf_release(&arr);
	if (!r)
		return -1;
	for (int i = 0; i < PQntuples(r); i++) {
		struct live_function *o = (struct live_function *)catalog_by_oid(cat,
			(unsigned)strtoul(PQgetvalue(r, i, 0), NULL, 10));
		if (o)
			o->def = cstr(cat, r, i, 1);
	}
	PQclear(r);
	return 0;
}

void catalog_free(struct catalog *cat)
{
	read_close(cat, NULL, 1);   /* a read begun and not ended: its side goes */
	for (unsigned i = 0; i < cat->m.nobjs; i++) {
		struct object *o = cat->m.objs[i];
		switch (o->kind) {
		case OBJ_TABLE:
		case OBJ_VIEW:
		case OBJ_MATVIEW:
			acl_release(&((struct live_rel *)o)->acl);
			break;
		case OBJ_SCHEMA:
			acl_release(&((struct live_schema *)o)->acl);
			break;
		case OBJ_FUNCTION:
			acl_release(&((struct live_function *)o)->acl);
			break;
		case OBJ_GRANT:
			acl_release(&((struct live_defacl *)o)->acl);
			break;
		default:
			break;
		}
	}
	uintmap_free(&cat->by_oid);
	uintmap_free(&cat->ext_members);
	hashmap_free(&cat->foreign_deps);
	hashmap_free(&cat->record);
	hashmap_free(&cat->names);
	model_free(&cat->m);
	memset(cat, 0, sizeof(*cat));
}

/* The dependents catalog_load_dependents() reads: pg_depend rows on the oids $1. */
#define DEPENDENTS_OF_OIDS \
	"WITH d AS (SELECT classid, objid, refobjid, bool_or(deptype = 'a') AS attached " \
	"FROM pg_catalog.pg_depend WHERE refobjid = ANY($1::oid[]) " \
	"AND refclassid IN ('pg_catalog.pg_class'::regclass, 'pg_catalog.pg_proc'::regclass) " \
	"AND (deptype = 'n' OR deptype = 'a' AND classid IN ('pg_catalog.pg_trigger'::regclass, " \
	"'pg_catalog.pg_policy'::regclass, 'pg_catalog.pg_rewrite'::regclass)) " \
	"GROUP BY 1, 2, 3) "

int catalog_load_dependents(struct catalog *cat, PGconn *c, const unsigned *oids, unsigned n,
			    struct live_dependent **out, unsigned *nout)
{
	struct strbuf arr = STRBUF_INIT;
	*out = NULL;
	*nout = 0;
	if (!n)
		return 0;
	strbuf_addch(&arr, '{');
	for (unsigned i = 0; i < n; i++)
		strbuf_addf(&arr, "%s%u", i ? "," : "", oids[i]);
	strbuf_addch(&arr, '}');
	const char *params[1] = { arr.buf };
	/* an empty search_path: every name in the definitions and labels comes out qualified */
	PGresult *r = NULL, *roles = NULL;
	if (db_exec(c, "cannot read dependents", "BEGIN; SET LOCAL search_path = ''") == 0)
		r = db_query(c, "cannot read dependents",
			DEPENDENTS_OF_OIDS
			"SELECT 'd', d.refobjid, a.oid, pg_catalog.pg_describe_object(d.classid, d.objid, 0), "
			"n.nspname, c.relname, c.relkind, att.attname, pg_catalog.pg_get_expr(a.adbin, a.adrelid), "
			"NULL, att.attgenerated::text, NULL::bool, NULL::bool, NULL, "
			"CASE WHEN att.attgenerated <> '' THEN 'it is the expression of a generated column' END, d.attached "
			"FROM d JOIN pg_catalog.pg_attrdef a ON d.classid = 'pg_catalog.pg_attrdef'::regclass AND a.oid = d.objid "
			"JOIN pg_catalog.pg_class c ON c.oid = a.adrelid JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
			"JOIN pg_catalog.pg_attribute att ON att.attrelid = a.adrelid AND att.attnum = a.adnum "
			"UNION ALL "
			"SELECT 't', d.refobjid, t.oid, pg_catalog.pg_describe_object(d.classid, d.objid, 0), "
			"n.nspname, c.relname, c.relkind, t.tgname, pg_catalog.pg_get_triggerdef(t.oid), "
			"NULL, t.tgenabled::text, NULL, NULL, pg_catalog.obj_description(t.oid, 'pg_trigger'), "
			"CASE WHEN t.tgisinternal THEN 'PostgreSQL made it' "
			"WHEN t.tgparentid <> 0 THEN 'it is cloned from the trigger of a partitioned table' END, d.attached "
			"FROM d JOIN pg_catalog.pg_trigger t ON d.classid = 'pg_catalog.pg_trigger'::regclass AND t.oid = d.objid "
			"JOIN pg_catalog.pg_class c ON c.oid = t.tgrelid JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
			"UNION ALL "
			"SELECT 'p', d.refobjid, p.oid, pg_catalog.pg_describe_object(d.classid, d.objid, 0), "
			"n.nspname, c.relname, c.relkind, p.polname, pg_catalog.pg_get_expr(p.polqual, p.polrelid), "
			"pg_catalog.pg_get_expr(p.polwithcheck, p.polrelid), p.polcmd::text, p.polpermissive, NULL, "
			"pg_catalog.obj_description(p.oid, 'pg_policy'), NULL, d.attached "
			"FROM d JOIN pg_catalog.pg_policy p ON d.classid = 'pg_catalog.pg_policy'::regclass AND p.oid = d.objid "
			"JOIN pg_catalog.pg_class c ON c.oid = p.polrelid JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
			"UNION ALL "
			"SELECT 'c', d.refobjid, k.oid, pg_catalog.pg_describe_object(d.classid, d.objid, 0) "
			/* PostgreSQL names a domain's constraint without its domain */
			"|| CASE WHEN k.contypid <> 0 THEN ' on domain ' || k.contypid::pg_catalog.regtype::text ELSE '' END, "
			"n.nspname, coalesce(c.relname, ty.typname), CASE WHEN k.contypid <> 0 THEN 'd' ELSE c.relkind END, "
			"k.conname, pg_catalog.pg_get_constraintdef(k.oid), NULL, k.contype::text, NULL, NULL, "
			"pg_catalog.obj_description(k.oid, 'pg_constraint'), "
			"CASE WHEN NOT k.conislocal OR k.conparentid <> 0 THEN 'it is inherited from a parent table' "
			"WHEN k.contype = 't' THEN 'it is the constraint of a constraint trigger' END, d.attached "
			"FROM d JOIN pg_catalog.pg_constraint k ON d.classid = 'pg_catalog.pg_constraint'::regclass AND k.oid = d.objid "
			"JOIN pg_catalog.pg_namespace n ON n.oid = k.connamespace "
			"LEFT JOIN pg_catalog.pg_class c ON c.oid = k.conrelid AND k.conrelid <> 0 "
			"LEFT JOIN pg_catalog.pg_type ty ON ty.oid = k.contypid AND k.contypid <> 0 "
			"UNION ALL "
			"SELECT 'i', d.refobjid, i.indexrelid, pg_catalog.pg_describe_object(d.classid, d.objid, 0), "
			"n.nspname, t.relname, t.relkind, ic.relname, pg_catalog.pg_get_indexdef(i.indexrelid), "
			"NULL, NULL, NULL, i.indisclustered, pg_catalog.obj_description(i.indexrelid, 'pg_class'), "
			"CASE WHEN EXISTS (SELECT 1 FROM pg_catalog.pg_constraint k WHERE k.conindid = i.indexrelid "
			"AND k.contype IN ('p', 'u', 'x')) THEN 'it is the index of a constraint' "
			"WHEN i.indisreplident THEN 'it is the replica identity of its table' "
			"WHEN ic.relkind = 'I' OR ic.relispartition THEN 'it is an index of a partitioned table' END, d.attached "
			"FROM d JOIN pg_catalog.pg_index i ON d.classid = 'pg_catalog.pg_class'::regclass AND i.indexrelid = d.objid "
			"JOIN pg_catalog.pg_class ic ON ic.oid = i.indexrelid "
			"JOIN pg_catalog.pg_class t ON t.oid = i.indrelid JOIN pg_catalog.pg_namespace n ON n.oid = t.relnamespace "
			"UNION ALL "
			"SELECT 'r', d.refobjid, w.oid, pg_catalog.pg_describe_object(d.classid, d.objid, 0), "
			"n.nspname, c.relname, c.relkind, w.rulename, pg_catalog.pg_get_ruledef(w.oid), "
			"NULL, w.ev_enabled::text, NULL, NULL, pg_catalog.obj_description(w.oid, 'pg_rewrite'), NULL, d.attached "
			"FROM d JOIN pg_catalog.pg_rewrite w ON d.classid = 'pg_catalog.pg_rewrite'::regclass AND w.oid = d.objid "
			"AND w.rulename <> '_RETURN' "
			"JOIN pg_catalog.pg_class c ON c.oid = w.ev_class JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
			"ORDER BY 3, 1, 2", 1, params);
	if (r)
		roles = db_query(c, "cannot read dependents",
			DEPENDENTS_OF_OIDS
			"SELECT p.oid, CASE WHEN u.role = 0 THEN NULL ELSE pg_catalog.pg_get_userbyid(u.role) END "
			"FROM pg_catalog.pg_policy p, unnest(p.polroles) WITH ORDINALITY u(role, ord) "
			"WHERE p.oid IN (SELECT objid FROM d WHERE classid = 'pg_catalog.pg_policy'::regclass) "
			"ORDER BY p.oid, u.ord", 1, params);
	PQclear(PQexec(c, "ROLLBACK"));
	strbuf_release(&arr);
	if (!r || !roles) {
		PQclear(r);
		return -1;
	}
	unsigned nr = (unsigned)PQntuples(r);
	struct live_dependent *v = arena_alloc(&cat->m.arena, (nr + 1) * sizeof(*v));
	int k = 0, nrole = PQntuples(roles);
	for (unsigned i = 0; i < nr; i++) {
		struct live_dependent *d = &v[i];
		const char *kind = PQgetvalue(r, (int)i, 0), *flag = db_get(r, (int)i, 10), *rk = db_get(r, (int)i, 6);
		memset(d, 0, sizeof(*d));
		d->kind = kind[0] == 'd' ? LDEP_DEFAULT : kind[0] == 't' ? LDEP_TRIGGER : kind[0] == 'p' ? LDEP_POLICY :
			  kind[0] == 'c' ? LDEP_CONSTRAINT : kind[0] == 'r' ? LDEP_RULE : LDEP_INDEX;
		d->attached = bval(r, (int)i, 15);
		d->ref = (unsigned)strtoul(PQgetvalue(r, (int)i, 1), NULL, 10);
		d->oid = (unsigned)strtoul(PQgetvalue(r, (int)i, 2), NULL, 10);
		d->label = cstr(cat, r, (int)i, 3);
		d->nsp = cstr(cat, r, (int)i, 4);
		d->rel = cstr(cat, r, (int)i, 5);
		d->relkind = rk ? rk[0] : 'r';
		d->name = cstr(cat, r, (int)i, 7);
		d->def = cstr(cat, r, (int)i, 8);
		d->check = cstr(cat, r, (int)i, 9);
		d->flag = flag ? flag[0] : 0;
		d->permissive = bval(r, (int)i, 11);
		d->clustered = bval(r, (int)i, 12);
		d->comment = cstr(cat, r, (int)i, 13);
		d->inexact = cstr(cat, r, (int)i, 14);
		if (d->kind != LDEP_POLICY)
			continue;
		/* its roles: rows of the second query, in policy order */
		while (k < nrole && strtoul(PQgetvalue(roles, k, 0), NULL, 10) < d->oid)
			k++;
		int from = k;
		while (k < nrole && strtoul(PQgetvalue(roles, k, 0), NULL, 10) == d->oid)
			k++;
		d->roles = arena_alloc(&cat->m.arena, ((unsigned)(k - from) + 1) * sizeof(*d->roles));
		for (int j = from; j < k; j++) {
			const char *name = db_get(roles, j, 1);
			d->roles[d->nroles++] = name ? arena_strdup(&cat->m.arena, name) : NULL;
		}
		/* the same policy again (it depends on two of the oids): its roles again */
		if (i + 1 < nr && (unsigned)strtoul(PQgetvalue(r, (int)i + 1, 2), NULL, 10) == d->oid)
			k = from;
	}
	PQclear(r);
	PQclear(roles);
	*out = v;
	*nout = nr;
	return 0;
}
