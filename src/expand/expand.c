/*
 * expand.c: tenants x templates into concrete objects.
 *
 * For each tenant: its schema (unless declared under schemas:), a dblink
 * foreign server and user mappings, and for each template it uses either
 * one daily part per day of its range (finished years becoming yearly
 * tables when consolidate: yearly) and a union view, or one materialized
 * view (partition: none).  Then one public view per template over every
 * tenant using it.  Cron jobs marked per_tenant are made once per tenant
 * (expand_cron) with {minute} staggered.
 */
#include <stdlib.h>
#include <string.h>
#include <xxhash.h>

#include "base/datecalc.h"
#include "expand/expand.h"
#include "sql/quote.h"
#include "expand/subst.h"
#include "base/usage.h"

static void depend_role(struct model *m, struct object *o, const char *role)
{
	struct object *r;
	if (role && (r = model_find(m, OBJ_ROLE, role)))
		model_depend(m, o, r->id);
}

static void depend_grants(struct model *m, struct object *o, const struct grant_list *g)
{
	for (unsigned i = 0; i < g->n; i++)
		depend_role(m, o, g->v[i].role);
}

/* Words for what generated a relation ("union view"), for messages. */
static const char *origin_words(enum rel_origin origin)
{
	switch (origin) {
	case REL_PART: return "daily part";
	case REL_TENANT_MV: return "tenant view";
	case REL_YEARLY: return "yearly table";
	case REL_UNION: return "union view";
	case REL_PUBLIC: return "public view";
	default: return "relation";
	}
}

/* A generated relation of tenant T in its schema; NULL after reporting a clash. */
static struct relation *gen_relation(struct model *m, enum obj_kind kind, enum rel_origin origin,
				     struct tenant *t, struct template *tmpl, const char *name,
				     struct srcpos pos, struct object *schema)
{
	const char *ident = arena_printf(&m->arena, "%s.%s", t->schema, name);
	struct object *prev = model_find_relation(m, ident);
	struct relation *r;
	if (prev) {
		diag_error(&m->diags, pos, "generated %s '%s' of tenant '%s' clashes with %s (at %s:%u:%u)",
			   origin_words(origin), ident, t->key, obj_describe(m, prev),
			   prev->pos.file, prev->pos.line, prev->pos.col);
		return NULL;
	}
	r = (struct relation *)model_add(m, sizeof(*r), kind, t->schema, name, ident, pos);
	r->h.flags |= OBJF_GENERATED;
	if (!t->enabled && origin != REL_UNION)
		r->h.flags |= OBJF_FROZEN;
	r->origin = origin;
	r->tenant = t;
	r->tmpl = tmpl;
	r->owner = tmpl->owner;
	r->grants = tmpl->grants;
	model_depend(m, &r->h, schema->id);
	depend_role(m, &r->h, r->owner);
	depend_grants(m, &r->h, &r->grants);
	return r;
}

static void add_member(struct model *m, struct relation *u, struct relation *part)
{
	if (u->nmembers == u->amembers) {
		unsigned n = u->amembers ? u->amembers * 2 : 16;
		unsigned *v = arena_alloc(&m->arena, n * sizeof(*v));
		if (u->nmembers)
			memcpy(v, u->members, u->nmembers * sizeof(*v));
		u->members = v;
		u->amembers = n;
	}
	u->members[u->nmembers++] = part->h.id;
	model_depend(m, &u->h, part->h.id);
}

/* A year is finished once it is over, and last year only after January. */
static int year_finished(int year, int today)
{
	int ty;
	unsigned tm, td;
	civil_from_days(today, &ty, &tm, &td);
	return year < ty - 1 || (year == ty - 1 && tm > 1);
}

/* The parts (or yearly tables) and union view of one tenant template. */
static struct relation *expand_daily(struct model *m, struct tenant *t, struct tenant_template *tt,
				     struct object *schema, struct object *server, struct object *mapping)
{
	struct template *tmpl = tt->tmpl;
	struct relation *u;
	char sfx[11];
	u = gen_relation(m, OBJ_VIEW, REL_UNION, t, tmpl, tmpl->union_view, tt->pos, schema);
	if (!u)
		return NULL;
	/* part names fit: ld_templates() checked the template's name */
	for (int day = tt->from; day <= tt->until;) {
		int y = date_year(day);
		struct relation *r;
		if (tmpl->consolidate_yearly && year_finished(y, m->today)) {
			int last = days_from_civil(y, 12, 31);
			if (last > tt->until)
				last = tt->until;
			r = gen_relation(m, OBJ_TABLE, REL_YEARLY, t, tmpl,
					 arena_printf(&m->arena, "%s_%04d", tmpl->name, y), tt->pos, schema);
			if (!r)
				return u;
			r->year = y;
			r->first_day = day;
			r->last_day = last;
			day = last + 1;
		} else {
			date_format_suffix(day, sfx);
			r = gen_relation(m, OBJ_MATVIEW, REL_PART, t, tmpl,
					 arena_printf(&m->arena, "%s_%s", tmpl->name, sfx), tt->pos, schema);
			if (!r)
				return u;
			r->day = day;
			day++;
		}
		if (server)
			model_depend(m, &r->h, server->id);
		if (mapping)
			model_depend(m, &r->h, mapping->id);
		add_member(m, u, r);
	}
	return u;
}

/* The user mapping of T's server for ROLE (NULL: the applying user). */
static struct object *mapping_for(struct model *m, struct tenant *t, struct object *server,
				  const char *role)
{
	const char *ident = mapping_ident(&m->arena, t->server, role, NULL);
	struct user_mapping *um = (struct user_mapping *)model_find(m, OBJ_USER_MAPPING, ident);
	if (um)
		return &um->h;
	um = (struct user_mapping *)model_add(m, sizeof(*um), OBJ_USER_MAPPING, NULL,
					      arena_strdup(&m->arena, role ? role : "CURRENT_USER"), ident, t->conn_pos);
	um->h.flags |= OBJF_GENERATED;
	um->tenant = t;
	um->server = t->server;
	um->role = role;
	model_depend(m, &um->h, server->id);
	depend_role(m, &um->h, role);
	return &um->h;
}

static void expand_one(struct model *m, struct tenant *t, struct object *dblink,
		       struct relation **publics)
{
	struct object *schema = model_find(m, OBJ_SCHEMA, t->schema);
	struct server *srv = NULL;
	if (!schema) {
		struct schema *s = (struct schema *)model_add(m, sizeof(*s), OBJ_SCHEMA, NULL,
							      t->schema, t->schema, t->pos);
		s->h.flags |= OBJF_GENERATED;
		s->generated_for_tenant = 1;
		schema = &s->h;
	}
	if (!t->adopted) {
		if (model_find(m, OBJ_SERVER, t->server)) {
			diag_error(&m->diags, t->pos, "generated server '%s' of tenant '%s' is taken", t->server,
				   t->key);
			return;
		}
		srv = (struct server *)model_add(m, sizeof(*srv), OBJ_SERVER, NULL, t->server, t->server,
						 t->conn_pos.file ? t->conn_pos : t->pos);
		srv->h.flags |= OBJF_GENERATED;
		srv->tenant = t;
		if (dblink)
			model_depend(m, &srv->h, dblink->id);
	}
	for (unsigned i = 0; i < t->ntemplates; i++) {
		struct tenant_template *tt = &t->templates[i];
		struct template *tmpl = tt->tmpl;
		/* an adopted server's mappings are used as found */
		struct object *mapping = srv ? mapping_for(m, t, &srv->h, tmpl->owner) : NULL;
		struct relation *u;
		if (tmpl->partition == PARTITION_DAILY) {
			u = expand_daily(m, t, tt, schema, srv ? &srv->h : NULL, mapping);
		} else {
			u = gen_relation(m, OBJ_MATVIEW, REL_TENANT_MV, t, tmpl, tmpl->union_view, tt->pos, schema);
			if (u && srv) {
				model_depend(m, &u->h, srv->h.id);
				model_depend(m, &u->h, mapping->id);
			}
		}
		for (unsigned k = 0; u && k < m->ntemplates; k++)
			if (m->templates[k] == tmpl && publics[k])
				add_member(m, publics[k], u);
	}
}

/* One public view per template that names one, before any tenant. */
static struct relation **make_public_views(struct model *m)
{
	struct relation **pub = xcalloc(m->ntemplates + 1, sizeof(*pub));
	for (unsigned k = 0; k < m->ntemplates; k++) {
		struct template *t = m->templates[k];
		const char *ident;
		struct object *prev, *schema;
		if (!t->public_name)
			continue;
		ident = arena_printf(&m->arena, "%s.%s", t->public_schema, t->public_name);
		if ((prev = model_find_relation(m, ident))) {
			diag_error(&m->diags, t->public_pos,
				   "public view '%s' of template '%s' clashes with %s (at %s:%u:%u)",
				   ident, t->name, obj_describe(m, prev), prev->pos.file,
				   prev->pos.line, prev->pos.col);
			continue;
		}
		pub[k] = (struct relation *)model_add(m, sizeof(*pub[k]), OBJ_VIEW, t->public_schema,
						      t->public_name, ident, t->public_pos);
		pub[k]->h.flags |= OBJF_GENERATED;
		pub[k]->origin = REL_PUBLIC;
		pub[k]->tmpl = t;
		pub[k]->owner = t->owner;
		pub[k]->grants = t->grants;
		depend_role(m, &pub[k]->h, t->owner);
		depend_grants(m, &pub[k]->h, &t->grants);
		if ((schema = model_find(m, OBJ_SCHEMA, t->public_schema)))
			model_depend(m, &pub[k]->h, schema->id);
	}
	return pub;
}

void expand_tenants(struct model *m)
{
	struct object *dblink = model_find(m, OBJ_EXTENSION, "dblink");
	struct relation **pub;
	if (!m->ntenants)
		return;
	if (!dblink) {
		diag_error(&m->diags, m->tenants[0]->pos,
			   "tenants reach their sources through dblink; add 'dblink: {}' under 'extensions'");
		return;
	}
	pub = make_public_views(m);
	/* tenants in schema order, so public views list them in a stable order */
	struct tenant **sorted = xcalloc(m->ntenants, sizeof(*sorted));
	memcpy(sorted, m->tenants, m->ntenants * sizeof(*sorted));
	for (unsigned i = 1; i < m->ntenants; i++)
		for (unsigned j = i; j > 0 && strcmp(sorted[j - 1]->schema, sorted[j]->schema) > 0; j--) {
			struct tenant *x = sorted[j];
			sorted[j] = sorted[j - 1];
			sorted[j - 1] = x;
		}
	for (unsigned i = 0; i < m->ntenants; i++)
		expand_one(m, sorted[i], dblink, pub);
	free(sorted);
	free(pub);
}

/* ---- cron ---- */

const struct subst_var expand_cron_vars[EXPAND_NCRON_VARS] = {
	{ "tenant", SUBST_IDENT }, { "schema", SUBST_IDENT }, { "minute", SUBST_RAW },
};

const struct subst_var expand_refresh_vars[EXPAND_NREFRESH_VARS] = {
	{ "name", SUBST_RAW },
};

static struct cron_job *add_job(struct model *m, const struct cron_spec *c, const char *name)
{
	struct object *prev = model_find(m, OBJ_CRON, name);
	struct cron_job *j;
	if (prev) {
		diag_error(&m->diags, c->pos, "cron job '%s' is made twice (also at %s:%u:%u)", name,
			   prev->pos.file, prev->pos.line, prev->pos.col);
		return NULL;
	}
	j = (struct cron_job *)model_add(m, sizeof(*j), OBJ_CRON, NULL, name, name, c->pos);
	j->spec = c;
	j->database = c->database;
	j->username = c->username;
	j->active = c->active;
	j->minute = -1;
	j->command.pos = c->command.pos;
	j->command.block = c->command.block;
	j->command.indent = c->command.indent;
	depend_role(m, &j->h, c->username);
	return j;
}

/* Tenants by key, for a stable order of per-tenant jobs. */
static int tenant_key_cmp(const void *a, const void *b)
{
	return strcmp((*(struct tenant *const *)a)->key, (*(struct tenant *const *)b)->key);
}

static void expand_per_tenant(struct model *m, const struct cron_spec *c)
{
	struct subst_tpl name_t, cmd_t, sched_t;
	struct tenant **ts = xcalloc(m->ntenants + 1, sizeof(*ts));
	unsigned char used[60];
	unsigned nused = 0;
	if (m->ntenants) {
		memcpy(ts, m->tenants, m->ntenants * sizeof(*ts));
		qsort(ts, m->ntenants, sizeof(*ts), tenant_key_cmp);
	}
	subst_compile(&name_t, &m->arena, c->name, expand_cron_vars, EXPAND_NCRON_VARS, 1);
	subst_compile(&sched_t, &m->arena, c->schedule, expand_cron_vars, EXPAND_NCRON_VARS, 1);
	subst_compile(&cmd_t, &m->arena, c->command.sql, expand_cron_vars, EXPAND_NCRON_VARS, 0);
	memset(used, 0, sizeof(used));
	/* seeded by the job's name, so one tenant's jobs do not all share a minute */
	unsigned seed = XXH32(c->name, strlen(c->name), 0);
	for (unsigned i = 0; i < m->ntenants; i++) {
		struct tenant *t = ts[i];
		struct strbuf sb = STRBUF_INIT;
		char minute[4];
		unsigned mnt = XXH32(t->key, strlen(t->key), seed) % 60;
		if (nused == 60) {
			memset(used, 0, sizeof(used));
			nused = 0;
		}
		while (used[mnt])
			mnt = (mnt + 1) % 60;
		used[mnt] = 1;
		nused++;
		snprintf(minute, sizeof(minute), "%u", mnt);
		const char *vals[3] = { t->key, t->schema, minute };
		subst_render(&name_t, vals, &sb);
		struct cron_job *j = add_job(m, c, arena_strdup(&m->arena, sb.buf));
		strbuf_release(&sb);
		if (!j)
			continue;
		j->h.flags |= OBJF_GENERATED;
		j->tenant = t;
		j->active = c->active && t->enabled;
		if (strstr(c->schedule, "{minute}"))
			j->minute = (int)mnt;
		subst_render(&sched_t, vals, &sb);
		j->schedule = arena_strdup(&m->arena, sb.buf);
		strbuf_release(&sb);
		subst_render(&cmd_t, vals, &sb);
		j->command.sql = arena_strdup(&m->arena, sb.buf);
		strbuf_release(&sb);
		struct object *schema = model_find(m, OBJ_SCHEMA, t->schema);
		if (schema)
			model_depend(m, &j->h, schema->id);
	}
	free(ts);
}

void expand_cron(struct model *m)
{
	for (unsigned i = 0; i < m->ncron_specs; i++) {
		const struct cron_spec *c = m->cron_specs[i];
		if (c->per_tenant) {
			expand_per_tenant(m, c);
			continue;
		}
		struct cron_job *j = add_job(m, c, c->name);
		if (!j)
			continue;
		j->schedule = c->schedule;
		j->command.sql = c->command.sql;
	}
}
