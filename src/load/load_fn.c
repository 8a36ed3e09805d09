/*
 * load_fn.c: the functions: section.  Each item holds one or more
 * CREATE [OR REPLACE] FUNCTION|PROCEDURE statements; each becomes a
 * function object named by its argument types, as
 * oidvectortypes(proargtypes) prints them (no names, no modes).
 */
#include <string.h>

#include "load/load_int.h"
#include "sql/sqltok.h"
#include "base/usage.h"

/* Built-in type spellings and the names PostgreSQL prints for them. */
static const char *const type_alias[][2] = {
	{ "int", "integer" }, { "int4", "integer" }, { "int8", "bigint" },
	{ "int2", "smallint" }, { "bool", "boolean" }, { "float8", "double precision" },
	{ "float4", "real" }, { "float", "double precision" },
	{ "varchar", "character varying" }, { "char", "character" },
	{ "timestamptz", "timestamp with time zone" },
	{ "timestamp", "timestamp without time zone" },
	{ "timetz", "time with time zone" }, { "time", "time without time zone" },
	{ "decimal", "numeric" }, { "bpchar", "character" },
};

/* Words that begin a multi-word type name. */
static int type_continues(const char *first, const char *second)
{
	static const char *const starts[] = {
		"double", "character", "char", "national", "bit", "timestamp",
		"time", "interval", NULL,
	};
	static const char *const nexts[] = {
		"precision", "varying", "with", "without", "(", "[", ".", NULL,
	};
	int s = 0;
	if (!strcmp(second, "."))
		return 1;
	for (const char *const *p = starts; *p; p++)
		if (!strcasecmp(*p, first))
			s = 1;
	if (!s)
		return 0;
	for (const char *const *p = nexts; *p; p++)
		if (!strcasecmp(*p, second))
			return 1;
	return 0;
}

struct argtok {
	char text[64];
	enum sqltok_type type;
};

/* Append the identity type of one argument (tokens T[0..n)) to SB. */
static void arg_identity(struct argtok *t, unsigned n, int procedure, struct strbuf *sb)
{
	unsigned i = 0, end = n;
	struct strbuf ty = STRBUF_INIT;
	if (n && t[0].type == SQLTOK_IDENT) {
		if (!strcmp(t[0].text, "out") && !procedure)
			return;
		/*
		 * The mode is not part of the identity: the catalog names a
		 * function by its argument types alone (a procedure's OUT
		 * arguments included), VARIADIC int[] being int[].
		 */
		if (!strcmp(t[0].text, "in") || !strcmp(t[0].text, "out") ||
		    !strcmp(t[0].text, "inout") || !strcmp(t[0].text, "variadic"))
			i = 1;
	}
	for (unsigned k = i; k < n; k++)
		if ((t[k].type == SQLTOK_IDENT && !strcmp(t[k].text, "default")) ||
		    (t[k].type == SQLTOK_OP && !strcmp(t[k].text, "="))) {
			end = k;
			break;
		}
	if (end - i >= 2 && !type_continues(t[i].text, t[i + 1].text))
		i++;
	/* drop type modifiers: varchar(10) -> varchar */
	int depth = 0, first = 1;
	for (unsigned k = i; k < end; k++) {
		if (!strcmp(t[k].text, "(")) {
			depth++;
			continue;
		}
		if (!strcmp(t[k].text, ")")) {
			depth--;
			continue;
		}
		if (depth)
			continue;
		if (!strcmp(t[k].text, ".") || !strcmp(t[k].text, "[") || !strcmp(t[k].text, "]")) {
			strbuf_addstr(&ty, t[k].text);
			first = 1;
			continue;
		}
		if (!first && ty.len && ty.buf[ty.len - 1] != ' ')
			strbuf_addch(&ty, ' ');
		strbuf_addstr(&ty, t[k].text);
		first = 0;
	}
	for (size_t k = 0; k < sizeof(type_alias) / sizeof(type_alias[0]); k++) {
		size_t al = strlen(type_alias[k][0]);
		if (!strncmp(ty.buf, type_alias[k][0], al) &&
		    (ty.buf[al] == '\0' || ty.buf[al] == '[')) {
			struct strbuf r = STRBUF_INIT;
			strbuf_addstr(&r, type_alias[k][1]);
			strbuf_addstr(&r, ty.buf + al);
			strbuf_release(&ty);
			ty = r;
			break;
		}
	}
	if (sb->len)
		strbuf_addstr(sb, ", ");
	strbuf_addbuf(sb, &ty);
	strbuf_release(&ty);
}

struct fn_ctx {
	struct loader *ld;
	const struct sqltext *src;
	const char *text;
};

/* One statement: must be CREATE [OR REPLACE] FUNCTION|PROCEDURE. */
static int fn_statement(void *data, size_t off, size_t len, unsigned line, unsigned col)
{
	struct fn_ctx *c = data;
	struct loader *ld = c->ld;
	struct sqltok_state st;
	struct sqltok tk;
	struct srcpos pos = sqltext_pos(c->src, line, col);
	struct strbuf schema = STRBUF_INIT, name = STRBUF_INIT, args = STRBUF_INIT;
	struct argtok at[64];
	unsigned nat = 0;
	int procedure = 0, depth = 0;
	const char *language = NULL;

	sqltok_init(&st, c->text + off, len, line, col);
	sqltok_next(&st, &tk);
	if (!sqltok_is_word(&st, &tk, "create"))
		goto notfn;
	sqltok_next(&st, &tk);
	if (sqltok_is_word(&st, &tk, "or")) {
		sqltok_next(&st, &tk);
		if (!sqltok_is_word(&st, &tk, "replace"))
			goto notfn;
		sqltok_next(&st, &tk);
	}
	if (sqltok_is_word(&st, &tk, "procedure"))
		procedure = 1;
	else if (!sqltok_is_word(&st, &tk, "function"))
		goto notfn;
	sqltok_next(&st, &tk);
	if (tk.type != SQLTOK_IDENT && tk.type != SQLTOK_QIDENT)
		goto bad;
	sqltok_ident_value(&st, &tk, &name);
	sqltok_next(&st, &tk);
	if (tk.type == SQLTOK_PUNCT && tk.len == 1 && st.text[tk.start] == '.') {
		strbuf_addbuf(&schema, &name);
		strbuf_reset(&name);
		sqltok_next(&st, &tk);
		if (tk.type != SQLTOK_IDENT && tk.type != SQLTOK_QIDENT)
			goto bad;
		sqltok_ident_value(&st, &tk, &name);
		sqltok_next(&st, &tk);
	}
	if (!schema.len)
		strbuf_addstr(&schema, "public");
	if (!(tk.type == SQLTOK_PUNCT && st.text[tk.start] == '('))
		goto bad;
	depth = 1;
	while (depth > 0) {
		if (sqltok_next(&st, &tk) == SQLTOK_EOF || tk.type == SQLTOK_ERROR)
			goto bad;
		char ch = st.text[tk.start];
		if (tk.type == SQLTOK_PUNCT && ch == '(')
			depth++;
		if (tk.type == SQLTOK_PUNCT && ch == ')' && --depth == 0)
			break;
		if (depth == 1 && tk.type == SQLTOK_PUNCT && ch == ',') {
			arg_identity(at, nat, procedure, &args);
			nat = 0;
			continue;
		}
		if (nat < 64) {
			struct strbuf v = STRBUF_INIT;
			if (tk.type == SQLTOK_IDENT || tk.type == SQLTOK_QIDENT)
				sqltok_ident_value(&st, &tk, &v);
			else
				strbuf_add(&v, st.text + tk.start, tk.len);
			snprintf(at[nat].text, sizeof(at[nat].text), "%s", v.buf);
			at[nat].type = tk.type;
			nat++;
			strbuf_release(&v);
		}
	}
	if (nat)
		arg_identity(at, nat, procedure, &args);
	while (sqltok_next(&st, &tk) != SQLTOK_EOF && tk.type != SQLTOK_ERROR) {
		if (sqltok_is_word(&st, &tk, "language")) {
			struct strbuf v = STRBUF_INIT;
			sqltok_next(&st, &tk);
			if (tk.type == SQLTOK_STRING)
				strbuf_add(&v, st.text + tk.body_start, tk.body_len);
			else
				sqltok_ident_value(&st, &tk, &v);
			language = arena_strdup(&ld->m->arena, v.buf);
			strbuf_release(&v);
			break;
		}
	}
	if (ld_name_fits(ld, pos, schema.buf, "function schema") < 0 ||
	    ld_name_fits(ld, pos, name.buf, "function") < 0)
		goto done;
	{
		const char *ident = arena_printf(&ld->m->arena, "%s.%s(%s)", schema.buf, name.buf, args.buf);
		struct object *prev = model_find(ld->m, OBJ_FUNCTION, ident);
		struct function *fn;
		if (prev) {
			diag_error(ld->d, pos, "duplicate function '%s' (first at %s:%u:%u)",
				   ident, prev->pos.file, prev->pos.line, prev->pos.col);
			goto done;
		}
		fn = (struct function *)model_add(ld->m, sizeof(*fn), OBJ_FUNCTION,
						  arena_strdup(&ld->m->arena, schema.buf),
						  arena_strdup(&ld->m->arena, name.buf), ident, pos);
		fn->args = arena_strdup(&ld->m->arena, args.buf);
		fn->sql.sql = arena_strndup(&ld->m->arena, c->text + off, len);
		fn->sql.pos = pos;
		fn->sql.block = c->src->block;
		fn->sql.indent = c->src->indent;
		if (line > 1 || !c->src->block)
			fn->sql.pos = pos;
		fn->language = language;
		fn->procedure = procedure;
		refs_parse_function(ld, fn, c->src, off);
		const char *key = arena_printf(&ld->m->arena, "%s.%s", schema.buf, name.buf);
		struct function *first = hashmap_get(&ld->m->functions_by_name, key);
		if (first) {
			while (first->next_overload)
				first = first->next_overload;
			first->next_overload = fn;
		} else {
			hashmap_put(&ld->m->functions_by_name, key, fn);
		}
	}
	goto done;
notfn:
	diag_error(ld->d, pos, "expected CREATE FUNCTION or CREATE PROCEDURE in 'functions'");
	goto done;
bad:
	diag_error(ld->d, pos, "cannot read the name and arguments of this function");
done:
	strbuf_release(&schema);
	strbuf_release(&name);
	strbuf_release(&args);
	return 0;
}

static const char *const function_keys[] = { "sql", "sql_file", NULL };

void ld_functions(struct loader *ld, struct yfile *f, yaml_node_t *n)
{
	yaml_node_t *it;
	if (yexpect_seq(f, n, "'functions'", ld->d) < 0)
		return;
	YSEQ_FOREACH(f, n, it) {
		struct sqltext src;
		struct fn_ctx c;
		const char *err;
		unsigned el, ec;
		if (yexpect_map(f, it, "an item of 'functions'", ld->d) < 0)
			continue;
		ld_check_keys(ld, f, it, function_keys, "an item of 'functions'");
		if (ld_sql(ld, f, it, "sql", "an item of 'functions'", 1, &src) <= 0)
			continue;
		refs_no_marker(ld, &src, "SQL", "an item of 'functions'");
		c.ld = ld;
		c.src = &src;
		c.text = src.sql;
		/* positions from the splitter are relative to the text */
		if (sqltok_split(src.sql, strlen(src.sql), fn_statement, &c, &err, &el, &ec) < 0)
			diag_error(ld->d, sqltext_pos(&src, el, ec), "%s", err);
	}
}
