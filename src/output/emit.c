#include "output/emit.h"

#include <stdlib.h>
#include <string.h>

#include "base/datecalc.h"
#include "expand/render.h"
#include "base/usage.h"

static void set_str(json_t *o, const char *k, const char *v)
{
	if (v)
		json_object_set_new(o, k, json_string(v));
}

static void set_tri(json_t *o, const char *k, int v)
{
	if (v >= 0)
		json_object_set_new(o, k, json_boolean(v));
}

static json_t *secret(const char *env, const char *file)
{
	json_t *s = json_object();
	if (env)
		set_str(s, "env", env);
	else if (file)
		set_str(s, "file", file);
	else {
		json_decref(s);
		return NULL;
	}
	return s;
}

static json_t *grant_items(const struct grant_list *g)
{
	json_t *a = json_array();
	for (unsigned i = 0; i < g->n; i++) {
		json_t *it = json_object(), *p = json_array();
		set_str(it, "role", g->v[i].role);
		for (unsigned k = 0; k < g->v[i].nprivs; k++)
			json_array_append_new(p, json_string(g->v[i].privs[k]));
		json_object_set_new(it, "privileges", p);
		if (g->v[i].with_grant_option)
			json_object_set_new(it, "with_grant_option", json_true());
		json_array_append_new(a, it);
	}
	return a;
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

static void relation_fields(struct model *m, json_t *j, const struct relation *r)
{
	struct strbuf sb = STRBUF_INIT;
	char a[11], b[11];
	set_str(j, "generated", origin_name(r->origin));
	if (r->tenant)
		set_str(j, "tenant", r->tenant->key);
	if (r->tmpl && r->origin != REL_USER)
		set_str(j, "template", r->tmpl->name);
	if (r->origin == REL_PART) {
		date_format(r->day, a);
		set_str(j, "date", a);
	}
	if (r->h.flags & OBJF_FROZEN)
		json_object_set_new(j, "frozen", json_true());
	set_str(j, "owner", r->owner);
	set_str(j, "comment", r->comment);
	if (r->origin == REL_YEARLY) {
		date_format(r->first_day, a);
		date_format(r->last_day, b);
		set_str(j, "from", a);
		set_str(j, "until", b);
		render_columns(r->tmpl, &sb);
		set_str(j, "columns", sb.buf);
		strbuf_reset(&sb);
	} else {
		render_query(m, r, &sb);
		set_str(j, "query", sb.buf);
		strbuf_reset(&sb);
	}
	unsigned ni = render_nindexes(r);
	if (ni) {
		json_t *ia = json_array();
		for (unsigned i = 0; i < ni; i++) {
			render_index(m, r, i, &sb);
			json_array_append_new(ia, json_string(sb.buf));
			strbuf_reset(&sb);
		}
		json_object_set_new(j, "indexes", ia);
	}
	if (r->h.kind == OBJ_MATVIEW && r->origin == REL_USER) {
		set_str(j, "refresh", r->refresh == REFRESH_CONCURRENTLY ? "concurrently" :
				      r->refresh == REFRESH_STATEMENT ? r->refresh_stmt : "plain");
	}
	if (r->grants.n)
		json_object_set_new(j, "grants", grant_items(&r->grants));
	strbuf_release(&sb);
}

static int cmp_pos(const void *a, const void *b, void *ctx)
{
	const unsigned *pos = ctx;
	unsigned x = pos[*(const unsigned *)a], y = pos[*(const unsigned *)b];
	return x < y ? -1 : x > y;
}

json_t *emit_object(struct model *m, const struct object *o, const unsigned *pos)
{
	json_t *j = json_object();
	char src[512];
	set_str(j, "kind", obj_kind_name(o->kind));
	set_str(j, "name", o->ident);
	switch (o->kind) {
	case OBJ_EXTENSION: {
		const struct extension *e = (const void *)o;
		set_str(j, "version", e->a.version);
		set_str(j, "schema", e->a.schema);
		break;
	}
	case OBJ_ROLE: {
		const struct role *r = (const void *)o;
		if (!r->managed)
			json_object_set_new(j, "managed", json_false());
		set_tri(j, "login", r->a.login);
		set_tri(j, "superuser", r->a.superuser);
		set_tri(j, "createdb", r->a.createdb);
		set_tri(j, "createrole", r->a.createrole);
		set_tri(j, "inherit", r->a.inherit);
		if (r->a.connection_limit != -2)
			json_object_set_new(j, "connection_limit", json_integer(r->a.connection_limit));
		json_t *s = secret(r->password_env, r->password_file);
		if (s)
			json_object_set_new(j, "password", s);
		if (r->a.nmember_of) {
			json_t *a = json_array();
			for (unsigned i = 0; i < r->a.nmember_of; i++)
				json_array_append_new(a, json_string(r->a.member_of[i]));
			json_object_set_new(j, "member_of", a);
		}
		set_str(j, "comment", r->comment);
		break;
	}
	case OBJ_SCHEMA: {
		const struct schema *s = (const void *)o;
		if (s->generated_for_tenant)
			set_str(j, "generated", "tenant_schema");
		set_str(j, "owner", s->owner);
		set_str(j, "comment", s->comment);
		break;
	}
	case OBJ_SERVER: {
		const struct server *s = (const void *)o;
		const struct tenant *t = s->tenant;
		json_t *opt = json_object();
		set_str(j, "tenant", t->key);
		set_str(opt, "host", t->host);
		if (t->port)
			json_object_set_new(opt, "port", json_integer(t->port));
		set_str(opt, "dbname", t->dbname);
		set_str(opt, "sslmode", t->sslmode);
		set_str(opt, "options", t->options);
		json_object_set_new(j, "options", opt);
		break;
	}
	case OBJ_USER_MAPPING: {
		const struct user_mapping *u = (const void *)o;
		set_str(j, "server", u->server);
		set_str(j, "for", u->role ? u->role : "CURRENT_USER");
		set_str(j, "user", u->tenant->user);
		json_t *s = secret(u->tenant->password_env, u->tenant->password_file);
		if (s)
			json_object_set_new(j, "password", s);
		break;
	}
	case OBJ_FUNCTION: {
		const struct function *f = (const void *)o;
		set_str(j, "arguments", f->args);
		set_str(j, "language", f->language);
		set_str(j, "sql", f->sql.sql);
		break;
	}
	case OBJ_TABLE:
	case OBJ_MATVIEW:
	case OBJ_VIEW:
		relation_fields(m, j, (const struct relation *)o);
		break;
	case OBJ_GRANT: {
		const struct grant *g = (const void *)o;
		json_t *p = json_array();
		set_str(j, "role", g->role);
		for (unsigned i = 0; i < g->nprivs; i++)
			json_array_append_new(p, json_string(g->privs[i]));
		json_object_set_new(j, "privileges", p);
		set_str(j, "on", g->on);
		if (g->with_grant_option)
			json_object_set_new(j, "with_grant_option", json_true());
		set_str(j, "for_role", g->for_role);
		break;
	}
	case OBJ_CRON: {
		const struct cron_job *c = (const void *)o;
		if (c->tenant)
			set_str(j, "tenant", c->tenant->key);
		set_str(j, "schedule", c->schedule);
		set_str(j, "command", c->command.sql);
		set_str(j, "database", c->database);
		set_str(j, "username", c->username);
		json_object_set_new(j, "active", json_boolean(c->active));
		break;
	}
	case OBJ_CHECK: {
		const struct check *c = (const void *)o;
		set_str(j, "sql", c->sql.sql);
		break;
	}
	default:
		break;
	}
	if (o->pos.file) {
		snprintf(src, sizeof(src), "%s:%u:%u", o->pos.file, o->pos.line, o->pos.col);
		set_str(j, "source", src);
	}
	if (o->ndeps) {
		/* dependencies in creation order, without repeats */
		unsigned *d = xcalloc(o->ndeps, sizeof(*d)), n = o->ndeps;
		memcpy(d, o->deps, n * sizeof(*d));
		qsort_r(d, n, sizeof(*d), cmp_pos, (void *)pos);
		json_t *a = json_array();
		for (unsigned i = 0; i < n; i++) {
			if (i && d[i] == d[i - 1])
				continue;
			const struct object *t = m->objs[d[i]];
			char buf[600];
			snprintf(buf, sizeof(buf), "%s %s", obj_kind_name(t->kind), t->ident);
			json_array_append_new(a, json_string(buf));
		}
		json_object_set_new(j, "depends_on", a);
		free(d);
	}
	return j;
}

/* ---- YAML writer for jansson values ---- */

static int plain_ok(const char *s)
{
	static const char *const special[] = {
		"true", "false", "True", "False", "TRUE", "FALSE", "null", "Null",
		"NULL", "~", "yes", "no", "Yes", "No", "on", "off", "On", "Off", "y", "n",
		NULL,
	};
	size_t n = strlen(s);
	if (!n || s[0] == ' ' || s[n - 1] == ' ')
		return 0;
	for (const char *const *p = special; *p; p++)
		if (!strcmp(*p, s))
			return 0;
	if (strchr("-?:,[]{}#&*!|>'\"%@`", s[0]))
		return 0;
	int numeric = 1;
	for (const char *p = s; *p; p++) {
		unsigned char c = (unsigned char)*p;
		if (c < 0x20 || c == 0x7f)
			return 0;
		if ((c == ':' && (p[1] == ' ' || !p[1])) || (c == '#' && p > s && p[-1] == ' '))
			return 0;
		if (!((c >= '0' && c <= '9') || c == '.' || c == '-' || c == '+' || c == 'e' || c == 'E' || c == '_'))
			numeric = 0;
	}
	return !numeric;
}

static void quoted(struct strbuf *sb, const char *s)
{
	strbuf_addch(sb, '"');
	for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
		switch (*p) {
		case '"': strbuf_addstr(sb, "\\\""); break;
		case '\\': strbuf_addstr(sb, "\\\\"); break;
		case '\n': strbuf_addstr(sb, "\\n"); break;
		case '\t': strbuf_addstr(sb, "\\t"); break;
		case '\r': strbuf_addstr(sb, "\\r"); break;
		default:
			if (*p < 0x20 || *p == 0x7f)
				strbuf_addf(sb, "\\x%02x", *p);
			else
				strbuf_addch(sb, *p);
		}
	}
	strbuf_addch(sb, '"');
}

/* A multi-line string as a literal block, when it can be one. */
static int block_ok(const char *s)
{
	if (!strchr(s, '\n') || s[0] == ' ' || s[0] == '\n')
		return 0;
	for (const unsigned char *p = (const unsigned char *)s; *p; p++)
		if ((*p < 0x20 && *p != '\n') || *p == 0x7f)
			return 0;
	return 1;
}

static void scalar(struct strbuf *sb, const char *s, int indent)
{
	if (plain_ok(s)) {
		strbuf_addstr(sb, s);
		return;
	}
	if (!block_ok(s)) {
		quoted(sb, s);
		return;
	}
	size_t n = strlen(s);
	size_t trail = 0;
	while (trail < n && s[n - 1 - trail] == '\n')
		trail++;
	strbuf_addstr(sb, trail == 0 ? "|-" : trail == 1 ? "|" : "|+");
	const char *p = s;
	while (*p) {
		const char *e = strchr(p, '\n');
		size_t len = e ? (size_t)(e - p) : strlen(p);
		strbuf_addch(sb, '\n');
		if (len)
			strbuf_addchars(sb, ' ', (size_t)indent);
		strbuf_add(sb, p, len);
		if (!e)
			break;
		p = e + 1;
		if (!*p)
			break;
	}
	/* |+ keeps extra trailing newlines: write them as empty lines */
	for (size_t k = 1; k < trail; k++)
		strbuf_addch(sb, '\n');
}

void emit_yaml_value(struct strbuf *sb, const json_t *v, int indent, int in_seq)
{
	const char *key;
	json_t *val;
	size_t i;
	int first = 1;
	switch (json_typeof(v)) {
	case JSON_OBJECT:
		if (!json_object_size(v)) {
			strbuf_addstr(sb, "{}");
			break;
		}
		json_object_foreach((json_t *)v, key, val) {
			if (!first || !in_seq) {
				strbuf_addch(sb, '\n');
				strbuf_addchars(sb, ' ', (size_t)indent);
			}
			first = 0;
			if (plain_ok(key))
				strbuf_addstr(sb, key);
			else
				quoted(sb, key);
			strbuf_addch(sb, ':');
			if ((json_is_object(val) && json_object_size(val)) ||
			    (json_is_array(val) && json_array_size(val))) {
				emit_yaml_value(sb, val, indent + 2, 0);
			} else {
				strbuf_addch(sb, ' ');
				emit_yaml_value(sb, val, indent + 2, 0);
			}
		}
		break;
	case JSON_ARRAY:
		if (!json_array_size(v)) {
			strbuf_addstr(sb, "[]");
			break;
		}
		json_array_foreach(v, i, val) {
			strbuf_addch(sb, '\n');
			strbuf_addchars(sb, ' ', (size_t)(indent > 2 ? indent - 2 : 0));
			strbuf_addstr(sb, "- ");
			emit_yaml_value(sb, val, indent, 1);
		}
		break;
	case JSON_STRING:
		scalar(sb, json_string_value(v), indent);
		break;
	case JSON_INTEGER:
		strbuf_addf(sb, "%lld", (long long)json_integer_value(v));
		break;
	case JSON_TRUE:
		strbuf_addstr(sb, "true");
		break;
	case JSON_FALSE:
		strbuf_addstr(sb, "false");
		break;
	case JSON_NULL:
		strbuf_addstr(sb, "null");
		break;
	default:
		break;
	}
}

int emit_model(struct model *m, FILE *out, int yaml)
{
	unsigned *pos = xcalloc(m->nobjs + 1, sizeof(*pos));
	struct strbuf sb = STRBUF_INIT;
	int ret = 0;
	for (unsigned i = 0; i < m->nobjs; i++)
		pos[m->order[i]] = i;
	if (!yaml)
		fputs("[", out);
	for (unsigned i = 0; i < m->nobjs; i++) {
		json_t *j = emit_object(m, m->objs[m->order[i]], pos);
		strbuf_reset(&sb);
		if (yaml) {
			strbuf_addstr(&sb, "- ");
			emit_yaml_value(&sb, j, 2, 1);
			strbuf_addch(&sb, '\n');
		} else {
			char *s = json_dumps(j, JSON_PRESERVE_ORDER | JSON_COMPACT | JSON_ENSURE_ASCII);
			strbuf_addstr(&sb, i ? ",\n" : "\n");
			strbuf_addstr(&sb, s);
			free(s);
		}
		fwrite(sb.buf, 1, sb.len, out);
		json_decref(j);
	}
	if (!yaml)
		fputs(m->nobjs ? "\n]\n" : "]\n", out);
	else if (!m->nobjs)
		fputs("[]\n", out);
	if (fflush(out) || ferror(out))
		ret = -1;
	strbuf_release(&sb);
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
