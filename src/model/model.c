#include "model/model.h"

#include <stdlib.h>
#include <string.h>

#include "base/usage.h"

static const char *const kind_names[OBJ__COUNT] = {
	[OBJ_EXTENSION] = "extension",
	[OBJ_ROLE] = "role",
	[OBJ_SCHEMA] = "schema",
	[OBJ_SERVER] = "server",
	[OBJ_USER_MAPPING] = "user_mapping",
	[OBJ_FUNCTION] = "function",
	[OBJ_TABLE] = "table",
	[OBJ_MATVIEW] = "materialized_view",
	[OBJ_VIEW] = "view",
	[OBJ_GRANT] = "grant",
	[OBJ_CRON] = "cron_job",
	[OBJ_CHECK] = "check",
};

const char *obj_kind_name(enum obj_kind k)
{
	return k < OBJ__COUNT ? kind_names[k] : "?";
}

static const char *const kind_words[OBJ__COUNT] = {
	[OBJ_EXTENSION] = "extension",
	[OBJ_ROLE] = "role",
	[OBJ_SCHEMA] = "schema",
	[OBJ_SERVER] = "server",
	[OBJ_USER_MAPPING] = "user mapping",
	[OBJ_FUNCTION] = "function",
	[OBJ_TABLE] = "table",
	[OBJ_MATVIEW] = "materialized view",
	[OBJ_VIEW] = "view",
	[OBJ_GRANT] = "grant",
	[OBJ_CRON] = "cron job",
	[OBJ_CHECK] = "check",
};

const char *obj_kind_words(enum obj_kind k)
{
	return k < OBJ__COUNT ? kind_words[k] : "object";
}

const char *obj_describe(struct model *m, const struct object *o)
{
	return arena_printf(&m->arena, "%s '%s'", obj_kind_words(o->kind), o->ident);
}

struct srcpos sqltext_pos(const struct sqltext *t, unsigned line, unsigned col)
{
	struct srcpos p = t->pos;
	if (line <= 1) {
		p.col += col - 1;
	} else {
		p.line += line - 1;
		p.col = t->block ? t->indent + col : col;
	}
	return p;
}

/* Relations share one namespace: tables, views and materialized views. */
static int is_relation(enum obj_kind k)
{
	return k == OBJ_TABLE || k == OBJ_MATVIEW || k == OBJ_VIEW;
}

struct object *model_add(struct model *m, size_t size, enum obj_kind kind,
			 const char *schema, const char *name, const char *ident,
			 struct srcpos pos)
{
	struct object *o = arena_alloc(&m->arena, size);
	o->kind = kind;
	o->schema = schema;
	o->name = name;
	o->ident = ident;
	o->pos = pos;
	o->id = m->nobjs;
	ALLOC_GROW(m->objs, m->nobjs + 1, m->aobjs);
	m->objs[m->nobjs++] = o;
	hashmap_put(&m->by_ident[is_relation(kind) ? OBJ_VIEW : kind], ident, o);
	return o;
}

struct object *model_find(const struct model *m, enum obj_kind kind, const char *ident)
{
	return hashmap_get(&m->by_ident[is_relation(kind) ? OBJ_VIEW : kind], ident);
}

struct object *model_find_relation(const struct model *m, const char *qualified)
{
	return hashmap_get(&m->by_ident[OBJ_VIEW], qualified);
}

void model_depend(struct model *m, struct object *a, unsigned b)
{
	if (a->id == b)
		return;
	for (unsigned i = a->ndeps; i > 0 && i + 4 > a->ndeps; i--)
		if (a->deps[i - 1] == b)
			return;
	if (a->ndeps + 1 > a->adeps) {
		unsigned n = a->adeps ? a->adeps * 2 : 4;
		unsigned *d = arena_alloc(&m->arena, n * sizeof(*d));
		if (a->ndeps)
			memcpy(d, a->deps, a->ndeps * sizeof(*d));
		a->deps = d;
		a->adeps = n;
	}
	a->deps[a->ndeps++] = b;
}

void model_free(struct model *m)
{
	for (int k = 0; k < OBJ__COUNT; k++)
		hashmap_free(&m->by_ident[k]);
	hashmap_free(&m->functions_by_name);
	hashmap_free(&m->templates_by_name);
	hashmap_free(&m->tenants_by_key);
	free(m->templates);
	free(m->tenants);
	free(m->cron_specs);
	free(m->files);
	free(m->objs);
	free(m->order);
	diags_free(&m->diags);
	arena_free(&m->arena);
	memset(m, 0, sizeof(*m));
}

const char *rel_part_label(struct arena *a, const struct relation *r)
{
	if (!r->tmpl)
		return NULL;
	if (r->origin == REL_PART)
		return arena_printf(a, "daily parts of %s.%s", r->h.schema, r->tmpl->union_view);
	if (r->origin == REL_YEARLY)
		return arena_printf(a, "yearly tables of %s.%s", r->h.schema, r->tmpl->union_view);
	return NULL;
}

const char *mapping_ident(struct arena *a, const char *server, const char *role, const char *current)
{
	return arena_printf(a, "%s for %s", server, role ? role : current ? current : "CURRENT_USER");
}
