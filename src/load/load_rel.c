/*
 * load_rel.c: the sections that declare relations and what generates
 * them: views, materialized_views, templates, tenants and cron.
 */
#include <stdlib.h>
#include <string.h>

#include "base/datecalc.h"
#include "expand/expand.h"
#include "expand/render.h"
#include "load/load_int.h"
#include "sql/quote.h"
#include "sql/sqltok.h"
#include "base/usage.h"

static const char *const view_keys[] = {
	"query", "sql_file", "owner", "comment", "grants", "depends_on", NULL,
};
static const char *const matview_keys[] = {
	"query", "sql_file", "owner", "comment", "grants", "depends_on",
	"indexes", "refresh", NULL,
};

static const char *const refresh_names[] = { "name", NULL };
static const struct placeholders refresh_placeholders = { refresh_names, NULL, NULL };

/* A relation already declared under IDENT: report and return 1. */
static int relation_taken(struct loader *ld, struct srcpos pos, const char *ident)
{
	struct object *prev = model_find_relation(ld->m, ident);
	if (!prev)
		return 0;
	diag_error(ld->d, pos, "duplicate relation '%s' (first at %s:%u:%u)", ident,
		   prev->pos.file, prev->pos.line, prev->pos.col);
	return 1;
}

static int has_unique_index(const char **idx, unsigned n)
{
	for (unsigned i = 0; i < n; i++)
		if (!strncasecmp(idx[i], "unique", 6))
			return 1;
	return 0;
}

/* The refresh: of materialized view R (its key's value RV, text REFRESH). */
static void view_refresh(struct loader *ld, struct yfile *f, struct relation *r,
			 yaml_node_t *rv, const char *refresh, const char *what)
{
	if (!strcmp(refresh, "plain")) {
		r->refresh = REFRESH_PLAIN;
	} else if (!strcmp(refresh, "concurrently")) {
		r->refresh = REFRESH_CONCURRENTLY;
		if (!has_unique_index(r->indexes, r->nindexes))
			diag_error(ld->d, ypos(f, rv),
				   "refresh: concurrently needs a UNIQUE index on '%s'", r->h.ident);
	} else if (strchr(refresh, ' ')) {
		struct sqltext st;
		ld_sqltext(ld, f, rv, &st);
		r->refresh = REFRESH_STATEMENT;
		r->refresh_stmt = st.sql;
		refs_no_marker(ld, &st, "refresh statement", what);
		if (!placeholders_check(ld->m, &st, &refresh_placeholders, "a refresh statement"))
			refs_parse_refresh(ld, &st, what);
	} else {
		diag_error(ld->d, ypos(f, rv),
			   "'refresh' of %s must be concurrently, plain or a statement, found '%s'",
			   what, refresh);
	}
}

/* The indexes: of materialized view R (mapping V), each read as the CREATE INDEX it becomes. */
static void view_indexes(struct loader *ld, struct yfile *f, yaml_node_t *v, struct relation *r,
			 const char *what)
{
	struct sqltext *idx;
	unsigned n;
	if (ld_sqllist(ld, f, v, "indexes", what, &idx, &n) <= 0 && !n)
		return;
	r->indexes = arena_alloc(&ld->m->arena, (n + 1) * sizeof(*r->indexes));
	for (unsigned i = 0; i < n; i++) {
		r->indexes[i] = idx[i].sql;
		refs_no_marker(ld, &idx[i], "index", what);
		refs_parse_index(ld, &idx[i], 0, r->h.schema, r->h.name, what);
	}
	r->nindexes = n;
}

void ld_views(struct loader *ld, struct yfile *f, yaml_node_t *n, int materialized)
{
	const char *section = materialized ? "'materialized_views'" : "'views'";
	const char *kindw = materialized ? "materialized view" : "view";
	yaml_node_t *k, *v;
	if (yexpect_map(f, n, section, ld->d) < 0)
		return;
	YMAP_FOREACH(f, n, k, v) {
		const char *qname = ykey_name(f, k, section, ld->d), *schema, *name, *what, *ident;
		struct relation *r;
		struct sqltext q;
		yaml_node_t *ov = NULL, *rv = NULL, *cv = NULL;
		const char *refresh;
		if (!qname)
			continue;
		what = arena_printf(&ld->m->arena, "%s '%s'", kindw, qname);
		if (ld_qualified(ld, ypos(f, k), qname, kindw, &schema, &name) < 0)
			continue;
		ident = arena_printf(&ld->m->arena, "%s.%s", schema, name);
		if (yexpect_map(f, v, what, ld->d) < 0)
			continue;
		ld_check_keys(ld, f, v, materialized ? matview_keys : view_keys, what);
		ld_sql(ld, f, v, "query", what, 1, &q);
		if (relation_taken(ld, ypos(f, k), ident))
			continue;
		r = (struct relation *)model_add(ld->m, sizeof(*r),
						 materialized ? OBJ_MATVIEW : OBJ_VIEW,
						 schema, name, ident, ypos(f, k));
		r->origin = REL_USER;
		r->query = q;
		refs_parse_query(ld, r);
		if (yget_str(f, v, "owner", what, &r->owner, &ov, ld->d) > 0) {
			r->owner = ld_str(ld, r->owner);
			ld_role_ref(ld, &r->h, r->owner, ypos(f, ov));
		}
		if (yget_str(f, v, "comment", what, &r->comment, &cv, ld->d) > 0) {
			r->comment = ld_str(ld, r->comment);
			ld_no_marker(ld, f, cv, "comment", what);
		}
		ld_grant_items(ld, f, v, what, &r->h, &r->grants);
		ld_strlist(ld, f, v, "depends_on", what, &r->depends_on, &r->ndepends_on,
			   &r->depends_pos);
		if (!materialized)
			continue;
		view_indexes(ld, f, v, r, what);
		if (yget_str(f, v, "refresh", what, &refresh, &rv, ld->d) > 0)
			view_refresh(ld, f, r, rv, refresh, what);
	}
}

/* ---- templates ---- */

static const char *const template_keys[] = {
	"description", "partition", "consolidate", "remote_query", "sql_file",
	"columns", "indexes", "union_view", "public_view", "grants", "owner", NULL,
};
static const char *const daily_names[] = {
	"TARGET_DATE", "CLIENT", "SCHEMA", "TENANT", "VIEW_NAME", NULL,
};
static const char *const whole_names[] = {
	"CLIENT", "SCHEMA", "TENANT", "VIEW_NAME", NULL,
};
static const char *const day_names[] = { "TARGET_DATE", NULL };
static const struct placeholders daily_placeholders = { daily_names, NULL, NULL };
static const struct placeholders whole_placeholders = {
	whole_names, day_names, "a daily template (partition: daily)",
};
/* The suffix of daily part names, "_YYYY_MM_DD". */
#define DAILY_SUFFIX_LEN 11

static void template_columns(struct loader *ld, struct yfile *f, yaml_node_t *map,
			     const char *what, struct template *t)
{
	yaml_node_t *kn = NULL, *v = yget(f, map, "columns", &kn), *ck, *cv;
	const char *cwhat = arena_printf(&ld->m->arena, "'columns' of %s", what);
	if (!v) {
		ld_missing(ld, map, ypos(f, map), "%s needs 'columns' (the dblink column list)", what);
		return;
	}
	if (yexpect_map(f, v, cwhat, ld->d) < 0)
		return;
	size_t cnt = (size_t)(v->data.mapping.pairs.top - v->data.mapping.pairs.start);
	if (!cnt) {
		diag_error(ld->d, ypos(f, v), "'columns' of %s is empty", what);
		return;
	}
	t->columns = arena_alloc(&ld->m->arena, cnt * sizeof(*t->columns));
	YMAP_FOREACH(f, v, ck, cv) {
		const char *cname = ykey_name(f, ck, cwhat, ld->d);
		struct sqltext type;
		if (!cname)
			continue;
		for (unsigned i = 0; i < t->ncolumns; i++)
			if (!strcmp(t->columns[i].name, cname)) {
				diag_error(ld->d, ypos(f, ck), "duplicate column '%s' in %s", cname, what);
				cname = NULL;
				break;
			}
		if (!cname || ld_name_ok(ld, ypos(f, ck), cname, "column") < 0)
			continue;
		if (yexpect_scalar(f, cv, arena_printf(&ld->m->arena, "the type of column '%s' of %s",
							cname, what), ld->d) < 0)
			continue;
		ld_sqltext(ld, f, cv, &type);
		refs_parse_type(ld, &type, arena_printf(&ld->m->arena, "column '%s' of %s", cname, what));
		t->columns[t->ncolumns].name = ld_str(ld, cname);
		t->columns[t->ncolumns].type = type.sql;
		t->ncolumns++;
	}
}

static void template_indexes(struct loader *ld, struct yfile *f, yaml_node_t *map,
			     const char *what, struct template *t, const struct placeholders *allowed)
{
	if (ld_sqllist(ld, f, map, "indexes", what, &t->indexes, &t->nindexes) <= 0)
		return;
	for (unsigned i = 0; i < t->nindexes; i++) {
		refs_no_marker(ld, &t->indexes[i], "index", what);
		if (!placeholders_check(ld->m, &t->indexes[i], allowed, "an index"))
			refs_parse_index(ld, &t->indexes[i], 1, "sample_schema", "sample_view", what);
	}
}

/* A daily template's name must leave room for the parts' "_YYYY_MM_DD". */
static void template_name_fits(struct loader *ld, struct template *t)
{
	size_t len = strlen(t->name) + DAILY_SUFFIX_LEN;
	if (t->partition != PARTITION_DAILY || len <= PG_IDENT_MAX)
		return;
	diag_error(ld->d, t->pos,
		   "template name '%s' is too long: its daily parts '%s_YYYY_MM_DD' would be %zu bytes; "
		   "PostgreSQL names are at most %d", t->name, t->name, len, PG_IDENT_MAX);
}

void ld_templates(struct loader *ld, struct yfile *f, yaml_node_t *n)
{
	yaml_node_t *k, *v;
	if (yexpect_map(f, n, "'templates'", ld->d) < 0)
		return;
	YMAP_FOREACH(f, n, k, v) {
		const char *name = ykey_name(f, k, "'templates'", ld->d), *what, *s;
		struct template *t;
		yaml_node_t *sv, *ov = NULL;
		if (!name)
			continue;
		what = arena_printf(&ld->m->arena, "template '%s'", name);
		if (ld_name_ok(ld, ypos(f, k), name, "template") < 0)
			continue;
		if ((t = hashmap_get(&ld->m->templates_by_name, name))) {
			diag_error(ld->d, ypos(f, k), "duplicate template '%s' (first at %s:%u:%u)",
				   name, t->pos.file, t->pos.line, t->pos.col);
			continue;
		}
		if (yexpect_map(f, v, what, ld->d) < 0)
			continue;
		ld_check_keys(ld, f, v, template_keys, what);
		t = arena_alloc(&ld->m->arena, sizeof(*t));
		t->name = ld_str(ld, name);
		t->pos = ypos(f, k);
		ALLOC_GROW(ld->m->templates, ld->m->ntemplates + 1, ld->m->atemplates);
		ld->m->templates[ld->m->ntemplates++] = t;
		hashmap_put(&ld->m->templates_by_name, t->name, t);

		if (yget_str(f, v, "description", what, &t->description, NULL, ld->d) > 0)
			t->description = ld_str(ld, t->description);
		if (yget_str(f, v, "partition", what, &s, &sv, ld->d) > 0) {
			if (!strcmp(s, "daily"))
				t->partition = PARTITION_DAILY;
			else if (!strcmp(s, "none"))
				t->partition = PARTITION_NONE;
			else
				diag_error(ld->d, ypos(f, sv), "'partition' of %s must be daily or none, found '%s'",
					   what, s);
		}
		if (yget_str(f, v, "consolidate", what, &s, &sv, ld->d) > 0) {
			if (!strcmp(s, "yearly"))
				t->consolidate_yearly = 1;
			else if (strcmp(s, "none"))
				diag_error(ld->d, ypos(f, sv), "'consolidate' of %s must be yearly or none, found '%s'",
					   what, s);
			else if (t->consolidate_yearly && t->partition == PARTITION_NONE)
				t->consolidate_yearly = 0;
			if (t->consolidate_yearly && t->partition == PARTITION_NONE)
				diag_error(ld->d, ypos(f, sv), "%s: consolidate: yearly needs partition: daily", what);
		}
		template_name_fits(ld, t);
		const struct placeholders *allowed = t->partition == PARTITION_DAILY ?
						     &daily_placeholders : &whole_placeholders;
		if (ld_sql(ld, f, v, "remote_query", what, 1, &t->remote_query) > 0) {
			refs_no_marker(ld, &t->remote_query, "remote query", what);
			int bad = placeholders_check(ld->m, &t->remote_query, allowed, "a remote query");
			if (!bad && t->partition == PARTITION_DAILY &&
			    !sqltext_has_placeholder(&t->remote_query, "TARGET_DATE"))
				diag_error(ld->d, t->remote_query.pos,
					   "the remote query of daily %s must use {TARGET_DATE}", what);
			if (!bad)
				refs_parse_template(ld, t);
		}
		template_columns(ld, f, v, what, t);
		template_indexes(ld, f, v, what, t, allowed);
		t->union_view = t->name;
		if (yget_str(f, v, "union_view", what, &s, &sv, ld->d) > 0) {
			if (strchr(s, '.'))
				diag_error(ld->d, ypos(f, sv),
					   "'union_view' of %s is a name inside each tenant schema; drop the schema", what);
			else if (ld_name_ok(ld, ypos(f, sv), s, "union view") == 0)
				t->union_view = ld_str(ld, s);
		}
		if (yget_str(f, v, "public_view", what, &s, &sv, ld->d) > 0) {
			t->public_pos = ypos(f, sv);
			ld_qualified(ld, t->public_pos, s, "public view", &t->public_schema, &t->public_name);
		}
		ld_grant_items(ld, f, v, what, NULL, &t->grants);
		if (yget_str(f, v, "owner", what, &t->owner, &ov, ld->d) > 0) {
			t->owner = ld_str(ld, t->owner);
			ld_role_ref(ld, NULL, t->owner, ypos(f, ov));
		}
	}
}

/* ---- tenants ---- */

static const char *const tenant_keys[] = {
	"schema", "client", "enabled", "connection", "templates", NULL,
};
static const char *const connection_keys[] = {
	"host", "port", "dbname", "user", "password_env", "password_file",
	"sslmode", "options", "server", NULL,
};
static const char *const range_keys[] = { "from", "until", NULL };
static const char *const sslmodes[] = {
	"disable", "allow", "prefer", "require", "verify-ca", "verify-full", NULL,
};

static void tenant_connection(struct loader *ld, struct yfile *f, yaml_node_t *v,
			      struct tenant *t)
{
	const char *what = arena_printf(&ld->m->arena, "the connection of tenant '%s'", t->key);
	yaml_node_t *kn = NULL, *c = yget(f, v, "connection", &kn), *sv;
	long port;
	if (!c) {
		ld_missing(ld, v, t->pos, "tenant '%s' needs a 'connection'", t->key);
		return;
	}
	if (yexpect_map(f, c, what, ld->d) < 0)
		return;
	ld_check_keys(ld, f, c, connection_keys, what);
	t->conn_pos = ypos(f, c);
	t->has_connection = 1;
	yaml_node_t *srv = NULL;
	if (yget_str(f, c, "server", what, &t->server, &srv, ld->d) > 0) {
		/* an existing foreign server and its user mappings, used as they are */
		t->server = ld_str(ld, t->server);
		t->adopted = 1;
		ld_name_ok(ld, ypos(f, srv), t->server, "server");
		size_t n = (size_t)(c->data.mapping.pairs.top - c->data.mapping.pairs.start);
		if (n > 1)
			diag_error(ld->d, t->conn_pos, "%s names a 'server': it takes no other key (the server "
				   "and its user mappings are used as they are)", what);
		return;
	}
	static const char *const req[] = { "host", "dbname", "user" };
	const char **dst[] = { &t->host, &t->dbname, &t->user };
	for (int i = 0; i < 3; i++) {
		int r = yget_str(f, c, req[i], what, dst[i], NULL, ld->d);
		if (r > 0)
			*dst[i] = ld_str(ld, *dst[i]);
		else if (r == 0)
			ld_missing(ld, c, t->conn_pos, "%s needs '%s'", what, req[i]);
	}
	if (yget_int(f, c, "port", what, 1, 65535, &port, ld->d) > 0)
		t->port = (int)port;
	if (yget_str(f, c, "sslmode", what, &t->sslmode, &sv, ld->d) > 0) {
		const char *const *m;
		for (m = sslmodes; *m && strcmp(*m, t->sslmode); m++)
			;
		if (!*m) {
			struct strbuf sb = STRBUF_INIT;
			const char *g = suggest(t->sslmode, sslmodes);
			diag_add_choices(&sb, sslmodes, "%s", NULL);
			diag_error(ld->d, ypos(f, sv), "'sslmode' of %s must be one of %s; found '%s'%s%s%s",
				   what, sb.buf, t->sslmode, g ? "; did you mean '" : "", g ? g : "",
				   g ? "'?" : "");
			strbuf_release(&sb);
		}
		t->sslmode = ld_str(ld, t->sslmode);
	}
	if (yget_str(f, c, "options", what, &t->options, NULL, ld->d) > 0)
		t->options = ld_str(ld, t->options);
	ld_secret(ld, f, c, what, &t->password_env, &t->password_file);
}

static void tenant_templates(struct loader *ld, struct yfile *f, yaml_node_t *v,
			     struct tenant *t)
{
	const char *what = arena_printf(&ld->m->arena, "'templates' of tenant '%s'", t->key);
	yaml_node_t *kn = NULL, *tv = yget(f, v, "templates", &kn), *k, *r;
	if (!tv)
		return;
	if (yexpect_map(f, tv, what, ld->d) < 0)
		return;
	size_t cnt = (size_t)(tv->data.mapping.pairs.top - tv->data.mapping.pairs.start);
	t->templates = arena_alloc(&ld->m->arena, (cnt + 1) * sizeof(*t->templates));
	const char **names = arena_alloc(&ld->m->arena, (ld->m->ntemplates + 1) * sizeof(char *));
	for (unsigned i = 0; i < ld->m->ntemplates; i++)
		names[i] = ld->m->templates[i]->name;
	YMAP_FOREACH(f, tv, k, r) {
		const char *tname = ykey_name(f, k, what, ld->d);
		struct template *tmpl;
		struct tenant_template *tt;
		const char *rwhat;
		char a[11], b[11];
		if (!tname)
			continue;
		if (!(tmpl = hashmap_get(&ld->m->templates_by_name, tname))) {
			const char *g = suggest(tname, (const char *const *)names);
			diag_error(ld->d, ypos(f, k), "unknown template '%s' in tenant '%s'%s%s%s",
				   tname, t->key, g ? "; did you mean '" : "", g ? g : "", g ? "'?" : "");
			continue;
		}
		for (unsigned i = 0; i < t->ntemplates; i++)
			if (t->templates[i].tmpl == tmpl) {
				diag_error(ld->d, ypos(f, k), "template '%s' is listed twice in tenant '%s'",
					   tname, t->key);
				tmpl = NULL;
				break;
			}
		if (!tmpl)
			continue;
		rwhat = arena_printf(&ld->m->arena, "template '%s' of tenant '%s'", tname, t->key);
		tt = &t->templates[t->ntemplates];
		tt->tmpl = tmpl;
		tt->pos = ypos(f, k);
		tt->until = ld->m->today;
		if (yis_null(r)) {
			if (tmpl->partition == PARTITION_DAILY) {
				diag_error(ld->d, ypos(f, k), "%s needs 'from' (a daily template)", rwhat);
				continue;
			}
			t->ntemplates++;
			tmpl->used++;
			continue;
		}
		if (yexpect_map(f, r, rwhat, ld->d) < 0)
			continue;
		ld_check_keys(ld, f, r, range_keys, rwhat);
		int rf = yget_date(f, r, "from", rwhat, &tt->from, ld->d);
		int ru = yget_date(f, r, "until", rwhat, &tt->until, ld->d);
		if (rf < 0 || ru < 0)
			continue;
		if (tmpl->partition == PARTITION_NONE) {
			if (rf > 0 || ru > 0)
				diag_error(ld->d, ypos(f, r), "%s takes no date range (partition: none)", rwhat);
			t->ntemplates++;
			tmpl->used++;
			continue;
		}
		if (!rf) {
			ld_missing(ld, r, ypos(f, r), "%s needs 'from' (a daily template)", rwhat);
			continue;
		}
		tt->has_from = 1;
		date_format(ld->m->today, b);
		if (tt->from > ld->m->today) {
			date_format(tt->from, a);
			diag_error(ld->d, ypos(f, yget(f, r, "from", NULL)),
				   "%s starts in the future: from %s is after today (%s)", rwhat, a, b);
			continue;
		}
		if (ru > 0 && tt->until > ld->m->today) {
			date_format(tt->until, a);
			diag_error(ld->d, ypos(f, yget(f, r, "until", NULL)),
				   "%s: until %s is after today (%s); leave 'until' out to follow today",
				   rwhat, a, b);
			continue;
		}
		if (tt->until < tt->from) {
			date_format(tt->from, a);
			date_format(tt->until, b);
			diag_error(ld->d, ypos(f, r), "bad date range in %s: from %s is after until %s",
				   rwhat, a, b);
			continue;
		}
		t->ntemplates++;
		tmpl->used++;
	}
}

void ld_tenants(struct loader *ld, struct yfile *f, yaml_node_t *n)
{
	yaml_node_t *k, *v;
	if (yexpect_map(f, n, "'tenants'", ld->d) < 0)
		return;
	YMAP_FOREACH(f, n, k, v) {
		const char *key = ykey_name(f, k, "'tenants'", ld->d), *what;
		struct tenant *t;
		if (!key)
			continue;
		what = arena_printf(&ld->m->arena, "tenant '%s'", key);
		if (ld_name_ok(ld, ypos(f, k), key, "tenant") < 0)
			continue;
		if ((t = hashmap_get(&ld->m->tenants_by_key, key))) {
			diag_error(ld->d, ypos(f, k), "duplicate tenant '%s' (first at %s:%u:%u)",
				   key, t->pos.file, t->pos.line, t->pos.col);
			continue;
		}
		if (yexpect_map(f, v, what, ld->d) < 0)
			continue;
		ld_check_keys(ld, f, v, tenant_keys, what);
		t = arena_alloc(&ld->m->arena, sizeof(*t));
		t->key = ld_str(ld, key);
		t->pos = ypos(f, k);
		t->schema = t->key;
		t->enabled = 1;
		yaml_node_t *sv = NULL;
		yaml_node_t *cv = NULL;
		if (yget_str(f, v, "schema", what, &t->schema, &sv, ld->d) > 0) {
			t->schema = ld_str(ld, t->schema);
			t->schema_pos = ypos(f, sv);
			ld_name_ok(ld, ypos(f, sv), t->schema, "tenant schema");
		}
		t->client = t->schema;
		if (yget_str(f, v, "client", what, &t->client, &cv, ld->d) > 0) {
			t->client = ld_str(ld, t->client);
			t->client_pos = ypos(f, cv);
			ld_no_marker(ld, f, cv, "'client'", what);
		}
		yget_bool(f, v, "enabled", what, &t->enabled, ld->d);
		for (unsigned i = 0; i < ld->m->ntenants; i++)
			if (!strcmp(ld->m->tenants[i]->schema, t->schema)) {
				diag_error(ld->d, sv ? ypos(f, sv) : t->pos,
					   "tenants '%s' and '%s' share schema '%s'",
					   ld->m->tenants[i]->key, t->key, t->schema);
				break;
			}
		tenant_connection(ld, f, v, t);
		tenant_templates(ld, f, v, t);
		if (!t->adopted)
			t->server = arena_printf(&ld->m->arena, "pgform_%s", t->key);
		if (!t->adopted && ident_too_long(t->server))
			diag_error(ld->d, t->pos, "generated server name '%s' of tenant '%s' is %zu bytes; "
				   "PostgreSQL names are at most %d", t->server, t->key,
				   strlen(t->server), PG_IDENT_MAX);
		ALLOC_GROW(ld->m->tenants, ld->m->ntenants + 1, ld->m->atenants);
		ld->m->tenants[ld->m->ntenants++] = t;
		hashmap_put(&ld->m->tenants_by_key, t->key, t);
	}
}

/* ---- cron ---- */

static const char *const cron_keys[] = {
	"schedule", "command", "sql_file", "per_tenant", "database", "username",
	"active", NULL,
};
static const char *const tenant_names[] = { "tenant", "schema", NULL };
static const char *const no_names[] = { NULL };
static const char *const minute_names[] = { "minute", NULL };
#define PER_TENANT_JOB "a per-tenant job (per_tenant: true)"
static const struct placeholders tenant_command = { tenant_names, NULL, NULL };
static const struct placeholders plain_command = { no_names, tenant_names, PER_TENANT_JOB };
static const struct placeholders tenant_schedule = { minute_names, NULL, NULL };
static const struct placeholders plain_schedule = { no_names, minute_names, PER_TENANT_JOB };

/* The @words pg_cron takes for a schedule (docs/format.md lists these). */
static const char *const schedule_words[] = {
	"@yearly", "@annually", "@monthly", "@weekly", "@daily", "@hourly", "@reboot", NULL,
};

/* How S is written: 'w' an @word, 's' "N second(s)", '5' five fields, 0 none of these. */
static int schedule_form(const char *s)
{
	int fields = 0, in = 0;
	unsigned secs;
	char rest[16], more;
	for (const char *const *w = schedule_words; *w; w++)
		if (!strcmp(*w, s))
			return 'w';
	if (s[strspn(s, " ")] >= '0' && s[strspn(s, " ")] <= '9' &&
	    sscanf(s, " %u %15s %c", &secs, rest, &more) == 2 &&
	    (!strcmp(rest, "seconds") || !strcmp(rest, "second")))
		return 's';
	for (const char *p = s; *p; p++) {
		if (*p == ' ' || *p == '\t') {
			in = 0;
		} else if (!in) {
			fields++;
			in = 1;
		}
	}
	return fields == 5 ? '5' : 0;
}

/* A field of a 5-field schedule, as pg_cron reads it (vixie cron's entry.c). */
struct cron_field {
	const char *name;
	int low, high;
	const char *const *names;       /* names of its values from LOW on, or NULL */
	int last_day;                   /* '$' alone: the last day of the month */
};

static const char *const month_names[] = {
	"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec", NULL,
};
static const char *const weekday_names[] = { "sun", "mon", "tue", "wed", "thu", "fri", "sat", NULL };
static const struct cron_field cron_fields[5] = {
	{ "minute", 0, 59, NULL, 0 },
	{ "hour", 0, 23, NULL, 0 },
	{ "day", 1, 31, NULL, 1 },
	{ "month", 1, 12, month_names, 0 },
	{ "weekday", 0, 7, weekday_names, 0 },
};

/*
 * The number or name at *P in field F: its value in *OUT, *P moved past
 * it.  Returns 0, or -1 after saying why in WHY.
 */
static int cron_value(const struct cron_field *f, const char **p, int *out, struct strbuf *why)
{
	const char *s = *p;
	size_t n = 0, digits = 0;
	for (; (s[n] >= 'a' && s[n] <= 'z') || (s[n] >= 'A' && s[n] <= 'Z') ||
	       (s[n] >= '0' && s[n] <= '9'); n++)
		if (s[n] >= '0' && s[n] <= '9')
			digits++;
	*p = s + n;
	if (!n) {
		if (*s)
			strbuf_addf(why, "unexpected '%c' in the %s field", *s, f->name);
		else
			strbuf_addf(why, "the %s field ends too soon", f->name);
		return -1;
	}
	if (digits == n) {
		long v = n > 6 ? 1000000 : strtol(s, NULL, 10);
		if (v < f->low || v > f->high) {
			strbuf_addf(why, "%s %.*s is not in %d-%d", f->name, (int)n, s, f->low, f->high);
			return -1;
		}
		*out = (int)v;
		return 0;
	}
	for (int i = 0; f->names && f->names[i]; i++)
		if (n == 3 && !strncasecmp(f->names[i], s, 3)) {
			*out = f->low + i;
			return 0;
		}
	if (f->names)
		strbuf_addf(why, "%s '%.*s' is not a number %d-%d or a name (%s-%s)", f->name, (int)n, s,
			    f->low, f->high, f->names[0], f->names == weekday_names ? "sat" : "dec");
	else
		strbuf_addf(why, "%s '%.*s' is not a number %d-%d", f->name, (int)n, s, f->low, f->high);
	return -1;
}

/*
 * The step of an item of field F when *P is at its '/' (else nothing):
 * 1 up to the field's highest value, *P moved past it.  Returns 0, or -1
 * after saying why in WHY.
 */
static int cron_step(const struct cron_field *f, const char **p, struct strbuf *why)
{
	const char *s = *p + 1;
	size_t n = 0;
	if (**p != '/')
		return 0;
	while (s[n] >= '0' && s[n] <= '9')
		n++;
	*p = s + n;
	if (!n) {
		strbuf_addf(why, "a step in the %s field must be a number", f->name);
		return -1;
	}
	if (n > 6 || strtol(s, NULL, 10) < 1 || strtol(s, NULL, 10) > f->high) {
		strbuf_addf(why, "step %.*s in the %s field is not in 1-%d", (int)n, s, f->name, f->high);
		return -1;
	}
	return 0;
}

/*
 * Field F written as TEXT (LEN bytes): items "*", "*\/n", "a", "a-b",
 * "a-b/n" separated by commas, or "$" alone in the day field.  Returns 0,
 * or -1 after saying why in WHY.
 */
static int cron_field_ok(const struct cron_field *f, const char *text, size_t len, struct strbuf *why)
{
	char *buf = xstrndup(text, len);
	const char *p = buf;
	int ret = -1, a, b;

	if (f->last_day && !strcmp(buf, "$")) {
		ret = 0;
		goto done;
	}
	for (;;) {
		if (*p == '*') {
			p++;
			if (cron_step(f, &p, why) < 0)
				goto done;
		} else {
			if (*p == '$') {
				strbuf_addstr(why, "'$' (the last day of the month) stands alone in the day field");
				goto done;
			}
			if (cron_value(f, &p, &a, why) < 0)
				goto done;
			if (*p == '/') {
				strbuf_addf(why, "in the %s field a step follows * or a range (*/N, A-B/N), not %d",
					    f->name, a);
				goto done;
			}
			if (*p == '-') {
				p++;
				if (cron_value(f, &p, &b, why) < 0)
					goto done;
				if (b < a) {
					strbuf_addf(why, "%s range %d-%d runs backwards", f->name, a, b);
					goto done;
				}
				if (cron_step(f, &p, why) < 0)
					goto done;
			}
		}
		if (*p != ',')
			break;
		p++;
	}
	if (*p) {
		strbuf_addf(why, "unexpected '%c' in the %s field", *p, f->name);
		goto done;
	}
	ret = 0;
done:
	free(buf);
	return ret;
}

/*
 * A 5-field schedule S as pg_cron reads it.  Returns 0, or -1 after
 * saying why in WHY ("minute 61 is not in 0-59").
 */
static int cron_fields_ok(const char *s, struct strbuf *why)
{
	for (int i = 0; i < 5; i++) {
		size_t len;
		while (*s == ' ' || *s == '\t')
			s++;
		len = strcspn(s, " \t");
		if (cron_field_ok(&cron_fields[i], s, len, why) < 0)
			return -1;
		s += len;
	}
	return 0;
}

/*
 * {minute} of a per-tenant schedule ST stands for a minute: report each
 * one outside the first field.
 */
static void schedule_minute_field(struct loader *ld, const struct sqltext *st)
{
	const char *s = st->sql;
	int field = -1, in = 0;
	for (size_t i = 0; s[i]; i++) {
		if (s[i] == ' ' || s[i] == '\t') {
			in = 0;
			continue;
		}
		if (!in) {
			field++;
			in = 1;
		}
		if (s[i] == '{' && s[i + 1] == '{') {
			i++;    /* {{ is a literal brace */
			continue;
		}
		if (field > 0 && !strncmp(s + i, "{minute}", 8))
			diag_error(ld->d, sqltext_pos(st, 1, (unsigned)i + 1),
				   "placeholder {minute} in a schedule is allowed only in the first (minute) field");
	}
}

/* The schedule of cron job C (its value SV); WHAT names the job. */
static void cron_schedule(struct loader *ld, struct yfile *f, struct cron_spec *c,
			  yaml_node_t *sv, const char *what)
{
	struct sqltext st;
	struct strbuf why = STRBUF_INIT, sample = STRBUF_INIT;
	int form, before;
	ld_sqltext(ld, f, sv, &st);
	c->schedule = st.sql;
	c->schedule_pos = ypos(f, sv);
	if (!(form = schedule_form(c->schedule))) {
		diag_error(ld->d, c->schedule_pos,
			   "'schedule' of %s is not a cron schedule: '%s' (expected 5 fields, "
			   "@hourly/@daily/..., or 'N seconds')", what, c->schedule);
		return;
	}
	before = (int)ld->d->nerrors;
	if (placeholders_check(ld->m, &st, c->per_tenant ? &tenant_schedule : &plain_schedule,
			       "a schedule"))
		return;
	if (c->per_tenant)
		schedule_minute_field(ld, &st);
	if ((int)ld->d->nerrors > before)
		return;
	if (form == 's') {
		const char *d = c->schedule + strspn(c->schedule, " ");
		size_t n = strspn(d, "0123456789");
		unsigned secs = n > 2 ? 100 : (unsigned)strtoul(d, NULL, 10);
		if (secs < 1 || secs > 59)
			strbuf_addstr(&why, "seconds are 1-59");
	} else if (form == '5') {
		/* a per-tenant job's {minute} is one of 0-59: both ends are tried */
		static const char *const lows[EXPAND_NCRON_VARS] = { "t", "s", "0" };
		static const char *const highs[EXPAND_NCRON_VARS] = { "t", "s", "59" };
		struct subst_tpl tpl;
		if (!c->per_tenant) {
			cron_fields_ok(c->schedule, &why);
		} else {
			subst_compile(&tpl, &ld->m->arena, c->schedule, expand_cron_vars,
				      EXPAND_NCRON_VARS, 1);
			for (int i = 0; i < 2 && !why.len; i++) {
				strbuf_reset(&sample);
				subst_render(&tpl, i ? highs : lows, &sample);
				if (cron_fields_ok(sample.buf, &why) < 0 && strstr(c->schedule, "{minute}"))
					strbuf_addf(&why, ", {minute} being %s", i ? highs[2] : lows[2]);
			}
		}
	}
	if (why.len)
		diag_error(ld->d, c->schedule_pos, "'schedule' of %s is not a cron schedule: '%s' (%s)",
			   what, c->schedule, why.buf);
	strbuf_release(&why);
	strbuf_release(&sample);
}

void ld_cron(struct loader *ld, struct yfile *f, yaml_node_t *n)
{
	yaml_node_t *k, *v;
	if (yexpect_map(f, n, "'cron'", ld->d) < 0)
		return;
	YMAP_FOREACH(f, n, k, v) {
		const char *name = ykey_name(f, k, "'cron'", ld->d), *what;
		struct cron_spec *c;
		yaml_node_t *sv = NULL, *uv = NULL;
		if (!name)
			continue;
		what = arena_printf(&ld->m->arena, "cron job '%s'", name);
		for (unsigned i = 0; i < ld->m->ncron_specs; i++)
			if (!strcmp(ld->m->cron_specs[i]->name, name)) {
				struct srcpos p = ld->m->cron_specs[i]->pos;
				diag_error(ld->d, ypos(f, k), "duplicate cron job '%s' (first at %s:%u:%u)",
					   name, p.file, p.line, p.col);
				name = NULL;
				break;
			}
		if (!name || yexpect_map(f, v, what, ld->d) < 0)
			continue;
		ld_check_keys(ld, f, v, cron_keys, what);
		c = arena_alloc(&ld->m->arena, sizeof(*c));
		c->name = ld_str(ld, name);
		c->pos = ypos(f, k);
		c->active = 1;
		yget_bool(f, v, "per_tenant", what, &c->per_tenant, ld->d);
		yget_bool(f, v, "active", what, &c->active, ld->d);
		if (yget_str(f, v, "database", what, &c->database, NULL, ld->d) > 0)
			c->database = ld_str(ld, c->database);
		if (yget_str(f, v, "username", what, &c->username, &uv, ld->d) > 0) {
			c->username = ld_str(ld, c->username);
			ld_role_ref(ld, NULL, c->username, ypos(f, uv));
		}
		int rs = yget_str(f, v, "schedule", what, &c->schedule, &sv, ld->d);
		if (rs == 0)
			ld_missing(ld, v, c->pos, "%s needs 'schedule'", what);
		if (rs > 0)
			cron_schedule(ld, f, c, sv, what);
		if (ld_sql(ld, f, v, "command", what, 1, &c->command) > 0) {
			refs_no_marker(ld, &c->command, "command", what);
			if (!placeholders_check(ld->m, &c->command,
						c->per_tenant ? &tenant_command : &plain_command,
						"a cron command"))
				refs_parse_command(ld, c, what);
		}
		if (c->per_tenant && !strstr(c->name, "{tenant}"))
			diag_error(ld->d, c->pos,
				   "per-tenant %s must have {tenant} in its name, so each tenant's job has its own name",
				   what);
		if (!c->per_tenant && strchr(c->name, '{'))
			diag_error(ld->d, c->pos, "%s has a placeholder in its name but is not per_tenant", what);
		ALLOC_GROW(ld->m->cron_specs, ld->m->ncron_specs + 1, ld->m->acron_specs);
		ld->m->cron_specs[ld->m->ncron_specs++] = c;
	}
}

/* ---- values in the quotes of the SQL they are put in ---- */

/* Who gives a value: the words for it in messages, and its place. */
struct value_src {
	const char *words;      /* "'client' of tenant 'a'" */
	struct srcpos pos;
};

/* Where tenant T's schema comes from: 'schema:', else its key. */
static struct value_src schema_src(struct loader *ld, const struct tenant *t)
{
	struct value_src v = { arena_printf(&ld->m->arena, "the schema of tenant '%s' (its key)", t->key),
			       t->pos };
	if (t->schema_pos.file) {
		v.words = arena_printf(&ld->m->arena, "'schema' of tenant '%s'", t->key);
		v.pos = t->schema_pos;
	}
	return v;
}

/* Where the value of template placeholder VAR comes from for tenant T and template TMPL. */
static struct value_src template_value_src(struct loader *ld, const struct tenant *t,
					   const struct template *tmpl, int var)
{
	struct value_src v = { arena_printf(&ld->m->arena, "the key of tenant '%s'", t->key), t->pos };
	switch (var) {
	case TV_CLIENT:
		if (t->client_pos.file) {
			v.words = arena_printf(&ld->m->arena, "'client' of tenant '%s'", t->key);
			v.pos = t->client_pos;
			break;
		}
		v = schema_src(ld, t);
		v.words = arena_printf(&ld->m->arena, "the client of tenant '%s' (its schema)", t->key);
		break;
	case TV_SCHEMA:
		v = schema_src(ld, t);
		break;
	case TV_VIEW_NAME:
		v.words = arena_printf(&ld->m->arena, "the name of template '%s'", tmpl->name);
		v.pos = tmpl->pos;
		break;
	default:
		break;
	}
	return v;
}

/*
 * Report value FROM that does not fit (TROUBLE, the quote QUOTE) where
 * placeholder segment SEG of TPL stands in text T, the NOUN of DESC.
 */
static void value_trouble(struct loader *ld, const struct value_src *from, enum subst_trouble trouble,
			  const struct subst_tpl *tpl, unsigned seg, const char *quote,
			  const struct sqltext *t, const char *noun, const char *desc)
{
	const struct subst_seg *s = &tpl->segs[seg];
	const char *name = tpl->vars[s->var].name;
	struct srcpos at = sqltext_offset_pos(t, s->src);
	if (trouble == SUBST_BACKSLASH)
		diag_error(ld->d, from->pos,
			   "%s holds a backslash, which ends the '...' literal around {%s} early where "
			   "standard_conforming_strings is off, in the %s of %s (%s:%u:%u); write E'...' there",
			   from->words, name, noun, desc, at.file, at.line, at.col);
	else if (s->ctx == SQLCTX_DOLLAR)
		diag_error(ld->d, from->pos,
			   "%s would close the dollar quote %s around {%s} in the %s of %s (%s:%u:%u)",
			   from->words, quote, name, noun, desc, at.file, at.line, at.col);
	else
		diag_error(ld->d, from->pos, "%s would end the %s around {%s} in the %s of %s (%s:%u:%u)",
			   from->words, s->ctx == SQLCTX_QIDENT ? "quoted identifier" : "string literal",
			   name, noun, desc, at.file, at.line, at.col);
}

/* Text T of template TMPL (the NOUN of it) against the values of each tenant using TMPL. */
static void template_text_values(struct loader *ld, struct template *tmpl, const struct sqltext *t,
				 const char *noun)
{
	const char *desc = arena_printf(&ld->m->arena, "template '%s'", tmpl->name);
	const char *const *samples;
	struct subst_tpl tpl;
	struct strbuf sb = STRBUF_INIT, quote = STRBUF_INIT;
	unsigned seg;

	render_template_sample(&ld->m->arena, t->sql, &tpl, &samples, &sb);
	/* a text whose own quotes are broken is reported by the parser */
	if (subst_check(&tpl, samples, &seg, &quote) != SUBST_FITS)
		goto done;
	for (unsigned i = 0; i < ld->m->ntenants; i++) {
		const struct tenant *tn = ld->m->tenants[i];
		const char *vals[TV_COUNT];
		enum subst_trouble trouble;
		unsigned k;
		for (k = 0; k < tn->ntemplates && tn->templates[k].tmpl != tmpl; k++)
			;
		if (k == tn->ntemplates)
			continue;
		strbuf_reset(&sb);
		if (tmpl->partition == PARTITION_DAILY)
			strbuf_addf(&sb, "%s_2000_01_01", tmpl->name);
		else
			strbuf_addstr(&sb, tmpl->union_view);
		vals[TV_TARGET_DATE] = samples[TV_TARGET_DATE];
		vals[TV_CLIENT] = tn->client;
		vals[TV_SCHEMA] = tn->schema;
		vals[TV_TENANT] = tn->key;
		vals[TV_VIEW_NAME] = sb.buf;
		strbuf_reset(&quote);
		if ((trouble = subst_check(&tpl, vals, &seg, &quote)) != SUBST_FITS) {
			struct value_src from = template_value_src(ld, tn, tmpl, tpl.segs[seg].var);
			value_trouble(ld, &from, trouble, &tpl, seg, quote.buf, t, noun, desc);
		}
	}
done:
	strbuf_release(&sb);
	strbuf_release(&quote);
}

/* The command of per-tenant cron job C against each tenant's key and schema. */
static void command_values(struct loader *ld, const struct cron_spec *c)
{
	static const char *const samples[EXPAND_NCRON_VARS] = { "sample_tenant", "sample_schema", "0" };
	const char *desc = arena_printf(&ld->m->arena, "cron job '%s'", c->name);
	struct subst_tpl tpl;
	struct strbuf quote = STRBUF_INIT;
	unsigned seg;

	subst_compile(&tpl, &ld->m->arena, c->command.sql, expand_cron_vars, EXPAND_NCRON_VARS, 0);
	if (subst_check(&tpl, samples, &seg, &quote) != SUBST_FITS)
		goto done;
	for (unsigned i = 0; i < ld->m->ntenants; i++) {
		const struct tenant *tn = ld->m->tenants[i];
		const char *vals[EXPAND_NCRON_VARS] = { tn->key, tn->schema, "0" };
		enum subst_trouble trouble;
		strbuf_reset(&quote);
		if ((trouble = subst_check(&tpl, vals, &seg, &quote)) != SUBST_FITS) {
			struct value_src from = { arena_printf(&ld->m->arena, "the key of tenant '%s'", tn->key),
						  tn->pos };
			if (tpl.segs[seg].var == 1)
				from = schema_src(ld, tn);
			value_trouble(ld, &from, trouble, &tpl, seg, quote.buf, &c->command, "command", desc);
		}
	}
done:
	strbuf_release(&quote);
}

void ld_check_values(struct loader *ld)
{
	for (unsigned i = 0; i < ld->m->ntemplates; i++) {
		struct template *tmpl = ld->m->templates[i];
		if (!tmpl->used)
			continue;
		if (tmpl->remote_query.sql)
			template_text_values(ld, tmpl, &tmpl->remote_query, "remote query");
		for (unsigned k = 0; k < tmpl->nindexes; k++)
			template_text_values(ld, tmpl, &tmpl->indexes[k], "index");
	}
	for (unsigned i = 0; i < ld->m->ncron_specs; i++) {
		const struct cron_spec *c = ld->m->cron_specs[i];
		if (c->per_tenant && c->command.sql)
			command_values(ld, c);
	}
}
