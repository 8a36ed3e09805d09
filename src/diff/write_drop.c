/*
 * write_drop.c: drops of what pgform manages and no longer wants: what
 * counts as managed (its record, or a tenant's part or yearly table), the
 * drop statements per kind, schemas and what they hold, and the order of
 * drops after the steps that stop reading what they drop.
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

/* 1 when NAME is TEMPLATE_YYYY_MM_DD or TEMPLATE_YYYY; *year receives YYYY. */
static int part_name(const char *name, const char *tmpl, int *year)
{
	size_t tl = strlen(tmpl), nl = strlen(name);
	if (nl <= tl + 1 || strncmp(name, tmpl, tl) || name[tl] != '_')
		return 0;
	const char *s = name + tl + 1;
	size_t sl = strlen(s);
	for (size_t i = 0; i < sl; i++)
		if (!((s[i] >= '0' && s[i] <= '9') || ((i == 4 || i == 7) && s[i] == '_')))
			return 0;
	if (sl != 4 && sl != 10)
		return 0;
	*year = atoi(s);
	return 1;
}

/* What pgform manages among live objects that no desired object stands for. */
/*
 * Why L, which the state does not declare, goes although pgform did not
 * make it: a view, materialized view, table or function in a schema the
 * state declares exclusive, or an extension when the state owns them all.
 * NULL otherwise.
 */
static const char *exclusive_reason(struct dctx *x, const struct object *l)
{
	if (l->kind == OBJ_EXTENSION) {
		/* every database has plpgsql; pg_cron runs the state's jobs */
		if (!x->m->extensions_exclusive || !strcmp(l->name, "plpgsql") ||
		    (!strcmp(l->name, "pg_cron") && x->m->ncron_specs))
			return NULL;
		return "not in the desired state, which owns the database's extensions (exclusive: [extensions])";
	}
	if (!l->schema || (!is_rel_kind(l->kind) && l->kind != OBJ_FUNCTION))
		return NULL;
	const struct schema *s = (const struct schema *)model_find(x->m, OBJ_SCHEMA, l->schema);
	if (!s || !s->exclusive)
		return NULL;
	return arena_printf(&x->p->arena, "not in the desired state, and schema %s is the state's own (exclusive)",
			    l->schema);
}

static const char *managed_reason(struct dctx *x, struct object *l, int *consolidated)
{
	*consolidated = 0;
	if (!is_rel_kind(l->kind)) {
		if (catalog_record(x->cat, l->kind, l->ident))
			return "no longer in the desired state";
		return exclusive_reason(x, l);
	}
	for (unsigned i = 0; i < x->m->ntenants; i++) {
		struct tenant *t = x->m->tenants[i];
		if (strcmp(t->schema, l->schema))
			continue;
		for (unsigned k = 0; k < t->ntemplates; k++) {
			int year;
			struct template *tm = t->templates[k].tmpl;
			if (tm->partition != PARTITION_DAILY || !part_name(l->name, tm->name, &year))
				continue;
			struct strbuf q = STRBUF_INIT;
			strbuf_addf(&q, "%s.%s_%04d", t->schema, tm->name, year);
			struct object *y = model_find_relation(x->m, q.buf);
			strbuf_release(&q);
			if (y && y->kind == OBJ_TABLE && l->kind == OBJ_MATVIEW) {
				*consolidated = (int)y->id + 1;
				return arena_printf(&x->p->arena, "consolidated into %s", y->ident);
			}
			return "outside the tenant's date range";
		}
	}
	if (catalog_record(x->cat, l->kind, l->ident))
		return "no longer in the desired state";
	return exclusive_reason(x, l);
}

/* O when it is a user mapping on server SERVER, else NULL. */
static struct live_mapping *mapping_on(struct object *o, const char *server)
{
	if (o->kind != OBJ_USER_MAPPING || strcmp(((struct live_mapping *)o)->server, server))
		return NULL;
	return (struct live_mapping *)o;
}

/*
 * The statements that drop L, and those that would make it again where
 * the catalog can tell (INV).  Never CASCADE.  A schema's drop is
 * written by diff_drops(), which drops what pgform made in it first.
 */
static void drop_sql(struct dctx *x, struct object *l, struct strbuf *sb, struct strbuf *inv)
{
	switch (l->kind) {
	case OBJ_TABLE:
	case OBJ_MATVIEW:
	case OBJ_VIEW:
		drop_rel_sql(sb, l->kind, l->schema, l->name);
		if (l->kind == OBJ_VIEW && ((struct live_rel *)l)->viewdef) {
			strbuf_addstr(inv, "CREATE VIEW ");
			qrel(inv, l->schema, l->name);
			strbuf_addf(inv, " AS\n%s", ((struct live_rel *)l)->viewdef);
			sql_end(inv);
		}
		break;
	case OBJ_SERVER:
		/*
		 * The user mappings pgform made go first; the server itself
		 * without CASCADE, so that a mapping or foreign table made at
		 * apply time by someone else stops the drop instead of going
		 * with it (diff_drops() keeps the server when one is there now).
		 */
		for (unsigned k = 0; k < x->cat->m.nobjs; k++) {
			struct live_mapping *u = mapping_on(x->cat->m.objs[k], l->name);
			int c;
			if (!u || !managed_reason(x, &u->h, &c))
				continue;
			strbuf_addstr(sb, "DROP USER MAPPING IF EXISTS FOR ");
			quote_ident(sb, u->role);
			strbuf_addstr(sb, " SERVER ");
			quote_ident(sb, l->name);
			sql_end(sb);
		}
		strbuf_addstr(sb, "DROP SERVER ");
		quote_ident(sb, l->name);
		sql_end(sb);
		break;
	case OBJ_USER_MAPPING: {
		const struct live_mapping *u = (const void *)l;
		strbuf_addstr(sb, "DROP USER MAPPING FOR ");
		quote_ident(sb, u->role);
		strbuf_addstr(sb, " SERVER ");
		quote_ident(sb, u->server);
		sql_end(sb);
		break;
	}
	case OBJ_FUNCTION: {
		const struct live_function *f = (const void *)l;
		strbuf_addf(sb, "DROP %s ", f->prokind == 'p' ? "PROCEDURE" : "FUNCTION");
		quote_qualified(sb, l->schema, l->name);
		strbuf_addf(sb, "(%s)", f->args);
		sql_end(sb);
		break;
	}
	case OBJ_CRON: {
		const struct live_cron *c = (const void *)l;
		strbuf_addf(sb, "SELECT cron.unschedule(%lld)", c->jobid);
		sql_end(sb);
		strbuf_addstr(inv, "SELECT cron.schedule_in_database(");
		quote_literal(inv, c->h.name);
		strbuf_addstr(inv, ", ");
		quote_literal(inv, c->schedule);
		strbuf_addstr(inv, ", ");
		quote_literal(inv, c->command);
		strbuf_addstr(inv, ", ");
		quote_literal(inv, c->database);
		strbuf_addstr(inv, ", ");
		quote_literal(inv, c->username);
		strbuf_addf(inv, ", %s)", c->active ? "true" : "false");
		sql_end(inv);
		break;
	}
	case OBJ_ROLE:
		/*
		 * As PostgreSQL's DROP ROLE page says: what it owns here passes
		 * to the applying user (a schema the state keeps without
		 * naming an owner), and its privileges and default privileges
		 * here go; only then can the role go.
		 */
		strbuf_addstr(sb, "REASSIGN OWNED BY ");
		quote_ident(sb, l->name);
		strbuf_addstr(sb, " TO CURRENT_USER");
		sql_end(sb);
		strbuf_addstr(sb, "DROP OWNED BY ");
		quote_ident(sb, l->name);
		sql_end(sb);
		strbuf_addstr(sb, "DROP ROLE ");
		quote_ident(sb, l->name);
		sql_end(sb);
		break;
	case OBJ_EXTENSION:
		strbuf_addstr(sb, "DROP EXTENSION ");
		quote_ident(sb, l->name);
		sql_end(sb);
		break;
	default:
		break;
	}
}

/*
 * A tenant schema that stays (its drop left out) keeps what is in it and
 * the connection its parts read through (server pgform_SCHEMA and its
 * mappings): nothing of it is dropped piecemeal.
 */
static void hold_schema(struct dctx *x, struct object *s, char *held)
{
	struct catalog *cat = x->cat;
	char server[128];
	snprintf(server, sizeof(server), "pgform_%s", s->name);
	for (unsigned k = 0; k < cat->m.nobjs; k++) {
		struct object *o = cat->m.objs[k];
		if (o->schema && !strcmp(o->schema, s->name))
			held[k] = 1;
		if (o->kind == OBJ_SERVER && !strcmp(o->name, server))
			held[k] = 1;
		if (o->kind == OBJ_USER_MAPPING && !strcmp(((struct live_mapping *)o)->server, server))
			held[k] = 1;
	}
}

/* 1 when the live server NAME is no longer desired and pgform manages it. */
static int server_dropped(struct dctx *x, const char *name)
{
	return !model_find(x->m, OBJ_SERVER, name) && catalog_record(x->cat, OBJ_SERVER, name);
}

void diff_drops(struct dctx *x)
{
	struct catalog *cat = x->cat;
	unsigned n = cat->m.nobjs;
	char *in_dropped_schema = xcalloc(n + 1, 1);
	struct live_rel **readers = NULL;
	size_t areaders = 0;
	/* schemas first: a dropped schema takes what is in it along */
	for (int pass = 0; pass < 2; pass++) {
		for (unsigned i = 0; i < n; i++) {
			struct object *l = cat->m.objs[i];
			int consolidated;
			if (x->live_taken[i] || in_dropped_schema[i])
				continue;
			if ((pass == 0) != (l->kind == OBJ_SCHEMA))
				continue;
			if (l->kind == OBJ_GRANT || (l->schema && !strcmp(l->schema, "pgform")) ||
			    !strcmp(l->name, "pgform"))
				continue;
			if (l->kind == OBJ_USER_MAPPING && server_dropped(x, ((struct live_mapping *)l)->server))
				continue; /* the server's drop takes the mappings pgform made (drop_sql()) */
			const char *why = managed_reason(x, l, &consolidated);
			if (!why)
				continue;
			struct drop_facts df = { 0 };
			struct strbuf foreign = STRBUF_INIT;
			df.why = why;
			df.consolidated = consolidated;
			df.allow_destroy = x->o->allow_destroy;
			if (l->kind == OBJ_SERVER) {
				/* nor the user mappings of others */
				for (unsigned k = 0; k < n; k++) {
					struct live_mapping *u = mapping_on(cat->m.objs[k], l->name);
					int c2;
					if (!u || managed_reason(x, &u->h, &c2))
						continue;
					if (df.foreign++ < 3)
						strbuf_addf(&foreign, "%sfor %s", foreign.len ? ", " : "", u->role);
				}
			}
			if (l->kind == OBJ_SCHEMA) {
				/* never take along what pgform does not manage */
				for (unsigned k = 0; k < n; k++) {
					struct object *o = cat->m.objs[k];
					int c2;
					if (!o->schema || strcmp(o->schema, l->name) || o->kind == OBJ_GRANT)
						continue;
					if (managed_reason(x, o, &c2))
						continue;
					if (df.foreign++ < 3)
						strbuf_addf(&foreign, "%s%s", foreign.len ? ", " : "", o->ident);
				}
			}
			df.foreign_list = foreign.buf;
			df.has_inverse = (l->kind == OBJ_VIEW && ((struct live_rel *)l)->viewdef) || l->kind == OBJ_CRON;
			struct decision dc = decide_drop(l->kind, &df);
			strbuf_release(&foreign);
			if (dc.act == DA_SKIP) {
				plan_skip(x->p, l->kind, l->ident, dc.msg);
				if (l->kind == OBJ_SCHEMA)
					hold_schema(x, l, in_dropped_schema);
				continue;
			}
			struct strbuf sb = STRBUF_INIT, inv = STRBUF_INIT;
			if (l->kind == OBJ_SCHEMA) {
				/*
				 * What pgform made in it goes first, readers before what
				 * they read; the schema itself without CASCADE, so anything
				 * else found there at apply time stops the drop.
				 */
				static const enum obj_kind order[] = { OBJ_VIEW, OBJ_MATVIEW, OBJ_TABLE, OBJ_FUNCTION };
				for (unsigned o = 0; o < 4; o++)
					for (unsigned k = 0; k < n; k++) {
						struct object *in = cat->m.objs[k];
						if (in->kind == order[o] && in->schema && !strcmp(in->schema, l->name)) {
							if (in->kind == OBJ_FUNCTION)
								drop_sql(x, in, &sb, &inv);
							else {
								strbuf_addf(&sb, "DROP %s IF EXISTS ", rel_word(in->kind));
								qrel(&sb, in->schema, in->name);
								sql_end(&sb);
							}
						}
					}
				strbuf_reset(&inv);
				strbuf_addstr(&sb, "DROP SCHEMA ");
				quote_ident(&sb, l->name);
				sql_end(&sb);
			} else {
				drop_sql(x, l, &sb, &inv);
			}
			struct step *s = plan_add_step(x->p, STEP_DROP, l);
			if (l->kind == OBJ_CRON && cat->cron_remote)
				s->database = cat->cron_database;
			add_phase(x, s, &s->swap, &sb);
			if (dc.irreversible)
				step_irreversible(s, dc.irreversible);
			else
				set_inverse(x, s, &inv);
			s->reason = why;
			s->hazards |= dc.hazards;
			if (is_rel_kind(l->kind) && l->kind != OBJ_VIEW) {      /* a view holds no rows */
				s->rows = rows_of((struct live_rel *)l);
				s->bytes = ((struct live_rel *)l)->bytes;
			}
			if (is_rel_kind(l->kind)) {
				const char *lab = NULL;
				for (unsigned t = 0; t < x->m->ntenants && !lab; t++)
					for (unsigned k = 0; k < x->m->tenants[t]->ntemplates && !lab; k++) {
						int year;
						struct template *tm = x->m->tenants[t]->templates[k].tmpl;
						if (!strcmp(x->m->tenants[t]->schema, l->schema) &&
						    part_name(l->name, tm->name, &year))
							lab = arena_printf(&x->p->arena, "daily parts of %s.%s",
									   l->schema, tm->union_view);
					}
				s->group_label = lab;
			}
			if (consolidated) {
				struct dobj *yd = &x->d[consolidated - 1];
				if (yd->step)
					plan_step_depend(x->p, s, yd->step->id);
			}
			x->live_step[i] = s;
			if (l->kind == OBJ_SCHEMA) {
				for (unsigned k = 0; k < n; k++)
					if (cat->m.objs[k]->schema && !strcmp(cat->m.objs[k]->schema, l->name))
						in_dropped_schema[k] = 1;
			}
			strbuf_release(&sb);
			strbuf_release(&inv);
		}
	}
	/* a schema is dropped after the extensions in it that are dropped (it holds their objects) */
	for (unsigned i = 0; i < n; i++) {
		struct step *s = x->live_step[i];
		if (!s || s->action != STEP_DROP || cat->m.objs[i]->kind != OBJ_SCHEMA)
			continue;
		for (unsigned k = 0; k < n; k++) {
			const struct live_extension *e = (const void *)cat->m.objs[k];
			struct step *es = x->live_step[k];
			if (e->h.kind == OBJ_EXTENSION && es && es->action == STEP_DROP && e->a.schema &&
			    !strcmp(e->a.schema, cat->m.objs[i]->name))
				plan_step_depend(x->p, s, es->id);
		}
	}
	/* a view's own step runs after the swaps that re-point it */
	for (unsigned i = 0; i < n; i++) {
		struct step *s = x->live_step[i];
		if (!s || s->action != STEP_REBUILD || !is_rel_kind(cat->m.objs[i]->kind))
			continue;
		struct live_rel *l = (struct live_rel *)cat->m.objs[i];
		ALLOC_GROW(readers, cat->m.nobjs, areaders);
		unsigned nr = live_readers(x, l->oid, readers, cat->m.nobjs);
		for (unsigned k = 0; k < nr; k++) {
			struct step *vs = x->live_step[readers[k]->h.id];
			if (vs && vs != s && readers[k]->h.kind == OBJ_VIEW)
				plan_step_depend(x->p, vs, s->id);
		}
	}
	/* a drop waits for every step that stops reading the dropped object */
	for (unsigned i = 0; i < n; i++) {
		struct object *l = cat->m.objs[i];
		struct step *s = x->live_step[i];
		if (!s || s->action != STEP_DROP)
			continue;
		unsigned oid = l->kind == OBJ_FUNCTION ? ((struct live_function *)l)->oid :
			       is_rel_kind(l->kind) ? ((struct live_rel *)l)->oid : 0;
		int indexed = oid && catalog_by_oid(cat, oid) == l;
		if (indexed) {
			/* what reads it, from the index of readers */
			ALLOC_GROW(readers, cat->m.nobjs, areaders);
			unsigned nr = live_readers(x, oid, readers, cat->m.nobjs);
			for (unsigned k = 0; k < nr; k++) {
				struct step *vs = x->live_step[readers[k]->h.id];
				if (vs && vs != s)
					plan_step_depend(x->p, s, vs->id);
			}
		}
		for (unsigned k = 0; k < n && !indexed; k++) {
			struct live_rel *v = (struct live_rel *)cat->m.objs[k];
			if (!is_rel_kind(v->h.kind) || !x->live_step[k] || x->live_step[k] == s)
				continue;
			/* what it reads: relations, functions and extensions (read_depends()) */
			int reads = 0;
			for (unsigned d = 0; d < v->h.ndeps && !reads; d++) {
				const struct object *t = cat->m.objs[v->h.deps[d]];
				reads = t == l || (l->kind == OBJ_SCHEMA && t->schema && !strcmp(t->schema, l->name));
			}
			if (reads)
				plan_step_depend(x->p, s, x->live_step[k]->id);
		}
		/* a server goes after the mappings and schemas that use it */
		if (l->kind == OBJ_SERVER)
			for (unsigned k = 0; k < n; k++)
				if (x->live_step[k] && x->live_step[k]->action == STEP_DROP &&
				    cat->m.objs[k]->kind == OBJ_SCHEMA)
					plan_step_depend(x->p, s, x->live_step[k]->id);
	}
	free(readers);
	free(in_dropped_schema);
}
