#include "expand/render.h"

#include <stdio.h>
#include <string.h>

#include "base/datecalc.h"
#include "sql/quote.h"
#include "expand/subst.h"

/* In the order of enum template_value. */
static const struct subst_var template_vars[TV_COUNT] = {
	{ "TARGET_DATE", SUBST_LITERAL }, { "CLIENT", SUBST_LITERAL },
	{ "SCHEMA", SUBST_IDENT }, { "TENANT", SUBST_IDENT },
	{ "VIEW_NAME", SUBST_IDENT },
};
#define NTEMPLATE_VARS TV_COUNT

/* Compile a template's remote query and indexes once. */
static void compile_template(struct model *m, struct template *t)
{
	if (t->remote_tpl)
		return;
	t->remote_tpl = arena_alloc(&m->arena, sizeof(*t->remote_tpl));
	subst_compile(t->remote_tpl, &m->arena, t->remote_query.sql, template_vars,
		      NTEMPLATE_VARS, 0);
	t->index_tpls = arena_alloc(&m->arena, (t->nindexes + 1) * sizeof(*t->index_tpls));
	for (unsigned i = 0; i < t->nindexes; i++)
		subst_compile(&t->index_tpls[i], &m->arena, t->indexes[i].sql, template_vars,
			      NTEMPLATE_VARS, 0);
}

/* Stand-ins for template_vars: as harmless as the real values, never keywords. */
static const char *const sample_values[NTEMPLATE_VARS] = {
	"2000-01-01", "sample_client", "sample_schema", "sample_tenant", "sample_view",
};

void render_template_sample(struct arena *a, const char *text, struct subst_tpl *tpl,
			    const char *const **values, struct strbuf *out)
{
	subst_compile(tpl, a, text, template_vars, NTEMPLATE_VARS, 0);
	*values = sample_values;
	subst_render(tpl, sample_values, out);
}

static void template_values(const struct relation *r, char date[11], const char *vals[5])
{
	if (r->origin == REL_PART)
		date_format(r->day, date);
	else if (r->origin == REL_YEARLY)
		date_format(days_from_civil(r->year, 1, 1), date);
	else
		date[0] = '\0';
	vals[0] = date;
	vals[1] = r->tenant ? r->tenant->client : "";
	vals[2] = r->h.schema;
	vals[3] = r->tenant ? r->tenant->key : "";
	vals[4] = r->h.name;
}

void render_remote_query(struct model *m, const struct relation *r, struct strbuf *out)
{
	char date[11];
	const char *vals[5];
	if (!r->tmpl)
		return;
	compile_template(m, r->tmpl);
	template_values(r, date, vals);
	size_t start = out->len;
	subst_render(r->tmpl->remote_tpl, vals, out);
	/* the text as written ends with a newline in block scalars: drop it */
	while (out->len > start && (out->buf[out->len - 1] == '\n' || out->buf[out->len - 1] == ' '))
		strbuf_setlen(out, out->len - 1);
}

void render_dblink(struct model *m, struct strbuf *out)
{
	const struct extension *e = (const void *)model_find(m, OBJ_EXTENSION, "dblink");
	quote_qualified(out, e && e->a.schema ? e->a.schema : "public", "dblink");
}

void render_columns(const struct template *t, struct strbuf *out)
{
	for (unsigned i = 0; i < t->ncolumns; i++) {
		if (i)
			strbuf_addstr(out, ", ");
		quote_ident(out, t->columns[i].name);
		strbuf_addch(out, ' ');
		strbuf_addstr(out, t->columns[i].type);
	}
}

static void column_names(const struct template *t, struct strbuf *out)
{
	for (unsigned i = 0; i < t->ncolumns; i++) {
		if (i)
			strbuf_addstr(out, ", ");
		quote_ident(out, t->columns[i].name);
	}
}

/* A user query as written, without trailing blanks and semicolon. */
static void user_query(const struct relation *r, struct strbuf *out)
{
	size_t start = out->len;
	strbuf_addstr(out, r->query.sql);
	while (out->len > start) {
		char c = out->buf[out->len - 1];
		if (c != '\n' && c != ' ' && c != '\t' && c != ';' && c != '\r')
			break;
		strbuf_setlen(out, out->len - 1);
	}
}

void render_query(struct model *m, const struct relation *r, struct strbuf *out)
{
	struct strbuf tmp = STRBUF_INIT;
	switch (r->origin) {
	case REL_USER:
		user_query(r, out);
		break;
	case REL_PART:
	case REL_TENANT_MV:
		strbuf_addstr(out, "SELECT * FROM ");
		render_dblink(m, out);
		strbuf_addch(out, '(');
		quote_literal(out, r->tenant->server);
		strbuf_addstr(out, ", ");
		render_remote_query(m, r, &tmp);
		quote_literal(out, tmp.buf);
		strbuf_addstr(out, ") AS t(");
		render_columns(r->tmpl, out);
		strbuf_addch(out, ')');
		break;
	case REL_UNION: {
		unsigned shown = 0;
		for (unsigned i = 0; i < r->nmembers; i++) {
			const struct object *p = m->objs[r->members[i]];
			if (p->flags & OBJF_ABSENT)
				continue;
			if (shown++)
				strbuf_addstr(out, "\nUNION ALL\n");
			strbuf_addstr(out, "SELECT ");
			column_names(r->tmpl, out);
			strbuf_addstr(out, " FROM ");
			quote_qualified(out, p->schema, p->name);
		}
		if (!shown)
			goto empty;
		break;
	}
	case REL_PUBLIC:
		for (unsigned i = 0; i < r->nmembers; i++) {
			const struct object *p = m->objs[r->members[i]];
			if (i)
				strbuf_addstr(out, "\nUNION ALL\n");
			strbuf_addstr(out, "SELECT ");
			quote_literal(out, p->schema);
			strbuf_addstr(out, "::text AS schema_name, ");
			column_names(r->tmpl, out);
			strbuf_addstr(out, " FROM ");
			quote_qualified(out, p->schema, p->name);
		}
		if (!r->nmembers)
			goto empty;
		break;
	case REL_YEARLY:
		break;
	}
	strbuf_release(&tmp);
	return;
empty:
	/* no member yet: the right columns and no rows */
	strbuf_addstr(out, "SELECT ");
	if (r->origin == REL_PUBLIC)
		strbuf_addstr(out, "NULL::text AS schema_name, ");
	for (unsigned i = 0; i < r->tmpl->ncolumns; i++) {
		if (i)
			strbuf_addstr(out, ", ");
		strbuf_addf(out, "NULL::%s AS ", r->tmpl->columns[i].type);
		quote_ident(out, r->tmpl->columns[i].name);
	}
	strbuf_addstr(out, " WHERE false");
	strbuf_release(&tmp);
}

unsigned render_nindexes(const struct relation *r)
{
	if (r->origin == REL_USER)
		return r->nindexes;
	if (r->origin == REL_PART || r->origin == REL_TENANT_MV || r->origin == REL_YEARLY)
		return r->tmpl->nindexes;
	return 0;
}

size_t render_index_def(const char *schema, const char *relname, const char *def,
			const char *idxname, struct strbuf *out, size_t *lead)
{
	const char *start = def;
	size_t begin = out->len;
	while (*def == ' ')
		def++;
	if (!strncasecmp(def, "unique", 6) && (def[6] == ' ' || def[6] == '(')) {
		strbuf_addstr(out, "CREATE UNIQUE INDEX ");
		def += 6;
		while (*def == ' ')
			def++;
	} else {
		strbuf_addstr(out, "CREATE INDEX ");
	}
	if (idxname) {
		quote_ident(out, idxname);
		strbuf_addch(out, ' ');
	}
	strbuf_addstr(out, "ON ");
	quote_qualified(out, schema, relname);
	strbuf_addch(out, ' ');
	if (lead)
		*lead = out->len - begin;
	strbuf_addstr(out, def);
	while (out->len > begin && (out->buf[out->len - 1] == ' ' || out->buf[out->len - 1] == '\n' ||
				    out->buf[out->len - 1] == ';'))
		strbuf_setlen(out, out->len - 1);
	return (size_t)(def - start);
}

void render_index_named(struct model *m, const struct relation *r, unsigned i,
			const char *relname, const char *idxname, struct strbuf *out)
{
	if (r->origin == REL_USER) {
		render_index_def(r->h.schema, relname, r->indexes[i], idxname, out, NULL);
		return;
	}
	struct strbuf def = STRBUF_INIT;
	char date[11];
	const char *vals[5];
	compile_template(m, r->tmpl);
	template_values(r, date, vals);
	subst_render(&r->tmpl->index_tpls[i], vals, &def);
	render_index_def(r->h.schema, relname, def.buf, idxname, out, NULL);
	strbuf_release(&def);
}

void render_index(struct model *m, const struct relation *r, unsigned i, struct strbuf *out)
{
	render_index_named(m, r, i, r->h.name, NULL, out);
}

void index_name(const char *relname, unsigned i, struct strbuf *out)
{
	char sfx[24];
	snprintf(sfx, sizeof(sfx), "_idx%u", i + 1);
	ident_shorten(out, relname, sfx);
}
