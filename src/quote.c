/*
 * quote: identifiers, literals and dollar-quoted bodies as SQL text.
 * See quote.h for the rules.
 */
#include "quote.h"

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
	return strcmp(key, *(const char *const *)elem);
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
 * Append the LEN bytes at S, writing every byte found in SPECIAL twice.
 * S holds no NUL within LEN.
 */
static void add_doubled(struct strbuf *sb, const char *s, size_t len,
			const char *special)
{
	size_t start = 0, i;

	for (i = 0; i < len; i++) {
		if (!strchr(special, s[i]))
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
