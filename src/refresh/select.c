/*
 * select.c: which materialized views a refresh takes, what each reads
 * among them, their levels, order and methods.
 */
#include <fnmatch.h>
#include <stdlib.h>
#include <string.h>

#include "refresh/refresh.h"
#include "catalog/db.h"
#include "catalog/state.h"
#include "expand/expand.h"
#include "expand/subst.h"
#include "sql/quote.h"
#include "base/usage.h"

const char *refresh_method_name(enum refresh_method m)
{
	return m == RM_CONCURRENTLY ? "concurrently" : m == RM_STATEMENT ? "statement" : "plain";
}

static int in_list(const char *s, const char *const *list, unsigned n)
{
	for (unsigned i = 0; i < n; i++)
		if (s && !strcmp(s, list[i]))
			return 1;
	return 0;
}

/* The tenants and templates F names exist, and each glob matches a managed view. */
static int filter_known(const struct model *m, const struct refresh_filter *f)
{
	for (unsigned i = 0; i < f->ntenants; i++) {
		const struct tenant *t = hashmap_get(&m->tenants_by_key, f->tenants[i]);
		if (!t)
			return error("unknown tenant '%s'", f->tenants[i]);
		if (!t->enabled)
			return error("tenant '%s' is disabled: its materialized views are kept as they are, "
				     "not refreshed", f->tenants[i]);
	}
	for (unsigned i = 0; i < f->ntemplates; i++)
		if (!hashmap_get(&m->templates_by_name, f->templates[i]))
			return error("unknown template '%s'", f->templates[i]);
	for (unsigned g = 0; g < f->nglobs; g++) {
		int hit = 0;
		for (unsigned i = 0; i < m->nobjs && !hit; i++)
			hit = m->objs[i]->kind == OBJ_MATVIEW && !fnmatch(f->globs[g], m->objs[i]->ident, 0);
		if (!hit)
			return error("--select '%s' matches no materialized view of the state", f->globs[g]);
	}
	return 0;
}

/* Whether managed view R passes the parts of F that need no record. */
static int model_match(const struct model *m, const struct relation *r, const struct refresh_filter *f)
{
	if (r->h.flags & OBJF_FROZEN)
		return 0;       /* a disabled tenant's part: kept as it is */
	if (f->ntenants && !(r->tenant && in_list(r->tenant->key, f->tenants, f->ntenants)))
		return 0;
	if (f->ntemplates && !(r->tmpl && in_list(r->tmpl->name, f->templates, f->ntemplates)))
		return 0;
	if (f->nglobs) {
		int hit = 0;
		for (unsigned g = 0; g < f->nglobs && !hit; g++)
			hit = !fnmatch(f->globs[g], r->h.ident, 0);
		if (!hit)
			return 0;
	}
	if (f->since_days > 0 && !(r->origin == REL_PART && r->day > m->today - f->since_days))
		return 0;
	return 1;
}

/* Append the items' schemas and names as two text[] literals. */
static void name_arrays(const struct refresh_item *v, unsigned n, struct strbuf *nsp, struct strbuf *rel)
{
	strbuf_addch(nsp, '{');
	strbuf_addch(rel, '{');
	for (unsigned i = 0; i < n; i++) {
		if (i) {
			strbuf_addch(nsp, ',');
			strbuf_addch(rel, ',');
		}
		quote_array_elem(nsp, v[i].rel->h.schema);
		quote_array_elem(rel, v[i].rel->h.name);
	}
	strbuf_addch(nsp, '}');
	strbuf_addch(rel, '}');
}

/*
 * The live side of the candidates, in one query: whether each is there,
 * populated, has a unique index REFRESH ... CONCURRENTLY can use (valid,
 * immediate, on columns only, no predicate), and its size (from the
 * statistics: nothing here waits for a lock a running refresh holds).  A candidate
 * not in the database is dropped (counted in S->missing).
 */
static int read_live(struct refresh_set *s, PGconn *c)
{
	struct strbuf nsp = STRBUF_INIT, rel = STRBUF_INIT;
	name_arrays(s->v, s->n, &nsp, &rel);
	const char *params[2] = { nsp.buf, rel.buf };
	PGresult *r = db_query(c, "cannot read the materialized views",
		"SELECT w.i, c.relispopulated, " SQL_REL_SIZE("c") ", "
		"EXISTS (SELECT 1 FROM pg_catalog.pg_index x WHERE x.indrelid = c.oid AND x.indisunique "
		"AND x.indisvalid AND x.indimmediate AND x.indpred IS NULL AND x.indexprs IS NULL) "
		"FROM unnest($1::text[], $2::text[]) WITH ORDINALITY AS w(nsp, rel, i) "
		"JOIN pg_catalog.pg_namespace n ON n.nspname = w.nsp "
		"JOIN pg_catalog.pg_class c ON c.relnamespace = n.oid AND c.relname = w.rel AND c.relkind = 'm'",
		2, params);
	strbuf_release(&nsp);
	strbuf_release(&rel);
	if (!r)
		return -1;
	char *seen = xcalloc(s->n + 1, 1);
	for (int row = 0; row < PQntuples(r); row++) {
		unsigned i = (unsigned)atoi(PQgetvalue(r, row, 0)) - 1;
		if (i >= s->n)
			continue;
		seen[i] = 1;
		s->v[i].populated = PQgetvalue(r, row, 1)[0] == 't';
		s->v[i].size = atoll(PQgetvalue(r, row, 2));
		s->v[i].unique_ok = PQgetvalue(r, row, 3)[0] == 't';
	}
	PQclear(r);
	unsigned k = 0;
	for (unsigned i = 0; i < s->n; i++)
		if (seen[i])
			s->v[k++] = s->v[i];
	s->missing = s->n - k;
	s->n = k;
	free(seen);
	return 0;
}

/*
 * pgform's record of the candidates, in one query: the last attempt's
 * status (an attempt left running by a session that is gone counts as
 * failed), and the end, duration and size after it of the last ok one.
 */
static int read_record(struct refresh_set *s, PGconn *c)
{
	int e = state_exists(c);
	if (e <= 0)
		return e;
	PGresult *r = db_query(c, "cannot read pgform's schema version",
			       "SELECT value FROM pgform.meta WHERE key = 'schema_version'", 0, NULL);
	if (!r)
		return -1;
	int v = PQntuples(r) ? atoi(PQgetvalue(r, 0, 0)) : 0;
	PQclear(r);
	if (v < 5)
		return 0;       /* nothing refreshed yet: the record comes with version 5 */
	struct strbuf nsp = STRBUF_INIT, rel = STRBUF_INIT;
	name_arrays(s->v, s->n, &nsp, &rel);
	const char *params[2] = { nsp.buf, rel.buf };
	r = db_query(c, "cannot read pgform's record of refreshes",
		"SELECT w.i, CASE WHEN l.status = 'running' AND EXISTS (SELECT 1 FROM pg_catalog.pg_stat_activity a "
		"WHERE a.pid = l.pid AND (a.backend_start = l.backend_start OR a.backend_start IS NULL)) THEN 'running' "
		"WHEN l.status = 'ok' THEN 'ok' ELSE 'failed' END, "
		"extract(epoch FROM now() - ok.finished_at), ok.duration_ms, ok.size_bytes "
		"FROM unnest($1::text[], $2::text[]) WITH ORDINALITY AS w(nsp, rel, i) "
		"JOIN LATERAL (SELECT * FROM pgform.refreshes r WHERE r.nsp = w.nsp AND r.rel = w.rel "
		"ORDER BY r.id DESC LIMIT 1) l ON true "
		"LEFT JOIN LATERAL (SELECT * FROM pgform.refreshes r WHERE r.nsp = w.nsp AND r.rel = w.rel "
		"AND r.status = 'ok' ORDER BY r.id DESC LIMIT 1) ok ON true",
		2, params);
	strbuf_release(&nsp);
	strbuf_release(&rel);
	if (!r)
		return -1;
	for (int row = 0; row < PQntuples(r); row++) {
		unsigned i = (unsigned)atoi(PQgetvalue(r, row, 0)) - 1;
		if (i >= s->n)
			continue;
		s->v[i].last_status = arena_strdup(&s->arena, PQgetvalue(r, row, 1));
		if (!PQgetisnull(r, row, 2))
			s->v[i].ok_age_s = atof(PQgetvalue(r, row, 2));
		if (!PQgetisnull(r, row, 3))
			s->v[i].last_ms = atof(PQgetvalue(r, row, 3));
		/* the statistics lag behind a concurrent refresh: the size it measured may be more */
		if (!PQgetisnull(r, row, 4) && atoll(PQgetvalue(r, row, 4)) > s->v[i].size)
			s->v[i].size = atoll(PQgetvalue(r, row, 4));
	}
	PQclear(r);
	return 0;
}

/* Keep the items that pass the parts of F that need the record. */
static void record_filter(struct refresh_set *s, const struct refresh_filter *f)
{
	unsigned k = 0;
	for (unsigned i = 0; i < s->n; i++) {
		const struct refresh_item *it = &s->v[i];
		int failed = it->last_status && !strcmp(it->last_status, "failed");
		if (f->failed && !failed)
			continue;
		if (f->skip_failed && failed)
			continue;
		if (f->stale_s >= 0 && it->ok_age_s >= 0 && it->ok_age_s < f->stale_s)
			continue;
		s->v[k++] = *it;
	}
	s->n = k;
}

/*
 * The dependencies of every item inside the set: the items its object
 * reads, directly or through objects outside the set (views, tables).
 * IDX maps an object id to its item + 1 (0: not in the set).
 */
static void find_deps(struct refresh_set *s, const struct model *m, const unsigned *idx)
{
	unsigned *seen = xcalloc(m->nobjs + 1, sizeof(*seen));
	unsigned *stack = xmalloc((m->nobjs + 1) * sizeof(*stack));
	unsigned *found = xmalloc((s->n + 1) * sizeof(*found));
	for (unsigned i = 0; i < s->n; i++) {
		unsigned top = 0, nfound = 0, gen = i + 1;
		const struct object *o = &s->v[i].rel->h;
		seen[o->id] = gen;
		stack[top++] = o->id;
		while (top) {
			const struct object *x = m->objs[stack[--top]];
			for (unsigned d = 0; d < x->ndeps; d++) {
				unsigned y = x->deps[d];
				if (seen[y] == gen)
					continue;
				seen[y] = gen;
				if (idx[y])
					found[nfound++] = idx[y] - 1;
				else
					stack[top++] = y;
			}
		}
		s->v[i].ndeps = nfound;
		s->v[i].deps = arena_alloc(&s->arena, (nfound + 1) * sizeof(unsigned));
		memcpy(s->v[i].deps, found, nfound * sizeof(unsigned));
	}
	free(seen);
	free(stack);
	free(found);
}

/*
 * Level of item I: 0 when it reads no item, else one more than the
 * highest level of what it reads.  DONE marks the items whose level is
 * known (the model has no cycle: the loader refused one).
 */
static unsigned level_of(struct refresh_set *s, unsigned i, unsigned char *done)
{
	if (done[i])
		return s->v[i].level;
	unsigned l = 0;
	for (unsigned d = 0; d < s->v[i].ndeps; d++) {
		unsigned dl = level_of(s, s->v[i].deps[d], done) + 1;
		if (dl > l)
			l = dl;
	}
	s->v[i].level = l;
	done[i] = 1;
	return l;
}

static int cmp_items(const void *pa, const void *pb, void *arg)
{
	const struct refresh_item *a = pa, *b = pb;
	enum refresh_order order = *(const enum refresh_order *)arg;
	if (a->level != b->level)
		return a->level < b->level ? -1 : 1;
	switch (order) {
	case ORDER_SIZE_DESC:
		if (a->size != b->size)
			return a->size > b->size ? -1 : 1;
		break;
	case ORDER_SIZE_ASC:
		if (a->size != b->size)
			return a->size < b->size ? -1 : 1;
		break;
	case ORDER_STALE: {
		/* never refreshed first, then the longest ago */
		double x = a->ok_age_s < 0 ? 1e300 : a->ok_age_s, y = b->ok_age_s < 0 ? 1e300 : b->ok_age_s;
		if (x != y)
			return x > y ? -1 : 1;
		break;
	}
	case ORDER_NAME:
		break;
	}
	return strcmp(a->ident, b->ident);
}

/*
 * Sort by level and ORDER (ties by name), then point the dependencies at
 * the new places: an item's place before the sort is found by its
 * relation, through OLD (object id -> place before + 1).
 */
static void sort_items(struct refresh_set *s, const struct model *m, enum refresh_order order)
{
	unsigned *old = xcalloc(m->nobjs + 1, sizeof(*old));
	unsigned *pos = xmalloc((s->n + 1) * sizeof(*pos));
	for (unsigned i = 0; i < s->n; i++)
		old[s->v[i].rel->h.id] = i;
	qsort_r(s->v, s->n, sizeof(*s->v), cmp_items, &order);
	for (unsigned i = 0; i < s->n; i++)
		pos[old[s->v[i].rel->h.id]] = i;
	for (unsigned i = 0; i < s->n; i++)
		for (unsigned d = 0; d < s->v[i].ndeps; d++)
			s->v[i].deps[d] = pos[s->v[i].deps[d]];
	free(pos);
	free(old);
}

/* The method and statement of every item; -1 after reporting one --concurrently=always cannot use. */
static int choose_methods(struct refresh_set *s, enum refresh_conc conc)
{
	struct strbuf sb = STRBUF_INIT, name = STRBUF_INIT;
	for (unsigned i = 0; i < s->n; i++) {
		struct refresh_item *it = &s->v[i];
		strbuf_reset(&sb);
		strbuf_reset(&name);
		quote_qualified(&name, it->rel->h.schema, it->rel->h.name);
		if (it->rel->refresh == REFRESH_STATEMENT) {
			struct subst_tpl tpl;
			const char *values[EXPAND_NREFRESH_VARS] = { name.buf };
			subst_compile(&tpl, &s->arena, it->rel->refresh_stmt, expand_refresh_vars,
				      EXPAND_NREFRESH_VARS, 0);
			subst_render(&tpl, values, &sb);
			it->method = RM_STATEMENT;
		} else {
			int can = it->populated && it->unique_ok;
			if (conc == CONC_ALWAYS && !can) {
				strbuf_release(&sb);
				strbuf_release(&name);
				return error("materialized view '%s' cannot be refreshed concurrently (--concurrently=always): %s",
					     it->ident, !it->unique_ok ? "it has no unique index on columns only, "
					     "without WHERE" : "it is not populated");
			}
			it->method = conc != CONC_NEVER && can ? RM_CONCURRENTLY : RM_PLAIN;
			strbuf_addf(&sb, "REFRESH MATERIALIZED VIEW %s%s",
				    it->method == RM_CONCURRENTLY ? "CONCURRENTLY " : "", name.buf);
		}
		it->sql = arena_strdup(&s->arena, sb.buf);
	}
	strbuf_release(&sb);
	strbuf_release(&name);
	return 0;
}

int refresh_select(struct refresh_set *out, const struct model *m, PGconn *c,
		   const struct refresh_filter *f)
{
	memset(out, 0, sizeof(*out));
	if (filter_known(m, f) < 0)
		return -1;
	out->v = xcalloc(m->nobjs + 1, sizeof(*out->v));
	for (unsigned i = 0; i < m->nobjs; i++) {
		const struct object *o = m->objs[i];
		if (o->kind != OBJ_MATVIEW || !model_match(m, (const struct relation *)o, f))
			continue;
		struct refresh_item *it = &out->v[out->n++];
		it->rel = (const struct relation *)o;
		it->ident = o->ident;
		it->ok_age_s = -1;
		it->last_ms = -1;
		it->rows = -1;
	}
	if (!out->n)
		return 0;
	if (read_live(out, c) < 0 || read_record(out, c) < 0)
		return -1;
	record_filter(out, f);
	unsigned *idx = xcalloc(m->nobjs + 1, sizeof(*idx));
	for (unsigned i = 0; i < out->n; i++)
		idx[out->v[i].rel->h.id] = i + 1;
	find_deps(out, m, idx);
	free(idx);
	unsigned char *done = xcalloc(out->n + 1, 1);
	for (unsigned i = 0; i < out->n; i++) {
		unsigned l = level_of(out, i, done);
		if (l + 1 > out->nlevels)
			out->nlevels = l + 1;
	}
	free(done);
	sort_items(out, m, f->order);
	return choose_methods(out, f->conc);
}

void refresh_set_free(struct refresh_set *s)
{
	for (unsigned i = 0; i < s->n; i++)
		free(s->v[i].error);
	free(s->v);
	arena_free(&s->arena);
	memset(s, 0, sizeof(*s));
}
