/*
 * refs.c: dependencies found in what the user wrote.
 *
 * Structural edges (part -> union view -> public view, object -> schema,
 * owner, server) are added by the loader and expand.c.  Here: roles
 * named anywhere must be declared; SQL text is tokenized (strings,
 * comments and bodies skipped) and every name that matches a managed
 * relation or function adds an edge.  A name that matches nothing is
 * left alone; a false match only adds an ordering edge.
 */
#include <string.h>

#include "load_int.h"
#include "sqltok.h"
#include "usage.h"

struct ph_check {
	struct model *m;
	const struct sqltext *t;
	const struct placeholders *p;
	const char *what;
	int problems;
	const char *want;       /* sqltext_has_placeholder */
	int found;
};

/* 1 when NAME is one of WORDS (NULL-terminated; WORDS may be NULL). */
static int listed(const char *name, const char *const *words)
{
	for (; words && *words; words++)
		if (!strcmp(*words, name))
			return 1;
	return 0;
}

/* Report {NM} at POS: it needs something else, or is unknown. */
static void bad_placeholder(struct ph_check *c, struct srcpos pos, const char *nm)
{
	const struct placeholders *p = c->p;
	const char *g = suggest(nm, p->allowed);
	struct strbuf sb = STRBUF_INIT;

	if (listed(nm, p->elsewhere))
		strbuf_addf(&sb, "placeholder {%s} in %s needs %s", nm, c->what, p->needs);
	else
		strbuf_addf(&sb, "unknown placeholder {%s} in %s", nm, c->what);
	if (!p->allowed[0] && listed(nm, p->elsewhere)) {
		strbuf_addstr(&sb, "; write {{ for a literal brace");
	} else if (!p->allowed[0]) {
		strbuf_addstr(&sb, ": none apply here (write {{ for a literal brace)");
	} else if (g && !listed(nm, p->elsewhere)) {
		strbuf_addf(&sb, "; did you mean {%s}?", g);
	} else {
		strbuf_addstr(&sb, "; expected one of ");
		diag_add_choices(&sb, p->allowed, "{%s}", NULL);
	}
	diag_error(&c->m->diags, pos, "%s", sb.buf);
	strbuf_release(&sb);
}

static int on_placeholder(void *data, size_t off, size_t len, const char *name,
			  size_t name_len, enum sqltok_ctx ctx, unsigned line, unsigned col)
{
	struct ph_check *c = data;
	char nm[64];
	snprintf(nm, sizeof(nm), "%.*s", (int)(name_len < 63 ? name_len : 63), name);
	if (c->want) {
		if (!strcmp(nm, c->want))
			c->found = 1;
		return 0;
	}
	if (listed(nm, c->p->allowed))
		return 0;
	bad_placeholder(c, sqltext_pos(c->t, line, col), nm);
	c->problems++;
	return 0;
}

int placeholders_check(struct model *m, const struct sqltext *t,
		       const struct placeholders *p, const char *what)
{
	struct ph_check c = { m, t, p, what, 0, NULL, 0 };
	sqltok_placeholders(t->sql, strlen(t->sql), 1, 1, on_placeholder, &c);
	return c.problems;
}

int sqltext_has_placeholder(const struct sqltext *t, const char *name)
{
	static const char *const none[] = { NULL };
	static const struct placeholders nothing = { none, NULL, NULL };
	struct ph_check c = { NULL, t, &nothing, "", 0, name, 0 };
	sqltok_placeholders(t->sql, strlen(t->sql), 1, 1, on_placeholder, &c);
	return c.found;
}

/* ---- roles ---- */

/* Check one role reference: known (edge from its object) or reported at its name. */
static void need_role(struct model *m, const struct role_ref *ref, const char *const *names)
{
	struct object *r;
	const char *g;
	if (!ref->role || !strcmp(ref->role, "PUBLIC"))
		return;
	if ((r = model_find(m, OBJ_ROLE, ref->role))) {
		if (ref->needs)
			model_depend(m, ref->needs, r->id);
		return;
	}
	if ((g = suggest(ref->role, names)))
		diag_error(&m->diags, ref->pos, "unknown role '%s'; did you mean '%s'?", ref->role, g);
	else
		diag_error(&m->diags, ref->pos,
			   "unknown role '%s'; declare it under 'roles' (with managed: false if it exists outside pgform)",
			   ref->role);
}

/* Every role reference of ROLES, against the declared roles. */
static void resolve_roles(struct model *m, const struct role_refs *roles)
{
	const char **names = xcalloc(m->nobjs + 1, sizeof(char *));
	unsigned n = 0;
	for (unsigned i = 0; i < m->nobjs; i++)
		if (m->objs[i]->kind == OBJ_ROLE)
			names[n++] = m->objs[i]->name;
	for (unsigned i = 0; i < roles->n; i++)
		need_role(m, &roles->v[i], names);
	free(names);
}

/* ---- names in SQL ---- */

struct scan {
	struct model *m;
	struct object *o;
	const struct sqltext *t;
	int bodies;             /* also look inside dollar-quoted bodies */
	int skip_to_paren;      /* skip the statement's own name (functions) */
};

static void scan_text(struct scan *s, const char *text, size_t len, unsigned line, unsigned col);

static void lookup(struct scan *s, const char *qname, int call)
{
	struct object *r;
	if (call) {
		struct function *f = hashmap_get(&s->m->functions_by_name, qname);
		for (; f; f = f->next_overload)
			model_depend(s->m, s->o, f->h.id);
		return;
	}
	if ((r = model_find_relation(s->m, qname)))
		model_depend(s->m, s->o, r->id);
}

static void scan_text(struct scan *s, const char *text, size_t len, unsigned line, unsigned col)
{
	struct sqltok_state st;
	struct sqltok tk, nx;
	struct strbuf a = STRBUF_INIT, q = STRBUF_INIT;
	int have = 0;

	sqltok_init(&st, text, len, line, col);
	sqltok_next(&st, &tk);
	while (tk.type != SQLTOK_EOF) {
		if (tk.type == SQLTOK_ERROR) {
			diag_error(&s->m->diags, sqltext_pos(s->t, tk.line, tk.col), "%s in the SQL of %s",
				   st.error, obj_describe(s->m, s->o));
			break;
		}
		if (s->skip_to_paren) {
			if (tk.type == SQLTOK_PUNCT && text[tk.start] == '(')
				s->skip_to_paren = 0;
			sqltok_next(&st, &tk);
			continue;
		}
		if (tk.type == SQLTOK_DOLLAR && s->bodies) {
			scan_text(s, text + tk.body_start, tk.body_len, tk.line, tk.col);
			sqltok_next(&st, &tk);
			continue;
		}
		if (tk.type != SQLTOK_IDENT && tk.type != SQLTOK_QIDENT) {
			sqltok_next(&st, &tk);
			continue;
		}
		strbuf_reset(&a);
		strbuf_reset(&q);
		sqltok_ident_value(&st, &tk, &a);
		have = 1;
		sqltok_next(&st, &nx);
		if (nx.type == SQLTOK_PUNCT && nx.len == 1 && text[nx.start] == '.') {
			struct sqltok b;
			sqltok_next(&st, &b);
			if (b.type == SQLTOK_IDENT || b.type == SQLTOK_QIDENT) {
				strbuf_addbuf(&q, &a);
				strbuf_addch(&q, '.');
				sqltok_ident_value(&st, &b, &q);
				sqltok_next(&st, &nx);
				lookup(s, q.buf, nx.type == SQLTOK_PUNCT && text[nx.start] == '(');
				tk = nx;
				continue;
			}
			tk = b;
			continue;
		}
		strbuf_addstr(&q, "public.");
		strbuf_addbuf(&q, &a);
		lookup(s, q.buf, nx.type == SQLTOK_PUNCT && text[nx.start] == '(');
		tk = nx;
	}
	(void)have;
	strbuf_release(&a);
	strbuf_release(&q);
}

static void scan_sql(struct model *m, struct object *o, const struct sqltext *t, int bodies,
		     int skip_name)
{
	struct scan s = { m, o, t, bodies, skip_name };
	if (t->sql)
		scan_text(&s, t->sql, strlen(t->sql), 1, 1);
}

static void depend_schema(struct model *m, struct object *o, const char *schema)
{
	struct object *s;
	if (schema && (s = model_find(m, OBJ_SCHEMA, schema)))
		model_depend(m, o, s->id);
}

static void resolve_depends_on(struct model *m, struct relation *r)
{
	for (unsigned i = 0; i < r->ndepends_on; i++) {
		const char *n = r->depends_on[i];
		struct object *t = model_find_relation(m, n);
		char buf[160];
		if (!t && !strchr(n, '.')) {
			snprintf(buf, sizeof(buf), "public.%s", n);
			t = model_find_relation(m, buf);
		}
		if (!t) {
			struct function *f = hashmap_get(&m->functions_by_name, n);
			if (f) {
				for (; f; f = f->next_overload)
					model_depend(m, &r->h, f->h.id);
				continue;
			}
			t = model_find(m, OBJ_FUNCTION, n);
		}
		if (!t) {
			diag_error(&m->diags, r->depends_pos[i],
				   "'depends_on' of %s names '%s', which is not a managed relation or function",
				   obj_describe(m, &r->h), n);
			continue;
		}
		model_depend(m, &r->h, t->id);
	}
}

static void resolve_grant(struct model *m, struct grant *g)
{
	depend_schema(m, &g->h, g->target_schema);
	if (g->target == GRANT_ON_TABLE) {
		char *q = arena_printf(&m->arena, "%s.%s", g->target_schema, g->target_name);
		struct object *t = model_find_relation(m, q);
		if (t)
			model_depend(m, &g->h, t->id);
	} else if (g->target == GRANT_ON_FUNCTION) {
		char *q = arena_printf(&m->arena, "%s.%s", g->target_schema, g->target_name);
		struct object *t = model_find(m, OBJ_FUNCTION, q);
		if (t)
			model_depend(m, &g->h, t->id);
	} else if (g->target == GRANT_ON_ALL_TABLES || g->target == GRANT_ON_ALL_FUNCTIONS) {
		enum obj_kind want = g->target == GRANT_ON_ALL_FUNCTIONS ? OBJ_FUNCTION : OBJ_VIEW;
		for (unsigned i = 0; i < m->nobjs; i++) {
			struct object *o = m->objs[i];
			int match = want == OBJ_FUNCTION ? o->kind == OBJ_FUNCTION :
				    (o->kind == OBJ_VIEW || o->kind == OBJ_MATVIEW || o->kind == OBJ_TABLE);
			if (match && o->schema && !strcmp(o->schema, g->target_schema))
				model_depend(m, &g->h, o->id);
		}
	}
}

void refs_resolve(struct model *m, const struct role_refs *roles)
{
	unsigned n = m->nobjs;
	for (unsigned i = 0; i < n; i++) {
		struct object *o = m->objs[i];
		switch (o->kind) {
		case OBJ_EXTENSION:
			depend_schema(m, o, ((struct extension *)o)->ext_schema);
			break;
		case OBJ_FUNCTION: {
			struct function *f = (struct function *)o;
			int sql = f->language && !strcmp(f->language, "sql");
			depend_schema(m, o, o->schema);
			scan_sql(m, o, &f->sql, sql, 1);
			break;
		}
		case OBJ_TABLE:
		case OBJ_MATVIEW:
		case OBJ_VIEW: {
			struct relation *r = (struct relation *)o;
			if (r->origin != REL_USER)
				break;
			depend_schema(m, o, o->schema);
			scan_sql(m, o, &r->query, 0, 0);
			resolve_depends_on(m, r);
			break;
		}
		case OBJ_GRANT:
			resolve_grant(m, (struct grant *)o);
			break;
		case OBJ_CRON:
			scan_sql(m, o, &((struct cron_job *)o)->command, 0, 0);
			break;
		case OBJ_CHECK:
			scan_sql(m, o, &((struct check *)o)->sql, 0, 0);
			break;
		default:
			break;
		}
	}
	resolve_roles(m, roles);
}
