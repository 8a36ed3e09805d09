/*
 * import.c: see import.h.  The document is built as jansson values and
 * written with emit.c's YAML writer, so quoting is done in one place.
 */
#include "import/import.h"

#include <errno.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "sql/acl.h"
#include "sql/quote.h"
#include "catalog/catalog.h"
#include "base/datecalc.h"
#include "catalog/db.h"
#include "output/emit.h"
#include "sql/sqltok.h"
#include "base/usage.h"

struct series {
	const char *schema, *base;
	struct live_rel **parts;        /* daily parts, by date */
	unsigned nparts, aparts;
	struct live_rel **years;        /* yearly tables */
	unsigned nyears, ayears;
	int first, last;                /* days */
	const char *conn;               /* connection string or server name */
	const char *remote;             /* remote query, date replaced by {TARGET_DATE} */
	const char *cols;               /* "id integer, ..." */
	const char *client;             /* value taken for {CLIENT}, or NULL */
	struct live_rel *union_view;
	const char *tenant;             /* key */
	int none;                       /* partition: none: parts[0] is the tenant's one view */
};

struct imp {
	struct catalog cat;
	PGconn *c;
	struct series *s;
	unsigned ns, as;
	char *used;                     /* live object ids taken by a template */
	struct hashmap idxdefs;         /* "oid" -> normalised "UNIQUE (id); (x)" list */
	int today;
};

/* NAME is BASE_YYYY_MM_DD (*day set) or BASE_YYYY (*year set); BASE returned. */
static const char *split_part_name(struct arena *a, const char *name, int *day, int *year)
{
	size_t n = strlen(name);
	*day = *year = -1;
	if (n > 11 && name[n - 11] == '_' && name[n - 6] == '_' && name[n - 3] == '_') {
		char d[11];
		memcpy(d, name + n - 10, 10);
		d[4] = d[7] = '-';
		d[10] = '\0';
		if (date_parse(d, day) == 0)
			return arena_strndup(a, name, n - 11);
	}
	if (n > 5 && name[n - 5] == '_') {
		for (size_t i = n - 4; i < n; i++)
			if (name[i] < '0' || name[i] > '9')
				return NULL;
		*year = atoi(name + n - 4);
		return arena_strndup(a, name, n - 5);
	}
	return NULL;
}

static struct series *series_of(struct imp *im, const char *schema, const char *base)
{
	for (unsigned i = 0; i < im->ns; i++)
		if (!strcmp(im->s[i].schema, schema) && !strcmp(im->s[i].base, base))
			return &im->s[i];
	ALLOC_GROW(im->s, im->ns + 1, im->as);
	struct series *s = &im->s[im->ns++];
	memset(s, 0, sizeof(*s));
	s->schema = schema;
	s->base = base;
	s->first = 1 << 30;
	s->last = -(1 << 30);
	return s;
}

static void push(struct live_rel ***v, unsigned *n, unsigned *a, struct live_rel *r)
{
	ALLOC_GROW(*v, *n + 1, *a);
	(*v)[(*n)++] = r;
}

/* Token text of a string literal's contents, '' turned into '. */
static char *string_body(const struct sqltok_state *st, const struct sqltok *t)
{
	struct strbuf sb = STRBUF_INIT;
	for (size_t i = t->body_start; i < t->body_start + t->body_len; i++) {
		strbuf_addch(&sb, st->text[i]);
		if (st->text[i] == '\'' && i + 1 < t->body_start + t->body_len && st->text[i + 1] == '\'')
			i++;
	}
	return strbuf_detach(&sb, NULL);
}

/*
 * From a part's definition "SELECT ... FROM dblink('conn'::text, 'query'::text)
 * t(cols)": the connection, the remote query and the column list.
 */
static int parse_part(struct arena *a, const char *def, const char **conn, const char **query,
		      const char **cols)
{
	struct sqltok_state st;
	struct sqltok t;
	int stage = 0;
	sqltok_init(&st, def, strlen(def), 1, 1);
	while (sqltok_next(&st, &t) != SQLTOK_EOF && t.type != SQLTOK_ERROR) {
		if (stage == 0 && sqltok_is_word(&st, &t, "dblink")) {
			stage = 1;
			continue;
		}
		if (stage == 1 && t.type == SQLTOK_STRING) {
			char *v = string_body(&st, &t);
			*conn = arena_strdup(a, v);
			free(v);
			stage = 2;
			continue;
		}
		if (stage == 2 && t.type == SQLTOK_STRING) {
			char *v = string_body(&st, &t);
			*query = arena_strdup(a, v);
			free(v);
			stage = 3;
			continue;
		}
		if (stage == 3 && t.type == SQLTOK_PUNCT && def[t.start] == ')') {
			stage = 4;
			continue;
		}
		if (stage == 4 && t.type == SQLTOK_PUNCT && def[t.start] == '(') {
			size_t start = t.start + 1;
			int depth = 1;
			while (depth && sqltok_next(&st, &t) != SQLTOK_EOF) {
				if (t.type == SQLTOK_PUNCT && def[t.start] == '(')
					depth++;
				if (t.type == SQLTOK_PUNCT && def[t.start] == ')')
					depth--;
			}
			*cols = arena_strndup(a, def + start, t.start - start);
			return 0;
		}
	}
	return -1;
}

/* QUERY with every DATE (YYYY-MM-DD) written {TARGET_DATE} and braces doubled. */
static char *templatize(const char *query, int day)
{
	char d[11];
	struct strbuf sb = STRBUF_INIT;
	date_format(day, d);
	for (const char *p = query; *p;) {
		if (!strncmp(p, d, 10)) {
			strbuf_addstr(&sb, "{TARGET_DATE}");
			p += 10;
			continue;
		}
		if (*p == '{')
			strbuf_addch(&sb, '{');
		strbuf_addch(&sb, *p++);
	}
	return strbuf_detach(&sb, NULL);
}

/*
 * If A and B differ only in the contents of one string literal, the
 * offset and length of that contents in A and the value in B; else -1.
 */
static int one_literal_differs(const char *a, const char *b, size_t *off, size_t *len, char **bval)
{
	struct sqltok_state sa, sb;
	struct sqltok ta, tb;
	int diffs = 0;
	sqltok_init(&sa, a, strlen(a), 1, 1);
	sqltok_init(&sb, b, strlen(b), 1, 1);
	for (;;) {
		enum sqltok_type x = sqltok_next(&sa, &ta), y = sqltok_next(&sb, &tb);
		if (x != y)
			return -1;
		if (x == SQLTOK_EOF)
			break;
		if (ta.len == tb.len && !memcmp(a + ta.start, b + tb.start, ta.len))
			continue;
		if (x != SQLTOK_STRING || diffs++)
			return -1;
		*off = ta.body_start;
		*len = ta.body_len;
		*bval = string_body(&sb, &tb);
	}
	return diffs == 1 ? 0 : -1;
}

/* "key=value key='v a l'" into a JSON connection object; the password goes to ENV. */
static json_t *conn_object(const char *conn, const char *env, int *had_password)
{
	json_t *o = json_object();
	const char *p = conn;
	*had_password = 0;
	while (*p) {
		while (*p == ' ')
			p++;
		const char *eq = strchr(p, '=');
		if (!eq)
			break;
		char key[64];
		snprintf(key, sizeof(key), "%.*s", (int)(eq - p), p);
		p = eq + 1;
		struct strbuf v = STRBUF_INIT;
		if (*p == '\'') {
			for (p++; *p && *p != '\''; p++) {
				if (*p == '\\' && p[1])
					p++;
				strbuf_addch(&v, *p);
			}
			if (*p)
				p++;
		} else {
			while (*p && *p != ' ')
				strbuf_addch(&v, *p++);
		}
		if (!strcmp(key, "password"))
			*had_password = 1;
		else if (!strcmp(key, "port"))
			json_object_set_new(o, "port", json_integer(atoi(v.buf)));
		else if (!strcmp(key, "host") || !strcmp(key, "dbname") || !strcmp(key, "user") ||
			 !strcmp(key, "sslmode") || !strcmp(key, "options"))
			json_object_set_new(o, key, json_string(v.buf));
		strbuf_release(&v);
	}
	json_object_set_new(o, "password_env", json_string(env));
	return o;
}

static char *env_name(const char *key)
{
	struct strbuf sb = STRBUF_INIT;
	for (const char *p = key; *p; p++)
		strbuf_addch(&sb, (*p >= 'a' && *p <= 'z') ? *p - 32 :
			     ((*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9')) ? *p : '_');
	strbuf_addstr(&sb, "_PASSWORD");
	return strbuf_detach(&sb, NULL);
}

/*
 * 1 when the state can name NAME (a role, schema, relation or function):
 * docs/format.md's names are an ASCII letter or _, then letters, digits, _
 * or $ (the loader refuses any other character, and no quoting lets one
 * through).  "" is PUBLIC.
 */
static int name_writable(const char *name)
{
	for (size_t i = 0; name[i]; i++) {
		char ch = name[i];
		int letter = (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || ch == '_';
		if (!letter && !(i && ((ch >= '0' && ch <= '9') || ch == '$')))
			return 0;
	}
	return 1;
}

/*
 * Privileges of ACL A other than the owner's own, as grant items; those of
 * roles the state cannot name are left out (the roles section says so).
 */
static json_t *grant_items(const struct acl *a, const char *owner, enum acl_class c)
{
	json_t *arr = json_array();
	static const char *const words[] = { "SELECT", "INSERT", "UPDATE", "DELETE", "TRUNCATE",
					     "REFERENCES", "TRIGGER", "EXECUTE", "USAGE", "CREATE" };
	for (unsigned i = 0; i < a->n; i++) {
		const struct acl_entry *e = &a->v[i];
		if (!strcmp(e->grantee, owner) || !e->privs || !name_writable(e->grantee))
			continue;
		if (c == ACLC_FUNCTION && !e->grantee[0] && e->privs == ACL_EXECUTE)
			continue;
		json_t *g = json_object(), *p = json_array();
		json_object_set_new(g, "role", json_string(e->grantee[0] ? e->grantee : "PUBLIC"));
		if (e->privs == acl_all(c))
			json_array_append_new(p, json_string("ALL"));
		else
			for (size_t k = 0; k < sizeof(words) / sizeof(words[0]); k++)
				if (e->privs & acl_bit_of(words[k], c))
					json_array_append_new(p, json_string(words[k]));
		json_object_set_new(g, "privileges", p);
		if (e->grant_opts)
			json_object_set_new(g, "with_grant_option", json_true());
		json_array_append_new(arr, g);
	}
	return arr;
}

/* Index definitions of relation OID as pgform writes them: "UNIQUE (id)". */
static json_t *indexes_of(struct imp *im, unsigned oid)
{
	char k[16];
	snprintf(k, sizeof(k), "%u", oid);
	json_t *a = json_array();
	const char *list = hashmap_get(&im->idxdefs, k);
	if (!list)
		return a;
	char *copy = xstrdup(list), *save = NULL;
	for (char *t = strtok_r(copy, "\n", &save); t; t = strtok_r(NULL, "\n", &save))
		json_array_append_new(a, json_string(t));
	free(copy);
	return a;
}

static int load_indexdefs(struct imp *im)
{
	PGresult *r = db_query(im->c, "cannot read index definitions",
		"SELECT i.indrelid, i.indisunique, pg_catalog.pg_get_indexdef(i.indexrelid) "
		"FROM pg_catalog.pg_index i JOIN pg_catalog.pg_class c ON c.oid = i.indrelid "
		"JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
		"WHERE c.relkind IN ('r', 'm') AND n.nspname NOT IN ('pg_catalog', 'information_schema', 'pgform') "
		"AND n.nspname NOT LIKE 'pg\\_toast%' ORDER BY 1, 3", 0, NULL);
	if (!r)
		return -1;
	for (int i = 0; i < PQntuples(r); i++) {
		const char *def = PQgetvalue(r, i, 2), *u = strstr(def, " USING ");
		if (!u)
			continue;
		struct strbuf sb = STRBUF_INIT;
		const char *prev = hashmap_get(&im->idxdefs, PQgetvalue(r, i, 0));
		if (prev)
			strbuf_addf(&sb, "%s\n", prev);
		if (PQgetvalue(r, i, 1)[0] == 't')
			strbuf_addstr(&sb, "UNIQUE ");
		if (!strncmp(u, " USING btree ", 13))
			strbuf_addstr(&sb, u + 13);
		else
			strbuf_addstr(&sb, u + 1);
		hashmap_put(&im->idxdefs, arena_strdup(&im->cat.m.arena, PQgetvalue(r, i, 0)),
			    arena_strdup(&im->cat.m.arena, sb.buf));
		strbuf_release(&sb);
	}
	PQclear(r);
	return 0;
}

/*
 * Relations and functions whose schema or name the state cannot name are
 * left out (marked used), with a warning; those of a schema left out are
 * left out with it, named once.
 */
static void leave_out_unnamable(struct imp *im)
{
	struct model *lm = &im->cat.m;
	for (unsigned i = 0; i < lm->nobjs; i++) {
		struct object *o = lm->objs[i];
		if (o->kind == OBJ_SCHEMA && !name_writable(o->name))
			warning("schema '%s' left out, with everything in it: a name in the state is a letter "
				"(A-Z, a-z) or _, then letters, digits, _ or $", o->name);
	}
	for (unsigned i = 0; i < lm->nobjs; i++) {
		struct object *o = lm->objs[i];
		if (o->kind != OBJ_TABLE && o->kind != OBJ_VIEW && o->kind != OBJ_MATVIEW && o->kind != OBJ_FUNCTION)
			continue;
		if (!o->schema || !strcmp(o->schema, "pgform"))
			continue;
		if (!name_writable(o->schema)) {
			im->used[o->id] = 1;
		} else if (!name_writable(o->name)) {
			struct strbuf q = STRBUF_INIT;
			quote_qualified(&q, o->schema, o->name);
			im->used[o->id] = 1;
			warning("%s %s left out: a name in the state is a letter (A-Z, a-z) or _, then "
				"letters, digits, _ or $", obj_kind_words(o->kind), q.buf);
			strbuf_release(&q);
		}
	}
}

/*
 * 1 when import writes every view, materialized view, table and function
 * of schema NAME into the state (none left out, no plain table, which
 * import does not write): the state may then own it (exclusive).
 */
static int captured_whole(struct imp *im, const char *name)
{
	struct model *lm = &im->cat.m;
	for (unsigned i = 0; i < lm->nobjs; i++) {
		struct object *o = lm->objs[i];
		if (!o->schema || strcmp(o->schema, name))
			continue;
		if (o->kind == OBJ_TABLE)
			return 0;
		if ((o->kind == OBJ_VIEW || o->kind == OBJ_MATVIEW) &&
		    (!name_writable(o->name) || !((struct live_rel *)o)->viewdef || strstr(o->name, "__pgform_")))
			return 0;
		if (o->kind == OBJ_FUNCTION && (!name_writable(o->name) || !((struct live_function *)o)->def))
			return 0;
	}
	return 1;
}

/* Series of daily parts (and yearly tables) over dblink, per schema and base name. */
static void find_series(struct imp *im)
{
	struct model *lm = &im->cat.m;
	for (unsigned i = 0; i < lm->nobjs; i++) {
		struct live_rel *r = (struct live_rel *)lm->objs[i];
		int day, year;
		if (r->h.kind != OBJ_MATVIEW || !r->viewdef || im->used[r->h.id])
			continue;
		const char *base = split_part_name(&lm->arena, r->h.name, &day, &year);
		if (!base || day < 0)
			continue;
		const char *conn = NULL, *query = NULL, *cols = NULL;
		if (parse_part(&lm->arena, r->viewdef, &conn, &query, &cols) < 0)
			continue;
		struct series *s = series_of(im, r->h.schema, base);
		push(&s->parts, &s->nparts, &s->aparts, r);
		if (day < s->first)
			s->first = day;
		if (day > s->last)
			s->last = day;
		char *t = templatize(query, day);
		if (!s->remote) {
			s->remote = arena_strdup(&lm->arena, t);
			s->conn = conn;
			s->cols = cols;
		} else if (strcmp(s->remote, t) || strcmp(s->conn, conn)) {
			warning("%s.%s differs from the other parts of %s.%s; plan will rebuild it",
				r->h.schema, r->h.name, r->h.schema, base);
		}
		free(t);
		im->used[r->h.id] = 1;
	}
	/* yearly tables of the same base */
	for (unsigned i = 0; i < lm->nobjs; i++) {
		struct live_rel *r = (struct live_rel *)lm->objs[i];
		int day, year;
		if (r->h.kind != OBJ_TABLE || im->used[r->h.id])
			continue;
		const char *base = split_part_name(&lm->arena, r->h.name, &day, &year);
		if (!base || year < 0)
			continue;
		for (unsigned k = 0; k < im->ns; k++) {
			struct series *s = &im->s[k];
			if (strcmp(s->schema, r->h.schema) || strcmp(s->base, base))
				continue;
			push(&s->years, &s->nyears, &s->ayears, r);
			int jan1 = days_from_civil(year, 1, 1);
			if (jan1 < s->first)
				s->first = jan1;
			im->used[r->h.id] = 1;
		}
	}
	/*
	 * partition: none: a materialized view over dblink with no date in its
	 * name, in a schema holding daily parts (a tenant's), is the tenant's
	 * view of such a template, named as the template.
	 */
	unsigned ndaily = im->ns;
	for (unsigned i = 0; i < lm->nobjs; i++) {
		struct live_rel *r = (struct live_rel *)lm->objs[i];
		int day, year, tenant = 0;
		if (r->h.kind != OBJ_MATVIEW || !r->viewdef || im->used[r->h.id] ||
		    split_part_name(&lm->arena, r->h.name, &day, &year))
			continue;
		for (unsigned k = 0; k < ndaily; k++)
			tenant |= !strcmp(im->s[k].schema, r->h.schema);
		const char *conn = NULL, *query = NULL, *cols = NULL;
		if (!tenant || parse_part(&lm->arena, r->viewdef, &conn, &query, &cols) < 0)
			continue;
		struct series *s = series_of(im, r->h.schema, r->h.name);
		s->none = 1;
		push(&s->parts, &s->nparts, &s->aparts, r);
		s->remote = arena_strdup(&lm->arena, query);
		s->conn = conn;
		s->cols = cols;
		s->union_view = r;
		im->used[r->h.id] = 1;
	}
	/* the union view of each series: the view in its schema that reads its parts */
	for (unsigned k = 0; k < im->ns; k++) {
		struct series *s = &im->s[k];
		for (unsigned i = 0; i < lm->nobjs && !s->union_view; i++) {
			struct live_rel *v = (struct live_rel *)lm->objs[i];
			if (v->h.kind != OBJ_VIEW || im->used[v->h.id] || strcmp(v->h.schema, s->schema))
				continue;
			for (unsigned r = 0; r < v->nrefs; r++)
				if (v->refs[r] == s->parts[0]->oid) {
					s->union_view = v;
					im->used[v->h.id] = 1;
					break;
				}
		}
	}
}

/* Tenant key of a series: from a pgform_KEY server name, else its schema. */
static const char *tenant_key(struct imp *im, struct series *s)
{
	if (!strchr(s->conn, '=') && !strncmp(s->conn, "pgform_", 7))
		return arena_strdup(&im->cat.m.arena, s->conn + 7);
	return s->schema;
}

/* The connection of a tenant whose parts name a foreign server. */
static json_t *server_conn(struct imp *im, const char *server, const char *env, int *had_password)
{
	struct live_server *srv = (struct live_server *)model_find(&im->cat.m, OBJ_SERVER, server);
	struct strbuf sb = STRBUF_INIT;
	*had_password = 0;
	if (srv)
		for (unsigned i = 0; i < srv->noptions; i++)
			strbuf_addf(&sb, "%s ", srv->options[i]);
	for (unsigned i = 0; i < im->cat.m.nobjs; i++) {
		struct live_mapping *u = (struct live_mapping *)im->cat.m.objs[i];
		if (u->h.kind != OBJ_USER_MAPPING || strcmp(u->server, server))
			continue;
		for (unsigned k = 0; k < u->noptions; k++)
			strbuf_addf(&sb, "%s ", u->options[k]);
		if (u->has_password)
			*had_password = 1;
		if (u->has_password)
			break;
	}
	int dummy;
	json_t *o = conn_object(sb.buf, env, &dummy);
	strbuf_release(&sb);
	return o;
}

static int write_doc(const char *path, json_t *doc, const char *header)
{
	struct strbuf sb = STRBUF_INIT;
	FILE *f = fopen(path, "w");
	if (!f)
		return error("cannot write '%s': %s", path, strerror(errno));
	emit_yaml_value(&sb, doc, 0, 0);
	fputs(header, f);
	fputs(sb.buf[0] == '\n' ? sb.buf + 1 : sb.buf, f);
	fputc('\n', f);
	strbuf_release(&sb);
	return fclose(f) ? error("cannot write '%s': %s", path, strerror(errno)) : 0;
}

static const char *const system_roles[] = { NULL };

int import_run(PGconn *c, const char *conninfo, const char *dir, int today)
{
	struct imp im;
	struct model *lm;
	int ret = -1;
	char path[4096];
	json_t *doc = json_object(), *ext = json_object(), *roles = json_object(),
	       *schemas = json_object(), *grants = json_array(), *views = json_object(),
	       *mviews = json_object(), *templates = json_object(), *cron = json_object();
	struct strbuf fns = STRBUF_INIT;
	(void)system_roles;
	memset(&im, 0, sizeof(im));
	im.c = c;
	im.today = today;
	im.cat.conninfo = conninfo ? conninfo : "";
	if (catalog_read(&im.cat, c, NULL) < 0)
		goto done;
	lm = &im.cat.m;
	im.used = xcalloc(lm->nobjs + 1, 1);
	{
		struct live_rel **rels = xcalloc(lm->nobjs + 1, sizeof(*rels));
		struct live_function **fs = xcalloc(lm->nobjs + 1, sizeof(*fs));
		unsigned nr = 0, nf = 0;
		for (unsigned i = 0; i < lm->nobjs; i++) {
			struct object *o = lm->objs[i];
			if (o->schema && !strcmp(o->schema, "pgform"))
				continue;
			if (o->kind == OBJ_VIEW || o->kind == OBJ_MATVIEW)
				rels[nr++] = (struct live_rel *)o;
			if (o->kind == OBJ_FUNCTION)
				fs[nf++] = (struct live_function *)o;
		}
		int rc = catalog_load_viewdefs(&im.cat, c, rels, nr);
		if (!rc)
			rc = catalog_load_functiondefs(&im.cat, c, fs, nf);
		free(rels);
		free(fs);
		if (rc < 0 || load_indexdefs(&im) < 0)
			goto done;
	}
	leave_out_unnamable(&im);
	find_series(&im);
	if (mkdir(dir, 0755) && errno != EEXIST) {
		error("cannot create '%s': %s", dir, strerror(errno));
		goto done;
	}
	snprintf(path, sizeof(path), "%s/tenants", dir);
	mkdir(path, 0755);
	snprintf(path, sizeof(path), "%s/sql", dir);
	mkdir(path, 0755);

	/* extensions */
	for (unsigned i = 0; i < lm->nobjs; i++) {
		struct live_extension *e = (struct live_extension *)lm->objs[i];
		if (e->h.kind != OBJ_EXTENSION || !strcmp(e->h.name, "plpgsql"))
			continue;
		json_t *o = json_object();
		json_object_set_new(o, "version", json_string(e->a.version));
		if (strcmp(e->a.schema, "public") && strcmp(e->a.schema, "pg_catalog"))
			json_object_set_new(o, "schema", json_string(e->a.schema));
		json_object_set_new(ext, e->h.name, o);
	}
	/* roles: superusers and the importing role exist outside pgform's care */
	for (unsigned i = 0; i < lm->nobjs; i++) {
		struct live_role *r = (struct live_role *)lm->objs[i];
		if (r->h.kind != OBJ_ROLE)
			continue;
		if (!name_writable(r->h.name)) {
			warning("role '%s' left out, and its grants and memberships with it: a role name in "
				"the state is a letter (A-Z, a-z) or _, then letters, digits, _ or $; a plan of "
				"this state revokes them", r->h.name);
			continue;
		}
		json_t *o = json_object();
		if (r->a.superuser || !strcmp(r->h.name, im.cat.current_user)) {
			json_object_set_new(o, "managed", json_false());
		} else {
			json_object_set_new(o, "login", json_boolean(r->a.login));
			if (r->a.createdb)
				json_object_set_new(o, "createdb", json_true());
			if (r->a.createrole)
				json_object_set_new(o, "createrole", json_true());
			if (r->a.connection_limit != -1)
				json_object_set_new(o, "connection_limit", json_integer(r->a.connection_limit));
			if (r->a.nmember_of) {
				json_t *m = json_array();
				for (unsigned k = 0; k < r->a.nmember_of; k++)
					if (name_writable(r->a.member_of[k]))
						json_array_append_new(m, json_string(r->a.member_of[k]));
				if (json_array_size(m))
					json_object_set_new(o, "member_of", m);
				else
					json_decref(m);
			}
			if (r->comment)
				json_object_set_new(o, "comment", json_string(r->comment));
		}
		json_object_set_new(roles, r->h.name, o);
	}
	/* templates and tenants */
	struct strbuf notes = STRBUF_INIT;
	for (unsigned k = 0; k < im.ns; k++) {
		struct series *s = &im.s[k];
		if (json_object_get(templates, s->base))
			continue;
		/* the template: this series, with the tenants' differing literal as {CLIENT} */
		char *tq = xstrdup(s->remote);
		for (unsigned j = k + 1; j < im.ns; j++) {
			struct series *o = &im.s[j];
			size_t off, len;
			char *bval = NULL;
			if (strcmp(o->base, s->base))
				continue;
			if (!strcmp(o->remote, s->remote)) {
				o->client = s->client;
				continue;
			}
			if (one_literal_differs(s->remote, o->remote, &off, &len, &bval) == 0 && !s->client) {
				s->client = arena_strndup(&lm->arena, s->remote + off, len);
				o->client = arena_strdup(&lm->arena, bval);
				struct strbuf t = STRBUF_INIT;
				strbuf_add(&t, s->remote, off);
				strbuf_addstr(&t, "{CLIENT}");
				strbuf_addstr(&t, s->remote + off + len);
				free(tq);
				tq = strbuf_detach(&t, NULL);
			} else if (bval && s->client) {
				o->client = arena_strdup(&lm->arena, bval);
			} else {
				warning("the parts of %s.%s are not those of template '%s' with another client; "
					"plan will rebuild them", o->schema, o->base, s->base);
			}
			free(bval);
		}
		json_t *t = json_object(), *cols = json_object();
		json_object_set_new(t, "partition", json_string(s->none ? "none" : "daily"));
		if (s->nyears)
			json_object_set_new(t, "consolidate", json_string("yearly"));
		json_object_set_new(t, "remote_query", json_string(tq));
		free(tq);
		/* "id integer, logged_time timestamp with time zone" */
		char *cl = xstrdup(s->cols), *save = NULL;
		for (char *c1 = strtok_r(cl, ",", &save); c1; c1 = strtok_r(NULL, ",", &save)) {
			while (*c1 == ' ')
				c1++;
			char *sp = strchr(c1, ' ');
			if (!sp)
				continue;
			*sp = '\0';
			json_object_set_new(cols, c1, json_string(sp + 1));
		}
		free(cl);
		json_object_set_new(t, "columns", cols);
		json_t *ix = indexes_of(&im, s->parts[0]->oid);
		if (json_array_size(ix))
			json_object_set_new(t, "indexes", ix);
		else
			json_decref(ix);
		if (s->union_view && strcmp(s->union_view->h.name, s->base) && !s->none)
			json_object_set_new(t, "union_view", json_string(s->union_view->h.name));
		/* the public view: one outside the tenants reading their union views */
		for (unsigned i = 0; s->union_view && i < lm->nobjs; i++) {
			struct live_rel *v = (struct live_rel *)lm->objs[i];
			if (v->h.kind != OBJ_VIEW || im.used[v->h.id])
				continue;
			int reads = 0;
			for (unsigned r = 0; r < v->nrefs; r++)
				if (v->refs[r] == s->union_view->oid)
					reads = 1;
			if (reads && v->viewdef && strstr(v->viewdef, "schema_name")) {
				json_object_set_new(t, "public_view", json_string(v->h.ident));
				im.used[v->h.id] = 1;
				break;
			}
		}
		json_t *g = grant_items(&s->parts[0]->acl, s->parts[0]->owner, ACLC_TABLE);
		if (json_array_size(g))
			json_object_set_new(t, "grants", g);
		else
			json_decref(g);
		if (strcmp(s->parts[0]->owner, im.cat.current_user) && name_writable(s->parts[0]->owner))
			json_object_set_new(t, "owner", json_string(s->parts[0]->owner));
		json_object_set_new(templates, s->base, t);
	}
	for (unsigned k = 0; k < im.ns; k++) {
		struct series *s = &im.s[k];
		int seen = 0;
		for (unsigned j = 0; j < k; j++)
			seen |= !strcmp(im.s[j].schema, s->schema);
		if (seen)
			continue;       /* written with the first series of its schema */
		const char *key = tenant_key(&im, s);
		char *env = env_name(key);
		int had_password = 0;
		json_t *tdoc = json_object(), *tenants = json_object(), *t = json_object();
		if (strcmp(key, s->schema))
			json_object_set_new(t, "schema", json_string(s->schema));
		if (s->client && strcmp(s->client, s->schema))
			json_object_set_new(t, "client", json_string(s->client));
		/* a server pgform made is made again from its options; any other is used as it is */
		int adopted = !strchr(s->conn, '=') && strncmp(s->conn, "pgform_", 7);
		json_t *conn = strchr(s->conn, '=') ? conn_object(s->conn, env, &had_password) :
			       adopted ? json_pack("{s:s}", "server", s->conn) :
					 server_conn(&im, s->conn, env, &had_password);
		json_object_set_new(t, "connection", conn);
		json_t *tt = json_object();
		/* every template of the tenant (every series of its schema) */
		for (unsigned j = k; j < im.ns; j++) {
			struct series *o = &im.s[j];
			char d[11];
			if (strcmp(o->schema, s->schema))
				continue;
			json_t *range = json_object();
			if (!o->none) {
				date_format(o->first, d);
				json_object_set_new(range, "from", json_string(d));
				if (o->last < today) {
					date_format(o->last, d);
					json_object_set_new(range, "until", json_string(d));
					strbuf_addf(&notes, "tenant '%s': its parts of %s end on %s, kept with 'until'; "
						    "remove it to follow today\n", key, o->base, d);
				}
			}
			json_object_set_new(tt, o->base, range);
		}
		json_object_set_new(t, "templates", tt);
		json_object_set_new(tenants, key, t);
		json_object_set_new(tdoc, "tenants", tenants);
		snprintf(path, sizeof(path), "%s/tenants/%s.yaml", dir, key);
		if (write_doc(path, tdoc, "# written by pgform import\n") < 0) {
			json_decref(tdoc);
			free(env);
			goto done;
		}
		json_decref(tdoc);
		if (!adopted)
			strbuf_addf(&notes, "tenant '%s': set %s to its source password%s\n", key, env,
				    had_password ? " (the one found in its connection string or user mapping)" : "");
		free(env);
	}
	/* schemas (tenant schemas are made by their tenants) */
	for (unsigned i = 0; i < lm->nobjs; i++) {
		struct live_schema *sc = (struct live_schema *)lm->objs[i];
		int tenant = 0;
		if (sc->h.kind != OBJ_SCHEMA || !strcmp(sc->h.name, "pgform") || !name_writable(sc->h.name))
			continue;
		for (unsigned k = 0; k < im.ns; k++)
			if (!strcmp(im.s[k].schema, sc->h.name))
				tenant = 1;
		if (!strcmp(sc->h.name, "public"))
			continue;
		if (!tenant) {
			json_t *o = json_object();
			if (strcmp(sc->owner, im.cat.current_user) && name_writable(sc->owner))
				json_object_set_new(o, "owner", json_string(sc->owner));
			if (sc->comment)
				json_object_set_new(o, "comment", json_string(sc->comment));
			if (captured_whole(&im, sc->h.name))
				json_object_set_new(o, "exclusive", json_true());
			json_object_set_new(schemas, sc->h.name, o);
		}
		json_t *items = grant_items(&sc->acl, sc->owner, ACLC_SCHEMA);
		size_t gi;
		json_t *it;
		json_array_foreach(items, gi, it) {
			json_object_set_new(it, "on", json_sprintf("schema %s", sc->h.name));
			json_array_append(grants, it);
		}
		json_decref(items);
	}
	/* default privileges for tables and functions, per schema (what the format can say; live ones are grants) */
	for (unsigned i = 0; i < lm->nobjs; i++) {
		struct live_defacl *d = (struct live_defacl *)lm->objs[i];
		if (d->h.kind != OBJ_GRANT || !d->nsp || (d->objtype != 'r' && d->objtype != 'f') ||
		    !strcmp(d->nsp, "pgform"))
			continue;
		if (!name_writable(d->role) || !name_writable(d->nsp)) {
			warning("default privileges of role '%s' in schema '%s' left out: the state cannot name them",
				d->role, d->nsp);
			continue;
		}
		json_t *items = grant_items(&d->acl, d->role, d->objtype == 'r' ? ACLC_TABLE : ACLC_FUNCTION);
		size_t gi;
		json_t *it;
		json_array_foreach(items, gi, it) {
			json_object_set_new(it, "on", json_sprintf("default %s in schema %s",
								   d->objtype == 'r' ? "tables" : "functions", d->nsp));
			json_object_set_new(it, "for_role", json_string(d->role));
			json_array_append(grants, it);
		}
		json_decref(items);
	}
	/* views and materialized views that are not parts of a template */
	for (unsigned i = 0; i < lm->nobjs; i++) {
		struct live_rel *v = (struct live_rel *)lm->objs[i];
		if ((v->h.kind != OBJ_VIEW && v->h.kind != OBJ_MATVIEW) || im.used[v->h.id] || !v->viewdef ||
		    !strcmp(v->h.schema, "pgform") || strstr(v->h.name, "__pgform_"))
			continue;
		json_t *o = json_object();
		struct strbuf q = STRBUF_INIT;
		strbuf_addstr(&q, v->viewdef);
		strbuf_rtrim(&q);
		if (q.len && q.buf[q.len - 1] == ';')
			strbuf_setlen(&q, q.len - 1);
		json_object_set_new(o, "query", json_string(q.buf[0] == ' ' ? q.buf + 1 : q.buf));
		strbuf_release(&q);
		if (strcmp(v->owner, im.cat.current_user) && name_writable(v->owner))
			json_object_set_new(o, "owner", json_string(v->owner));
		if (v->comment)
			json_object_set_new(o, "comment", json_string(v->comment));
		json_t *g = grant_items(&v->acl, v->owner, ACLC_TABLE);
		if (json_array_size(g))
			json_object_set_new(o, "grants", g);
		else
			json_decref(g);
		if (v->h.kind == OBJ_MATVIEW) {
			json_t *ix = indexes_of(&im, v->oid);
			if (json_array_size(ix))
				json_object_set_new(o, "indexes", ix);
			else
				json_decref(ix);
		}
		json_object_set_new(v->h.kind == OBJ_VIEW ? views : mviews, v->h.ident, o);
	}
	/* functions into sql/functions.sql, their privileges as grants */
	for (unsigned i = 0; i < lm->nobjs; i++) {
		struct live_function *f = (struct live_function *)lm->objs[i];
		if (f->h.kind != OBJ_FUNCTION || !f->def || !strcmp(f->h.schema, "pgform") || im.used[f->h.id])
			continue;
		json_t *items = grant_items(&f->acl, f->owner, ACLC_FUNCTION);
		size_t gi;
		json_t *it;
		json_array_foreach(items, gi, it) {
			json_object_set_new(it, "on", json_sprintf("function %s.%s(%s)", f->h.schema, f->h.name, f->args));
			json_array_append(grants, it);
		}
		json_decref(items);
		strbuf_addstr(&fns, f->def);
		strbuf_rtrim(&fns);
		strbuf_addstr(&fns, ";\n\n");
	}
	/* cron jobs as they are */
	for (unsigned i = 0; i < lm->nobjs; i++) {
		struct live_cron *j = (struct live_cron *)lm->objs[i];
		if (j->h.kind != OBJ_CRON)
			continue;
		if (!name_writable(j->username)) {
			warning("cron job '%s' left out: its username '%s' cannot be named in the state",
				j->h.name, j->username);
			continue;
		}
		json_t *o = json_object();
		json_object_set_new(o, "schedule", json_string(j->schedule));
		json_object_set_new(o, "command", json_string(j->command));
		if (strcmp(j->database, im.cat.database))
			json_object_set_new(o, "database", json_string(j->database));
		json_object_set_new(o, "username", json_string(j->username));
		if (!j->active)
			json_object_set_new(o, "active", json_false());
		json_object_set_new(cron, j->h.name, o);
	}
	json_object_set_new(doc, "pgform", json_integer(1));
	if (im.ns)
		json_object_set_new(doc, "include", json_pack("[s]", "tenants/*.yaml"));
	struct { const char *key; json_t *v; } parts[] = {
		{ "extensions", ext }, { "roles", roles }, { "schemas", schemas }, { "grants", grants },
		{ "views", views }, { "materialized_views", mviews }, { "templates", templates },
		{ "cron", cron },
	};
	for (size_t i = 0; i < sizeof(parts) / sizeof(parts[0]); i++) {
		if (json_is_object(parts[i].v) ? json_object_size(parts[i].v) : json_array_size(parts[i].v))
			json_object_set(doc, parts[i].key, parts[i].v);
	}
	if (fns.len) {
		snprintf(path, sizeof(path), "%s/sql/functions.sql", dir);
		FILE *f = fopen(path, "w");
		if (!f || fputs(fns.buf, f) < 0 || fclose(f)) {
			error("cannot write '%s'", path);
			goto done;
		}
		json_object_set_new(doc, "functions", json_pack("[{s:s}]", "sql_file", "sql/functions.sql"));
	}
	snprintf(path, sizeof(path), "%s/pgform.yaml", dir);
	if (write_doc(path, doc, "# written by pgform import: review it, then `pgform plan`\n") < 0)
		goto done;
	fputs(notes.buf, stderr);
	info("wrote %s: %u tenants, %zu templates", path, im.ns, json_object_size(templates));
	ret = 0;
	strbuf_release(&notes);
done:
	json_decref(doc);
	json_decref(ext);
	json_decref(roles);
	json_decref(schemas);
	json_decref(grants);
	json_decref(views);
	json_decref(mviews);
	json_decref(templates);
	json_decref(cron);
	strbuf_release(&fns);
	for (unsigned k = 0; k < im.ns; k++) {
		free(im.s[k].parts);
		free(im.s[k].years);
	}
	free(im.s);
	free(im.used);
	hashmap_free(&im.idxdefs);
	catalog_free(&im.cat);
	return ret;
}
