#include "diff/statediff.h"

#include <stdio.h>
#include <string.h>
#include <xxhash.h>

#include "expand/spechash.h"

static void put(XXH3_state_t *st, const char *s)
{
	if (!s)
		s = "\x01";
	XXH3_64bits_update(st, s, strlen(s) + 1);
}

static void put_grants(XXH3_state_t *st, const struct grant_list *g)
{
	for (unsigned i = 0; i < g->n; i++) {
		put(st, g->v[i].role);
		for (unsigned k = 0; k < g->v[i].nprivs; k++)
			put(st, g->v[i].privs[k]);
		put(st, g->v[i].with_grant_option ? "g" : "-");
	}
	put(st, "\x02");
}

/* What the spec leaves out and a plan still changes in place: owner, comment, privileges. */
static unsigned long long meta_hash(const struct object *o)
{
	XXH3_state_t *st = XXH3_createState();
	XXH3_64bits_reset(st);
	switch (o->kind) {
	case OBJ_TABLE:
	case OBJ_MATVIEW:
	case OBJ_VIEW: {
		const struct relation *r = (const void *)o;
		put(st, r->owner);
		put(st, r->comment);
		put_grants(st, &r->grants);
		break;
	}
	case OBJ_SCHEMA: {
		const struct schema *s = (const void *)o;
		put(st, s->owner);
		put(st, s->comment);
		put(st, s->exclusive ? "x" : "-");
		break;
	}
	case OBJ_ROLE:
		put(st, ((const struct role *)o)->comment);
		break;
	default:
		break;
	}
	unsigned long long h = XXH3_64bits_digest(st);
	XXH3_freeState(st);
	return h;
}


static struct step *add(struct plan *p, enum step_action a, const struct object *o, const char *reason)
{
	struct step *s = plan_add_step(p, a, o);
	s->reason = reason;
	if (o->kind == OBJ_MATVIEW || o->kind == OBJ_TABLE)
		s->group_label = rel_part_label(&p->arena, (const struct relation *)o);
	s->rows = -1;
	s->bytes = -1;
	if (a == STEP_DROP && (o->kind == OBJ_TABLE || o->kind == OBJ_MATVIEW || o->kind == OBJ_SCHEMA))
		s->hazards |= HAZARD_DROPS_DATA;
	if (a == STEP_REBUILD && (o->kind == OBJ_TABLE || o->kind == OBJ_MATVIEW))
		s->hazards |= HAZARD_REBUILDS_ROWS;
	return s;
}

/* The step a changed spec of O (A's version WAS) takes, and why. */
static void changed(struct plan *p, const struct object *was, const struct object *o)
{
	switch (o->kind) {
	case OBJ_TABLE:
	case OBJ_MATVIEW: {
		const struct relation *r = (const void *)o;
		add(p, STEP_REBUILD, o, r->origin == REL_PART || r->origin == REL_YEARLY || r->origin == REL_TENANT_MV ?
		    "template changed" : "definition changed");
		break;
	}
	case OBJ_VIEW:
		add(p, STEP_REPLACE, o, "query changed");
		break;
	case OBJ_FUNCTION:
		add(p, STEP_REPLACE, o, "definition changed");
		break;
	case OBJ_EXTENSION: {
		const struct extension *x = (const void *)was, *y = (const void *)o;
		if (x->a.version && y->a.version && strcmp(x->a.version, y->a.version))
			add(p, STEP_ALTER, o, arena_printf(&p->arena, "version %s → %s", x->a.version,
							   y->a.version));
		else
			add(p, STEP_ALTER, o, "version or schema");
		break;
	}
	case OBJ_CRON:
		add(p, STEP_ALTER, o, "schedule, command or user");
		break;
	case OBJ_ROLE:
		add(p, STEP_ALTER, o, "attributes");
		break;
	case OBJ_SERVER:
		add(p, STEP_ALTER, o, "connection options");
		break;
	case OBJ_USER_MAPPING:
		add(p, STEP_ALTER, o, "user or password option");
		break;
	default:
		add(p, STEP_ALTER, o, "changed");
		break;
	}
}

void statediff(struct plan *p, struct model *a, struct model *b)
{
	/* what B has, in B's order: added or changed */
	for (unsigned k = 0; k < b->nobjs; k++) {
		const struct object *o = b->objs[b->order[k]];
		const struct object *was = model_find(a, o->kind, o->ident);
		if (o->kind == OBJ_CHECK)
			continue;       /* checks are no step: they run before and after */
		if (!was) {
			add(p, STEP_CREATE, o, NULL);
			continue;
		}
		if (spec_hash(b, o) != spec_hash(a, was))
			changed(p, was, o);
		else if (meta_hash(o) != meta_hash(was))
			add(p, STEP_ALTER, o, "owner, privileges or comment");
	}
	/* what only A has */
	for (unsigned k = 0; k < a->nobjs; k++) {
		const struct object *o = a->objs[a->order[k]];
		if (o->kind != OBJ_CHECK && !model_find(b, o->kind, o->ident))
			add(p, STEP_DROP, o, "no longer in the state");
	}
}
