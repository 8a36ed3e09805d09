#include "output/emit.h"

#include <stdlib.h>
#include <string.h>

#include "base/datecalc.h"
#include "expand/render.h"
#include "base/usage.h"

/* emit_model() writes its output in pieces of about this size. */
#define EMIT_CHUNK (256 * 1024)

static void set_tri(struct docw *w, const char *k, int v)
{
	if (v >= 0) {
		docw_key(w, k);
		docw_bool(w, v);
	}
}

static void set_true(struct docw *w, const char *k)
{
	docw_key(w, k);
	docw_bool(w, 1);
}

static void str_list(struct docw *w, const char *k, const char *const *v, unsigned n)
{
	docw_key(w, k);
	docw_array(w);
	for (unsigned i = 0; i < n; i++)
		docw_str(w, v[i]);
	docw_end(w);
}

/* {env: NAME} or {file: PATH} under KEY; nothing when neither is set. */
static void secret(struct docw *w, const char *key, const char *env, const char *file)
{
	if (!env && !file)
		return;
	docw_key(w, key);
	docw_object(w);
	if (env)
		docw_kstr(w, "env", env);
	else
		docw_kstr(w, "file", file);
	docw_end(w);
}

static void grant_items(struct docw *w, const struct grant_list *g)
{
	docw_key(w, "grants");
	docw_array(w);
	for (unsigned i = 0; i < g->n; i++) {
		docw_object(w);
		docw_kstr(w, "role", g->v[i].role);
		str_list(w, "privileges", g->v[i].privs, g->v[i].nprivs);
		if (g->v[i].with_grant_option)
			set_true(w, "with_grant_option");
		docw_end(w);
	}
	docw_end(w);
}

static const char *origin_name(enum rel_origin o)
{
	switch (o) {
	case REL_USER: return NULL;
	case REL_PART: return "daily_part";
	case REL_TENANT_MV: return "tenant_view";
	case REL_YEARLY: return "yearly_table";
	case REL_UNION: return "union_view";
	case REL_PUBLIC: return "public_view";
	}
	return NULL;
}

static void relation_fields(struct model *m, struct docw *w, const struct relation *r,
			    struct strbuf *sb)
{
	char a[11], b[11];
	docw_kstr(w, "generated", origin_name(r->origin));
	if (r->tenant)
		docw_kstr(w, "tenant", r->tenant->key);
	if (r->tmpl && r->origin != REL_USER)
		docw_kstr(w, "template", r->tmpl->name);
	if (r->origin == REL_PART) {
		date_format(r->day, a);
		docw_kstr(w, "date", a);
	}
	if (r->h.flags & OBJF_FROZEN)
		set_true(w, "frozen");
	docw_kstr(w, "owner", r->owner);
	docw_kstr(w, "comment", r->comment);
	strbuf_reset(sb);
	if (r->origin == REL_YEARLY) {
		date_format(r->first_day, a);
		date_format(r->last_day, b);
		docw_kstr(w, "from", a);
		docw_kstr(w, "until", b);
		render_columns(r->tmpl, sb);
		docw_kstr(w, "columns", sb->buf);
	} else {
		render_query(m, r, sb);
		docw_kstr(w, "query", sb->buf);
	}
	unsigned ni = render_nindexes(r);
	if (ni) {
		docw_key(w, "indexes");
		docw_array(w);
		for (unsigned i = 0; i < ni; i++) {
			strbuf_reset(sb);
			render_index(m, r, i, sb);
			docw_str(w, sb->buf);
		}
		docw_end(w);
	}
	if (r->h.kind == OBJ_MATVIEW && r->origin == REL_USER) {
		docw_kstr(w, "refresh", r->refresh == REFRESH_CONCURRENTLY ? "concurrently" :
					r->refresh == REFRESH_STATEMENT ? r->refresh_stmt : "plain");
	}
	if (r->grants.n)
		grant_items(w, &r->grants);
}

static int cmp_pos(const void *a, const void *b, void *ctx)
{
	const unsigned *pos = ctx;
	unsigned x = pos[*(const unsigned *)a], y = pos[*(const unsigned *)b];
	return x < y ? -1 : x > y;
}

/*
 * SB cut to at most MAX - 1 bytes: what snprintf() into a buffer of MAX
 * bytes kept, so that a very long name is written as it always was.
 */
static void cut(struct strbuf *sb, size_t max)
{
	if (sb->len >= max)
		strbuf_setlen(sb, max - 1);
}

/* "depends_on": the dependencies of O in creation order, without repeats. */
static void depends_on(struct docw *w, struct model *m, const struct object *o,
		       const unsigned *pos, struct strbuf *sb)
{
	unsigned *d = xcalloc(o->ndeps, sizeof(*d)), n = o->ndeps;
	memcpy(d, o->deps, n * sizeof(*d));
	qsort_r(d, n, sizeof(*d), cmp_pos, (void *)pos);
	docw_key(w, "depends_on");
	docw_array(w);
	for (unsigned i = 0; i < n; i++) {
		if (i && d[i] == d[i - 1])
			continue;
		const struct object *t = m->objs[d[i]];
		strbuf_reset(sb);
		strbuf_addstr(sb, obj_kind_name(t->kind));
		strbuf_addch(sb, ' ');
		strbuf_addstr(sb, t->ident);
		cut(sb, 600);
		docw_str(w, sb->buf);
	}
	docw_end(w);
	free(d);
}

void emit_object(struct docw *w, struct model *m, const struct object *o,
		 const unsigned *pos, struct strbuf *scratch)
{
	docw_object(w);
	docw_kstr(w, "kind", obj_kind_name(o->kind));
	docw_kstr(w, "name", o->ident);
	switch (o->kind) {
	case OBJ_EXTENSION: {
		const struct extension *e = (const void *)o;
		docw_kstr(w, "version", e->a.version);
		docw_kstr(w, "schema", e->a.schema);
		break;
	}
	case OBJ_ROLE: {
		const struct role *r = (const void *)o;
		if (!r->managed) {
			docw_key(w, "managed");
			docw_bool(w, 0);
		}
		set_tri(w, "login", r->a.login);
		set_tri(w, "superuser", r->a.superuser);
		set_tri(w, "createdb", r->a.createdb);
		set_tri(w, "createrole", r->a.createrole);
		set_tri(w, "inherit", r->a.inherit);
		if (r->a.connection_limit != -2) {
			docw_key(w, "connection_limit");
			docw_int(w, r->a.connection_limit);
		}
		secret(w, "password", r->password_env, r->password_file);
		if (r->a.nmember_of)
			str_list(w, "member_of", r->a.member_of, r->a.nmember_of);
		docw_kstr(w, "comment", r->comment);
		break;
	}
	case OBJ_SCHEMA: {
		const struct schema *s = (const void *)o;
		if (s->generated_for_tenant)
			docw_kstr(w, "generated", "tenant_schema");
		docw_kstr(w, "owner", s->owner);
		docw_kstr(w, "comment", s->comment);
		break;
	}
	case OBJ_SERVER: {
		const struct server *s = (const void *)o;
		const struct tenant *t = s->tenant;
		docw_kstr(w, "tenant", t->key);
		docw_key(w, "options");
		docw_object(w);
		docw_kstr(w, "host", t->host);
		if (t->port) {
			docw_key(w, "port");
			docw_int(w, t->port);
		}
		docw_kstr(w, "dbname", t->dbname);
		docw_kstr(w, "sslmode", t->sslmode);
		docw_kstr(w, "options", t->options);
		docw_end(w);
		break;
	}
	case OBJ_USER_MAPPING: {
		const struct user_mapping *u = (const void *)o;
		docw_kstr(w, "server", u->server);
		docw_kstr(w, "for", u->role ? u->role : "CURRENT_USER");
		docw_kstr(w, "user", u->tenant->user);
		secret(w, "password", u->tenant->password_env, u->tenant->password_file);
		break;
	}
	case OBJ_FUNCTION: {
		const struct function *f = (const void *)o;
		docw_kstr(w, "arguments", f->args);
		docw_kstr(w, "language", f->language);
		docw_kstr(w, "sql", f->sql.sql);
		break;
	}
	case OBJ_TABLE:
	case OBJ_MATVIEW:
	case OBJ_VIEW:
		relation_fields(m, w, (const struct relation *)o, scratch);
		break;
	case OBJ_GRANT: {
		const struct grant *g = (const void *)o;
		docw_kstr(w, "role", g->role);
		str_list(w, "privileges", g->privs, g->nprivs);
		docw_kstr(w, "on", g->on);
		if (g->with_grant_option)
			set_true(w, "with_grant_option");
		docw_kstr(w, "for_role", g->for_role);
		break;
	}
	case OBJ_CRON: {
		const struct cron_job *c = (const void *)o;
		if (c->tenant)
			docw_kstr(w, "tenant", c->tenant->key);
		docw_kstr(w, "schedule", c->schedule);
		docw_kstr(w, "command", c->command.sql);
		docw_kstr(w, "database", c->database);
		docw_kstr(w, "username", c->username);
		docw_key(w, "active");
		docw_bool(w, c->active);
		break;
	}
	case OBJ_CHECK: {
		const struct check *c = (const void *)o;
		docw_kstr(w, "sql", c->sql.sql);
		break;
	}
	default:
		break;
	}
	if (o->pos.file) {
		strbuf_reset(scratch);
		strbuf_addstr(scratch, o->pos.file);
		strbuf_addf(scratch, ":%u:%u", o->pos.line, o->pos.col);
		cut(scratch, 512);
		docw_kstr(w, "source", scratch->buf);
	}
	if (o->ndeps)
		depends_on(w, m, o, pos, scratch);
	docw_end(w);
}

/* ---- YAML of a jansson value (import) ---- */

static void json_value(struct docw *w, const json_t *v)
{
	const char *key;
	json_t *val;
	size_t i;
	switch (json_typeof(v)) {
	case JSON_OBJECT:
		docw_object(w);
		json_object_foreach((json_t *)v, key, val) {
			docw_key(w, key);
			json_value(w, val);
		}
		docw_end(w);
		break;
	case JSON_ARRAY:
		docw_array(w);
		json_array_foreach(v, i, val)
			json_value(w, val);
		docw_end(w);
		break;
	case JSON_STRING:
		docw_str(w, json_string_value(v));
		break;
	case JSON_INTEGER:
		docw_int(w, (long long)json_integer_value(v));
		break;
	case JSON_TRUE:
	case JSON_FALSE:
		docw_bool(w, json_is_true(v));
		break;
	default:
		docw_null(w);
	}
}

void emit_yaml_value(struct strbuf *sb, const json_t *v, int indent, int in_seq)
{
	struct docw w;
	docw_init(&w, sb, DOCW_YAML, 0);
	docw_yaml_root(&w, indent, in_seq);
	json_value(&w, v);
}

/* Write what SB holds to OUT and empty it. */
static void flush_to(struct strbuf *sb, FILE *out)
{
	fwrite(sb->buf, 1, sb->len, out);
	strbuf_reset(sb);
}

int emit_model(struct model *m, FILE *out, int yaml)
{
	unsigned *pos = xcalloc(m->nobjs + 1, sizeof(*pos));
	struct strbuf sb = STRBUF_INIT, scratch = STRBUF_INIT;
	struct docw w;
	int ret = 0;
	for (unsigned i = 0; i < m->nobjs; i++)
		pos[m->order[i]] = i;
	strbuf_grow(&sb, EMIT_CHUNK + 4096);
	if (!yaml)
		strbuf_addch(&sb, '[');
	for (unsigned i = 0; i < m->nobjs; i++) {
		if (yaml) {
			strbuf_add(&sb, "- ", 2);
			docw_init(&w, &sb, DOCW_YAML, 0);
			docw_yaml_root(&w, 2, 1);
		} else {
			strbuf_addstr(&sb, i ? ",\n" : "\n");
			docw_init(&w, &sb, DOCW_JSON, 0);
		}
		emit_object(&w, m, m->objs[m->order[i]], pos, &scratch);
		if (yaml)
			strbuf_addch(&sb, '\n');
		if (sb.len >= EMIT_CHUNK)
			flush_to(&sb, out);
	}
	if (!yaml)
		strbuf_addstr(&sb, m->nobjs ? "\n]\n" : "]\n");
	else if (!m->nobjs)
		strbuf_addstr(&sb, "[]\n");
	flush_to(&sb, out);
	if (fflush(out) || ferror(out))
		ret = -1;
	strbuf_release(&sb);
	strbuf_release(&scratch);
	free(pos);
	return ret;
}

int emit_names(struct model *m, FILE *out)
{
	for (unsigned i = 0; i < m->nobjs; i++) {
		const struct object *o = m->objs[m->order[i]];
		fprintf(out, "%s\t%s\n", obj_kind_name(o->kind), o->ident);
	}
	return fflush(out) || ferror(out) ? -1 : 0;
}
