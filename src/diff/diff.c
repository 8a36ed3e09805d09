/*
 * diff.c: desired model vs live catalog -> the steps of a plan.
 * See diff.h for the rules; decide.c decides, write*.c write the statements.
 */
#include <fnmatch.h>
#include <stdlib.h>
#include <string.h>

#include "sql/acl.h"
#include "catalog/db.h"
#include "diff/diff.h"
#include "diff/diff_int.h"
#include "sql/quote.h"
#include "expand/render.h"
#include "expand/spechash.h"
#include "base/timing.h"
#include "base/usage.h"

/* ---- matching ---- */

/* The live object a desired one stands for, or NULL. */
static struct object *live_of(struct dctx *x, const struct object *o)
{
	switch (o->kind) {
	case OBJ_TABLE:
	case OBJ_MATVIEW:
	case OBJ_VIEW:
		return model_find_relation(&x->cat->m, o->ident);
	case OBJ_USER_MAPPING: {
		const struct user_mapping *u = (const void *)o;
		return model_find(&x->cat->m, OBJ_USER_MAPPING,
				  mapping_ident(&x->p->arena, u->server, u->role, x->cat->current_user));
	}
	case OBJ_GRANT:
	case OBJ_CHECK:
		return NULL;
	default:
		return model_find(&x->cat->m, o->kind, o->ident);
	}
}

static int is_relation(enum obj_kind k)
{
	return k == OBJ_TABLE || k == OBJ_MATVIEW || k == OBJ_VIEW;
}

/* 1 when the record vouches that the live object is what SPEC describes. */
static int record_vouches(struct dctx *x, const struct object *o, const struct object *l,
			  const char *spec)
{
	const struct record_entry *e = catalog_record(x->cat, o->kind, o->ident);
	char stamp[17];
	if (!e || !e->spec_hash || strcmp(e->spec_hash, spec))
		return 0;
	/*
	 * A view or materialized view still reading the old copy of a part (an
	 * apply stopped between a part's swap and its view's, a rebuild by an
	 * older pgform) is compared, and re-pointed or rebuilt.
	 */
	if (l->kind == OBJ_VIEW || l->kind == OBJ_MATVIEW) {
		const struct live_rel *v = (const struct live_rel *)l;
		for (unsigned i = 0; i < v->nrefs; i++) {
			const struct object *t = catalog_by_oid(x->cat, v->refs[i]);
			size_t n = t && t->name ? strlen(t->name) : 0;
			if (n > 12 && (!strcmp(t->name + n - 12, "__pgform_old") || !strcmp(t->name + n - 12, "__pgform_new")))
				return 0;
		}
	}
	if (is_relation(l->kind))
		hash_hex(((const struct live_rel *)l)->stamp, stamp);
	else if (l->kind == OBJ_FUNCTION)
		hash_hex(((const struct live_function *)l)->stamp, stamp);
	else
		return 1;
	return e->stamp && !strcmp(e->stamp, stamp);
}

/* 1 when --replace names O (its identity, or a glob matching it). */
static int forced(struct dctx *x, const struct object *o)
{
	for (unsigned i = 0; i < x->o->nreplace; i++)
		if (!fnmatch(x->o->replace[i], o->ident, 0))
			return 1;
	return 0;
}

/*
 * Every grant's schema (and table) is declared or live: a grant on a
 * schema that is neither is a typo, and planning it would revoke nothing
 * but also grant nothing, silently.  An error with the name most likely
 * meant.  Returns 0, or -1 after reporting.
 */
static int check_grant_targets(struct model *m, struct catalog *cat)
{
	const char **schemas = xcalloc(m->nobjs + cat->m.nobjs + 1, sizeof(*schemas));
	unsigned ns = 0;
	int ret = 0;
	for (unsigned i = 0; i < m->nobjs; i++)
		if (m->objs[i]->kind == OBJ_SCHEMA)
			schemas[ns++] = m->objs[i]->name;
	for (unsigned i = 0; i < cat->m.nobjs; i++)
		if (cat->m.objs[i]->kind == OBJ_SCHEMA)
			schemas[ns++] = cat->m.objs[i]->name;
	for (unsigned i = 0; i < m->nobjs && !ret; i++) {
		const struct grant *g = (const void *)m->objs[i];
		if (g->h.kind != OBJ_GRANT || !g->target_schema)
			continue;
		if (model_find(m, OBJ_SCHEMA, g->target_schema) || model_find(&cat->m, OBJ_SCHEMA, g->target_schema))
			continue;
		const char *near = suggest(g->target_schema, schemas);
		ret = near ? error("grant '%s': schema '%s' is neither in the state nor in the database; did you mean '%s'?",
				   g->h.ident, g->target_schema, near) :
			     error("grant '%s': schema '%s' is neither in the state nor in the database",
				   g->h.ident, g->target_schema);
	}
	free(schemas);
	return ret;
}

/*
 * Every --replace names a desired table or materialized view (a glob:
 * at least one), and every --target matches something desired or live:
 * a typo is an error, with the name it most likely meant, never a plan
 * that silently does nothing.  Returns 0, or -1 after reporting.
 */
static int check_patterns(struct model *m, struct catalog *cat, const struct diff_opts *o)
{
	const char **names = xcalloc(m->nobjs + cat->m.nobjs + 1, sizeof(*names));
	unsigned n = 0;
	int ret = 0;
	for (unsigned i = 0; i < m->nobjs; i++)
		names[n++] = m->objs[i]->ident;
	for (unsigned i = 0; i < o->nreplace && !ret; i++) {
		unsigned hits = 0, views = 0;
		for (unsigned k = 0; k < m->nobjs; k++) {
			const struct object *ob = m->objs[k];
			if (!is_relation(ob->kind) || fnmatch(o->replace[i], ob->ident, 0))
				continue;
			if (ob->kind == OBJ_VIEW)
				views++;
			else
				hits++;
		}
		if (!hits) {
			const char *near = strpbrk(o->replace[i], "*?[") ? NULL : suggest(o->replace[i], names);
			ret = views ? error("--replace '%s': a view is replaced in place, not rebuilt; name a table or "
					    "materialized view", o->replace[i]) :
			      near ? error("--replace '%s': not a desired table or materialized view; did you mean '%s'?",
					   o->replace[i], near) :
				     error("--replace '%s': not a desired table or materialized view", o->replace[i]);
		}
	}
	for (unsigned i = 0; i < cat->m.nobjs; i++)
		names[n++] = cat->m.objs[i]->ident;
	for (unsigned i = 0; i < o->ntargets && !ret; i++) {
		unsigned k;
		for (k = 0; k < n && fnmatch(o->targets[i], names[k], 0); k++)
			;
		if (k < n)
			continue;
		const char *near = strpbrk(o->targets[i], "*?[") ? NULL : suggest(o->targets[i], names);
		ret = near ? error("--target '%s' matches nothing in the state or the database; did you mean '%s'?",
				   o->targets[i], near) :
			     error("--target '%s' matches nothing in the state or the database", o->targets[i]);
	}
	free(names);
	return ret;
}

/* Union and public views: generated UNION ALL over parts or tenants. */
static int union_like(const struct object *o)
{
	const struct relation *r = (const void *)o;
	return r->origin == REL_UNION || r->origin == REL_PUBLIC;
}

/* A union view over a part whose columns change is created again, not replaced. */
static void unions_follow_parts(struct dctx *x)
{
	struct model *m = x->m;
	for (unsigned k = 0; k < m->nobjs; k++) {
		struct object *o = m->objs[m->order[k]];
		struct dobj *d = &x->d[o->id];
		if (o->kind != OBJ_VIEW || !union_like(o))
			continue;
		const struct relation *u = (const void *)o;
		for (unsigned i = 0; i < u->nmembers; i++) {
			struct dobj *md = &x->d[u->members[i]];
			if (md->status == DS_DEF && md->cols_changed) {
				d->status = DS_DEF;
				d->cols_changed = 1;
				d->cols_compatible = 0;
				d->why = "its parts' columns change";
				break;
			}
		}
	}
}

/* ---- classify every desired object ---- */

/*
 * Part R of a disabled tenant would be rebuilt (its template changed):
 * kept as it is, and counted for the plan's "left out" line of its
 * tenant and template.
 */
static void frozen_kept(struct dctx *x, const struct relation *r)
{
	for (unsigned i = 0; i < x->nfrozen; i++)
		if (x->frozen[i].tenant == r->tenant && x->frozen[i].tmpl == r->tmpl) {
			x->frozen[i].n++;
			return;
		}
	ALLOC_GROW(x->frozen, x->nfrozen + 1, x->afrozen);
	x->frozen[x->nfrozen++] = (struct frozen_group){ r->tenant, r->tmpl, 1 };
}

/* One line per disabled tenant and template whose parts are kept though their template changed. */
static void frozen_report(struct dctx *x)
{
	for (unsigned i = 0; i < x->nfrozen; i++) {
		const struct frozen_group *g = &x->frozen[i];
		plan_skip(x->p, OBJ_MATVIEW,
			  arena_printf(&x->p->arena, "%s.%s_* (%u daily parts)", g->tenant->schema, g->tmpl->name, g->n),
			  arena_printf(&x->p->arena, "tenant '%s' is disabled: they keep the definition they were "
				       "built with (enable it to rebuild them)", g->tenant->key));
	}
}

static void classify(struct dctx *x)
{
	struct model *m = x->m;
	unsigned nrel = 0;
	for (unsigned k = 0; k < m->nobjs; k++) {
		struct object *o = m->objs[m->order[k]];
		struct dobj *d = &x->d[o->id];
		x->spec[o->id] = spec_hash(m, o);
		hash_hex(x->spec[o->id], d->spec);
		d->have = live_of(x, o);
		if (!d->have) {
			d->status = o->kind == OBJ_GRANT || o->kind == OBJ_CHECK ? DS_SAME : DS_MISSING;
			if (d->status == DS_MISSING && (o->flags & OBJF_FROZEN)) {
				d->status = DS_SAME;
				o->flags |= OBJF_ABSENT;
				x->frozen_missing++;
			}
			continue;
		}
		x->live_taken[d->have->id] = 1;
		if (o->flags & OBJF_FROZEN) {
			/* a disabled tenant's part stays as it was built, whatever the template says now */
			const struct record_entry *e = catalog_record(x->cat, o->kind, o->ident);
			d->status = DS_SAME;
			if (e && e->spec_hash && strcmp(e->spec_hash, d->spec))
				frozen_kept(x, (const struct relation *)o);
			continue;
		}
		if (is_relation(o->kind) && d->have->kind != o->kind) {
			d->status = DS_KIND;
			continue;
		}
		if (forced(x, o)) {
			d->status = DS_DEF;
			d->forced = 1;
			continue;
		}
		if ((is_relation(o->kind) || o->kind == OBJ_FUNCTION) &&
		    !record_vouches(x, o, d->have, d->spec)) {
			d->status = DS_CHECK;
			nrel++;
			continue;
		}
		d->status = DS_SAME;
	}
	x->ncheck = nrel;
}

/*
 * How many lines of LIST (see struct rel_shape) before END (NULL: all)
 * are LINE (LEN bytes).
 */
static unsigned idx_count(const char *list, const char *end, const char *line, size_t len)
{
	unsigned k = 0;
	for (const char *p = list; *p && p != end;) {
		size_t n = strcspn(p, "\n");
		k += n == len && !memcmp(p, line, len);
		p += n + (p[n] == '\n');
	}
	return k;
}

/*
 * To SB, "VERB def, def" for each index of FROM not in OTHER (both
 * struct rel_shape's lists; an index FROM has twice and OTHER once counts
 * once), as the state writes them: "UNIQUE (id)", "USING hash (name)"
 * ("USING btree " left out).  Returns how many.
 */
static unsigned idx_missing(struct strbuf *sb, const char *verb, const char *from, const char *other)
{
	unsigned k = 0;
	for (const char *p = from; *p;) {
		size_t n = strcspn(p, "\n");
		if (idx_count(from, p, p, n) >= idx_count(other, NULL, p, n)) {
			strbuf_addstr(sb, k++ ? ", " : verb);
			size_t u = !strncmp(p, "UNIQUE ", 7) ? 7 : 0;
			strbuf_add(sb, p, u);
			const char *d = p + u;
			size_t dn = n - u;
			if (dn > 12 && !strncmp(d, "USING btree ", 12))
				d += 12, dn -= 12;
			strbuf_add(sb, d, dn);
		}
		p += n + (p[n] == '\n');
	}
	return k;
}

/*
 * Why a relation whose indexes differ (WANT and HAVE: struct rel_shape's
 * lists) is rebuilt, after WHY ("indexes changed" when nothing else did):
 * which indexes the rebuild drops (one made by hand too) and which it
 * adds, as the state writes them.
 */
static const char *idx_why(struct arena *a, const char *why, const char *want, const char *have)
{
	struct strbuf sb = STRBUF_INIT;
	strbuf_addstr(&sb, why);
	if (!strcmp(why, "indexes changed")) {
		unsigned k = idx_missing(&sb, ": drops ", have, want);
		idx_missing(&sb, k ? "; adds " : ": adds ", want, have);
	} else {
		idx_missing(&sb, "; drops index ", have, want);
	}
	const char *out = arena_strdup(a, sb.buf);
	strbuf_release(&sb);
	return out;
}

/* Compare definitions of the objects the record does not vouch for. */
static int compare_unvouched(struct dctx *x)
{
	struct model *m = x->m;
	struct cmp_item *items = xcalloc(x->ncheck + 1, sizeof(*items));
	unsigned n = 0;
	int ret;
	for (unsigned k = 0; k < m->nobjs; k++) {
		struct object *o = m->objs[m->order[k]];
		struct dobj *d = &x->d[o->id];
		if (d->status != DS_CHECK)
			continue;
		if (o->kind == OBJ_FUNCTION) {
			items[n].fwant = (struct function *)o;
			items[n].fhave = (struct live_function *)d->have;
		} else {
			items[n].want = (struct relation *)o;
			items[n].have = (struct live_rel *)d->have;
		}
		n++;
	}
	enum timing_phase prev = timing_enter(TIMING_PROBE);
	ret = diff_compare(m, x->cat, x->c, items, n);
	timing_enter(prev);
	for (unsigned i = 0; ret == 0 && i < n; i++) {
		struct cmp_item *it = &items[i];
		struct object *o = it->want ? &it->want->h : &it->fwant->h;
		struct dobj *d = &x->d[o->id];
		d->status = DS_SAME;
		const struct record_entry *rec = it->want && it->want->origin == REL_YEARLY ?
						  catalog_record(x->cat, o->kind, o->ident) : NULL;
		char legacy[17];
		if (rec)
			hash_hex(spec_hash_legacy(m, o), legacy);
		if (rec && rec->spec_hash && strcmp(rec->spec_hash, d->spec) && strcmp(rec->spec_hash, legacy)) {
			/* a yearly table's source query is not in the catalog: the record tells */
			d->status = DS_DEF;
			d->why = "template changed";
		}
		if (it->failed && it->want && it->want->h.kind == OBJ_VIEW && union_like(&it->want->h)) {
			/* it reads parts (or union views) the plan is about to create */
			d->status = DS_DEF;
			d->cols_compatible = 1;
			d->why = it->want->origin == REL_UNION ? "parts added or removed" : "tenants added or removed";
			continue;
		}
		if (it->failed) {
			/*
			 * Its columns are unknown (it reads what the plan makes or
			 * changes first): a view is made again rather than replaced,
			 * which fails when a column's type changes.
			 */
			d->status = DS_DEF;
			d->cols_changed = it->want != NULL;
			d->cols_compatible = 0;
			d->why = arena_printf(&x->p->arena, "cannot compare: %s", it->fail_msg);
			continue;
		}
		if (it->fwant) {
			if (!it->fws || !it->fhs || strcmp(it->fws, it->fhs)) {
				d->status = DS_DEF;
				d->why = "definition changed";
				/* for a function, "columns changed": it cannot be replaced */
				d->cols_changed = !it->fwkey || !it->fhkey || strcmp(it->fwkey, it->fhkey) ||
						  it->fwdefaults < it->fhdefaults;
				if (d->cols_changed)
					d->why = "result, argument names or defaults changed";
			}
			continue;
		}
		int def = it->ws.def && it->hs.def && strcmp(it->ws.def, it->hs.def);
		int cols = strcmp(it->ws.cols, it->hs.cols) != 0;
		int idx = strcmp(it->ws.idx, it->hs.idx) != 0;
		if (def || cols || idx) {
			d->status = DS_DEF;
			d->cols_changed = cols;
			/* CREATE OR REPLACE VIEW may only add columns at the end */
			d->cols_compatible = !cols || (strlen(it->ws.cols) > strlen(it->hs.cols) &&
				!strncmp(it->ws.cols, it->hs.cols, strlen(it->hs.cols)) &&
				it->ws.cols[strlen(it->hs.cols)] == ',');
			d->why = def ? (cols ? "query and columns changed" : "query changed") :
				 cols ? "columns changed" : "indexes changed";
			if (def && !cols && union_like(o))
				d->why = it->want->origin == REL_UNION ? "parts added or removed" :
									  "tenants added or removed";
			if (idx)
				d->why = idx_why(&x->p->arena, d->why, it->ws.idx, it->hs.idx);
		}
	}
	free(items);
	return ret;
}

/* ---- dependencies between steps ---- */

static void object_step_deps(struct dctx *x)
{
	struct model *m = x->m;
	for (unsigned k = 0; k < m->nobjs; k++) {
		struct object *o = m->objs[m->order[k]];
		struct dobj *d = &x->d[o->id];
		if (!d->step)
			continue;
		for (unsigned i = 0; i < o->ndeps; i++) {
			struct dobj *dd = &x->d[o->deps[i]];
			if (dd->step && dd->step != d->step)
				plan_step_depend(x->p, d->step, dd->step->id);
		}
	}
}

/*
 * A relation or function pgform makes gets the applying user's default
 * privileges in its schema as they are when it is made, and its writer
 * counts on the desired ones: the steps that set them come first.
 */
static void defacl_step_deps(struct dctx *x)
{
	struct model *m = x->m;
	for (unsigned k = 0; k < m->nobjs; k++) {
		struct object *o = m->objs[k];
		struct step *s = x->d[o->id].step;
		int fn = o->kind == OBJ_FUNCTION;
		if (!s || (!fn && !is_relation(o->kind)) || !o->schema ||
		    (s->action != STEP_CREATE && s->action != STEP_REBUILD && s->action != STEP_RECREATE))
			continue;
		for (unsigned i = 0; i < x->ndefacls; i++) {
			const struct defacl_change *g = &x->defacls[i];
			/* the applying user makes it: its defaults are the ones that apply */
			if (g->step != s && g->functions == fn && !strcmp(g->schema, o->schema) &&
			    !strcmp(g->role, x->cat->current_user))
				plan_step_depend(x->p, s, g->step->id);
		}
	}
}

/* ---- ordering ---- */

static int cmp_str(const char *a, const char *b)
{
	if (!a || !b)
		return a ? 1 : b ? -1 : 0;
	return strcmp(a, b);
}

static int step_cmp(const void *pa, const void *pb)
{
	const struct step *a = *(struct step *const *)pa, *b = *(struct step *const *)pb;
	int da = a->action == STEP_DROP, db = b->action == STEP_DROP, c;
	if (da != db)
		return da - db;
	if (a->kind != b->kind)
		return da ? (a->kind < b->kind ? 1 : -1) : (a->kind < b->kind ? -1 : 1);
	if ((c = cmp_str(a->schema, b->schema)))
		return c;
	if ((c = cmp_str(a->name, b->name)))
		return c;
	if ((c = cmp_str(a->target, b->target)))
		return c;
	return a->id < b->id ? -1 : a->id > b->id;
}

/* Sort by (drops last, kind, schema, name), then topologically; renumber. */
static int order_steps(struct dctx *x)
{
	struct plan *p = x->p;
	unsigned n = p->nsteps;
	struct step **sorted = xcalloc(n + 1, sizeof(*sorted));
	unsigned *rank = xcalloc(n + 1, sizeof(*rank)), *order = xcalloc(n + 1, sizeof(*order));
	unsigned **deps = xcalloc(n + 1, sizeof(*deps)), *ndeps = xcalloc(n + 1, sizeof(*ndeps));
	unsigned *newid = xcalloc(n + 1, sizeof(*newid));
	int ret = 0;
	if (!n)
		goto done;
	memcpy(sorted, p->steps, n * sizeof(*sorted));
	qsort(sorted, n, sizeof(*sorted), step_cmp);
	for (unsigned r = 0; r < n; r++)
		rank[sorted[r]->id - 1] = r;
	for (unsigned i = 0; i < n; i++) {
		struct step *s = p->steps[i];
		deps[i] = xcalloc(s->ndeps + 1, sizeof(unsigned));
		for (unsigned k = 0; k < s->ndeps; k++)
			deps[i][k] = s->deps[k] - 1;
		ndeps[i] = s->ndeps;
	}
	struct topo_graph g = { n, deps, ndeps, rank };
	if (toposort(&g, order, NULL) < n) {
		error("internal error: the steps of the plan form a cycle");
		ret = -1;
		goto done;
	}
	for (unsigned i = 0; i < n; i++)
		newid[order[i]] = i + 1;
	for (unsigned i = 0; i < n; i++) {
		struct step *s = p->steps[i];
		for (unsigned k = 0; k < s->ndeps; k++)
			s->deps[k] = newid[s->deps[k] - 1];
		if (s->ndeps)
			qsort(s->deps, s->ndeps, sizeof(unsigned), cmp_unsigned);
		s->id = newid[i];
	}
	for (unsigned i = 0; i < n; i++)
		sorted[i] = p->steps[order[i]];
	if (n)
		memcpy(p->steps, sorted, n * sizeof(*sorted));
done:
	for (unsigned i = 0; i < n; i++)
		free(deps[i]);
	free(deps);
	free(ndeps);
	free(newid);
	free(order);
	free(rank);
	free(sorted);
	return ret;
}

int cmp_unsigned(const void *a, const void *b)
{
	unsigned x = *(const unsigned *)a, y = *(const unsigned *)b;
	return x < y ? -1 : x > y;
}

/*
 * 1 when check C reads what this plan creates (an object it depends on),
 * or belongs to an extension the plan creates or updates: before the
 * steps it could only fail, or hold of the old version, so it runs after
 * them only.
 */
static int check_after_only(struct dctx *x, const struct check *c)
{
	for (unsigned i = 0; i < c->h.ndeps; i++) {
		const struct step *s = x->d[c->h.deps[i]].step;
		if (s && (s->action == STEP_CREATE || s->kind == OBJ_EXTENSION))
			return 1;
	}
	return 0;
}

/* ---- --target ---- */

static int target_match(struct dctx *x, const struct step *s)
{
	for (unsigned i = 0; i < x->o->ntargets; i++)
		if (s->target && !fnmatch(x->o->targets[i], s->target, 0))
			return 1;
	return 0;
}

/* Keep the steps matching --target and every step they need. */
static void limit_to_targets(struct dctx *x)
{
	struct plan *p = x->p;
	unsigned n = p->nsteps, kept = 0;
	char *keep = xcalloc(n + 2, 1);
	if (!x->o->ntargets) {
		free(keep);
		return;
	}
	/* steps are in dependency order: walk backwards, marking what is needed */
	for (unsigned i = n; i-- > 0;) {
		struct step *s = p->steps[i];
		if (target_match(x, s))
			keep[s->id] = 1;
		if (keep[s->id])
			for (unsigned k = 0; k < s->ndeps; k++)
				keep[s->deps[k]] = 1;
	}
	unsigned *newid = xcalloc(n + 2, sizeof(*newid));
	for (unsigned i = 0; i < n; i++)
		if (keep[p->steps[i]->id])
			newid[p->steps[i]->id] = ++kept;
	unsigned w = 0;
	for (unsigned i = 0; i < n; i++) {
		struct step *s = p->steps[i];
		if (!keep[s->id])
			continue;
		unsigned nd = 0;
		for (unsigned k = 0; k < s->ndeps; k++)
			if (newid[s->deps[k]])
				s->deps[nd++] = newid[s->deps[k]];
		s->ndeps = nd;
		s->id = newid[s->id];
		p->steps[w++] = s;
	}
	p->nsteps = w;
	free(newid);
	free(keep);
}

/* ---- entry ---- */

static const char **extension_names(struct model *m)
{
	const char **v = xcalloc(m->nobjs + 1, sizeof(char *));
	unsigned n = 0;
	for (unsigned i = 0; i < m->nobjs; i++)
		if (m->objs[i]->kind == OBJ_EXTENSION)
			v[n++] = m->objs[i]->name;
	return v;
}

const char *const *diff_extension_names(struct model *m)
{
	return extension_names(m);
}

/* A tenant's adopted server (connection: { server: NAME }) must exist: pgform does not make it. */
static int check_adopted_servers(struct model *m, struct catalog *cat)
{
	for (unsigned i = 0; i < m->ntenants; i++) {
		const struct tenant *t = m->tenants[i];
		if (!t->adopted || model_find(&cat->m, OBJ_SERVER, t->server))
			continue;
		return error("%s:%u:%u: foreign server '%s' of tenant '%s' does not exist; a connection naming "
			     "a server uses it as it is: create it (and its user mapping), or give the "
			     "connection's host, dbname and user", t->conn_pos.file, t->conn_pos.line,
			     t->conn_pos.col, t->server, t->key);
	}
	return 0;
}

int diff_plan(struct plan *p, struct model *m, struct catalog *cat, PGconn *c,
	      const struct diff_opts *o)
{
	struct dctx x;
	char fp[17];
	int ret = -1;
	memset(&x, 0, sizeof(x));
	x.p = p;
	x.m = m;
	x.cat = cat;
	x.c = c;
	x.o = o;
	x.d = xcalloc(m->nobjs + 1, sizeof(*x.d));
	x.live_taken = xcalloc(cat->m.nobjs + 1, 1);
	x.live_step = xcalloc(cat->m.nobjs + 1, sizeof(*x.live_step));
	x.dropped = xcalloc(cat->m.nobjs + 1, 1);
	x.grants = xcalloc(m->nobjs + 1, sizeof(*x.grants));
	x.spec = xcalloc(m->nobjs + 1, sizeof(*x.spec));
	for (unsigned i = 0; i < m->nobjs; i++)
		if (m->objs[i]->kind == OBJ_GRANT)
			x.grants[x.ngrants++] = (const struct grant *)m->objs[i];
	grants_index(&x);
	if (check_patterns(m, cat, o) < 0 || check_grant_targets(m, cat) < 0 || check_adopted_servers(m, cat) < 0)
		goto done;
	classify(&x);
	if (compare_unvouched(&x) < 0)
		goto done;
	unions_follow_parts(&x);
	if (diff_steps(&x) < 0)
		goto done;
	timing_enter(TIMING_ORDER);
	object_step_deps(&x);
	defacl_step_deps(&x);
	for (unsigned k = 0; k < m->nobjs; k++) {
		struct object *ob = m->objs[k];
		if (x.d[ob->id].step && x.d[ob->id].step->target == ob->ident)
			x.d[ob->id].step->spec_hash = arena_strdup(&p->arena, x.d[ob->id].spec);
		if (ob->kind == OBJ_CHECK)
			plan_add_check(p, ob->name, ((struct check *)ob)->sql.sql, check_after_only(&x, (struct check *)ob));
	}
	frozen_report(&x);
	timing_enter(TIMING_DECIDE);
	diff_drops(&x);
	if (foreign_dependents(&x) < 0)
		goto done;
	diff_view_swaps(&x);
	diff_after_copy_swaps(&x);
	timing_enter(TIMING_ORDER);
	if (order_steps(&x) < 0)
		goto done;
	limit_to_targets(&x);
	carry_dependents(&x);
	p->database = arena_strdup(&p->arena, cat->database);
	p->apply_role = arena_strdup(&p->arena, cat->current_user);
	hash_hex(cat->fingerprint, fp);
	p->catalog_fp = arena_strdup(&p->arena, fp);
	p->catalog_detail = cat->detail ? arena_strdup(&p->arena, cat->detail) : NULL;
	hash_hex(model_hash_known(m, x.spec), fp);
	p->desired_fp = arena_strdup(&p->arena, fp);
	ret = 0;
done:
	free(x.frozen);
	free(x.defacls);
	free(x.swapped);
	free(x.deferred);
	free(x.d);
	free(x.live_taken);
	free(x.live_step);
	free(x.dropped);
	free(x.grants);
	free(x.spec);
	free(x.carry);
	free(x.readers);
	free(x.seen);
	hashmap_free(&x.grants_by_schema);
	return ret;
}
