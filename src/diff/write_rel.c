/*
 * write_rel.c: the writer of relations (tables, views, materialized views,
 * daily parts, yearly tables): create, alter in place, replace, rebuild by
 * temp-build-and-swap (with the copy swap of the view that reads a part,
 * and one view swap for a template's parts), drop and create again with
 * dependents.  Each writer produces a step's phases and its inverse
 * together.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <xxhash.h>

#include "base/datecalc.h"
#include "catalog/db.h"
#include "diff/decide.h"
#include "diff/diff_int.h"
#include "sql/quote.h"
#include "expand/render.h"
#include "expand/spechash.h"
#include "base/usage.h"
#include "diff/write.h"

/*
 * 1 when live PART of day DAY holds what the template gives today: its
 * record says it was built from the same spec (a part with no record,
 * built by hand, is taken as it is).
 */
static int part_is_current(struct dctx *x, const struct relation *r, int day, struct live_rel *part)
{
	const struct record_entry *e = catalog_record(x->cat, OBJ_MATVIEW, part->h.ident);
	char hex[17];
	if (!e || !e->spec_hash)
		return 1;
	struct relation tmp = *r;
	tmp.h.kind = OBJ_MATVIEW;
	tmp.origin = REL_PART;
	tmp.day = day;
	tmp.h.name = part->h.name;
	tmp.h.ident = part->h.ident;
	hash_hex(spec_hash(x->m, &tmp.h), hex);
	return !strcmp(hex, e->spec_hash);
}

/* The SELECT that fills yearly table R: its parts that exist, dblink for the rest. */
static void yearly_query(struct dctx *x, const struct relation *r, int from_parts,
			 struct strbuf *sb, struct strbuf *check)
{
	struct model *m = x->m;
	unsigned n = 0;
	struct strbuf cols = STRBUF_INIT, rq = STRBUF_INIT;
	for (unsigned i = 0; i < r->tmpl->ncolumns; i++) {
		if (i)
			strbuf_addstr(&cols, ", ");
		quote_ident(&cols, r->tmpl->columns[i].name);
	}
	for (int day = r->first_day; day <= r->last_day; day++) {
		char sfx[11];
		struct live_rel *part = NULL;
		date_format_suffix(day, sfx);
		if (from_parts) {
			struct strbuf q = STRBUF_INIT;
			strbuf_addf(&q, "%s.%s_%s", r->h.schema, r->tmpl->name, sfx);
			part = catalog_rel(x->cat, q.buf);
			strbuf_release(&q);
			if (part && part->h.kind != OBJ_MATVIEW)
				part = NULL;
			if (part && !part_is_current(x, r, day, part))
				part = NULL;
		}
		if (n++)
			strbuf_addstr(sb, "\nUNION ALL\n");
		if (part) {
			strbuf_addf(sb, "SELECT %s FROM ", cols.buf);
			qrel(sb, part->h.schema, part->h.name);
			strbuf_addstr(check, check->len ? " + " : "");
			strbuf_addstr(check, "(SELECT count(*) FROM ");
			qrel(check, part->h.schema, part->h.name);
			strbuf_addch(check, ')');
			continue;
		}
		/* a day with no part: straight from the source */
		struct relation tmp = *r;
		tmp.origin = REL_PART;
		tmp.day = day;
		tmp.h.name = arena_printf(&m->arena, "%s_%s", r->tmpl->name, sfx);
		strbuf_reset(&rq);
		render_remote_query(m, &tmp, &rq);
		strbuf_addstr(sb, "SELECT * FROM ");
		render_dblink(m, sb);
		strbuf_addch(sb, '(');
		quote_literal(sb, r->tenant->server);
		strbuf_addstr(sb, ", ");
		quote_literal(sb, rq.buf);
		strbuf_addstr(sb, ") AS t(");
		render_columns(r->tmpl, sb);
		strbuf_addch(sb, ')');
	}
	strbuf_release(&cols);
	strbuf_release(&rq);
}

/* CREATE statement(s) of R under NAME, with indexes named for NAME. */
static void create_rel_sql(struct dctx *x, const struct relation *r, const char *name,
			   int from_parts, struct strbuf *sb)
{
	struct strbuf check = STRBUF_INIT;
	if (r->origin == REL_YEARLY) {
		strbuf_addstr(sb, "CREATE TABLE ");
		qrel(sb, r->h.schema, name);
		strbuf_addstr(sb, " AS\n");
		yearly_query(x, r, from_parts, sb, &check);
		sql_end(sb);
	} else {
		strbuf_addf(sb, "CREATE %s ", rel_word(r->h.kind));
		qrel(sb, r->h.schema, name);
		strbuf_addstr(sb, " AS\n");
		render_query(x->m, r, sb);
		sql_end(sb);
	}
	for (unsigned i = 0; i < render_nindexes(r); i++) {
		struct strbuf iname = STRBUF_INIT;
		index_name(name, i, &iname);
		render_index_named(x->m, r, i, name, iname.buf, sb);
		sql_end(sb);
		strbuf_release(&iname);
	}
	if (check.len) {
		/* the yearly table holds exactly the rows of the parts it was built from */
		struct strbuf body = STRBUF_INIT, msg = STRBUF_INIT;
		strbuf_addstr(&body, "BEGIN IF (SELECT count(*) FROM ");
		qrel(&body, r->h.schema, name);
		strbuf_addf(&body, ") <> (SELECT %s) THEN RAISE EXCEPTION ", check.buf);
		strbuf_addf(&msg, "row count of %s.%s does not match its daily parts", r->h.schema, name);
		quote_literal(&body, msg.buf);
		strbuf_addstr(&body, "; END IF; END");
		strbuf_addstr(sb, "DO ");
		quote_dollar(sb, body.buf);
		sql_end(sb);
		strbuf_release(&body);
		strbuf_release(&msg);
	}
	strbuf_release(&check);
}

/* Append the live readers of L, transitively, readers of readers first, each once. */
static void readers_outside_in(struct dctx *x, const struct live_rel *l, struct live_rel **out,
			       unsigned *n, unsigned max, char *seen)
{
	struct live_rel *deps[4096];
	unsigned nd = live_dependents(x, l, deps, 4096);
	for (unsigned i = 0; i < nd; i++) {
		if (seen[deps[i]->h.id])
			continue;
		seen[deps[i]->h.id] = 1;
		readers_outside_in(x, deps[i], out, n, max, seen);
		if (*n < max)
			out[(*n)++] = deps[i];
	}
}

/*
 * The views a swap of L locks first, in the order readers take their
 * locks (the public view, then the union view; RENAME then locks L), so a
 * swap never holds a part while waiting for a view a reader holds while
 * waiting for that part.  Quoted qualified names in the plan's arena.
 * (LOCK does not take materialized views; their parts are renamed.)
 */
static const char **lock_list(struct dctx *x, const struct live_rel *l, unsigned *nout)
{
	/* asked for every rebuilt part: nothing the size of the catalog is cleared for each */
	struct live_rel **list = xmalloc((x->cat->m.nobjs + 1) * sizeof(*list));
	if (!x->seen)
		x->seen = xcalloc(x->cat->m.nobjs + 1, 1);
	char *seen = x->seen;
	unsigned n = 0, views = 0;
	readers_outside_in(x, l, list, &n, x->cat->m.nobjs, seen);
	for (unsigned i = 0; i < n; i++)
		seen[list[i]->h.id] = 0;
	for (unsigned i = 0; i < n; i++)
		views += list[i]->h.kind == OBJ_VIEW;
	const char **out = views ? arena_alloc(&x->p->arena, views * sizeof(*out)) : NULL;
	views = 0;
	for (unsigned i = 0; i < n; i++) {
		if (list[i]->h.kind != OBJ_VIEW)
			continue;
		struct strbuf sb = STRBUF_INIT;
		qrel(&sb, list[i]->h.schema, list[i]->h.name);
		out[views++] = adup(x, &sb);
		strbuf_release(&sb);
	}
	free(list);
	*nout = views;
	return out;
}

/* The LOCK statement of lock_list(), for an undo. */
static void lock_sql(struct dctx *x, const struct live_rel *l, struct strbuf *sb)
{
	struct step tmp;
	memset(&tmp, 0, sizeof(tmp));
	tmp.lock = lock_list(x, l, &tmp.nlock);
	if (!tmp.nlock)
		return;
	step_lock_sql(&tmp, sb);
	sql_end(sb);
}

/* Temporary names: NAME__pgform_new / NAME__pgform_old, shortened to fit. */
static const char *tmp_name(struct dctx *x, const char *name, const char *sfx)
{
	struct strbuf sb = STRBUF_INIT;
	ident_shorten(&sb, name, sfx);
	const char *r = adup(x, &sb);
	strbuf_release(&sb);
	return r;
}

static void rename_sql(struct strbuf *sb, const char *word, const char *schema, const char *from,
		       const char *to)
{
	strbuf_addf(sb, "ALTER %s ", word);
	qrel(sb, schema, from);
	strbuf_addstr(sb, " RENAME TO ");
	quote_ident(sb, to);
	sql_end(sb);
}

/*
 * "VERB VIEW s.NAME AS\n" and V's current definition, with the relations
 * SCHEMA.FROM[i] in it renamed to TO[i] (N of them, maybe none).
 */
static void view_sql(struct strbuf *sb, const char *verb, const struct live_rel *v, const char *name,
		     const char *schema, const char *const *from, const char *const *to, unsigned n)
{
	strbuf_addf(sb, "%s VIEW ", verb);
	qrel(sb, v->h.schema, name);
	strbuf_addstr(sb, " AS\n");
	size_t at = sb->len;
	if (n)
		quote_rename_relations(v->viewdef, schema, from, to, n, sb);
	else
		strbuf_addstr(sb, v->viewdef);
	strbuf_rtrim(sb);
	if (sb->len > at && sb->buf[sb->len - 1] == ';')
		strbuf_setlen(sb, sb->len - 1);
	sql_end(sb);
}

/*
 * Re-point direct view dependents of L with their current definitions,
 * the relations OTHERS (of L's schema, NOTHERS of them) named by their
 * old copies (NAME__pgform_old) instead.
 */
static void repoint_sql(struct dctx *x, const struct live_rel *l, const char *const *others,
			unsigned nothers, struct strbuf *sb)
{
	struct live_rel *deps[4096];
	unsigned n = live_dependents(x, l, deps, 4096);
	const char **to = xcalloc(nothers + 1, sizeof(*to));
	for (unsigned i = 0; i < nothers; i++)
		to[i] = tmp_name(x, others[i], "__pgform_old");
	for (unsigned i = 0; i < n; i++)
		if (deps[i]->h.kind == OBJ_VIEW && deps[i]->viewdef)
			view_sql(sb, "CREATE OR REPLACE", deps[i], deps[i]->h.name, l->h.schema, others, to,
				 nothers);
	free(to);
}

/*
 * The view a rebuild of L swaps by copy (see rebuild_step), or NULL: L's
 * only reader, a view that is not pinned (live_rel.pinned), that the
 * owner's own privileges on are the defaults, whose readers are all
 * views; every definition involved names what it reads qualified (as the
 * catalog reads them, with an empty search_path).
 */
static struct live_rel *copy_swap_view(struct dctx *x, const struct live_rel *l,
				       struct live_rel **readers, unsigned *nreaders)
{
	struct live_rel *deps[2];
	if (live_dependents(x, l, deps, 2) != 1)
		return NULL;
	struct live_rel *v = deps[0];
	if (v->h.kind != OBJ_VIEW || !v->viewdef || v->pinned || !strcmp(l->h.name, l->h.schema) ||
	    !strcmp(v->h.name, v->h.schema))
		return NULL;
	/* the owner holds what a new view gives it, no more, no less */
	for (unsigned i = 0; i < v->acl.n; i++)
		if (!strcmp(v->acl.v[i].grantee, v->owner) &&
		    (v->acl.v[i].privs != acl_all(ACLC_TABLE) || v->acl.v[i].grant_opts))
			return NULL;
	*nreaders = live_dependents(x, v, readers, 4096);
	if (*nreaders >= 4096)
		return NULL;
	struct strbuf sb = STRBUF_INIT;
	const char *from[1], *to[1];
	int ok = 1;
	from[0] = l->h.name;
	to[0] = l->h.name;
	ok = quote_rename_relations(v->viewdef, l->h.schema, from, to, 1, &sb) > 0;
	for (unsigned i = 0; i < *nreaders && ok; i++) {
		strbuf_reset(&sb);
		from[0] = to[0] = v->h.name;
		ok = readers[i]->h.kind == OBJ_VIEW && readers[i]->viewdef && !readers[i]->pinned &&
		     quote_rename_relations(readers[i]->viewdef, v->h.schema, from, to, 1, &sb) > 0;
	}
	strbuf_release(&sb);
	return ok ? v : NULL;
}

/*
 * The swap of L's copy-swapped view V (a rebuild's view_swap phase; apply
 * merges those of a batch):
 * serialise with other swaps of V, create V's copy reading the new L,
 * with V's owner, privileges and comment, re-point V's readers to the
 * copy, drop V, give the copy V's name.  Locks come in readers' order
 * (V's readers, V, then L by the renames after it), and the one
 * expensive statement, the copy of a long union, takes no lock a reader
 * waits for.
 */
static void copy_swap_sql(struct dctx *x, const struct live_rel *l, const char *l_new,
			  const struct live_rel *v, struct live_rel **readers, unsigned nreaders,
			  struct strbuf *sb)
{
	const char *v_new = tmp_name(x, v->h.name, "__pgform_new");
	/*
	 * Swaps that re-point the same readers wait for each other (apply -j):
	 * the copy names the other parts as they are when it is made, and two
	 * swaps re-pointing one reader at once would deadlock.
	 */
	unsigned long long key = 0x70676673;
	for (unsigned i = 0; i < nreaders; i++)
		key ^= XXH3_64bits(readers[i]->h.ident, strlen(readers[i]->h.ident));
	if (!nreaders)
		key = XXH3_64bits_withSeed(v->h.ident, strlen(v->h.ident), key);
	strbuf_addf(sb, "SELECT pg_catalog.pg_advisory_xact_lock(%lld)", (long long)key);
	sql_end(sb);
	view_sql(sb, "CREATE", v, v_new, l->h.schema, &l->h.name, &l_new, 1);
	struct acl have = ACL_INIT;
	if (strcmp(v->owner, x->cat->current_user))
		owner_sql(sb, "VIEW", v->h.schema, v_new, v->owner);
	given_rel_acl(x, v->h.schema, v->owner, &have);
	acl_diff_sql(sb, &have, &v->acl, acl_object(x, v->h.schema, v_new), ACLC_TABLE, v->owner, 0);
	acl_release(&have);
	if (v->comment)
		comment_sql(sb, "VIEW", v->h.schema, v_new, v->comment);
	for (unsigned i = 0; i < nreaders; i++)
		view_sql(sb, "CREATE OR REPLACE", readers[i], readers[i]->h.name, v->h.schema, &v->h.name,
			 &v_new, 1);
	drop_rel_sql(sb, OBJ_VIEW, v->h.schema, v->h.name);
	rename_sql(sb, "VIEW", v->h.schema, v_new, v->h.name);
}

/*
 * The phases of rebuild S of R (live L) and its undo: build under
 * NAME__pgform_new; then in one short transaction rename the old one (and
 * its indexes) away and the new one (and its indexes) in, and swap or
 * re-point the views that read it; drop the old one when the apply ends.
 * RENAMES_ONLY (L's view, or NULL): the view is left reading the old copy
 * (a later rebuild of the view's parts swaps it); OTHERS: those earlier
 * rebuilds of the view's parts, whose old copies the undo points the view
 * back to.  Returns the view swapped by copy, or NULL.
 */
static struct live_rel *rebuild_sql(struct dctx *x, struct relation *r, struct live_rel *l,
				    const struct live_rel *renames_only, const char *const *others, unsigned nothers,
				    struct step *s, struct live_rel **readers, unsigned *nreaders)
{
	const char *nw = tmp_name(x, r->h.name, "__pgform_new");
	const char *old = tmp_name(x, r->h.name, "__pgform_old");
	const char *owner = rel_owner(x, r, l);
	const char *word = rel_word(r->h.kind);
	struct dobj *d = &x->d[r->h.id];
	int views = !d->cols_changed && !renames_only;
	struct strbuf sb = STRBUF_INIT, inv = STRBUF_INIT;

	memset(&s->build, 0, sizeof(s->build));
	memset(&s->view_swap, 0, sizeof(s->view_swap));
	memset(&s->swap, 0, sizeof(s->swap));
	memset(&s->repoint, 0, sizeof(s->repoint));
	memset(&s->cleanup, 0, sizeof(s->cleanup));
	s->lock = NULL;
	s->nlock = 0;
	s->swaps = 1;

	create_rel_sql(x, r, nw, 0, &sb);
	rel_attrs_new(x, r, nw, owner, l, &sb);
	add_phase(x, s, &s->build, &sb);
	strbuf_reset(&sb);

	*nreaders = 0;
	struct live_rel *v = views ? copy_swap_view(x, l, readers, nreaders) : NULL;
	if (v) {
		copy_swap_sql(x, l, nw, v, readers, *nreaders, &sb);
		add_phase(x, s, &s->view_swap, &sb);
		strbuf_reset(&sb);
	} else if (renames_only) {
		/*
		 * The view first, as its readers lock it before its parts: the
		 * renames of a batch then never hold a part a reader holding
		 * another waits for.  (LOCK of a view takes what it reads too.)
		 */
		qrel(&sb, renames_only->h.schema, renames_only->h.name);
		s->lock = arena_alloc(&x->p->arena, sizeof(*s->lock));
		s->lock[0] = adup(x, &sb);
		s->nlock = 1;
		strbuf_reset(&sb);
	} else {
		s->lock = lock_list(x, l, &s->nlock);
	}
	rename_sql(&sb, rel_word(l->h.kind), r->h.schema, r->h.name, old);
	for (unsigned i = 0; i < l->nidx; i++)
		rename_sql(&sb, "INDEX", r->h.schema, l->idx[i].name, tmp_name(x, l->idx[i].name, "__pgform_old"));
	rename_sql(&sb, word, r->h.schema, nw, r->h.name);
	for (unsigned i = 0; i < render_nindexes(r); i++) {
		struct strbuf a = STRBUF_INIT, b = STRBUF_INIT;
		index_name(nw, i, &a);
		index_name(r->h.name, i, &b);
		rename_sql(&sb, "INDEX", r->h.schema, a.buf, b.buf);
		strbuf_release(&a);
		strbuf_release(&b);
	}
	add_phase(x, s, &s->swap, &sb);
	strbuf_reset(&sb);
	if (views && !v) {
		repoint_sql(x, l, NULL, 0, &sb);
		add_phase(x, s, &s->repoint, &sb);
		strbuf_reset(&sb);
	}
	drop_rel_sql(&sb, l->h.kind, r->h.schema, old);
	add_phase(x, s, &s->cleanup, &sb);

	/* undo: swap back while the old one is kept */
	if (!renames_only)
		lock_sql(x, l, &inv);
	rename_sql(&inv, word, r->h.schema, r->h.name, nw);
	for (unsigned i = 0; i < render_nindexes(r); i++) {
		struct strbuf a = STRBUF_INIT, b = STRBUF_INIT;
		index_name(r->h.name, i, &a);
		index_name(nw, i, &b);
		rename_sql(&inv, "INDEX", r->h.schema, a.buf, b.buf);
		strbuf_release(&a);
		strbuf_release(&b);
	}
	rename_sql(&inv, rel_word(l->h.kind), r->h.schema, old, r->h.name);
	for (unsigned i = 0; i < l->nidx; i++)
		rename_sql(&inv, "INDEX", r->h.schema, tmp_name(x, l->idx[i].name, "__pgform_old"), l->idx[i].name);
	if (!d->cols_changed && !renames_only)
		repoint_sql(x, l, others, nothers, &inv);
	drop_rel_sql(&inv, r->h.kind, r->h.schema, nw);
	set_inverse(x, s, &inv);
	strbuf_release(&sb);
	strbuf_release(&inv);
	return v;
}

/*
 * The batch key of rebuild S: rebuilds that re-point the same views the
 * same way (after their own new copy is named as the relation) share it,
 * and apply may swap them in one transaction; renames-only rebuilds share
 * the key of the view they lock.  NULL for a rebuild swapped in a group.
 */
static void set_batch_key(struct dctx *x, struct step *s)
{
	struct strbuf sb = STRBUF_INIT;
	unsigned long long k = 0;
	s->batch_key = NULL;
	if (s->action != STEP_REBUILD || s->group || s->database || s->no_transaction)
		return;
	if (s->view_swap.n && s->schema && s->name) {
		struct strbuf text = STRBUF_INIT;
		const char *from = tmp_name(x, s->name, "__pgform_new"), *to = s->name;
		step_list_text(s, &s->view_swap, &text);
		quote_rename_relations(text.buf, s->schema, &from, &to, 1, &sb);
		strbuf_release(&text);
		k = (unsigned long long)XXH3_64bits(sb.buf, sb.len) | 1;
	} else if (s->repoint.n) {
		step_list_text(s, &s->repoint, &sb);
		k = (unsigned long long)XXH3_64bits(sb.buf, sb.len) | 1;
	} else if (s->nlock) {
		step_lock_sql(s, &sb);
		k = (unsigned long long)XXH3_64bits_withSeed(sb.buf, sb.len, 2) | 1;
	}
	if (k)
		s->batch_key = arena_printf(&x->p->arena, "%016llx", k);
	strbuf_release(&sb);
}

/* Note that step S swaps view V by copy (and re-points READERS). */
static void note_copy_swap(struct dctx *x, const struct step *s, const struct live_rel *v,
			   struct live_rel **readers, unsigned nreaders)
{
	ALLOC_GROW(x->swapped, x->nswapped + nreaders + 1, x->aswapped);
	x->swapped[x->nswapped++] = (struct swapped_view){ v->h.id, s->id };
	for (unsigned i = 0; i < nreaders; i++)
		x->swapped[x->nswapped++] = (struct swapped_view){ readers[i]->h.id, s->id };
}

/*
 * A rebuild whose view swap can wait for the view's last rebuilt part: L
 * is read by one view only, its columns stay, and the plan is not limited
 * to targets (which could leave that last part out).  The view, or NULL.
 */
static struct live_rel *deferrable_view(struct dctx *x, const struct dobj *d, const struct live_rel *l)
{
	struct live_rel *deps[2];
	if (d->cols_changed || x->o->ntargets || live_dependents(x, l, deps, 2) != 1)
		return NULL;
	return deps[0]->h.kind == OBJ_VIEW && deps[0]->viewdef ? deps[0] : NULL;
}

static struct step *rebuild_step(struct dctx *x, struct relation *r, struct live_rel *l,
				 const char *why)
{
	struct dobj *d = &x->d[r->h.id];
	struct live_rel **readers = xcalloc(4096, sizeof(*readers));
	unsigned nreaders = 0;
	struct live_rel *dv = deferrable_view(x, d, l);
	struct step *s = plan_add_step(x->p, STEP_REBUILD, &r->h);
	struct live_rel *v = rebuild_sql(x, r, l, dv, NULL, 0, s, readers, &nreaders);

	s->reason = why;
	s->hazards |= HAZARD_REBUILDS_ROWS;
	s->rows = rows_of(l);
	s->bytes = l->bytes;
	s->group_label = part_label(x, r);
	s->source = step_source(x, r);
	if (d->cols_changed) {
		if (!x->cols_group)
			x->cols_group = ++x->next_group;
		s->group = x->cols_group;
	}
	set_batch_key(x, s);
	x->live_step[l->h.id] = s;
	if (v)
		note_copy_swap(x, s, v, readers, nreaders);
	if (dv) {
		ALLOC_GROW(x->deferred, x->ndeferred + 1, x->adeferred);
		x->deferred[x->ndeferred++] = (struct deferred_swap){ dv->h.id, s, r, l };
	}
	free(readers);
	return s;
}

static int cmp_deferred(const void *a, const void *b)
{
	const struct deferred_swap *p = a, *q = b;
	if (p->view != q->view)
		return p->view < q->view ? -1 : 1;
	return p->step->id < q->step->id ? -1 : p->step->id > q->step->id;
}

/*
 * The rebuilds of one view's parts: every one but the last only renames
 * its part in (the view goes on reading the old copies, all of the same
 * data as before); the last swaps or re-points the view, once, after all
 * of them, and its undo points the view back to their old copies.  So a
 * template change writes (and locks) each union view once per apply, and
 * the plan holds its definition once.
 */
void diff_view_swaps(struct dctx *x)
{
	if (!x->ndeferred)
		return;
	qsort(x->deferred, x->ndeferred, sizeof(*x->deferred), cmp_deferred);
	struct live_rel **readers = xcalloc(4096, sizeof(*readers));
	for (unsigned i = 0; i < x->ndeferred;) {
		unsigned j = i;
		while (j < x->ndeferred && x->deferred[j].view == x->deferred[i].view)
			j++;
		struct deferred_swap *last = &x->deferred[j - 1];
		const char **others = xcalloc(j - i + 1, sizeof(*others));
		unsigned nothers = 0;
		for (unsigned k = i; k + 1 < j; k++) {
			plan_step_depend(x->p, last->step, x->deferred[k].step->id);
			if (!strcmp(x->deferred[k].l->h.schema, last->l->h.schema))
				others[nothers++] = x->deferred[k].l->h.name;
		}
		unsigned nreaders = 0;
		struct live_rel *v = rebuild_sql(x, last->r, last->l, NULL, others, nothers, last->step,
						 readers, &nreaders);
		set_batch_key(x, last->step);
		if (v)
			note_copy_swap(x, last->step, v, readers, nreaders);
		free(others);
		i = j;
	}
	free(readers);
}

/* DROP statements for everything that reads L, readers first, each once. */
static void drop_closure(struct dctx *x, const struct live_rel *l, struct strbuf *sb)
{
	drop_readers(x, l->oid, sb);
}

/* Drop what reads the relation or function OID, recursively, each once. */
void drop_readers(struct dctx *x, unsigned oid, struct strbuf *sb)
{
	struct live_rel *deps[4096];
	unsigned n = live_readers(x, oid, deps, 4096);
	for (unsigned i = 0; i < n; i++) {
		if (x->dropped[deps[i]->h.id])
			continue;
		drop_closure(x, deps[i], sb);
		if (x->dropped[deps[i]->h.id])
			continue;
		x->dropped[deps[i]->h.id] = 1;
		drop_rel_sql(sb, deps[i]->h.kind, deps[i]->h.schema, deps[i]->h.name);
	}
}

/* CREATE statements of a live view or materialized view, as it is (or as desired). */
static void create_again_sql(struct dctx *x, struct live_rel *v, struct strbuf *sb)
{
	struct object *o = model_find_relation(x->m, v->h.ident);
	if (o && o->kind == v->h.kind) {
		/* it is desired: created as the state says, with its indexes and privileges */
		struct relation *r = (struct relation *)o;
		create_rel_sql(x, r, r->h.name, 0, sb);
		rel_attrs_new(x, r, r->h.name, rel_owner(x, r, v), v, sb);
		return;
	}
	strbuf_addf(sb, "CREATE %s ", rel_word(v->h.kind));
	qrel(sb, v->h.schema, v->h.name);
	strbuf_addstr(sb, " AS\n");
	strbuf_addstr(sb, v->viewdef ? v->viewdef : "SELECT");
	strbuf_rtrim(sb);
	if (sb->buf[sb->len - 1] == ';')
		strbuf_setlen(sb, sb->len - 1);
	sql_end(sb);
	for (unsigned i = 0; i < v->nidx; i++)
		if (v->idx[i].def) {
			strbuf_addstr(sb, v->idx[i].def);
			sql_end(sb);
		}
	/* its owner and privileges come back as they were */
	struct acl have = ACL_INIT;
	if (strcmp(v->owner, x->cat->current_user))
		owner_sql(sb, rel_word(v->h.kind), v->h.schema, v->h.name, v->owner);
	created_rel_acl(x, v->h.schema, x->cat->current_user, &have);
	acl_rename(&have, x->cat->current_user, v->owner);
	acl_diff_sql(sb, &have, &v->acl, acl_object(x, v->h.schema, v->h.name), ACLC_TABLE, v->owner, 0);
	acl_release(&have);
	if (v->comment)
		comment_sql(sb, rel_word(v->h.kind), v->h.schema, v->h.name, v->comment);
}

/*
 * The readers of L, dropped and created again in the column-changing swap
 * group, after AFTER (the step that changes L), each once, recursively.
 */
static void recreate_dependents(struct dctx *x, struct live_rel *l, struct step *after)
{
	recreate_readers(x, l->oid, after);
}

/* The readers of the relation or function OID, as recreate_dependents(). */
void recreate_readers(struct dctx *x, unsigned oid, struct step *after)
{
	struct live_rel *deps[4096];
	unsigned n = live_readers(x, oid, deps, 4096);
	for (unsigned i = 0; i < n; i++) {
		struct live_rel *v = deps[i];
		struct step *s = x->live_step[v->h.id];
		if (s) {
			plan_step_depend(x->p, s, after->id);
			continue;
		}
		struct strbuf sb = STRBUF_INIT;
		if (!x->dropped[v->h.id]) {
			drop_closure(x, v, &sb);
			x->dropped[v->h.id] = 1;
			drop_rel_sql(&sb, v->h.kind, v->h.schema, v->h.name);
		}
		create_again_sql(x, v, &sb);
		struct step *st = new_step(x, STEP_RECREATE, &v->h, &sb, "reads a relation whose columns change");
		st->swaps = 1;
		step_irreversible(st, "dropped and created again with the relation it reads");
		st->group = after->group;
		st->hazards |= HAZARD_EXCLUSIVE_LOCK;
		if (v->h.kind == OBJ_MATVIEW) {
			st->hazards |= HAZARD_REBUILDS_ROWS;
			st->rows = rows_of(v);
		}
		plan_step_depend(x->p, st, after->id);
		x->live_step[v->h.id] = st;
		struct object *o = model_find_relation(x->m, v->h.ident);
		if (o && o->kind == v->h.kind)
			x->d[o->id].step = st;
		strbuf_release(&sb);
		recreate_dependents(x, v, st);
	}
}

static void alter_rel(struct dctx *x, struct relation *r, struct live_rel *l)
{
	struct strbuf sb = STRBUF_INIT, inv = STRBUF_INIT;
	const char *owner = rel_owner(x, r, l);
	const char *word = rel_word(l->h.kind);
	struct acl have = ACL_INIT, want = ACL_INIT;
	acl_copy(&have, &l->acl);
	acl_rename(&have, l->owner, owner);
	want_rel_acl(x, r, owner, &want);
	struct decision dc = decide_rel_attrs(owner, l->owner, acl_equal(&have, &want), r->comment, l->comment);
	if (dc.act != DA_ALTER)
		goto done;
	if (dc.changes & CH_OWNER) {
		owner_sql(&sb, word, r->h.schema, r->h.name, owner);
		owner_sql(&inv, word, r->h.schema, r->h.name, l->owner);
	}
	if (dc.changes & CH_ACL) {
		acl_diff_sql(&sb, &have, &want, acl_object(x, r->h.schema, r->h.name), ACLC_TABLE, owner, 0);
		acl_undo_sql(&inv, &have, &want, acl_object(x, r->h.schema, r->h.name), ACLC_TABLE, owner);
	}
	if (dc.changes & CH_COMMENT) {
		comment_sql(&sb, word, r->h.schema, r->h.name, r->comment);
		comment_sql(&inv, word, r->h.schema, r->h.name, l->comment);
	}
	struct step *s = new_step(x, STEP_ALTER, &r->h, &sb, dc.reason);
	if (dc.changes & CH_ACL)
		note_revokes(x, s, &have, &want, ACLC_TABLE, owner, NULL);
	set_inverse(x, s, &inv);
	s->group_label = part_label(x, r);
	x->d[r->h.id].step = s;
done:
	acl_release(&have);
	acl_release(&want);
	strbuf_release(&sb);
	strbuf_release(&inv);
}

/* "CREATE [OR REPLACE] VIEW s.n AS\n" and QUERY (live text, or R's when QUERY is NULL). */
static void view_def_sql(struct dctx *x, struct strbuf *sb, const char *verb, const struct relation *r,
			 const char *query)
{
	strbuf_addf(sb, "%s VIEW ", verb);
	qrel(sb, r->h.schema, r->h.name);
	strbuf_addstr(sb, " AS\n");
	if (query)
		strbuf_addstr(sb, query);
	else
		render_query(x->m, r, sb);
	sql_end(sb);
}

/*
 * A rebuilt relation's old copy goes away when the apply ends: a
 * materialized view reading it (which, unlike a view, cannot be
 * re-pointed in place) is rebuilt after it.  The relation it reads, or
 * NULL.
 */
static const struct live_rel *reads_rebuilt(struct dctx *x, const struct live_rel *l)
{
	if (!l || l->h.kind != OBJ_MATVIEW)
		return NULL;
	for (unsigned i = 0; i < l->nrefs; i++) {
		const struct object *t = catalog_by_oid(x->cat, l->refs[i]);
		const struct step *s = t ? x->live_step[t->id] : NULL;
		if (s && s->action == STEP_REBUILD && is_rel_kind(t->kind))
			return (const struct live_rel *)t;
	}
	return NULL;
}

void relation_step(struct dctx *x, struct relation *r, struct dobj *d)
{
	struct live_rel *l = (struct live_rel *)d->have;
	struct strbuf sb = STRBUF_INIT, inv = STRBUF_INIT;
	struct rel_facts f = { 0 };
	const struct live_rel *rebuilt = (d->status == DS_SAME || d->status == DS_CHECK) ? reads_rebuilt(x, l) : NULL;
	if (rebuilt) {
		d->status = DS_DEF;
		d->why = arena_printf(&x->p->arena, "reads %s, which is rebuilt", rebuilt->h.ident);
	}
	f.missing = d->status == DS_MISSING;
	f.other_kind = d->status == DS_KIND;
	f.other_kind_name = l ? obj_kind_words(l->h.kind) : NULL;
	f.other_managed = f.other_kind && r->h.kind != OBJ_TABLE &&
			  catalog_record(x->cat, l->h.kind, l->h.ident) != NULL;
	f.other_holds_data = l && decide_holds_data(l->h.kind);
	f.allow_destroy = x->o->allow_destroy;
	f.def_changed = d->status == DS_DEF;
	f.forced = d->forced;
	f.cols_changed = d->cols_changed;
	f.cols_compatible = d->cols_compatible;
	f.why = d->why;
	f.has_viewdef = l && l->viewdef;
	/* a disabled tenant's part stays as it is */
	f.unpopulated = l && d->status != DS_KIND && !(r->h.flags & OBJF_FROZEN) && !l->populated;
	if (f.def_changed && x->live_step[l->h.id]) {
		/* already created again with what reads a changed relation */
		d->step = x->live_step[l->h.id];
		return;
	}
	struct decision dc = decide_relation(r->h.kind, &f);
	switch (dc.act) {
	case DA_CREATE:
		create_rel_sql(x, r, r->h.name, 1, &sb);
		rel_attrs_new(x, r, r->h.name, rel_owner(x, r, NULL), NULL, &sb);
		drop_rel_sql(&inv, r->h.kind, r->h.schema, r->h.name);
		d->step = new_step(x, STEP_CREATE, &r->h, &sb, NULL);
		set_inverse(x, d->step, &inv);
		d->step->group_label = part_label(x, r);
		d->step->source = step_source(x, r);
		break;
	case DA_SKIP:
		plan_skip(x->p, r->h.kind, r->h.ident, dc.msg);
		break;
	case DA_REPLACE:
		view_def_sql(x, &sb, "CREATE OR REPLACE", r, NULL);
		d->step = new_step(x, STEP_REPLACE, &r->h, &sb, dc.reason);
		d->step->hazards |= dc.hazards;
		if (dc.irreversible) {
			step_irreversible(d->step, dc.irreversible);
		} else {
			view_def_sql(x, &inv, "CREATE OR REPLACE", r, l->viewdef);
			set_inverse(x, d->step, &inv);
		}
		x->live_step[l->h.id] = d->step;
		alter_rel(x, r, l);
		break;
	case DA_RECREATE:
		if (f.other_kind) {
			/* pgform's relation of another kind: dropped with its readers, made as desired */
			if (!x->cols_group)
				x->cols_group = ++x->next_group;
			drop_closure(x, l, &sb);
			x->dropped[l->h.id] = 1;
			drop_rel_sql(&sb, l->h.kind, l->h.schema, l->h.name);
			create_rel_sql(x, r, r->h.name, 1, &sb);
			rel_attrs_new(x, r, r->h.name, rel_owner(x, r, l), l, &sb);
			d->step = new_step(x, STEP_RECREATE, &r->h, &sb,
					   arena_printf(&x->p->arena, "%s", decision_reason(&dc)));
			d->step->swaps = 1;
			step_irreversible(d->step, dc.irreversible);
			d->step->group = x->cols_group;
			d->step->hazards |= dc.hazards;
			x->live_step[l->h.id] = d->step;
			recreate_dependents(x, l, d->step);
			break;
		}
		/* columns change incompatibly: drop and create, with dependents */
		if (!x->cols_group)
			x->cols_group = ++x->next_group;
		drop_closure(x, l, &sb);
		x->dropped[l->h.id] = 1;
		drop_rel_sql(&sb, OBJ_VIEW, r->h.schema, r->h.name);
		view_def_sql(x, &sb, "CREATE", r, NULL);
		rel_attrs_new(x, r, r->h.name, rel_owner(x, r, l), l, &sb);
		d->step = new_step(x, STEP_RECREATE, &r->h, &sb, dc.reason);
		d->step->swaps = 1;
		step_irreversible(d->step, dc.irreversible);
		d->step->group = x->cols_group;
		d->step->hazards |= dc.hazards;
		x->live_step[l->h.id] = d->step;
		recreate_dependents(x, l, d->step);
		break;
	case DA_REBUILD:
		d->step = rebuild_step(x, r, l, dc.reason);
		if (d->cols_changed)
			recreate_dependents(x, l, d->step);
		break;
	case DA_NONE:
		alter_rel(x, r, l);
		break;
	default:
		break;
	}
	strbuf_release(&sb);
	strbuf_release(&inv);
}

/*
 * Every other step on a view that a rebuild copies (or on a reader it
 * re-points) runs after that rebuild: the copy is made from the view as
 * it is now, so a change to the view made first would be undone.
 */
void diff_after_copy_swaps(struct dctx *x)
{
	unsigned n = x->cat->m.nobjs;
	if (!x->nswapped)
		return;
	unsigned *first = xcalloc(n + 1, sizeof(unsigned)), *count = xcalloc(n + 1, sizeof(unsigned));
	struct swapped_view *sorted = xcalloc(x->nswapped, sizeof(*sorted));
	for (unsigned i = 0; i < x->nswapped; i++)
		count[x->swapped[i].live]++;
	for (unsigned i = 0, at = 0; i <= n; i++) {
		first[i] = at;
		at += count[i];
		count[i] = 0;
	}
	for (unsigned i = 0; i < x->nswapped; i++) {
		unsigned lv = x->swapped[i].live;
		sorted[first[lv] + count[lv]++] = x->swapped[i];
	}
	/* the views concerned, few: the union views and what reads them */
	unsigned *views = xcalloc(n + 1, sizeof(unsigned)), nviews = 0;
	for (unsigned i = 0; i <= n; i++)
		if (count[i])
			views[nviews++] = i;
	for (unsigned k = 0; k < x->p->nsteps; k++) {
		struct step *t = x->p->steps[k];
		if (!t->schema || !t->name || !is_rel_kind(t->kind))
			continue;
		for (unsigned i = 0; i < nviews; i++) {
			const struct object *o = x->cat->m.objs[views[i]];
			if (strcmp(o->schema, t->schema) || strcmp(o->name, t->name))
				continue;
			for (unsigned j = first[views[i]]; j < first[views[i]] + count[views[i]]; j++)
				if (sorted[j].step != t->id)
					plan_step_depend(x->p, t, sorted[j].step);
		}
	}
	free(views);
	free(sorted);
	free(count);
	free(first);
}
