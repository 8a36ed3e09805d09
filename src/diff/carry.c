/*
 * carry.c: what pgform does not manage that depends on what a plan drops
 * or makes again.
 *
 * A column default, trigger, policy, table or domain constraint, or index
 * that reads a relation or function the plan makes again (a function
 * whose result or argument names change, a view whose columns change),
 * and a trigger, policy or rule on such a relation itself, is carried: dropped just before it and made again just after it, in the
 * same transaction, from its own catalog definition, and named on the
 * step as a hazard.  Where that cannot be done exactly (a generated
 * column, an inherited constraint, the index of a constraint), and for
 * what depends on an object the plan drops for good (a view pgform does
 * not manage included), the plan stops before touching anything and names
 * them (what is on a relation dropped for good goes with it).  Nothing
 * is ever dropped with CASCADE.
 *
 * foreign_dependents() decides, before the steps are ordered;
 * carry_dependents() writes the statements once they are.
 */
#include <stdlib.h>
#include <string.h>

#include "catalog/catalog.h"
#include "diff/diff_int.h"
#include "diff/write.h"
#include "sql/quote.h"
#include "base/usage.h"

/* The oid of live object L when it is a relation or function, else 0. */
static unsigned live_oid(const struct object *l)
{
	if (l->kind == OBJ_FUNCTION)
		return ((const struct live_function *)l)->oid;
	if (l->kind == OBJ_VIEW || l->kind == OBJ_MATVIEW || l->kind == OBJ_TABLE)
		return ((const struct live_rel *)l)->oid;
	return 0;
}

/* "ALTER TABLE ONLY t" (or VIEW, FOREIGN TABLE) for a dependent's relation. */
static void alter_rel_head(struct strbuf *sb, const struct live_dependent *d, int only)
{
	const char *word = d->relkind == 'v' ? "VIEW" : d->relkind == 'f' ? "FOREIGN TABLE" :
			   d->relkind == 'm' ? "MATERIALIZED VIEW" : "TABLE";
	strbuf_addf(sb, "ALTER %s %s", word, only && d->relkind != 'v' && d->relkind != 'm' ? "ONLY " : "");
	quote_qualified(sb, d->nsp, d->rel);
}

/* "COMMENT ON <what> IS '...'" when D has a comment; WHAT written by the caller into HEAD. */
static void comment_again(struct strbuf *sb, const struct live_dependent *d, const char *head)
{
	if (!d->comment)
		return;
	strbuf_addf(sb, "COMMENT ON %s IS ", head);
	quote_literal(sb, d->comment);
	sql_end(sb);
}

/* "WORD name ON schema.rel" of a trigger, policy or rule D. */
static void on_rel(struct strbuf *on, const char *word, const struct live_dependent *d)
{
	strbuf_addf(on, "%s ", word);
	quote_ident(on, d->name);
	strbuf_addstr(on, " ON ");
	quote_qualified(on, d->nsp, d->rel);
}

static const char *policy_cmd(char c)
{
	switch (c) {
	case 'r': return "SELECT";
	case 'a': return "INSERT";
	case 'w': return "UPDATE";
	case 'd': return "DELETE";
	default: return "ALL";
	}
}

/*
 * The statements that drop D (to DROP) and make it again as it is (to
 * MAKE), each ended by sql_end().  D is exact (d->inexact is NULL).
 */
static void carried_sql(const struct live_dependent *d, struct strbuf *drop, struct strbuf *make)
{
	struct strbuf on = STRBUF_INIT;
	switch (d->kind) {
	case LDEP_DEFAULT:
		alter_rel_head(drop, d, 1);
		strbuf_addstr(drop, " ALTER COLUMN ");
		quote_ident(drop, d->name);
		strbuf_addstr(drop, " DROP DEFAULT");
		sql_end(drop);
		alter_rel_head(make, d, 1);
		strbuf_addstr(make, " ALTER COLUMN ");
		quote_ident(make, d->name);
		strbuf_addf(make, " SET DEFAULT %s", d->def);
		sql_end(make);
		break;
	case LDEP_TRIGGER:
	case LDEP_RULE: {
		/* made by its own definition; its enabled state set again when not the default */
		const char *word = d->kind == LDEP_TRIGGER ? "TRIGGER" : "RULE";
		on_rel(&on, word, d);
		strbuf_addf(drop, "DROP %s", on.buf);
		sql_end(drop);
		strbuf_addstr(make, d->def);
		sql_end(make);
		if (d->flag && d->flag != 'O') {
			alter_rel_head(make, d, 0);
			strbuf_addf(make, " %s %s ", d->flag == 'D' ? "DISABLE" : d->flag == 'R' ? "ENABLE REPLICA" :
				    "ENABLE ALWAYS", word);
			quote_ident(make, d->name);
			sql_end(make);
		}
		comment_again(make, d, on.buf);
		break;
	}
	case LDEP_POLICY:
		on_rel(&on, "POLICY", d);
		strbuf_addf(drop, "DROP %s", on.buf);
		sql_end(drop);
		strbuf_addf(make, "CREATE %s AS %s FOR %s TO ", on.buf,
			    d->permissive ? "PERMISSIVE" : "RESTRICTIVE", policy_cmd(d->flag));
		for (unsigned i = 0; i < d->nroles; i++) {
			if (i)
				strbuf_addstr(make, ", ");
			if (d->roles[i])
				quote_ident(make, d->roles[i]);
			else
				strbuf_addstr(make, "PUBLIC");
		}
		if (!d->nroles)
			strbuf_addstr(make, "PUBLIC");
		if (d->def)
			strbuf_addf(make, " USING (%s)", d->def);
		if (d->check)
			strbuf_addf(make, " WITH CHECK (%s)", d->check);
		sql_end(make);
		comment_again(make, d, on.buf);
		break;
	case LDEP_CONSTRAINT: {
		const char *word = d->relkind == 'd' ? "DOMAIN" : "TABLE";
		struct strbuf head = STRBUF_INIT;
		strbuf_addf(&head, "ALTER %s ", word);
		quote_qualified(&head, d->nsp, d->rel);
		strbuf_addf(drop, "%s DROP CONSTRAINT ", head.buf);
		quote_ident(drop, d->name);
		sql_end(drop);
		strbuf_addf(make, "%s ADD CONSTRAINT ", head.buf);
		quote_ident(make, d->name);
		strbuf_addf(make, " %s", d->def);
		sql_end(make);
		strbuf_addstr(&on, "CONSTRAINT ");
		quote_ident(&on, d->name);
		strbuf_addf(&on, " ON %s", d->relkind == 'd' ? "DOMAIN " : "");
		quote_qualified(&on, d->nsp, d->rel);
		comment_again(make, d, on.buf);
		strbuf_release(&head);
		break;
	}
	case LDEP_INDEX:
		strbuf_addstr(&on, "INDEX ");
		quote_qualified(&on, d->nsp, d->name);
		strbuf_addf(drop, "DROP %s", on.buf);
		sql_end(drop);
		strbuf_addstr(make, d->def);
		sql_end(make);
		if (d->clustered) {
			alter_rel_head(make, d, 0);
			strbuf_addstr(make, " CLUSTER ON ");
			quote_ident(make, d->name);
			sql_end(make);
		}
		comment_again(make, d, on.buf);
		break;
	}
	strbuf_release(&on);
}

/*
 * An index is pgform's own when the relation it is on is in the state
 * (a materialized view's declared indexes): it comes and goes with it.
 */
static int managed_dependent(struct dctx *x, const struct live_dependent *d)
{
	if (d->kind != LDEP_INDEX)
		return 0;
	char *ident = arena_printf(&x->p->arena, "%s.%s", d->nsp, d->rel);
	struct live_rel *l = catalog_rel(x->cat, ident);
	return l && x->live_taken[l->h.id];
}

/* The step that drops or makes again live object L, when it does either. */
static struct step *dropping_step(struct dctx *x, const struct object *l)
{
	struct step *s = x->live_step[l->id];
	return s && (s->action == STEP_DROP || s->action == STEP_RECREATE) ? s : NULL;
}

static void add_carry(struct dctx *x, const struct live_dependent *d, struct step *s)
{
	if (x->ncarry == x->acarry) {
		x->acarry = x->acarry ? x->acarry * 2 : 8;
		x->carry = xrealloc(x->carry, x->acarry * sizeof(*x->carry));
	}
	x->carry[x->ncarry].dep = d;
	x->carry[x->ncarry].step = s;
	x->ncarry++;
}

/* A and B (and the steps grouped with either) run in one transaction. */
static void join_groups(struct dctx *x, struct step *a, struct step *b)
{
	unsigned g = a->group ? a->group : b->group ? b->group : ++x->next_group, other = a->group ^ b->group ^ g;
	for (unsigned i = 0; other && other != g && i < x->p->nsteps; i++)
		if (x->p->steps[i]->group == other)
			x->p->steps[i]->group = g;
	a->group = b->group = g;
}

/* LABEL is one of the "; "-joined labels of LIST. */
static int has_label(const char *list, const char *label)
{
	size_t n = strlen(label);
	for (const char *at = list; at && (at = strstr(at, label)); at += n)
		if ((at == list || (at - list >= 2 && !memcmp(at - 2, "; ", 2))) && (!at[n] || at[n] == ';'))
			return 1;
	return 0;
}

int foreign_dependents(struct dctx *x)
{
	struct catalog *cat = x->cat;
	struct live_rel **readers = NULL;
	struct live_dependent *deps = NULL;
	unsigned ndeps = 0, noids = 0, ndropped = 0, *oids = xcalloc(cat->m.nobjs + 1, sizeof(*oids));
	int ret = 0;
	char key[16];

	for (unsigned i = 0; i < cat->m.nobjs; i++) {
		unsigned oid = live_oid(cat->m.objs[i]);
		if (!oid || !dropping_step(x, cat->m.objs[i]))
			continue;
		ndropped++;
		snprintf(key, sizeof(key), "%u", oid);
		if (hashmap_get(&cat->foreign_deps, key))
			oids[noids++] = oid;
	}
	if (noids && catalog_load_dependents(cat, x->c, oids, noids, &deps, &ndeps) < 0) {
		free(oids);
		return -1;
	}
	free(oids);
	if (!ndropped)
		return 0;       /* nothing dropped or made again (a no-op plan): nothing to look for */
	readers = xcalloc(cat->m.nobjs + 1, sizeof(*readers));

	/* what depends on an object dropped for good: the plan stops, naming it */
	for (unsigned i = 0; i < cat->m.nobjs && !ret; i++) {
		const struct object *l = cat->m.objs[i];
		struct step *s = dropping_step(x, l);
		unsigned oid = live_oid(l);
		if (!s || !oid || s->action != STEP_DROP)
			continue;
		struct strbuf who = STRBUF_INIT;
		for (unsigned k = 0; k < ndeps; k++)
			if (deps[k].ref == oid && !deps[k].attached && !managed_dependent(x, &deps[k]))
				strbuf_addf(&who, "%s%s", who.len ? "; " : "", deps[k].label);
		/* the views pgform does not manage and leaves as they are, in catalog order */
		unsigned nr = catalog_by_oid(cat, oid) == l ? live_readers(x, oid, readers, cat->m.nobjs) : 0;
		for (unsigned e = 0; e < nr; e++) {
			const struct object *v = &readers[e]->h;
			if (!x->live_taken[v->id] && !x->live_step[v->id])
				strbuf_addf(&who, "%s%s %s", who.len ? "; " : "", obj_kind_words(v->kind), v->ident);
		}
		if (who.len)
			ret = error("%s %s is dropped (%s), but what pgform does not manage depends on it: %s; change "
				    "or drop that first (pgform never drops with CASCADE)", obj_kind_words(l->kind),
				    l->ident, s->reason ? s->reason : "no longer in the desired state", who.buf);
		strbuf_release(&who);
	}

	/* what depends on an object made again: carried around it, when it can be exactly */
	for (unsigned k = 0; k < ndeps && !ret; k++) {
		const struct live_dependent *d = &deps[k];
		const struct object *l = catalog_by_oid(cat, d->ref);
		struct step *s = l ? dropping_step(x, l) : NULL;
		if (!s || s->action != STEP_RECREATE || managed_dependent(x, d))
			continue;
		if (d->inexact) {
			ret = error("%s %s is dropped and made again (%s), but %s depends on it and cannot be made "
				    "again exactly: %s; change or drop it first (pgform never drops with CASCADE)",
				    obj_kind_words(l->kind), l->ident, s->reason ? s->reason : "changed", d->label,
				    d->inexact);
			break;
		}
		/* the same dependent on two objects: their steps run in one transaction, or the plan stops */
		int again = 0;
		for (unsigned j = 0; j < x->ncarry && !again; j++) {
			const struct carried *c = &x->carry[j];
			if (c->dep->oid != d->oid || c->dep->kind != d->kind)
				continue;
			again = 1;
			if (c->step == s || (s->group && c->step->group == s->group))
				continue;
			join_groups(x, s, c->step);
		}
		if (!again)
			add_carry(x, d, s);
		if (!has_label(s->carries, d->label)) {
			s->hazards |= HAZARD_CARRIES;
			s->carries = s->carries ? arena_printf(&x->p->arena, "%s; %s", s->carries, d->label) :
						  arena_strdup(&x->p->arena, d->label);
		}
	}
	free(readers);
	return ret;
}

/* L with the statements of BEFORE first and those of AFTER last. */
static void wrap_list(struct dctx *x, struct step *s, struct stmt_list *l, const struct strbuf *before,
		      const struct strbuf *after)
{
	struct stmt_list n = { 0 };
	stmt_split(x->p, s, &n, before->buf, before->len, NULL, 0);
	for (unsigned i = 0; i < l->n; i++)
		stmt_add(x->p, &n, l->v[i].sql, l->v[i].secret, l->v[i].tail);
	stmt_split(x->p, s, &n, after->buf, after->len, NULL, 0);
	*l = n;
}

void carry_dependents(struct dctx *x)
{
	struct plan *p = x->p;
	if (!x->ncarry)
		return;
	/* the first and last step of each group, in plan order */
	unsigned ngroups = x->next_group + 1;
	struct step **first = xcalloc(ngroups, sizeof(*first)), **last = xcalloc(ngroups, sizeof(*last));
	for (unsigned i = 0; i < p->nsteps; i++) {
		unsigned g = p->steps[i]->group;
		if (g && g < ngroups) {
			if (!first[g])
				first[g] = p->steps[i];
			last[g] = p->steps[i];
		}
	}
	struct strbuf drop = STRBUF_INIT, make = STRBUF_INIT, none = STRBUF_INIT;
	struct strbuf *drops = xcalloc(p->nsteps + 1, sizeof(*drops)), *makes = xcalloc(p->nsteps + 1, sizeof(*makes));
	for (unsigned i = 0; i < p->nsteps; i++) {
		strbuf_init(&drops[i], 0);
		strbuf_init(&makes[i], 0);
	}
	for (unsigned j = 0; j < x->ncarry; j++) {
		struct step *s = x->carry[j].step;
		unsigned g = s->group < ngroups ? s->group : 0;
		/* dropped before the group's first statement, made again after its last */
		struct step *a = g && first[g] ? first[g] : s, *z = g && last[g] ? last[g] : s;
		strbuf_reset(&drop);
		strbuf_reset(&make);
		carried_sql(x->carry[j].dep, &drop, &make);
		strbuf_add(&drops[a->id - 1], drop.buf, drop.len);
		strbuf_add(&makes[z->id - 1], make.buf, make.len);
		/* its undo runs alone: it carries the dependent too */
		if (s->inverse.n)
			wrap_list(x, s, &s->inverse, &drop, &make);
	}
	for (unsigned i = 0; i < p->nsteps; i++) {
		if (drops[i].len)
			wrap_list(x, p->steps[i], &p->steps[i]->swap, &drops[i], &none);
		if (makes[i].len)
			wrap_list(x, p->steps[i], &p->steps[i]->swap, &none, &makes[i]);
		strbuf_release(&drops[i]);
		strbuf_release(&makes[i]);
	}
	free(drops);
	free(makes);
	free(first);
	free(last);
	strbuf_release(&drop);
	strbuf_release(&make);
	strbuf_release(&none);
	free(x->carry);
	x->carry = NULL;
	x->ncarry = x->acarry = 0;
}
