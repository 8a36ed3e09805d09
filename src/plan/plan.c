#include "plan/plan.h"

#include <stdlib.h>
#include <string.h>

#include "base/usage.h"

struct step *plan_add_step(struct plan *p, enum step_action a, const struct object *o)
{
	struct step *s = arena_alloc(&p->arena, sizeof(*s));
	s->action = a;
	s->rows = s->bytes = -1;
	s->irreversible = "no inverse was written for it";
	if (o) {
		s->kind = o->kind;
		s->schema = o->schema;
		s->name = o->name;
		s->target = o->ident;
	}
	ALLOC_GROW(p->steps, p->nsteps + 1, p->asteps);
	p->steps[p->nsteps++] = s;
	s->id = p->nsteps;
	return s;
}

void plan_step_depend(struct plan *p, struct step *s, unsigned on_id)
{
	if (on_id == s->id || !on_id)
		return;
	for (unsigned i = 0; i < s->ndeps; i++)
		if (s->deps[i] == on_id)
			return;
	if (s->ndeps == s->adeps) {
		unsigned n = s->adeps ? s->adeps * 2 : 4;
		unsigned *d = arena_alloc(&p->arena, n * sizeof(*d));
		if (s->ndeps)
			memcpy(d, s->deps, s->ndeps * sizeof(*d));
		s->deps = d;
		s->adeps = n;
	}
	s->deps[s->ndeps++] = on_id;
}

void plan_skip(struct plan *p, enum obj_kind k, const char *target, const char *reason)
{
	ALLOC_GROW(p->skipped, p->nskipped + 1, p->askipped);
	p->skipped[p->nskipped].kind = k;
	p->skipped[p->nskipped].target = arena_strdup(&p->arena, target);
	p->skipped[p->nskipped].reason = arena_strdup(&p->arena, reason);
	p->nskipped++;
}

void plan_count(const struct plan *p, struct plan_counts *c)
{
	memset(c, 0, sizeof(*c));
	for (unsigned i = 0; i < p->nsteps; i++) {
		switch (p->steps[i]->action) {
		case STEP_CREATE: c->create++; break;
		case STEP_DROP: c->drop++; break;
		case STEP_ALTER:
		case STEP_REPLACE: c->change++; break;
		case STEP_REBUILD:
		case STEP_RECREATE: c->rebuild++; break;
		}
	}
}

const char *step_symbol(enum step_action a)
{
	switch (a) {
	case STEP_CREATE: return "+";
	case STEP_DROP: return "-";
	case STEP_ALTER:
	case STEP_REPLACE: return "~";
	case STEP_REBUILD:
	case STEP_RECREATE: return "±";
	}
	return "?";
}

const char *step_action_name(enum step_action a)
{
	switch (a) {
	case STEP_CREATE: return "create";
	case STEP_DROP: return "drop";
	case STEP_ALTER: return "alter";
	case STEP_REPLACE: return "replace";
	case STEP_REBUILD: return "rebuild";
	case STEP_RECREATE: return "recreate";
	}
	return "?";
}

void plan_add_check(struct plan *p, const char *name, const char *sql, int after_only)
{
	struct plan_check *v = arena_alloc(&p->arena, (p->nchecks + 1) * sizeof(*v));
	if (p->nchecks)
		memcpy(v, p->checks, p->nchecks * sizeof(*v));
	v[p->nchecks].name = arena_strdup(&p->arena, name);
	v[p->nchecks].sql = arena_strdup(&p->arena, sql);
	v[p->nchecks].after_only = after_only;
	p->checks = v;
	p->nchecks++;
}

void plan_free(struct plan *p)
{
	free(p->steps);
	free(p->skipped);
	arena_free(&p->arena);
	memset(p, 0, sizeof(*p));
}

void plan_secret_marker(struct strbuf *sb, const struct secret_ref *r)
{
	if (r->env)
		strbuf_addf(sb, "<<secret:env:%s>>", r->env);
	else
		strbuf_addf(sb, "<<secret:file:%s>>", r->file ? r->file : "");
}

void step_stmt_text(const struct step *s, const struct stmt *st, struct strbuf *out)
{
	strbuf_addstr(out, st->sql);
	if (st->secret >= 0 && (unsigned)st->secret < s->nsecrets)
		plan_secret_marker(out, &s->secrets[st->secret]);
	if (st->tail)
		strbuf_addstr(out, st->tail);
}

void stmt_add(struct plan *p, struct stmt_list *l, const char *sql, int secret, const char *tail)
{
	if (l->n == l->alloc) {
		unsigned n = l->alloc ? l->alloc * 2 : 4;
		struct stmt *v = arena_alloc(&p->arena, n * sizeof(*v));
		if (l->n)
			memcpy(v, l->v, l->n * sizeof(*v));
		l->v = v;
		l->alloc = n;
	}
	l->v[l->n].sql = arena_strdup(&p->arena, sql);
	l->v[l->n].secret = secret;
	l->v[l->n].tail = tail ? arena_strdup(&p->arena, tail) : NULL;
	l->n++;
}

/* Index of secret R in S's list, added when new. */
static int step_secret(struct plan *p, struct step *s, const struct secret_ref *r)
{
	for (unsigned i = 0; i < s->nsecrets; i++) {
		const struct secret_ref *h = &s->secrets[i];
		if (h->verifier == r->verifier && !h->env == !r->env &&
		    !strcmp(h->env ? h->env : h->file, r->env ? r->env : r->file))
			return (int)i;
	}
	struct secret_ref *v = arena_alloc(&p->arena, (s->nsecrets + 1) * sizeof(*v));
	if (s->nsecrets)
		memcpy(v, s->secrets, s->nsecrets * sizeof(*v));
	v[s->nsecrets].env = r->env ? arena_strdup(&p->arena, r->env) : NULL;
	v[s->nsecrets].file = r->file ? arena_strdup(&p->arena, r->file) : NULL;
	v[s->nsecrets].verifier = r->verifier;
	s->secrets = v;
	return (int)s->nsecrets++;
}

void stmt_split(struct plan *p, struct step *s, struct stmt_list *l, const char *buf, size_t len,
		const struct secret_ref *secrets, unsigned nsecrets)
{
	const char *end = buf + len, *at = buf;
	unsigned slot = 0;
	while (at < end) {
		const char *z = memchr(at, '\0', (size_t)(end - at));
		if (!z)
			z = end;    /* a last statement without sql_end() */
		const char *next = z < end ? z + 1 : end;
		if (next + 2 <= end && next[0] == '\001' && next[1] == '\0') {
			/* HEAD \0 \001 \0 TAIL \0: a statement with a secret */
			const char *tail = next + 2;
			const char *tz = memchr(tail, '\0', (size_t)(end - tail));
			if (!tz)
				tz = end;
			char *head = xstrndup(at, (size_t)(z - at)), *t = xstrndup(tail, (size_t)(tz - tail));
			int k = slot < nsecrets ? step_secret(p, s, &secrets[slot]) : -1;
			slot++;
			stmt_add(p, l, head, k, t);
			free(head);
			free(t);
			at = tz < end ? tz + 1 : end;
			continue;
		}
		if (z > at) {
			char *one = xstrndup(at, (size_t)(z - at));
			stmt_add(p, l, one, -1, NULL);
			free(one);
		}
		at = next;
	}
}

void step_lock_sql(const struct step *s, struct strbuf *out)
{
	for (unsigned i = 0; i < s->nlock; i++) {
		strbuf_addstr(out, i ? ", " : "LOCK TABLE ");
		strbuf_addstr(out, s->lock[i]);
	}
	if (s->nlock)
		strbuf_addstr(out, " IN ACCESS EXCLUSIVE MODE");
}

void step_list_text(const struct step *s, const struct stmt_list *l, struct strbuf *out)
{
	for (unsigned i = 0; i < l->n; i++) {
		step_stmt_text(s, &l->v[i], out);
		strbuf_addstr(out, ";\n");
	}
}

void step_swap_text(const struct step *s, struct strbuf *out)
{
	if (s->nlock) {
		step_lock_sql(s, out);
		strbuf_addstr(out, ";\n");
	}
	step_list_text(s, &s->view_swap, out);
	step_list_text(s, &s->swap, out);
	step_list_text(s, &s->repoint, out);
}

void step_text(const struct step *s, struct strbuf *out)
{
	step_list_text(s, &s->build, out);
	if (s->swaps)
		strbuf_addstr(out, "-- pgform:swap\n");
	if (s->nlock) {
		step_lock_sql(s, out);
		strbuf_addstr(out, ";\n");
	}
	step_list_text(s, &s->view_swap, out);
	if (s->view_swap.n)
		strbuf_addstr(out, "-- pgform:renames\n");
	step_list_text(s, &s->swap, out);
	step_list_text(s, &s->repoint, out);
	if (s->cleanup.n)
		strbuf_addstr(out, "-- pgform:cleanup\n");
	step_list_text(s, &s->cleanup, out);
}

void step_irreversible(struct step *s, const char *why)
{
	s->irreversible = why;
}
