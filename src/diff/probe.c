/*
 * probe.c: what the diff asks the server, in batches.  Definitions are
 * compared as PostgreSQL normalises them: the desired objects are created
 * as temporary objects, in pg_temp (views; a materialized view as an empty
 * table and a view of its query; tables empty; functions renamed) inside
 * one transaction that is always rolled back; then the same catalog query
 * reads the shape of the scratch objects and of the live ones.  Also: the definitions of the views and functions
 * a step may write again (fetch_defs), and which user mappings hold
 * another password than the desired one (find_stale_passwords).
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "base/hashmap.h"
#include "catalog/db.h"
#include "diff/diff.h"
#include "diff/write.h"
#include "sql/quote.h"
#include "expand/render.h"
#include "sql/sqltok.h"
#include "base/usage.h"

#define SHAPE_COLS \
	"(SELECT string_agg(quote_ident(a.attname) || ' ' || format_type(a.atttypid, a.atttypmod), ', ' " \
	"ORDER BY a.attnum) FROM pg_catalog.pg_attribute a WHERE a.attrelid = c.oid AND a.attnum > 0 " \
	"AND NOT a.attisdropped), " \
	"(SELECT string_agg(x.def, E'\\n' ORDER BY x.def) FROM (SELECT " \
	"CASE WHEN i.indisunique THEN 'UNIQUE ' ELSE '' END || " \
	"substr(d.def, strpos(d.def, ' USING ') + 1) AS def " \
	"FROM pg_catalog.pg_index i, LATERAL (SELECT pg_catalog.pg_get_indexdef(i.indexrelid) AS def) d " \
	"WHERE i.indrelid = c.oid) x)"

#define SHAPE_FUNC \
	"pg_catalog.pg_get_function_arguments(p.oid) || ' | ' || " \
	"coalesce(pg_catalog.pg_get_function_result(p.oid), '') || ' | ' || l.lanname || ' | ' || " \
	"p.provolatile::text || p.proisstrict::text || p.prosecdef::text || p.proleakproof::text || " \
	"p.proparallel::text || ' ' || p.procost || ' ' || p.prorows || ' | ' || " \
	"coalesce(array_to_string(p.proconfig, ','), '') || ' | ' || coalesce(p.probin, '') || ' | ' || " \
	"coalesce(pg_catalog.pg_get_function_sqlbody(p.oid), p.prosrc)"

/*
 * What CREATE OR REPLACE cannot change: the kind, the result (OUT
 * arguments included), the arguments' names and modes; and the number of
 * defaults, which it may raise but not lower.
 */
#define SHAPE_FUNC_KEY \
	"p.prokind::text || ' | ' || coalesce(pg_catalog.pg_get_function_result(p.oid), '') || ' | ' || " \
	"coalesce(p.proargnames::text, '') || ' | ' || coalesce(p.proargmodes::text, ''), p.pronargdefaults"

static const char *getdup(struct model *m, const PGresult *r, int row, int col)
{
	const char *v = db_get(r, row, col);
	return v ? arena_strdup(&m->arena, v) : "";
}

/* The statements that build item I in SCRATCH (appended to SB). */
static void scratch_relation(struct model *m, const struct cmp_item *it, unsigned i,
			     const char *scratch, struct strbuf *sb)
{
	const struct relation *r = it->want;
	char name[32];
	snprintf(name, sizeof(name), "o%u", i);
	if (r->h.kind == OBJ_TABLE) {
		strbuf_addstr(sb, "CREATE TABLE ");
		quote_qualified(sb, scratch, name);
		strbuf_addstr(sb, " (");
		render_columns(r->tmpl, sb);
		strbuf_addch(sb, ')');
		sql_end(sb);
	} else if (r->h.kind == OBJ_VIEW) {
		strbuf_addstr(sb, "CREATE VIEW ");
		quote_qualified(sb, scratch, name);
		strbuf_addstr(sb, " AS\n");
		render_query(m, r, sb);
		sql_end(sb);
	} else {
		/*
		 * A materialized view cannot be temporary: its columns and
		 * indexes are those of a table made from its query, its
		 * definition that of a view of it (vI).
		 */
		strbuf_addstr(sb, "CREATE TABLE ");
		quote_qualified(sb, scratch, name);
		strbuf_addstr(sb, " AS\n");
		render_query(m, r, sb);
		strbuf_addstr(sb, "\nWITH NO DATA");
		sql_end(sb);
		snprintf(name, sizeof(name), "v%u", i);
		strbuf_addstr(sb, "CREATE VIEW ");
		quote_qualified(sb, scratch, name);
		strbuf_addstr(sb, " AS\n");
		render_query(m, r, sb);
		sql_end(sb);
		snprintf(name, sizeof(name), "o%u", i);
	}
	/* indexes are created on a same-named relation in the scratch schema */
	for (unsigned k = 0; k < render_nindexes(r); k++) {
		struct strbuf ix = STRBUF_INIT;
		struct relation tmp = *r;
		tmp.h.schema = scratch;
		render_index_named(m, &tmp, k, name, NULL, &ix);
		strbuf_addbuf(sb, &ix);
		sql_end(sb);
		strbuf_release(&ix);
	}
}

/* The function's CREATE statement with its name replaced by SCRATCH.fI. */
static void scratch_function(const struct cmp_item *it, unsigned i, const char *scratch,
			     struct strbuf *sb)
{
	const char *sql = it->fwant->sql.sql;
	struct sqltok_state st;
	struct sqltok tk;
	size_t name_start = 0, name_end = 0;
	sqltok_init(&st, sql, strlen(sql), 1, 1);
	while (sqltok_next(&st, &tk) != SQLTOK_EOF && tk.type != SQLTOK_ERROR) {
		if (sqltok_is_word(&st, &tk, "function") || sqltok_is_word(&st, &tk, "procedure")) {
			sqltok_next(&st, &tk);
			name_start = tk.start;
			name_end = tk.start + tk.len;
			sqltok_next(&st, &tk);
			if (tk.type == SQLTOK_PUNCT && sql[tk.start] == '.') {
				sqltok_next(&st, &tk);
				name_end = tk.start + tk.len;
			}
			break;
		}
	}
	strbuf_add(sb, sql, name_start);
	quote_ident(sb, scratch);
	strbuf_addf(sb, ".f%u", i);
	strbuf_addstr(sb, sql + name_end);
	sql_end(sb);
}

/*
 * Run one item's statements (SQL, LEN bytes, ended by sql_end()) under a
 * savepoint, one statement a message; mark it failed on error.
 */
static int build_one(struct model *m, PGconn *c, struct cmp_item *it, const char *sql, size_t len)
{
	struct strbuf sb = STRBUF_INIT;
	int failed;
	strbuf_addstr(&sb, "SAVEPOINT pgform_cmp");
	sql_end(&sb);
	strbuf_add(&sb, sql, len);
	strbuf_addstr(&sb, "RELEASE SAVEPOINT pgform_cmp");
	sql_end(&sb);
	char *err = db_run_stmts(c, sb.buf, sb.len, &failed, NULL);
	strbuf_release(&sb);
	if (!err)
		return 0;
	it->failed = 1;
	it->fail_msg = arena_strdup(&m->arena, err);
	free(err);
	strbuf_addstr(&sb, "ROLLBACK TO SAVEPOINT pgform_cmp");
	sql_end(&sb);
	strbuf_addstr(&sb, "RELEASE SAVEPOINT pgform_cmp");
	sql_end(&sb);
	err = db_run_stmts(c, sb.buf, sb.len, &failed, NULL);
	strbuf_release(&sb);
	int ret = err ? -1 : 0;
	free(err);
	return ret;
}

/* Build every item in SCRATCH, in batches; a failing batch is redone item by item. */
static int build_all(struct model *m, PGconn *c, struct cmp_item *items, unsigned n,
		     const char *scratch)
{
	const unsigned batch = 64;
	for (unsigned b = 0; b < n; b += batch) {
		unsigned e = b + batch < n ? b + batch : n;
		struct strbuf sb = STRBUF_INIT;
		for (unsigned i = b; i < e; i++) {
			if (items[i].derived)
				continue;
			if (items[i].want)
				scratch_relation(m, &items[i], i, scratch, &sb);
			else
				scratch_function(&items[i], i, scratch, &sb);
		}
		if (!sb.len) {
			strbuf_release(&sb);
			continue;
		}
		int failed;
		PGresult *r = PQexec(c, "SAVEPOINT pgform_batch");
		PQclear(r);
		char *err = db_run_stmts(c, sb.buf, sb.len, &failed, NULL);
		strbuf_release(&sb);
		if (!err)
			continue;
		free(err);
		r = PQexec(c, "ROLLBACK TO SAVEPOINT pgform_batch");
		int ok = PQresultStatus(r) == PGRES_COMMAND_OK;
		PQclear(r);
		if (!ok)
			return -1;
		for (unsigned i = b; i < e; i++) {
			struct strbuf one = STRBUF_INIT;
			if (items[i].derived)
				continue;
			if (items[i].want)
				scratch_relation(m, &items[i], i, scratch, &one);
			else
				scratch_function(&items[i], i, scratch, &one);
			int rc = build_one(m, c, &items[i], one.buf, one.len);
			strbuf_release(&one);
			if (rc < 0)
				return -1;
		}
	}
	return 0;
}

/* Read the shapes of the scratch objects and of the live ones. */
static int read_shapes(struct model *m, PGconn *c, struct cmp_item *items, unsigned n,
		       const char *scratch)
{
	struct strbuf sql = STRBUF_INIT, oids = STRBUF_INIT, foids = STRBUF_INIT;
	const char *params[2];
	PGresult *r;
	strbuf_addch(&oids, '{');
	strbuf_addch(&foids, '{');
	for (unsigned i = 0; i < n; i++) {
		if (items[i].have)
			strbuf_addf(&oids, "%s%u", oids.len > 1 ? "," : "", items[i].have->oid);
		if (items[i].fhave)
			strbuf_addf(&foids, "%s%u", foids.len > 1 ? "," : "", items[i].fhave->oid);
	}
	strbuf_addch(&oids, '}');
	strbuf_addch(&foids, '}');
	(void)scratch;
	params[0] = oids.buf;
	strbuf_addstr(&sql, "SELECT c.relname, c.oid, c.relnamespace = pg_catalog.pg_my_temp_schema(), "
		      "CASE WHEN c.relkind IN ('v', 'm') THEN pg_catalog.pg_get_viewdef(c.oid) END, "
		      SHAPE_COLS " FROM pg_catalog.pg_class c "
		      "WHERE (c.relnamespace = pg_catalog.pg_my_temp_schema() AND c.relkind IN ('r', 'v', 'm')) "
		      "OR c.oid = ANY($1::oid[])");
	r = db_query(c, "cannot compare definitions", sql.buf, 1, params);
	strbuf_release(&sql);
	if (!r)
		goto fail;
	for (int row = 0; row < PQntuples(r); row++) {
		int scratch_row = PQgetvalue(r, row, 2)[0] == 't';
		struct rel_shape s = { getdup(m, r, row, 3), getdup(m, r, row, 4), getdup(m, r, row, 5) };
		if (scratch_row) {
			const char *rel = PQgetvalue(r, row, 0);
			unsigned i = (unsigned)atoi(rel + 1);
			if (i >= n)
				continue;
			if (rel[0] == 'v' && items[i].want && items[i].want->h.kind != OBJ_VIEW)
				items[i].ws.def = s.def;        /* a materialized view's definition */
			else if (rel[0] == 'o' && items[i].want && items[i].want->h.kind != OBJ_VIEW &&
				 items[i].want->h.kind != OBJ_TABLE)
				items[i].ws.cols = s.cols, items[i].ws.idx = s.idx;
			else if (rel[0] == 'o')
				items[i].ws = s;
		} else {
			unsigned oid = (unsigned)strtoul(PQgetvalue(r, row, 1), NULL, 10);
			for (unsigned i = 0; i < n; i++)
				if (items[i].have && items[i].have->oid == oid)
					items[i].hs = s;
		}
	}
	PQclear(r);
	params[0] = foids.buf;
	r = db_query(c, "cannot compare function definitions",
		"SELECT p.proname, p.oid, p.pronamespace = pg_catalog.pg_my_temp_schema(), " SHAPE_FUNC ", "
		SHAPE_FUNC_KEY
		" FROM pg_catalog.pg_proc p JOIN pg_catalog.pg_language l ON l.oid = p.prolang "
		"WHERE p.pronamespace = pg_catalog.pg_my_temp_schema() OR p.oid = ANY($1::oid[])", 1, params);
	if (!r)
		goto fail;
	for (int row = 0; row < PQntuples(r); row++) {
		const char *shape = getdup(m, r, row, 3), *key = getdup(m, r, row, 4);
		int ndefaults = atoi(PQgetvalue(r, row, 5));
		if (PQgetvalue(r, row, 2)[0] == 't') {
			unsigned i = (unsigned)atoi(PQgetvalue(r, row, 0) + 1);
			if (i < n) {
				items[i].fws = shape;
				items[i].fwkey = key;
				items[i].fwdefaults = ndefaults;
			}
		} else {
			unsigned oid = (unsigned)strtoul(PQgetvalue(r, row, 1), NULL, 10);
			for (unsigned i = 0; i < n; i++)
				if (items[i].fhave && items[i].fhave->oid == oid) {
					items[i].fhs = shape;
					items[i].fhkey = key;
					items[i].fhdefaults = ndefaults;
				}
		}
	}
	PQclear(r);
	strbuf_release(&oids);
	strbuf_release(&foids);
	return 0;
fail:
	strbuf_release(&oids);
	strbuf_release(&foids);
	return -1;
}

/*
 * Objects compared per transaction: each scratch object holds a few locks
 * until the transaction ends, and the lock table is shared and small
 * (max_locks_per_transaction x connections), so a warehouse of thousands
 * of parts is compared a slice at a time.
 */
#define COMPARE_SLICE 150

static int compare_slice(struct model *m, PGconn *c, struct cmp_item *items, unsigned n);

/*
 * Compare N items a slice at a time: a slice holds at most COMPARE_SLICE
 * objects to build (items whose shape is derived are only read live).
 */
static int compare_sliced(struct model *m, PGconn *c, struct cmp_item *items, unsigned n)
{
	unsigned b = 0;
	while (b < n) {
		unsigned e = b, built = 0;
		while (e < n && (built < COMPARE_SLICE || items[e].derived) && e - b < 8 * COMPARE_SLICE)
			built += !items[e++].derived;
		if (compare_slice(m, c, items + b, e - b) < 0)
			return -1;
		b = e;
	}
	return 0;
}

/*
 * Parts of one template read their tenant's source through the same
 * statement, SELECT * FROM dblink(server, 'remote query') AS t(columns),
 * with the same indexes: only the remote query's text (its date, client,
 * schema) differs, inside a string literal.  PostgreSQL prints a text
 * literal back as it was written ('...' with quotes doubled), so the
 * normal form of one part, with its remote query's literal replaced by
 * another's, is the other's normal form; its columns and indexes are the
 * same.  One part per group (template, server, index text) is built, and
 * a second one to check the derivation; if the check fails, or the text
 * holds a backslash (printed as E'...'), every part is built.
 */
struct derive_group {
	unsigned rep, check, size;
};

/* Part IT's remote query as a literal, into SB; 0 when its shape may be derived. */
static int part_literal(struct model *m, const struct cmp_item *it, struct strbuf *sb)
{
	const struct relation *r = it->want;
	struct strbuf q = STRBUF_INIT;
	int ret = -1;
	if (!r || !it->have || r->h.kind != OBJ_MATVIEW || !r->tmpl || !r->tenant ||
	    (r->origin != REL_PART && r->origin != REL_TENANT_MV))
		return -1;
	render_remote_query(m, r, &q);
	if (!strchr(q.buf, '\\')) {
		quote_literal(sb, q.buf);
		ret = 0;
	}
	strbuf_release(&q);
	return ret;
}

/* The key of IT's group (template, server, indexes as written) into SB. */
static void derive_key(struct model *m, const struct cmp_item *it, struct strbuf *sb)
{
	const struct relation *r = it->want;
	struct relation tmp = *r;
	tmp.h.schema = "pg_temp";
	strbuf_addf(sb, "%p\n%s", (const void *)r->tmpl, r->tenant->server);
	for (unsigned k = 0; k < render_nindexes(r); k++) {
		strbuf_addch(sb, '\n');
		render_index_named(m, &tmp, k, "o", NULL, sb);
	}
}

/* Group the parts whose shape may be derived; marks the derived items.  Returns the groups. */
static struct derive_group *derive_plan(struct model *m, struct cmp_item *items, unsigned n,
					unsigned *group, unsigned *ngroups)
{
	struct hashmap map = HASHMAP_INIT;
	struct derive_group *g = xcalloc(n + 1, sizeof(*g));
	struct strbuf lit = STRBUF_INIT, key = STRBUF_INIT;
	unsigned ng = 0;
	for (unsigned i = 0; i < n; i++) {
		group[i] = 0;
		strbuf_setlen(&lit, 0);
		if (part_literal(m, &items[i], &lit) < 0)
			continue;
		strbuf_setlen(&key, 0);
		derive_key(m, &items[i], &key);
		unsigned k = (unsigned)(uintptr_t)hashmap_get(&map, key.buf);
		if (!k) {
			k = ++ng;
			g[k - 1].rep = i;
			hashmap_put(&map, arena_strdup(&m->arena, key.buf), (void *)(uintptr_t)k);
		}
		g[k - 1].check = i;
		g[k - 1].size++;
		group[i] = k;
	}
	/* the representative and the check are built, the parts between them derived */
	for (unsigned i = 0; i < n; i++) {
		const struct derive_group *d = group[i] ? &g[group[i] - 1] : NULL;
		items[i].derived = d && d->size > 2 && i != d->rep && i != d->check;
	}
	hashmap_free(&map);
	strbuf_release(&lit);
	strbuf_release(&key);
	*ngroups = ng;
	return g;
}

/* IT's desired shape from REP's (built); 0, or -1 when it cannot be derived. */
static int derive_shape(struct model *m, const struct cmp_item *rep, struct cmp_item *it,
			struct rel_shape *out)
{
	struct strbuf rl = STRBUF_INIT, il = STRBUF_INIT, def = STRBUF_INIT;
	int ret = -1;
	const char *at, *def0 = rep->ws.def;
	if (rep->failed || !def0 || !*def0 || part_literal(m, rep, &rl) < 0 || part_literal(m, it, &il) < 0)
		goto done;
	at = strstr(def0, rl.buf);
	if (!at || strstr(at + 1, rl.buf))
		goto done;      /* the literal must be found once */
	strbuf_add(&def, def0, (size_t)(at - def0));
	strbuf_addbuf(&def, &il);
	strbuf_addstr(&def, at + rl.len);
	out->def = arena_strdup(&m->arena, def.buf);
	out->cols = rep->ws.cols;
	out->idx = rep->ws.idx;
	ret = 0;
done:
	strbuf_release(&rl);
	strbuf_release(&il);
	strbuf_release(&def);
	return ret;
}

static int same_shape(const struct rel_shape *a, const struct rel_shape *b)
{
	return a->def && b->def && a->cols && b->cols && a->idx && b->idx && !strcmp(a->def, b->def) &&
	       !strcmp(a->cols, b->cols) && !strcmp(a->idx, b->idx);
}

/*
 * Union and public views: arms "SELECT columns FROM schema.member", the
 * same for every member but for its names.  Built over their first two
 * members and first three (the check), their normal form is the first
 * arm, then the second arm again for every other member with the second
 * member's names replaced by that member's.  Only when every member
 * exists with the same columns as the first (so that building the whole
 * view could not fail or type its columns otherwise), and every name is
 * printed bare (no quoting to follow).
 */
#define ARM_SEP "\nUNION ALL\n"

struct union_item {
	unsigned item;                  /* the union or public view */
	unsigned s2, s3;                /* its samples, items of 2 and 3 members */
	const struct object **arms;     /* its members, as render_query() reads them */
	unsigned narms;
};

static int bare_name(const char *name)
{
	struct strbuf sb = STRBUF_INIT;
	quote_ident(&sb, name);
	int bare = !strcmp(sb.buf, name);
	strbuf_release(&sb);
	return bare;
}

static int same_columns(const struct live_rel *a, const struct live_rel *b)
{
	if (a->ncols != b->ncols)
		return 0;
	for (unsigned i = 0; i < a->ncols; i++)
		if (strcmp(a->cols[i].name, b->cols[i].name) || strcmp(a->cols[i].type, b->cols[i].type))
			return 0;
	return 1;
}

/* The members of IT's view whose arms render_query() writes, into OUT; 0 when it may be derived. */
static int union_arms(struct model *m, struct catalog *cat, const struct cmp_item *it, struct union_item *out)
{
	const struct relation *r = it->want;
	const struct live_rel *first = NULL;
	if (!r || !it->have || r->h.kind != OBJ_VIEW || (r->origin != REL_UNION && r->origin != REL_PUBLIC) ||
	    !r->tmpl || r->nmembers < 4)
		return -1;
	out->arms = arena_alloc(&m->arena, r->nmembers * sizeof(*out->arms));
	out->narms = 0;
	for (unsigned i = 0; i < r->nmembers; i++) {
		const struct object *p = m->objs[r->members[i]];
		if (r->origin == REL_UNION && (p->flags & OBJF_ABSENT))
			continue;
		const struct live_rel *l = (const void *)model_find_relation(&cat->m, p->ident);
		if (!l || !p->schema || !bare_name(p->schema) || !bare_name(p->name) || !strcmp(p->schema, p->name))
			return -1;
		if (!first)
			first = l;
		else if (!same_columns(first, l))
			return -1;
		out->arms[out->narms++] = p;
	}
	return out->narms >= 4 ? 0 : -1;
}

/* Append ARM (LEN bytes) to SB with the names of FROM replaced by those of TO. */
static void arm_for(struct strbuf *sb, const char *arm, size_t len, const struct object *from,
		    const struct object *to)
{
	size_t i = 0;
	while (i < len) {
		size_t j = i;
		while (j < len && (arm[j] == '_' || (arm[j] >= 'a' && arm[j] <= 'z') ||
				   (arm[j] >= 'A' && arm[j] <= 'Z') || (arm[j] >= '0' && arm[j] <= '9') ||
				   (unsigned char)arm[j] >= 0x80))
			j++;
		if (j == i) {
			strbuf_addch(sb, arm[i++]);
			continue;
		}
		if (j - i == strlen(from->name) && !memcmp(arm + i, from->name, j - i))
			strbuf_addstr(sb, to->name);
		else if (j - i == strlen(from->schema) && !memcmp(arm + i, from->schema, j - i))
			strbuf_addstr(sb, to->schema);
		else
			strbuf_add(sb, arm + i, j - i);
		i = j;
	}
}

/* The normal form of a view of the arms ARMS[0..N) from D2, that of a view of the first two; NULL if it cannot. */
static char *union_derive(struct model *m, const char *d2, const struct object *const *arms, unsigned n)
{
	const char *sep = d2 ? strstr(d2, ARM_SEP) : NULL;
	size_t len = d2 ? strlen(d2) : 0;
	if (!sep || strstr(sep + 1, ARM_SEP) || len < 2 || d2[len - 1] != ';')
		return NULL;
	const char *arm = sep + strlen(ARM_SEP);
	size_t armlen = (size_t)(d2 + len - 1 - arm);
	struct strbuf sb = STRBUF_INIT;
	strbuf_add(&sb, d2, (size_t)(sep - d2));
	for (unsigned k = 1; k < n; k++) {
		strbuf_addstr(&sb, ARM_SEP);
		arm_for(&sb, arm, armlen, arms[1], arms[k]);
	}
	strbuf_addch(&sb, ';');
	char *ret = arena_strdup(&m->arena, sb.buf);
	strbuf_release(&sb);
	return ret;
}

/* A sample of U's view over its first NARMS members, as a new item. */
static struct cmp_item union_sample(struct model *m, const struct cmp_item *u, const struct union_item *ui,
				    unsigned narms)
{
	struct relation *r = arena_alloc(&m->arena, sizeof(*r));
	*r = *u->want;
	r->members = arena_alloc(&m->arena, narms * sizeof(*r->members));
	for (unsigned i = 0; i < narms; i++)
		r->members[i] = ui->arms[i]->id;
	r->nmembers = r->amembers = narms;
	return (struct cmp_item){ .want = r };
}

int diff_compare(struct model *m, struct catalog *cat, PGconn *c, struct cmp_item *items,
		 unsigned n)
{
	unsigned *group = xcalloc(n + 1, sizeof(*group)), ng = 0, nredo = 0, aredo = 0, nu = 0;
	struct derive_group *g = derive_plan(m, items, n, group, &ng);
	char *redo_group = xcalloc(ng + 1, 1);
	struct cmp_item *redo = NULL;
	struct union_item *u = xcalloc(n + 1, sizeof(*u));
	int ret = -1;
	for (unsigned i = 0; i < n; i++)
		if (union_arms(m, cat, &items[i], &u[nu]) == 0) {
			u[nu].item = i;
			items[i].derived = 1;
			nu++;
		}
	/* the union views' samples go after the items */
	struct cmp_item *all = xcalloc(n + 2 * nu + 1, sizeof(*all));
	memcpy(all, items, n * sizeof(*items));
	for (unsigned k = 0; k < nu; k++) {
		u[k].s2 = n + 2 * k;
		u[k].s3 = n + 2 * k + 1;
		all[u[k].s2] = union_sample(m, &items[u[k].item], &u[k], 2);
		all[u[k].s3] = union_sample(m, &items[u[k].item], &u[k], 3);
	}
	if (compare_sliced(m, c, all, n + 2 * nu) < 0)
		goto done;
	memcpy(items, all, n * sizeof(*items));
	for (unsigned k = 0; k < nu; k++) {
		const struct cmp_item *s2 = &all[u[k].s2], *s3 = &all[u[k].s3];
		struct cmp_item *it = &items[u[k].item];
		char *d3 = s2->failed || s3->failed ? NULL : union_derive(m, s2->ws.def, u[k].arms, 3);
		if (!d3 || !s3->ws.def || !s2->ws.cols || !s3->ws.cols || !s2->ws.idx || !s3->ws.idx ||
		    strcmp(d3, s3->ws.def) || strcmp(s2->ws.cols, s3->ws.cols) || strcmp(s2->ws.idx, s3->ws.idx))
			continue;       /* built below */
		char *dn = union_derive(m, s2->ws.def, u[k].arms, u[k].narms);
		if (!dn)
			continue;
		it->ws.def = dn;
		it->ws.cols = s2->ws.cols;
		it->ws.idx = s2->ws.idx;
		it->derived = 0;
	}
	/* a group whose check part is not what its representative predicts is built part by part */
	for (unsigned k = 0; k < ng; k++) {
		struct rel_shape s;
		if (g[k].size <= 2)
			continue;
		if (items[g[k].check].failed || derive_shape(m, &items[g[k].rep], &items[g[k].check], &s) < 0 ||
		    !same_shape(&s, &items[g[k].check].ws))
			redo_group[k] = 1;
	}
	for (unsigned i = 0; i < n; i++) {
		if (!items[i].derived)
			continue;
		if (group[i] && !redo_group[group[i] - 1] &&
		    derive_shape(m, &items[g[group[i] - 1].rep], &items[i], &items[i].ws) == 0)
			continue;
		items[i].derived = 0;
		ALLOC_GROW(redo, nredo + 1, aredo);
		redo[nredo++] = items[i];
	}
	if (nredo) {
		if (compare_sliced(m, c, redo, nredo) < 0)
			goto done;
		for (unsigned i = 0, j = 0; i < n && j < nredo; i++)
			if (items[i].want == redo[j].want && items[i].fwant == redo[j].fwant)
				items[i] = redo[j++];
	}
	ret = 0;
done:
	free(all);
	free(u);
	free(redo);
	free(redo_group);
	free(group);
	free(g);
	return ret;
}

static int compare_slice(struct model *m, PGconn *c, struct cmp_item *items, unsigned n)
{
	/* temporary objects: gone at the rollback, and only TEMPORARY on the database is needed */
	static const char scratch[] = "pg_temp";
	int ret = -1;
	if (!n)
		return 0;
	PGresult *r = PQexec(c, "BEGIN; SET LOCAL search_path = public; SET LOCAL check_function_bodies = off; "
			     "SET LOCAL client_min_messages = warning");
	if (PQresultStatus(r) != PGRES_COMMAND_OK) {
		char line[512];
		error("cannot start the comparison transaction: %s", db_error_line(c, line, sizeof(line)));
		PQclear(r);
		goto done;
	}
	PQclear(r);
	r = db_query(c, "cannot compare definitions",
		     "SELECT pg_catalog.has_database_privilege(pg_catalog.current_database(), 'TEMPORARY')", 0, NULL);
	if (!r)
		goto done;
	if (PQgetvalue(r, 0, 0)[0] != 't') {
		error("cannot compare definitions: the role may not create temporary objects in this database; "
		      "plan creates the desired objects as temporary objects inside a transaction it rolls back, "
		      "so it needs TEMPORARY on the database (GRANT TEMPORARY ON DATABASE ... TO the role that plans), "
		      "or plan as the role that applies");
		PQclear(r);
		goto done;
	}
	PQclear(r);
	if (build_all(m, c, items, n, scratch) < 0) {
		error("cannot compare definitions: the comparison transaction failed");
		goto done;
	}
	if (read_shapes(m, c, items, n, scratch) < 0)
		goto done;
	ret = 0;
done:
	PQclear(PQexec(c, "ROLLBACK"));
	return ret;
}

int fetch_defs(struct dctx *x)
{
	struct live_rel **need = xcalloc(x->cat->m.nobjs + 1, sizeof(*need));
	struct live_function **fneed = xcalloc(x->cat->m.nobjs + 1, sizeof(*fneed));
	unsigned n = 0, nf = 0;
	char *mark = xcalloc(x->cat->m.nobjs + 1, 1);
	int ret;
	for (unsigned k = 0; k < x->m->nobjs; k++) {
		struct object *o = x->m->objs[k];
		struct dobj *d = &x->d[o->id];
		if (!d->have || d->status != DS_DEF)
			continue;
		if (o->kind == OBJ_FUNCTION) {
			fneed[nf++] = (struct live_function *)d->have;
			continue;
		}
		if (!is_rel_kind(o->kind))
			continue;
		struct live_rel *l = (struct live_rel *)d->have;
		if (l->h.kind == OBJ_VIEW && !mark[l->h.id]) {
			mark[l->h.id] = 1;
			need[n++] = l;
		}
		/* everything that reads it, transitively, may be re-pointed or re-created */
		struct live_rel *stack[4096];
		unsigned sp = 0;
		stack[sp++] = l;
		while (sp) {
			struct live_rel *cur = stack[--sp], *deps[4096];
			unsigned nd = live_dependents(x, cur, deps, 4096);
			for (unsigned i = 0; i < nd; i++)
				if (!mark[deps[i]->h.id] && sp < 4096) {
					mark[deps[i]->h.id] = 1;
					need[n++] = deps[i];
					stack[sp++] = deps[i];
				}
		}
	}
	ret = catalog_load_viewdefs(x->cat, x->c, need, n);
	if (!ret)
		ret = catalog_load_functiondefs(x->cat, x->c, fneed, nf);
	free(mark);
	free(need);
	free(fneed);
	return ret;
}

/* The desired object of the function to drop and make again whose live oid is OID, or NULL. */
static struct dobj *recreated_function(struct dctx *x, unsigned oid)
{
	for (unsigned k = 0; k < x->m->nobjs; k++) {
		struct object *o = x->m->objs[k];
		struct dobj *d = &x->d[o->id];
		if (o->kind == OBJ_FUNCTION && d->have && ((struct live_function *)d->have)->oid == oid)
			return d;
	}
	return NULL;
}

/* Append WHAT to the blockers of D. */
static void add_blocker(struct dctx *x, struct dobj *d, const char *what)
{
	d->blockers = d->blockers ? arena_printf(&x->p->arena, "%s, %s", d->blockers, what) :
				    arena_strdup(&x->p->arena, what);
}

/*
 * For each function to drop and make again (CREATE OR REPLACE cannot
 * change it), the functions whose bodies call it, transitively: those
 * the state declares are carried (dropped and made again with it), the
 * others are blockers; and what else depends on any of them besides the
 * views and materialized views made again with them, and besides the
 * column defaults, triggers, policies, constraints and indexes that
 * diff/carry.c makes again around them: an operator, a cast, an
 * aggregate.  Two queries.
 */
int fetch_function_blockers(struct dctx *x)
{
	struct strbuf oids = STRBUF_INIT;
	int ret = -1;
	PGresult *r = NULL;
	strbuf_addch(&oids, '{');
	for (unsigned k = 0; k < x->m->nobjs; k++) {
		struct object *o = x->m->objs[k];
		struct dobj *d = &x->d[o->id];
		if (o->kind == OBJ_FUNCTION && d->have && d->status == DS_DEF && d->cols_changed)
			strbuf_addf(&oids, "%s%u", oids.len > 1 ? "," : "",
				    ((struct live_function *)d->have)->oid);
	}
	strbuf_addch(&oids, '}');
	if (oids.len <= 2) {
		ret = 0;
		goto done;
	}
	const char *params[1] = { oids.buf };
	r = db_query(x->c, "cannot read the functions that call functions",
		"WITH RECURSIVE dep(root, oid, depth) AS ("
		"  SELECT d.refobjid, d.objid, 1 FROM pg_catalog.pg_depend d"
		"  WHERE d.refclassid = 'pg_catalog.pg_proc'::pg_catalog.regclass"
		"  AND d.classid = 'pg_catalog.pg_proc'::pg_catalog.regclass AND d.deptype = 'n'"
		"  AND d.refobjid = ANY($1::pg_catalog.oid[]) AND d.objid <> d.refobjid"
		"  UNION"
		"  SELECT dep.root, d.objid, dep.depth + 1 FROM dep JOIN pg_catalog.pg_depend d ON d.refobjid = dep.oid"
		"  WHERE d.refclassid = 'pg_catalog.pg_proc'::pg_catalog.regclass"
		"  AND d.classid = 'pg_catalog.pg_proc'::pg_catalog.regclass AND d.deptype = 'n'"
		"  AND d.objid <> d.refobjid AND dep.depth < 32) "
		"SELECT root, oid, pg_catalog.pg_describe_object('pg_catalog.pg_proc'::pg_catalog.regclass, oid, 0) "
		"FROM dep GROUP BY 1, 2 ORDER BY 1, max(depth) DESC, 2", 1, params);
	if (!r)
		goto done;
	strbuf_setlen(&oids, oids.len - 1);
	for (int i = 0; i < PQntuples(r); i++) {
		unsigned root = (unsigned)strtoul(PQgetvalue(r, i, 0), NULL, 10);
		unsigned oid = (unsigned)strtoul(PQgetvalue(r, i, 1), NULL, 10);
		struct dobj *d = recreated_function(x, root);
		const struct object *l = catalog_by_oid(x->cat, oid);
		if (!d)
			continue;
		strbuf_addf(&oids, ",%u", oid);
		if (l && l->kind == OBJ_FUNCTION && model_find(x->m, OBJ_FUNCTION, l->ident)) {
			unsigned *v = arena_alloc(&x->p->arena, (d->ncarried + 1) * sizeof(unsigned));
			if (d->ncarried)
				memcpy(v, d->carried, d->ncarried * sizeof(unsigned));
			v[d->ncarried++] = l->id;
			d->carried = v;
		} else {
			add_blocker(x, d, PQgetvalue(r, i, 2));
		}
	}
	strbuf_addch(&oids, '}');
	PQclear(r);
	params[0] = oids.buf;   /* the functions to make again and those they carry */
	r = db_query(x->c, "cannot read what depends on functions",
		"SELECT DISTINCT d.refobjid, pg_catalog.pg_describe_object(d.classid, d.objid, d.objsubid) AS what"
		"  FROM pg_catalog.pg_depend d"
		"  WHERE d.refclassid = 'pg_catalog.pg_proc'::pg_catalog.regclass"
		"  AND d.refobjid = ANY($1::pg_catalog.oid[]) AND d.deptype = 'n'"
		"  AND d.classid NOT IN ('pg_catalog.pg_rewrite'::pg_catalog.regclass,"
		"                        'pg_catalog.pg_proc'::pg_catalog.regclass,"
		/* made again around it from their definitions (diff/carry.c) */
		"                        'pg_catalog.pg_attrdef'::pg_catalog.regclass,"
		"                        'pg_catalog.pg_trigger'::pg_catalog.regclass,"
		"                        'pg_catalog.pg_policy'::pg_catalog.regclass,"
		"                        'pg_catalog.pg_constraint'::pg_catalog.regclass)"
		"  AND NOT (d.classid = 'pg_catalog.pg_class'::pg_catalog.regclass"
		"           AND EXISTS (SELECT 1 FROM pg_catalog.pg_index i WHERE i.indexrelid = d.objid))"
		"  ORDER BY 2", 1, params);
	if (!r)
		goto done;
	for (int i = 0; i < PQntuples(r); i++) {
		unsigned oid = (unsigned)strtoul(PQgetvalue(r, i, 0), NULL, 10);
		const struct object *l = catalog_by_oid(x->cat, oid);
		/* the function itself, or one carried with a function to make again */
		for (unsigned k = 0; k < x->m->nobjs; k++) {
			struct dobj *d = &x->d[x->m->objs[k]->id];
			if (x->m->objs[k]->kind != OBJ_FUNCTION || !d->have || d->status != DS_DEF || !d->cols_changed)
				continue;
			int mine = ((struct live_function *)d->have)->oid == oid;
			for (unsigned c = 0; !mine && l && c < d->ncarried; c++)
				mine = d->carried[c] == l->id;
			if (mine)
				add_blocker(x, d, PQgetvalue(r, i, 1));
		}
	}
	ret = 0;
done:
	PQclear(r);
	strbuf_release(&oids);
	return ret;
}

/* The password of a mapping from its variable or file, or NULL. */
static char *mapping_password(const struct tenant *t)
{
	if (t->password_env) {
		const char *v = getenv(t->password_env);
		return v ? xstrdup(v) : NULL;
	}
	if (t->password_file) {
		struct strbuf sb = STRBUF_INIT;
		if (strbuf_read_file(&sb, t->password_file, SECRET_FILE_MAX) < 0) {
			strbuf_release(&sb);
			return NULL;
		}
		while (sb.len && (sb.buf[sb.len - 1] == '\n' || sb.buf[sb.len - 1] == '\r'))
			strbuf_setlen(&sb, sb.len - 1);
		return strbuf_detach(&sb, NULL);
	}
	return NULL;
}

/*
 * Which user mappings hold another password than the desired one.  The
 * server compares (pgform reads no password and stores none), in a
 * transaction with statement and parameter logging off, rolled back;
 * only a superuser may turn logging off, so only then is it asked.
 */
void find_stale_passwords(struct dctx *x)
{
	struct strbuf srv = STRBUF_INIT, usr = STRBUF_INIT, pw = STRBUF_INIT, ids = STRBUF_INIT;
	unsigned n = 0;
	if (!x->cat->is_superuser)
		return;
	strbuf_addch(&srv, '{');
	strbuf_addch(&usr, '{');
	strbuf_addch(&pw, '{');
	strbuf_addch(&ids, '{');
	for (unsigned i = 0; i < x->m->nobjs; i++) {
		struct user_mapping *u = (struct user_mapping *)x->m->objs[i];
		struct live_mapping *l = (struct live_mapping *)x->d[i].have;
		if (u->h.kind != OBJ_USER_MAPPING || !l || !l->has_password)
			continue;
		char *p = mapping_password(u->tenant);
		if (!p)
			continue;
		const char *sep = n++ ? "," : "";
		strbuf_addstr(&srv, sep);
		quote_array_elem(&srv, l->server);
		strbuf_addstr(&usr, sep);
		quote_array_elem(&usr, l->role);
		strbuf_addstr(&pw, sep);
		quote_array_elem(&pw, p);
		strbuf_addf(&ids, "%s%u", sep, i);
		memset(p, 0, strlen(p));
		free(p);
	}
	strbuf_addch(&srv, '}');
	strbuf_addch(&usr, '}');
	strbuf_addch(&pw, '}');
	strbuf_addch(&ids, '}');
	if (n && db_exec(x->c, "cannot compare user mapping passwords",
			 "BEGIN; SET LOCAL log_statement = 'none'; SET LOCAL log_min_duration_statement = -1; "
			 "SET LOCAL log_parameter_max_length = 0; SET LOCAL log_min_error_statement = 'panic'") == 0) {
		const char *params[4] = { srv.buf, usr.buf, pw.buf, ids.buf };
		PGresult *r = PQexecParams(x->c,
			"SELECT v.id FROM unnest($1::text[], $2::text[], $3::text[], $4::int[]) v(srv, usr, pw, id) "
			"JOIN pg_catalog.pg_user_mappings um ON um.srvname = v.srv AND um.usename = v.usr "
			"WHERE NOT coalesce(um.umoptions @> ARRAY['password=' || v.pw], false)",
			4, NULL, params, NULL, NULL, 0);
		if (PQresultStatus(r) == PGRES_TUPLES_OK) {
			x->stale_password = arena_alloc(&x->p->arena, x->m->nobjs + 1);
			for (int i = 0; i < PQntuples(r); i++)
				x->stale_password[atoi(PQgetvalue(r, i, 0))] = 1;
		}
		PQclear(r);
	}
	PQclear(PQexec(x->c, "ROLLBACK"));
	memset(pw.buf, 0, pw.len);
	strbuf_release(&srv);
	strbuf_release(&usr);
	strbuf_release(&pw);
	strbuf_release(&ids);
}
