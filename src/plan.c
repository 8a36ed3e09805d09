#include "plan.h"

#include <stdlib.h>
#include <string.h>

#include "usage.h"

struct step *plan_add_step(struct plan *p, enum step_action a, const struct object *o)
{
	struct step *s = arena_alloc(&p->arena, sizeof(*s));
	s->action = a;
	s->rows = s->bytes = -1;
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

void plan_add_check(struct plan *p, const char *name, const char *sql)
{
	struct plan_check *v = arena_alloc(&p->arena, (p->nchecks + 1) * sizeof(*v));
	if (p->nchecks)
		memcpy(v, p->checks, p->nchecks * sizeof(*v));
	v[p->nchecks].name = arena_strdup(&p->arena, name);
	v[p->nchecks].sql = arena_strdup(&p->arena, sql);
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

void plan_secret_marker(struct strbuf *sb, const char *env, const char *file)
{
	if (env)
		strbuf_addf(sb, "<<secret:env:%s>>", env);
	else
		strbuf_addf(sb, "<<secret:file:%s>>", file ? file : "");
}
