/*
 * sqlparse.c: libpg_query's parse tree (JSON, read with jansson) walked
 * for RangeVar, FuncCall and TypeName nodes; each statement named by the
 * node type that wraps it ({"stmt": {"SelectStmt": {...}}}).
 *
 * In the JSON a node held by a generic Node pointer is wrapped in an
 * object naming its type ({"RangeVar": {...}}), but a field that holds a
 * given node type is written bare (InsertStmt's "relation" is a RangeVar
 * with no wrapper).  So bare nodes are recognised by the fields they
 * always carry: a RangeVar by "relname" and "relpersistence", a TypeName
 * by "names" and "typemod", a FuncCall by "funcname" and "funcformat".
 */
#include "sql/sqlparse.h"

#include <jansson.h>
#include <pg_query.h>
#include <stdlib.h>
#include <string.h>

#include "base/usage.h"

/* The WITH query names visible at the point of the walk, innermost last. */
struct scope {
	const char **v;
	size_t n, alloc;
};

struct walk {
	struct sqlparse *out;
	size_t nalloc, ralloc;
	struct scope ctes;
	const char *sql;
	int names;              /* 0: statements only (sqlparse_statements) */
};

/* The string of a {"String": {"sval": ...}} item, or NULL. */
static const char *string_item(json_t *item)
{
	json_t *s = json_object_get(item, "String");
	return json_string_value(json_object_get(s, "sval"));
}

/* The byte offset a node's "location" gives, or SQLPARSE_NOWHERE. */
static size_t location(json_t *node)
{
	json_t *l = json_object_get(node, "location");
	if (!json_is_integer(l) || json_integer_value(l) < 0)
		return SQLPARSE_NOWHERE;
	return (size_t)json_integer_value(l);
}

/* 1 when NAME is a WITH query in scope. */
static int in_scope(const struct walk *w, const char *name)
{
	for (size_t i = 0; i < w->ctes.n; i++)
		if (!strcmp(w->ctes.v[i], name))
			return 1;
	return 0;
}

/* Record (KIND, SCHEMA, NAME) at OFFSET; a later mention of it is dropped. */
static void add_name(struct walk *w, enum sqlname_kind kind, const char *schema,
		     const char *name, size_t offset)
{
	struct sqlparse *p = w->out;
	for (size_t i = 0; i < p->nnames; i++) {
		struct sqlname *n = &p->names[i];
		if (n->kind != kind || strcmp(n->name, name))
			continue;
		if (!n->schema != !schema || (schema && strcmp(n->schema, schema)))
			continue;
		if (offset < n->offset)
			n->offset = offset;
		return;
	}
	ALLOC_GROW(p->names, p->nnames + 1, w->nalloc);
	p->names[p->nnames].kind = kind;
	p->names[p->nnames].schema = schema ? xstrdup(schema) : NULL;
	p->names[p->nnames].name = xstrdup(name);
	p->names[p->nnames].offset = offset;
	p->nnames++;
}

/*
 * A dotted name held as a list of String items (FuncCall's funcname,
 * TypeName's names): the last item is the name, the one before it the
 * schema (a catalog before that is ignored).
 */
static void add_dotted(struct walk *w, enum sqlname_kind kind, json_t *list, size_t offset)
{
	size_t n = json_array_size(list);
	const char *name, *schema = NULL;
	if (!n || !(name = string_item(json_array_get(list, n - 1))))
		return;
	if (n > 1 && !(schema = string_item(json_array_get(list, n - 2))))
		return;
	add_name(w, kind, schema, name, offset);
}

static void walk(struct walk *w, json_t *v);

/* A RangeVar: a relation, unless it names a WITH query in scope. */
static void range_var(struct walk *w, json_t *node)
{
	const char *rel = json_string_value(json_object_get(node, "relname"));
	const char *schema = json_string_value(json_object_get(node, "schemaname"));
	if (!rel || (!schema && in_scope(w, rel)))
		return;
	add_name(w, SQLNAME_RELATION, schema, rel, location(node));
}

/* A TypeName; "x.y%TYPE" names a column, not a type. */
static void type_name(struct walk *w, json_t *node)
{
	if (json_is_true(json_object_get(node, "pct_type")))
		return;
	add_dotted(w, SQLNAME_TYPE, json_object_get(node, "names"), location(node));
}

/* Push the name of WITH query CTE (a {"CommonTableExpr": ...} item). */
static void push_cte(struct walk *w, json_t *cte)
{
	const char *name = json_string_value(
		json_object_get(json_object_get(cte, "CommonTableExpr"), "ctename"));
	if (!name)
		return;
	ALLOC_GROW(w->ctes.v, w->ctes.n + 1, w->ctes.alloc);
	w->ctes.v[w->ctes.n++] = name;
}

/*
 * A node with a WITH clause: each WITH query sees the ones before it (all
 * of them when RECURSIVE), and the rest of the node sees them all.
 */
static void with_node(struct walk *w, json_t *node, json_t *with)
{
	json_t *ctes = json_object_get(with, "ctes"), *cte, *v;
	size_t outer = w->ctes.n, i;
	const char *key;
	if (json_is_true(json_object_get(with, "recursive")))
		json_array_foreach(ctes, i, cte)
			push_cte(w, cte);
	json_array_foreach(ctes, i, cte) {
		walk(w, cte);
		if (!json_is_true(json_object_get(with, "recursive")))
			push_cte(w, cte);
	}
	json_object_foreach(node, key, v)
		if (strcmp(key, "withClause"))
			walk(w, v);
	w->ctes.n = outer;
}

/* The body of CREATE FUNCTION's option list OPTIONS, and its language. */
static void routine(struct walk *w, json_t *stmt)
{
	struct sqlparse *p = w->out;
	struct sqlroutine *r;
	json_t *opts = json_object_get(stmt, "options"), *o;
	size_t i;
	ALLOC_GROW(p->routines, p->nroutines + 1, w->ralloc);
	r = &p->routines[p->nroutines++];
	memset(r, 0, sizeof(*r));
	r->body_offset = SQLPARSE_NOWHERE;
	json_array_foreach(opts, i, o) {
		json_t *d = json_object_get(o, "DefElem");
		const char *name = json_string_value(json_object_get(d, "defname"));
		json_t *arg = json_object_get(d, "arg");
		if (!name)
			continue;
		if (!strcmp(name, "language") && string_item(arg)) {
			free(r->language);
			r->language = xstrdup(string_item(arg));
		} else if (!strcmp(name, "as")) {
			json_t *items = json_object_get(json_object_get(arg, "List"), "items");
			const char *body = json_array_size(items) == 1 ?
					   string_item(json_array_get(items, 0)) : NULL;
			size_t at = location(d);
			const char *found;
			if (!body)
				continue;
			free(r->body);
			r->body = xstrdup(body);
			/* verbatim in a dollar-quoted body; not when quotes were doubled */
			if (at != SQLPARSE_NOWHERE && at < strlen(w->sql) &&
			    (found = strstr(w->sql + at, body)))
				r->body_offset = (size_t)(found - w->sql);
		}
	}
}

/* A node body (an object): what it is, then what it holds. */
static void walk_object(struct walk *w, json_t *node)
{
	json_t *v, *with = json_object_get(node, "withClause");
	const char *key;
	if (json_object_get(node, "relname") && json_object_get(node, "relpersistence"))
		range_var(w, node);
	else if (json_is_array(json_object_get(node, "names")) && json_object_get(node, "typemod"))
		type_name(w, node);
	else if (json_is_array(json_object_get(node, "funcname")) && json_object_get(node, "funcformat"))
		add_dotted(w, SQLNAME_FUNCTION, json_object_get(node, "funcname"), location(node));
	if (json_is_object(with)) {
		with_node(w, node, with);
		return;
	}
	json_object_foreach(node, key, v) {
		if (!strcmp(key, "CreateFunctionStmt") && json_is_object(v))
			routine(w, v);
		walk(w, v);
	}
}

static void walk(struct walk *w, json_t *v)
{
	size_t i;
	json_t *item;
	if (json_is_object(v))
		walk_object(w, v);
	else if (json_is_array(v))
		json_array_foreach(v, i, item)
			walk(w, item);
}

/*
 * Sort the names of P by offset, those found first first among equals
 * (an insertion sort: stable, and a text names few things).
 */
static void sort_names(struct sqlparse *p)
{
	for (size_t i = 1; i < p->nnames; i++) {
		struct sqlname n = p->names[i];
		size_t j = i;
		for (; j > 0 && p->names[j - 1].offset > n.offset; j--)
			p->names[j] = p->names[j - 1];
		p->names[j] = n;
	}
}

/*
 * The byte offset of 1-based character CHARS of SQL (UTF-8), counting
 * one past the end as PostgreSQL does for "at end of input".
 */
static size_t char_to_byte(const char *sql, int chars)
{
	size_t i = 0, len = strlen(sql);
	if (chars <= 0)
		return 0;
	while (--chars > 0 && i < len) {
		i++;
		while (i < len && ((unsigned char)sql[i] & 0xc0) == 0x80)
			i++;
	}
	return i + 1;
}

/* From OFF in SQL, past blanks and comments: where a statement's text begins. */
static size_t skip_blanks(const char *sql, size_t off)
{
	for (;;) {
		while (sql[off] == ' ' || sql[off] == '\t' || sql[off] == '\n' ||
		       sql[off] == '\r' || sql[off] == '\f')
			off++;
		if (sql[off] == '-' && sql[off + 1] == '-') {
			while (sql[off] && sql[off] != '\n')
				off++;
		} else if (sql[off] == '/' && sql[off + 1] == '*') {
			const char *end = strstr(sql + off + 2, "*/");
			if (!end)
				return off;
			off = (size_t)(end - sql) + 2;
		} else {
			return off;
		}
	}
}

/* 1 when V holds, at any depth, an object with key KEY. */
static int holds_key(json_t *v, const char *key)
{
	const char *k;
	json_t *item;
	size_t i;
	if (json_is_object(v)) {
		json_object_foreach(v, k, item)
			if (!strcmp(k, key) || holds_key(item, key))
				return 1;
	} else if (json_is_array(v)) {
		json_array_foreach(v, i, item)
			if (holds_key(item, key))
				return 1;
	}
	return 0;
}

/* 1 when V holds, at any depth, a WITH query that changes data. */
static int holds_writing_cte(json_t *v)
{
	static const char *const writes[] = { "InsertStmt", "UpdateStmt", "DeleteStmt", "MergeStmt" };
	const char *k;
	json_t *item;
	size_t i;
	if (json_is_object(v)) {
		json_t *q = json_object_get(json_object_get(v, "CommonTableExpr"), "ctequery");
		for (i = 0; q && i < sizeof(writes) / sizeof(*writes); i++)
			if (json_object_get(q, writes[i]))
				return 1;
		json_object_foreach(v, k, item)
			if (holds_writing_cte(item))
				return 1;
	} else if (json_is_array(v)) {
		json_array_foreach(v, i, item)
			if (holds_writing_cte(item))
				return 1;
	}
	return 0;
}

/* What statement node STMT ({"SelectStmt": {...}}) is: its type, in *TYPE, and its SQLSTMT_* flags. */
static unsigned stmt_kind(json_t *stmt, char **type)
{
	const char *key = NULL;
	json_t *body = NULL;
	unsigned flags = 0;
	void *it = json_object_iter(stmt);
	if (it) {
		key = json_object_iter_key(it);
		body = json_object_iter_value(it);
	}
	*type = xstrdup(key ? key : "");
	if (key && !strcmp(key, "SelectStmt") && holds_key(body, "intoClause"))
		flags |= SQLSTMT_INTO;
	if (holds_writing_cte(body))
		flags |= SQLSTMT_WRITES;
	return flags;
}

/* The statements of the parse tree ROOT: count, offsets, types, names. */
static void read_tree(struct walk *w, json_t *root)
{
	struct sqlparse *p = w->out;
	json_t *stmts = json_object_get(root, "stmts"), *s;
	size_t i;
	p->nstatements = json_array_size(stmts);
	p->stmt_offsets = xcalloc(p->nstatements + 1, sizeof(*p->stmt_offsets));
	p->stmt_types = xcalloc(p->nstatements + 1, sizeof(*p->stmt_types));
	p->stmt_flags = xcalloc(p->nstatements + 1, sizeof(*p->stmt_flags));
	json_array_foreach(stmts, i, s) {
		json_t *loc = json_object_get(s, "stmt_location");
		size_t at = json_is_integer(loc) ? (size_t)json_integer_value(loc) : 0;
		p->stmt_offsets[i] = skip_blanks(w->sql, at);
		p->stmt_flags[i] = stmt_kind(json_object_get(s, "stmt"), &p->stmt_types[i]);
		if (w->names)
			walk(w, json_object_get(s, "stmt"));
	}
	sort_names(p);
}

/* Parse SQL into *OUT: statements, and with NAMES the names and routines too. */
static int parse_sql(const char *sql, struct sqlparse *out, int names)
{
	PgQueryParseResult r = pg_query_parse(sql);
	struct walk w = { out, 0, 0, { NULL, 0, 0 }, sql, names };
	json_error_t jerr;
	json_t *root;
	int ret = 0;

	memset(out, 0, sizeof(*out));
	if (r.error) {
		out->error = xstrdup(r.error->message);
		out->error_offset = char_to_byte(sql, r.error->cursorpos);
		pg_query_free_parse_result(r);
		return -1;
	}
	root = json_loads(r.parse_tree, 0, &jerr);
	if (!root) {
		/* libpg_query wrote JSON that jansson cannot read: not the user's doing */
		ret = error("cannot read the parse tree of libpg_query: %s", jerr.text);
		out->error = xstrdup("cannot read the parse tree");
	} else {
		read_tree(&w, root);
		json_decref(root);
	}
	free(w.ctes.v);
	pg_query_free_parse_result(r);
	return ret;
}

int sqlparse(const char *sql, struct sqlparse *out)
{
	return parse_sql(sql, out, 1);
}

long sqlparse_statements(const char *sql, struct sqlparse *out)
{
	if (parse_sql(sql, out, 0) < 0)
		return -1;
	return (long)out->nstatements;
}

void sqlparse_stmt_words(const char *type, struct strbuf *out)
{
	static const char *const said[][2] = {
		{ "TransactionStmt", "BEGIN, COMMIT or ROLLBACK" },
		{ "VariableSetStmt", "SET" },
		{ "VariableShowStmt", "SHOW" },
		{ "RefreshMatViewStmt", "REFRESH MATERIALIZED VIEW" },
		{ "CreateFunctionStmt", "CREATE FUNCTION" },
		{ "IndexStmt", "CREATE INDEX" },
		{ "ViewStmt", "CREATE VIEW" },
		{ "CreateStmt", "CREATE TABLE" },
		{ "ExecuteStmt", "EXECUTE" },
		{ "DoStmt", "DO" },
	};
	size_t len = strlen(type);
	for (size_t i = 0; i < sizeof(said) / sizeof(*said); i++)
		if (!strcmp(said[i][0], type)) {
			strbuf_addstr(out, said[i][1]);
			return;
		}
	if (len > 4 && !strcmp(type + len - 4, "Stmt"))
		len -= 4;
	/* CamelCase into words: "AlterTable" -> "ALTER TABLE" */
	for (size_t i = 0; i < len; i++) {
		char c = type[i];
		if (i && c >= 'A' && c <= 'Z' && !(type[i - 1] >= 'A' && type[i - 1] <= 'Z'))
			strbuf_addch(out, ' ');
		strbuf_addch(out, c >= 'a' && c <= 'z' ? c - 32 : c);
	}
}

void sqlparse_release(struct sqlparse *p)
{
	for (size_t i = 0; i < p->nnames; i++) {
		free(p->names[i].schema);
		free(p->names[i].name);
	}
	for (size_t i = 0; i < p->nroutines; i++) {
		free(p->routines[i].language);
		free(p->routines[i].body);
	}
	free(p->names);
	free(p->routines);
	for (size_t i = 0; p->stmt_types && i < p->nstatements; i++)
		free(p->stmt_types[i]);
	free(p->stmt_offsets);
	free(p->stmt_types);
	free(p->stmt_flags);
	free(p->error);
	memset(p, 0, sizeof(*p));
}
