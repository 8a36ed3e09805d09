/*
 * refs.c: dependencies found in what the user wrote.
 *
 * Structural edges (part -> union view -> public view, object -> schema,
 * owner, server) are added by the loader and expand.c.  Here: roles
 * named anywhere must be declared, and SQL names objects.  The SQL of
 * views, materialized views, checks and LANGUAGE sql functions is read
 * by PostgreSQL's own grammar (sqlparse.c) as it is loaded: a syntax
 * error is reported at its place, and the relations, functions and types
 * it names are kept until every object is known.  Templates' remote
 * queries are checked the same way, placeholders filled with samples.
 * Where the grammar cannot go the tokenizer (sqltok.c) still reads names:
 * placeholders, cron commands, and functions in other languages (their
 * bodies are not SQL).  Every name that matches a managed relation (a
 * type may be a relation's row type) or function adds an edge; a name
 * that matches nothing is left alone.
 */
#include <string.h>

#include "load/load_int.h"
#include "expand/expand.h"
#include "expand/render.h"
#include "sql/acl.h"
#include "sql/sqltok.h"
#include "expand/subst.h"
#include "base/usage.h"

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

/* ---- SQL read by PostgreSQL's grammar ---- */

/* Where SQL being parsed was written, to put its errors in the file. */
struct sql_src {
	const struct sqltext *t;        /* the text as written */
	size_t base;                    /* where the parsed SQL starts in t->sql */
	int fixed;                      /* 1: every place of the SQL is BASE (unknown) */
	const struct subst_tpl *tpl;    /* not NULL: the SQL is t->sql rendered */
	const char *const *values;      /* ... with these values */
	/*
	 * pgform's own words around the text: the parsed SQL is LEAD bytes
	 * of them ("SELECT (", "CREATE INDEX ON s.v "), then the text (or
	 * its rendering) from byte SKIP on.  A place in the words is the
	 * text's start.
	 */
	size_t lead, skip;
};

/*
 * The file place of byte OFF of SQL parsed from S; *PH (may be NULL)
 * receives the placeholder segment OFF falls in, or -1.
 */
static struct srcpos src_pos(const struct sql_src *s, size_t off, int *ph)
{
	if (ph)
		*ph = -1;
	off = off < s->lead ? s->skip : off - s->lead + s->skip;
	if (s->fixed)
		off = 0;
	else if (s->tpl)
		off = subst_source_offset(s->tpl, s->values, off, ph);
	return sqltext_offset_pos(s->t, s->base + off);
}

/*
 * In MSG ("... at or near \"'2000-01-01'\""), the text near which the
 * error stands replaced by placeholder segment PH of S as written.
 */
static void near_placeholder(struct strbuf *msg, const struct sql_src *s, int ph)
{
	const struct subst_seg *seg = &s->tpl->segs[ph];
	static const char at_or_near[] = " at or near \"";
	const char *near = strstr(msg->buf, at_or_near);
	if (!near || msg->buf[msg->len - 1] != '"')
		return;
	strbuf_setlen(msg, (size_t)(near - msg->buf) + strlen(at_or_near));
	strbuf_add(msg, s->t->sql + seg->src, seg->src_len);
	strbuf_addch(msg, '"');
}

/*
 * Report the error of P, parsed from SQL written at S, as one in NOUN of
 * DESC ("query", "view 'app.v'").  An error at the end of the input is
 * placed just past the last character written, not after the blanks
 * that follow it.  PostgreSQL's scanner errors ("unterminated quoted
 * string at or near ...", the rest of the text) keep the words the
 * tokenizer used for them: "unterminated quoted string in the SQL of ...".
 */
static void report_error(struct loader *ld, const struct sql_src *s, const char *sql,
			 const struct sqlparse *p, const char *noun, const char *desc)
{
	struct strbuf msg = STRBUF_INIT;
	size_t len = strlen(sql), off = p->error_offset ? p->error_offset - 1 : 0;
	const char *cut = NULL;
	struct srcpos pos;
	int ph;

	if (off >= len) {
		off = len;
		while (off && strchr(" \t\r\n\f", sql[off - 1]))
			off--;
	}
	pos = src_pos(s, off, &ph);
	strbuf_addstr(&msg, p->error);
	if (!strncmp(p->error, "unterminated ", 13) &&
	    ((cut = strstr(p->error, " at or near ")) || (cut = strstr(p->error, " at end of input")))) {
		strbuf_setlen(&msg, (size_t)(cut - p->error));
		diag_error(ld->d, pos, "%s in the SQL of %s", msg.buf, desc);
	} else {
		if (ph >= 0)
			near_placeholder(&msg, s, ph);
		diag_error(ld->d, pos, "%s in the %s of %s", msg.buf, noun, desc);
	}
	strbuf_release(&msg);
}

/* Parse SQL written at S into *P; a syntax error is reported.  0 or -1. */
static int parse(struct loader *ld, const char *sql, const struct sql_src *s,
		 struct sqlparse *p, const char *noun, const char *desc)
{
	if (!sqlparse(sql, p))
		return 0;
	report_error(ld, s, sql, p, noun, desc);
	return -1;
}

/* Keep the names of P as needs of O, unqualified ones in public. */
static void keep_names(struct loader *ld, struct object *o, const struct sqlparse *p)
{
	struct sql_refs *r = &ld->sqlrefs;
	for (size_t i = 0; i < p->nnames; i++) {
		const struct sqlname *n = &p->names[i];
		ALLOC_GROW(r->v, r->n + 1, r->alloc);
		r->v[r->n].o = o;
		r->v[r->n].kind = n->kind;
		r->v[r->n].qname = arena_printf(&ld->m->arena, "%s.%s",
						n->schema ? n->schema : "public", n->name);
		r->n++;
	}
}

/* The secret marker statements hold where apply binds a password. */
static const char secret_marker[] = "<<secret:";

int refs_no_marker(struct loader *ld, const struct sqltext *t, const char *noun,
		   const char *desc)
{
	const char *at;
	if (!t->sql || !(at = strstr(t->sql, secret_marker)))
		return 0;
	diag_error(ld->d, sqltext_offset_pos(t, (size_t)(at - t->sql)),
		   "'%s' is reserved for passwords pgform binds itself; it cannot appear in the %s of %s",
		   secret_marker, noun, desc);
	return -1;
}

/* What a text must be: its node type (NULL: any) and the words for it. */
struct stmt_kind {
	const char *type;       /* "SelectStmt" */
	const char *words;      /* "a query (SELECT, VALUES or WITH)" */
};

static const struct stmt_kind a_query = { "SelectStmt", "a query (SELECT, VALUES or WITH)" };
static const struct stmt_kind an_index = { "IndexStmt", "one CREATE INDEX statement" };
static const struct stmt_kind a_routine = {
	"CreateFunctionStmt", "a CREATE FUNCTION or CREATE PROCEDURE statement",
};
static const struct stmt_kind any_statement = { NULL, NULL };

/*
 * Report, unless P (parsed from S) is one statement of kind K that
 * neither creates a table (SELECT ... INTO) nor changes data (a WITH
 * query that writes), each at its place, as a problem of the NOUN of
 * DESC.  Returns 0, or -1 after reporting.
 */
static int want_one(struct loader *ld, const struct sql_src *s, const struct sqlparse *p,
		    const struct stmt_kind *k, const char *noun, const char *desc)
{
	struct strbuf w = STRBUF_INIT;
	struct srcpos at;

	if (!p->nstatements) {
		diag_error(ld->d, src_pos(s, 0, NULL), "the %s of %s is empty", noun, desc);
		return -1;
	}
	if (p->nstatements > 1) {
		diag_error(ld->d, src_pos(s, p->stmt_offsets[1], NULL),
			   "the %s of %s must be one statement, found %zu", noun, desc,
			   p->nstatements);
		return -1;
	}
	at = src_pos(s, p->stmt_offsets[0], NULL);
	if (k->type && strcmp(p->stmt_types[0], k->type)) {
		sqlparse_stmt_words(p->stmt_types[0], &w);
		diag_error(ld->d, at, "the %s of %s must be %s, found %s", noun, desc, k->words, w.buf);
		strbuf_release(&w);
		return -1;
	}
	if (k->type && (p->stmt_flags[0] & SQLSTMT_INTO)) {
		diag_error(ld->d, at, "the %s of %s must not be SELECT ... INTO, which creates a table",
			   noun, desc);
		return -1;
	}
	if (k->type && (p->stmt_flags[0] & SQLSTMT_WRITES)) {
		diag_error(ld->d, at,
			   "the %s of %s must not change data: a WITH query in it inserts, updates, deletes or merges",
			   noun, desc);
		return -1;
	}
	return 0;
}

int refs_parse_query(struct loader *ld, struct relation *r)
{
	struct sql_src s = { &r->query, 0, 0, NULL, NULL, 0, 0 };
	struct sqlparse p = SQLPARSE_INIT;
	const char *desc = obj_describe(ld->m, &r->h);
	int ret = -1;

	if (!r->query.sql)
		return 0;
	refs_no_marker(ld, &r->query, "query", desc);
	if (parse(ld, r->query.sql, &s, &p, "query", desc) < 0)
		goto done;
	if (want_one(ld, &s, &p, &a_query, "query", desc) < 0)
		goto done;
	keep_names(ld, &r->h, &p);
	ret = 0;
done:
	sqlparse_release(&p);
	return ret;
}

/* How apply runs a check: the check's SQL inside these words. */
#define CHECK_HEAD "SELECT ("
#define CHECK_TAIL ")::boolean"

/*
 * The SQL of check C as apply runs it, SELECT (SQL)::boolean: one SELECT.
 * Returns 1 when it is, 0 when it is not and nothing was reported (the
 * check's own SQL tells more), -1 after reporting.
 */
static int check_wrapped(struct loader *ld, struct check *c, const char *desc, int report_syntax)
{
	struct sql_src s = { &c->sql, 0, 0, NULL, NULL, strlen(CHECK_HEAD), 0 };
	struct sqlparse p = SQLPARSE_INIT;
	struct strbuf sql = STRBUF_INIT;
	int ret = 0;

	strbuf_addf(&sql, "%s%s%s", CHECK_HEAD, c->sql.sql, CHECK_TAIL);
	if (sqlparse_statements(sql.buf, &p) < 0) {
		if (report_syntax) {
			report_error(ld, &s, sql.buf, &p, "SQL", arena_printf(&ld->m->arena,
				     "%s, which runs as " CHECK_HEAD "...%s", desc, CHECK_TAIL));
			ret = -1;
		}
	} else if (p.nstatements > 1) {
		diag_error(ld->d, src_pos(&s, p.stmt_offsets[1], NULL),
			   "the SQL of %s must be one query: run as " CHECK_HEAD "..." CHECK_TAIL
			   " it makes %zu statements", desc, p.nstatements);
		ret = -1;
	} else if (p.nstatements == 1 && !strcmp(p.stmt_types[0], "SelectStmt") && !p.stmt_flags[0]) {
		ret = 1;
	}
	sqlparse_release(&p);
	strbuf_release(&sql);
	return ret;
}

int refs_parse_check(struct loader *ld, struct check *c)
{
	struct sql_src s = { &c->sql, 0, 0, NULL, NULL, 0, 0 };
	struct sqlparse p = SQLPARSE_INIT;
	const char *desc = obj_describe(ld->m, &c->h);
	int ret = -1, wrapped;

	if (!c->sql.sql)
		return 0;
	refs_no_marker(ld, &c->sql, "SQL", desc);
	/* what runs comes first: a check that closes the parenthesis is several statements */
	if ((wrapped = check_wrapped(ld, c, desc, 0)) < 0)
		return -1;
	if (parse(ld, c->sql.sql, &s, &p, "SQL", desc) < 0 ||
	    want_one(ld, &s, &p, &a_query, "SQL", desc) < 0)
		goto done;
	if (!wrapped && (wrapped = check_wrapped(ld, c, desc, 1)) <= 0) {
		if (!wrapped)
			diag_error(ld->d, c->sql.pos, "the SQL of %s cannot run as " CHECK_HEAD "..."
				   CHECK_TAIL, desc);
		goto done;
	}
	keep_names(ld, &c->h, &p);
	ret = 0;
done:
	sqlparse_release(&p);
	return ret;
}

int refs_parse_function(struct loader *ld, struct function *fn,
			const struct sqltext *src, size_t off)
{
	struct sql_src s = { src, off, 0, NULL, NULL, 0, 0 };
	struct sqlparse p = SQLPARSE_INIT;
	const char *desc = obj_describe(ld->m, &fn->h);
	int ret = -1;

	if (parse(ld, fn->sql.sql, &s, &p, "SQL", desc) < 0 ||
	    want_one(ld, &s, &p, &a_routine, "SQL", desc) < 0)
		goto done;
	ret = 0;
	if (!fn->language || strcmp(fn->language, "sql"))
		goto done;
	keep_names(ld, &fn->h, &p);
	for (size_t i = 0; i < p.nroutines; i++) {
		const struct sqlroutine *rt = &p.routines[i];
		struct sql_src bs = { src, off, 0, NULL, NULL, 0, 0 };
		struct sqlparse b = SQLPARSE_INIT;
		if (!rt->body)
			continue;
		/* a body whose quotes were doubled is not verbatim: its errors go to the statement */
		if (rt->body_offset == SQLPARSE_NOWHERE)
			bs.fixed = 1;
		else
			bs.base += rt->body_offset;
		if (parse(ld, rt->body, &bs, &b, "body", desc) < 0)
			ret = -1;
		else
			keep_names(ld, &fn->h, &b);
		sqlparse_release(&b);
	}
done:
	sqlparse_release(&p);
	return ret;
}

int refs_parse_template(struct loader *ld, struct template *t)
{
	struct sql_src s = { &t->remote_query, 0, 0, NULL, NULL, 0, 0 };
	struct sqlparse p = SQLPARSE_INIT;
	struct subst_tpl tpl;
	struct strbuf sql = STRBUF_INIT;
	const char *desc = arena_printf(&ld->m->arena, "template '%s'", t->name);
	int ret;

	if (!t->remote_query.sql)
		return 0;
	render_template_sample(&ld->m->arena, t->remote_query.sql, &tpl, &s.values, &sql);
	s.tpl = &tpl;
	ret = parse(ld, sql.buf, &s, &p, "remote query", desc);
	if (!ret)
		ret = want_one(ld, &s, &p, &a_query, "remote query", desc);
	sqlparse_release(&p);
	strbuf_release(&sql);
	return ret;
}

int refs_parse_index(struct loader *ld, const struct sqltext *t, int placeholders,
		     const char *schema, const char *name, const char *desc)
{
	struct sql_src s = { t, 0, 0, NULL, NULL, 0, 0 };
	struct sqlparse p = SQLPARSE_INIT;
	struct subst_tpl tpl;
	struct strbuf def = STRBUF_INIT, sql = STRBUF_INIT;
	int ret;

	if (placeholders) {
		render_template_sample(&ld->m->arena, t->sql, &tpl, &s.values, &def);
		s.tpl = &tpl;
	} else {
		strbuf_addstr(&def, t->sql);
	}
	s.skip = render_index_def(schema, name, def.buf, NULL, &sql, &s.lead);
	ret = parse(ld, sql.buf, &s, &p, "index", desc);
	if (!ret)
		ret = want_one(ld, &s, &p, &an_index, "index", desc);
	sqlparse_release(&p);
	strbuf_release(&def);
	strbuf_release(&sql);
	return ret;
}

/* Where a template's column types land: the column list of the dblink call. */
#define TYPE_HEAD "SELECT * FROM f() AS t(c "
#define TYPE_TAIL ")"

int refs_parse_type(struct loader *ld, const struct sqltext *t, const char *desc)
{
	struct sql_src s = { t, 0, 0, NULL, NULL, strlen(TYPE_HEAD), 0 };
	struct sqlparse p = SQLPARSE_INIT;
	struct strbuf sql = STRBUF_INIT;
	int ret = -1;

	strbuf_addf(&sql, "%s%s%s", TYPE_HEAD, t->sql, TYPE_TAIL);
	if (sqlparse_statements(sql.buf, &p) < 0)
		report_error(ld, &s, sql.buf, &p, "type", desc);
	else if (p.nstatements != 1 || strcmp(p.stmt_types[0], "SelectStmt") || p.stmt_flags[0])
		diag_error(ld->d, src_pos(&s, p.nstatements > 1 ? p.stmt_offsets[1] : 0, NULL),
			   "the type of %s must be a type and nothing more: with it the column list of "
			   "dblink makes %zu statements", desc, p.nstatements);
	else
		ret = 0;
	sqlparse_release(&p);
	strbuf_release(&sql);
	return ret;
}

/* Stand-ins for the values of a per-tenant job's placeholders. */
static const char *const cron_samples[EXPAND_NCRON_VARS] = {
	"sample_tenant", "sample_schema", "0",
};

int refs_parse_command(struct loader *ld, const struct cron_spec *c, const char *desc)
{
	struct sql_src s = { &c->command, 0, 0, NULL, NULL, 0, 0 };
	struct sqlparse p = SQLPARSE_INIT;
	struct subst_tpl tpl;
	struct strbuf sql = STRBUF_INIT;
	int ret;

	if (!c->command.sql)
		return 0;
	if (c->per_tenant) {
		subst_compile(&tpl, &ld->m->arena, c->command.sql, expand_cron_vars,
			      EXPAND_NCRON_VARS, 0);
		subst_render(&tpl, cron_samples, &sql);
		s.tpl = &tpl;
		s.values = cron_samples;
	} else {
		strbuf_addstr(&sql, c->command.sql);
	}
	ret = parse(ld, sql.buf, &s, &p, "command", desc);
	if (!ret)
		ret = want_one(ld, &s, &p, &any_statement, "command", desc);
	sqlparse_release(&p);
	strbuf_release(&sql);
	return ret;
}

/* The stand-in for {name} in a refresh statement, as it is rendered: a qualified name. */
static const char *const refresh_samples[EXPAND_NREFRESH_VARS] = { "sample_schema.sample_view" };

int refs_parse_refresh(struct loader *ld, const struct sqltext *t, const char *desc)
{
	struct sql_src s = { t, 0, 0, NULL, NULL, 0, 0 };
	struct sqlparse p = SQLPARSE_INIT;
	struct subst_tpl tpl;
	struct strbuf sql = STRBUF_INIT;
	int ret;

	subst_compile(&tpl, &ld->m->arena, t->sql, expand_refresh_vars, EXPAND_NREFRESH_VARS, 0);
	subst_render(&tpl, refresh_samples, &sql);
	s.tpl = &tpl;
	s.values = refresh_samples;
	ret = parse(ld, sql.buf, &s, &p, "refresh statement", desc);
	if (!ret)
		ret = want_one(ld, &s, &p, &any_statement, "refresh statement", desc);
	sqlparse_release(&p);
	strbuf_release(&sql);
	return ret;
}

/* ---- roles ---- */

/*
 * Check one role reference: known (edge from its object) or reported at
 * its name, with a likely one of NAMES (declared roles, then the
 * predefined ones from FIRST_PREDEFINED on, offered to grantees only).
 */
static void need_role(struct model *m, const struct role_ref *ref, const char **names,
		      unsigned first_predefined)
{
	struct object *r;
	const char *g, *keep = names[first_predefined];
	if (!ref->role || !strcmp(ref->role, "PUBLIC"))
		return;
	if ((r = model_find(m, OBJ_ROLE, ref->role))) {
		if (ref->needs)
			model_depend(m, ref->needs, r->id);
		return;
	}
	if (ref->grantee && acl_predefined_role(ref->role))
		return;
	if (!ref->grantee)
		names[first_predefined] = NULL;
	g = suggest(ref->role, names);
	names[first_predefined] = keep;
	if (g)
		diag_error(&m->diags, ref->pos, "unknown role '%s'; did you mean '%s'?", ref->role, g);
	else
		diag_error(&m->diags, ref->pos,
			   "unknown role '%s'; declare it under 'roles' (with managed: false if it exists outside pgform)",
			   ref->role);
}

/* Every role reference of ROLES, against the declared roles. */
static void resolve_roles(struct model *m, const struct role_refs *roles)
{
	unsigned n = 0, npre = 0, first;
	const char **names;
	while (acl_predefined_roles[npre])
		npre++;
	names = xcalloc(m->nobjs + npre + 1, sizeof(char *));
	for (unsigned i = 0; i < m->nobjs; i++)
		if (m->objs[i]->kind == OBJ_ROLE)
			names[n++] = m->objs[i]->name;
	first = n;
	for (unsigned i = 0; i < npre; i++)
		names[n++] = acl_predefined_roles[i];
	for (unsigned i = 0; i < roles->n; i++)
		need_role(m, &roles->v[i], names, first);
	free(names);
}

/* ---- names in SQL ---- */

struct scan {
	struct model *m;
	struct object *o;
	const struct sqltext *t;
	int skip_to_paren;      /* skip the statement's own name (functions) */
};

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
		if (tk.type != SQLTOK_IDENT && tk.type != SQLTOK_QIDENT) {
			sqltok_next(&st, &tk);
			continue;
		}
		strbuf_reset(&a);
		strbuf_reset(&q);
		sqltok_ident_value(&st, &tk, &a);
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
	strbuf_release(&a);
	strbuf_release(&q);
}

/*
 * Names in T's text outside strings, comments and bodies, tokenized;
 * SKIP_NAME: not before the first parenthesis (a function's own name).
 */
static void scan_sql(struct model *m, struct object *o, const struct sqltext *t, int skip_name)
{
	struct scan s = { m, o, t, skip_name };
	if (t->sql)
		scan_text(&s, t->sql, strlen(t->sql), 1, 1);
}

/* The names kept for each object, by object id. */
struct kept {
	const struct sql_ref **v;
	unsigned *first;        /* object i's names: v[first[i] .. first[i + 1]) */
};

/* Group REFS by object, keeping their order (a counting sort). */
static void kept_init(struct kept *k, const struct model *m, const struct sql_refs *refs)
{
	unsigned *fill = xcalloc(m->nobjs + 1, sizeof(*fill));
	k->v = xcalloc(refs->n + 1, sizeof(*k->v));
	k->first = xcalloc(m->nobjs + 2, sizeof(*k->first));
	for (unsigned i = 0; i < refs->n; i++)
		k->first[refs->v[i].o->id + 1]++;
	for (unsigned i = 0; i < m->nobjs; i++)
		k->first[i + 1] += k->first[i];
	for (unsigned i = 0; i < refs->n; i++) {
		unsigned id = refs->v[i].o->id;
		k->v[k->first[id] + fill[id]++] = &refs->v[i];
	}
	free(fill);
}

static void kept_release(struct kept *k)
{
	free(k->v);
	free(k->first);
}

/* An edge from O to what each of its kept names matches. */
static void depend_names(struct model *m, struct object *o, const struct kept *k)
{
	for (unsigned i = k->first[o->id]; i < k->first[o->id + 1]; i++) {
		const struct sql_ref *r = k->v[i];
		struct object *t;
		if (r->kind == SQLNAME_FUNCTION) {
			struct function *f = hashmap_get(&m->functions_by_name, r->qname);
			for (; f; f = f->next_overload)
				model_depend(m, o, f->h.id);
		} else if ((t = model_find_relation(m, r->qname))) {
			model_depend(m, o, t->id);
		}
	}
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

void refs_resolve(struct model *m, const struct role_refs *roles,
		  const struct sql_refs *sqlrefs)
{
	unsigned n = m->nobjs;
	struct kept k;
	kept_init(&k, m, sqlrefs);
	for (unsigned i = 0; i < n; i++) {
		struct object *o = m->objs[i];
		switch (o->kind) {
		case OBJ_EXTENSION:
			depend_schema(m, o, ((struct extension *)o)->a.schema);
			break;
		case OBJ_FUNCTION: {
			struct function *f = (struct function *)o;
			depend_schema(m, o, o->schema);
			if (f->language && !strcmp(f->language, "sql"))
				depend_names(m, o, &k);
			else
				scan_sql(m, o, &f->sql, 1);
			break;
		}
		case OBJ_TABLE:
		case OBJ_MATVIEW:
		case OBJ_VIEW: {
			struct relation *r = (struct relation *)o;
			if (r->origin != REL_USER)
				break;
			depend_schema(m, o, o->schema);
			depend_names(m, o, &k);
			resolve_depends_on(m, r);
			break;
		}
		case OBJ_GRANT:
			resolve_grant(m, (struct grant *)o);
			break;
		case OBJ_CRON:
			scan_sql(m, o, &((struct cron_job *)o)->command, 0);
			break;
		case OBJ_CHECK:
			depend_names(m, o, &k);
			break;
		default:
			break;
		}
	}
	kept_release(&k);
	resolve_roles(m, roles);
}

struct srcpos sqltext_offset_pos(const struct sqltext *t, size_t off)
{
	const char *s = t->raw ? t->raw : t->sql;
	size_t end = t->raw ? yraw_offset(t->raw, t->style, t->sql, off) : off;
	unsigned line = 1, col = 1;
	struct srcpos p;
	for (size_t i = 0; i < end && s[i]; i++) {
		if (s[i] == '\n') {
			line++;
			col = 1;
		} else if (((unsigned char)s[i] & 0xc0) != 0x80) {
			col++;
		}
	}
	if (!t->raw || line == 1)
		return sqltext_pos(t, line, col);
	/* the raw text's later lines hold their indent: columns are the file's */
	p = t->pos;
	p.line += line - 1;
	p.col = col;
	return p;
}
