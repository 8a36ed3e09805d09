/*
 * quote: identifiers, literals and dollar-quoted bodies as SQL text.
 * See quote.h for the rules.
 */
#include "sql/quote.h"
#include "sql/sqltok.h"
#include "base/hashmap.h"
#include "base/usage.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <xxhash.h>

/*
 * PostgreSQL 15's keywords whose category is not UNRESERVED_KEYWORD
 * (RESERVED, COL_NAME and TYPE_FUNC_NAME), from src/include/parser/kwlist.h.
 * These are the words quote_identifier() quotes.  Sorted (ASCII) for
 * bsearch; every entry is lower case.
 */
static const char *const keywords[] = {
	"all", "analyse", "analyze", "and", "any", "array", "as", "asc",
	"asymmetric", "authorization", "between", "bigint", "binary", "bit",
	"boolean", "both", "case", "cast", "char", "character", "check",
	"coalesce", "collate", "collation", "column", "concurrently",
	"constraint", "create", "cross", "current_catalog", "current_date",
	"current_role", "current_schema", "current_time",
	"current_timestamp", "current_user", "dec", "decimal", "default",
	"deferrable", "desc", "distinct", "do", "else", "end", "except",
	"exists", "extract", "false", "fetch", "float", "for", "foreign",
	"freeze", "from", "full", "grant", "greatest", "group", "grouping",
	"having", "ilike", "in", "initially", "inner", "inout", "int",
	"integer", "intersect", "interval", "into", "is", "isnull", "join",
	"lateral", "leading", "least", "left", "like", "limit", "localtime",
	"localtimestamp", "national", "natural", "nchar", "none", "normalize",
	"not", "notnull", "null", "nullif", "numeric", "offset", "on", "only",
	"or", "order", "out", "outer", "overlaps", "overlay", "placing",
	"position", "precision", "primary", "real", "references", "returning",
	"right", "row", "select", "session_user", "setof", "similar",
	"smallint", "some", "substring", "symmetric", "table", "tablesample",
	"then", "time", "timestamp", "to", "trailing", "treat", "trim", "true",
	"union", "unique", "user", "using", "values", "varchar", "variadic",
	"verbose", "when", "where", "window", "with", "xmlattributes",
	"xmlconcat", "xmlelement", "xmlexists", "xmlforest", "xmlnamespaces",
	"xmlparse", "xmlpi", "xmlroot", "xmlserialize", "xmltable",
};

/* No keyword is this long; longer words are never keywords. */
#define KEYWORD_MAX 32

/* Hash part of a shortened name: "_" and 8 hex digits. */
#define HASH_PART_LEN 9
/* ident_shorten keeps at least this much of BASE when SUFFIX is huge. */
#define BASE_KEEP_MIN 8

static int keyword_cmp(const void *key, const void *elem)
{
	const char *a = key, *b = *(const char *const *)elem;

	/* most words differ in their first letter: no call for those */
	if (a[0] != b[0])
		return (unsigned char)a[0] - (unsigned char)b[0];
	return strcmp(a, b);
}

int quote_is_keyword(const char *word)
{
	char low[KEYWORD_MAX + 1];
	size_t i;

	for (i = 0; word[i]; i++) {
		char c = word[i];

		if (i == KEYWORD_MAX)
			return 0;
		low[i] = (c >= 'A' && c <= 'Z') ? (char)(c - 'A' + 'a') : c;
	}
	low[i] = '\0';
	return bsearch(low, keywords, sizeof(keywords) / sizeof(keywords[0]),
		       sizeof(keywords[0]), keyword_cmp) != NULL;
}

/* 1 when C may start a bare identifier. */
static int ident_start(char c)
{
	return (c >= 'a' && c <= 'z') || c == '_';
}

/* 1 when C may follow the first character of a bare identifier. */
static int ident_cont(char c)
{
	return ident_start(c) || (c >= '0' && c <= '9') || c == '$';
}

int quote_ident_needed(const char *name)
{
	const char *p;

	if (!ident_start(name[0]))
		return 1;
	for (p = name + 1; *p; p++)
		if (!ident_cont(*p))
			return 1;
	return quote_is_keyword(name);
}

/*
 * Append the LEN bytes at S, writing every byte found in SPECIAL (one
 * or two characters) twice.  S holds no NUL within LEN.
 */
static void add_doubled(struct strbuf *sb, const char *s, size_t len,
			const char *special)
{
	const char a = special[0], b = special[1] ? special[1] : special[0];
	size_t start = 0, i;

	for (i = 0; i < len; i++) {
		if (s[i] != a && s[i] != b)
			continue;
		strbuf_add(sb, s + start, i + 1 - start);
		strbuf_addch(sb, s[i]);
		start = i + 1;
	}
	strbuf_add(sb, s + start, len - start);
}

void quote_ident(struct strbuf *sb, const char *name)
{
	if (!quote_ident_needed(name)) {
		strbuf_addstr(sb, name);
		return;
	}
	strbuf_addch(sb, '"');
	add_doubled(sb, name, strlen(name), "\"");
	strbuf_addch(sb, '"');
}

void quote_qualified(struct strbuf *sb, const char *schema, const char *name)
{
	if (schema) {
		quote_ident(sb, schema);
		strbuf_addch(sb, '.');
	}
	quote_ident(sb, name);
}

void quote_literal(struct strbuf *sb, const char *s)
{
	quote_literal_len(sb, s, strlen(s));
}

/*
 * Like PQescapeLiteral, the value ends at the first NUL within LEN (a
 * NUL cannot be part of SQL text).
 */
void quote_literal_len(struct strbuf *sb, const char *s, size_t len)
{
	int e_string;

	len = strnlen(s, len);
	e_string = memchr(s, '\\', len) != NULL;
	if (e_string)
		strbuf_addch(sb, 'E');
	strbuf_addch(sb, '\'');
	add_doubled(sb, s, len, e_string ? "'\\" : "'");
	strbuf_addch(sb, '\'');
}

void quote_literal_body(struct strbuf *sb, const char *s, int e_string)
{
	add_doubled(sb, s, strlen(s), e_string ? "'\\" : "'");
}

/* 1 when S ends with the LEN bytes at END. */
static int ends_with(const char *s, const char *end, size_t len)
{
	size_t slen = strlen(s);

	return slen >= len && memcmp(s + slen - len, end, len) == 0;
}

/*
 * 1 when TAG can delimit BODY: the first TAG in BODY TAG must be the
 * closing one, so BODY may neither hold TAG nor end with TAG less its
 * final '$' (as "x$pgform" would, closing early at "x$pgform$").
 */
static int dollar_tag_ok(const char *body, const char *tag)
{
	size_t len = strlen(tag);

	return !strstr(body, tag) && !ends_with(body, tag, len - 1);
}

void quote_dollar(struct strbuf *sb, const char *body)
{
	char tag[32] = "$pgform$";
	unsigned long n;

	for (n = 1; !dollar_tag_ok(body, tag); n++)
		snprintf(tag, sizeof(tag), "$pgform_%lu$", n);
	strbuf_addstr(sb, tag);
	strbuf_addstr(sb, body);
	strbuf_addstr(sb, tag);
}

int ident_too_long(const char *name)
{
	return strlen(name) > PG_IDENT_MAX;
}

/* Length of S's longest prefix within MAX bytes ending on a char boundary. */
static size_t utf8_cut(const char *s, size_t len, size_t max)
{
	if (max >= len)
		return len;
	while (max > 0 && ((unsigned char)s[max] & 0xC0) == 0x80)
		max--;
	return max;
}

/*
 * The shortened form keeps as much of BASE as fits beside the hash and
 * SUFFIX.  When SUFFIX is too long to leave BASE_KEEP_MIN bytes of BASE,
 * SUFFIX is cut as well and the hash then covers SUFFIX too, so names
 * that differ only past the cut still differ.
 */
void ident_shorten(struct strbuf *sb, const char *base, const char *suffix)
{
	size_t blen = strlen(base), slen = strlen(suffix);
	size_t keep = blen < BASE_KEEP_MIN ? blen : BASE_KEEP_MIN;
	size_t bcut, scut = slen;
	XXH32_hash_t h;

	if (blen + slen <= PG_IDENT_MAX) {
		strbuf_add(sb, base, blen);
		strbuf_add(sb, suffix, slen);
		return;
	}
	h = XXH32(base, blen, 0);
	if (slen > PG_IDENT_MAX - HASH_PART_LEN - keep) {
		scut = utf8_cut(suffix, slen,
				PG_IDENT_MAX - HASH_PART_LEN - keep);
		h = XXH32(suffix, slen, h);
	}
	bcut = utf8_cut(base, blen, PG_IDENT_MAX - HASH_PART_LEN - scut);
	strbuf_add(sb, base, bcut);
	strbuf_addf(sb, "_%08x", (unsigned int)h);
	strbuf_add(sb, suffix, scut);
}

void quote_array_elem(struct strbuf *sb, const char *s)
{
	if (!s) {
		strbuf_addstr(sb, "NULL");
		return;
	}
	strbuf_addch(sb, '"');
	for (; *s; s++) {
		if (*s == '"' || *s == '\\')
			strbuf_addch(sb, '\\');
		strbuf_addch(sb, *s);
	}
	strbuf_addch(sb, '"');
}

/*
 * Which of FROM[0..N) the identifier TOK names, or -1 (the first when a
 * name is given twice).  BYNAME maps each name to its index + 1 when there
 * are many names (a view of hundreds of parts), else it is empty.
 */
static int renamed_index(const struct sqltok_state *st, const struct sqltok *tok,
			 const char *const *from, unsigned n, const struct hashmap *byname,
			 struct strbuf *tmp)
{
	if (tok->type != SQLTOK_IDENT && tok->type != SQLTOK_QIDENT)
		return -1;
	strbuf_reset(tmp);
	sqltok_ident_value(st, tok, tmp);
	if (byname->count)
		return (int)(intptr_t)hashmap_get(byname, tmp->buf) - 1;
	for (unsigned i = 0; i < n; i++)
		if (!strcmp(tmp->buf, from[i]))
			return (int)i;
	return -1;
}

static int is_punct(const struct sqltok_state *st, const struct sqltok *tok, char c)
{
	return tok->type == SQLTOK_PUNCT && tok->len == 1 && st->text[tok->start] == c;
}

/*
 * Query levels of the tokens T[0..NT): a parenthesis that starts a query
 * (SELECT, WITH, VALUES, TABLE) opens a level inside the one around it;
 * UNION, INTERSECT and EXCEPT start a level beside the current one (the
 * next arm).  SCOPE[k] is token K's level, PARENT[] each level's outer
 * one (-1 at the top).  Returns the number of levels.
 */
static size_t query_levels(const struct sqltok_state *st, const struct sqltok *t, size_t nt,
			   size_t *scope, long *parent)
{
	size_t *saved = xcalloc(nt + 1, sizeof(size_t)), depth = 0, cur = 0, nscopes = 1;
	parent[0] = -1;
	for (size_t k = 0; k < nt; k++) {
		if (is_punct(st, &t[k], '(')) {
			saved[depth++] = cur;
			if (k + 1 < nt && (sqltok_is_word(st, &t[k + 1], "select") || sqltok_is_word(st, &t[k + 1], "with") ||
					   sqltok_is_word(st, &t[k + 1], "values") || sqltok_is_word(st, &t[k + 1], "table"))) {
				parent[nscopes] = (long)cur;
				cur = nscopes++;
			}
		} else if (is_punct(st, &t[k], ')')) {
			if (depth)
				cur = saved[--depth];
		} else if (sqltok_is_word(st, &t[k], "union") || sqltok_is_word(st, &t[k], "intersect") ||
			   sqltok_is_word(st, &t[k], "except")) {
			parent[nscopes] = parent[cur];
			cur = nscopes++;
		}
		scope[k] = cur;
	}
	free(saved);
	return nscopes;
}

/* Is token K (after a relation's name in FROM) an alias of it? */
static int aliased(const struct sqltok_state *st, const struct sqltok *t, size_t nt, size_t k)
{
	static const char *const after_from_item[] = {
		"where", "group", "having", "window", "order", "limit", "offset", "fetch", "for",
		"union", "intersect", "except", "join", "inner", "left", "right", "full", "cross",
		"natural", "on", "using", "tablesample", "returning", NULL,
	};
	if (k >= nt)
		return 0;
	if (t[k].type == SQLTOK_QIDENT)
		return 1;
	if (t[k].type != SQLTOK_IDENT)
		return 0;
	for (unsigned i = 0; after_from_item[i]; i++)
		if (sqltok_is_word(st, &t[k], after_from_item[i]))
			return 0;
	return 1; /* AS, or the alias itself */
}

unsigned quote_rename_relations(const char *sql, const char *schema, const char *const *from,
				const char *const *to, unsigned n, struct strbuf *out)
{
	struct sqltok_state st;
	struct sqltok *t = NULL;
	struct strbuf tmp = STRBUF_INIT;
	size_t len = strlen(sql), copied = 0, nt = 0, at = 0;
	unsigned renamed = 0;
	struct hashmap byname = HASHMAP_INIT;
	if (n > 16)
		for (unsigned i = n; i-- > 0;)  /* backwards: the first of a name given twice wins */
			hashmap_put(&byname, from[i], (void *)(intptr_t)(i + 1));
	sqltok_init(&st, sql, len, 1, 1);
	for (;;) {
		if (nt == at) {
			at = at ? at * 2 : 256;
			t = xrealloc(t, at * sizeof(*t));
		}
		enum sqltok_type ty = sqltok_next(&st, &t[nt]);
		if (ty == SQLTOK_EOF || ty == SQLTOK_ERROR)
			break;
		nt++;
	}
	size_t *scope = xcalloc(nt + 1, sizeof(size_t));
	long *parent = xcalloc(nt + 2, sizeof(long));
	size_t nscopes = query_levels(&st, t, nt, scope, parent);
	/* what each token is: 1 a qualified reference, 2 a column qualifier; which name */
	char *what = xcalloc(nt + 1, 1);
	int *which = xcalloc(nt + 1, sizeof(int));
	for (size_t k = 0; k < nt; k++) {
		int i = renamed_index(&st, &t[k], from, n, &byname, &tmp);
		if (i < 0)
			continue;
		which[k] = i;
		int after_dot = k >= 1 && is_punct(&st, &t[k - 1], '.');
		if (after_dot && k >= 2 && (t[k - 2].type == SQLTOK_IDENT || t[k - 2].type == SQLTOK_QIDENT) &&
		    !(k >= 3 && is_punct(&st, &t[k - 3], '.'))) {
			strbuf_reset(&tmp);
			sqltok_ident_value(&st, &t[k - 2], &tmp);
			if (!strcmp(tmp.buf, schema))
				what[k] = 1;
		}
		/* a column qualifier; not when the name is the schema's too (s.s: which is it?) */
		if (!after_dot && k + 1 < nt && is_punct(&st, &t[k + 1], '.') && strcmp(from[i], schema))
			what[k] = 2;
	}
	/* has[level * n + i]: FROM[i] is named, qualified, in that query level */
	char *has = xcalloc(nscopes * n + 1, 1);
	for (size_t k = 0; k < nt; k++)
		if (what[k] == 1 && !aliased(&st, t, nt, k + 1))
			has[scope[k] * n + (size_t)which[k]] = 1;
	for (size_t k = 0; k < nt; k++) {
		if (!what[k])
			continue;
		if (what[k] == 2) {
			/* the relation is renamed in this query level or one around it */
			int found = 0;
			for (long sc = (long)scope[k]; sc >= 0 && !found; sc = parent[sc])
				found = has[(size_t)sc * n + (size_t)which[k]];
			if (!found)
				continue;
		}
		strbuf_add(out, sql + copied, t[k].start - copied);
		quote_ident(out, to[which[k]]);
		copied = t[k].start + t[k].len;
		renamed += what[k] == 1;
	}
	strbuf_add(out, sql + copied, len - copied);
	strbuf_release(&tmp);
	hashmap_free(&byname);
	free(has);
	free(what);
	free(which);
	free(parent);
	free(scope);
	free(t);
	return renamed;
}

void sql_end(struct strbuf *sb)
{
	strbuf_rtrim(sb);
	if (sb->len && sb->buf[sb->len - 1] == ';')
		strbuf_setlen(sb, sb->len - 1);
	strbuf_rtrim(sb);
	strbuf_addch(sb, '\0');
}

void sql_secret(struct strbuf *sb)
{
	strbuf_add(sb, "\0\001\0", 3);
}
