/*
 * test-quote: identifiers, literals, dollar quoting and name shortening.
 */
#include <string.h>

#include "sql/quote.h"
#include "base/strbuf.h"
#include "tap.h"

static struct strbuf sb = STRBUF_INIT;

/* Check quote_ident(NAME) against WANT. */
static void t_ident(const char *name, const char *want, const char *label)
{
	strbuf_reset(&sb);
	quote_ident(&sb, name);
	is_str(sb.buf, want, label);
}

/* Check quote_qualified(SCHEMA, NAME) against WANT. */
static void t_qualified(const char *schema, const char *name,
			const char *want, const char *label)
{
	strbuf_reset(&sb);
	quote_qualified(&sb, schema, name);
	is_str(sb.buf, want, label);
}

/* Check quote_literal(S) against WANT. */
static void t_literal(const char *s, const char *want, const char *label)
{
	strbuf_reset(&sb);
	quote_literal(&sb, s);
	is_str(sb.buf, want, label);
}

/* Check quote_literal_len(S, LEN) against WANT. */
static void t_literal_len(const char *s, size_t len, const char *want,
			  const char *label)
{
	strbuf_reset(&sb);
	quote_literal_len(&sb, s, len);
	is_str(sb.buf, want, label);
}

/* Check quote_literal_body(S, E_STRING) against WANT. */
static void t_body(const char *s, int e_string, const char *want,
		   const char *label)
{
	strbuf_reset(&sb);
	quote_literal_body(&sb, s, e_string);
	is_str(sb.buf, want, label);
}

/* Check quote_dollar(BODY) against WANT. */
static void t_dollar(const char *body, const char *want, const char *label)
{
	strbuf_reset(&sb);
	quote_dollar(&sb, body);
	is_str(sb.buf, want, label);
}

/* Check ident_shorten(BASE, SUFFIX) against WANT and the length limit. */
static void t_shorten(const char *base, const char *suffix, const char *want,
		      const char *label)
{
	strbuf_reset(&sb);
	ident_shorten(&sb, base, suffix);
	is_str(sb.buf, want, label);
	ok(sb.len <= PG_IDENT_MAX, "%s: %zu bytes fit", label, sb.len);
}

/* Fill BUF with N copies of the string UNIT, NUL-terminated. */
static char *repeat(char *buf, const char *unit, size_t n)
{
	size_t ulen = strlen(unit), i;

	for (i = 0; i < n; i++)
		memcpy(buf + i * ulen, unit, ulen);
	buf[n * ulen] = '\0';
	return buf;
}

/* 1 when S is whole UTF-8 sequences (not cut inside a character). */
static int utf8_whole(const char *s)
{
	const unsigned char *p = (const unsigned char *)s;

	while (*p) {
		size_t n = *p < 0x80 ? 1 : *p >= 0xF0 ? 4 : *p >= 0xE0 ? 3 :
			   *p >= 0xC0 ? 2 : 0;
		size_t i;

		if (!n)
			return 0;
		for (i = 1; i < n; i++)
			if ((p[i] & 0xC0) != 0x80)
				return 0;
		p += n;
	}
	return 1;
}

static void test_idents(void)
{
	t_ident("orders", "orders", "plain name stays bare");
	t_ident("_x9$", "_x9$", "underscore, digit and $ stay bare");
	t_ident("a$b", "a$b", "$ inside stays bare");
	t_ident("$a", "\"$a\"", "$ first is quoted");
	t_ident("Foo", "\"Foo\"", "upper case is quoted");
	t_ident("FOO", "\"FOO\"", "all upper case is quoted");
	t_ident("my table", "\"my table\"", "space is quoted");
	t_ident("a\"b", "\"a\"\"b\"", "embedded quote is doubled");
	t_ident("\"", "\"\"\"\"", "lone quote");
	t_ident("\"x\"", "\"\"\"x\"\"\"", "name wrapped in quotes");
	t_ident("1abc", "\"1abc\"", "digit first is quoted");
	t_ident("a-b", "\"a-b\"", "hyphen is quoted");
	t_ident("caf\xc3\xa9", "\"caf\xc3\xa9\"", "unicode is quoted");
	t_ident("", "\"\"", "empty name");
	t_ident("select", "\"select\"", "reserved: select");
	t_ident("user", "\"user\"", "reserved: user");
	t_ident("order", "\"order\"", "reserved: order");
	t_ident("table", "\"table\"", "reserved: table");
	t_ident("between", "\"between\"", "col_name keyword: between");
	t_ident("timestamp", "\"timestamp\"", "col_name keyword: timestamp");
	t_ident("left", "\"left\"", "type_func_name keyword: left");
	t_ident("authorization", "\"authorization\"",
		"type_func_name keyword: authorization");
	t_ident("name", "name", "unreserved keyword: name");
	t_ident("data", "data", "unreserved keyword: data");
	t_ident("year", "year", "unreserved keyword: year");
	t_ident("key", "key", "unreserved keyword: key");
	t_ident("selects", "selects", "keyword prefix is no keyword");
	t_ident("SELECT", "\"SELECT\"", "upper-case keyword is quoted");

	is_int(quote_is_keyword("SeLeCt"), 1, "keyword check ignores case");
	is_int(quote_is_keyword("all"), 1, "first table entry");
	is_int(quote_is_keyword("xmltable"), 1, "last table entry");
	is_int(quote_is_keyword("name"), 0, "unreserved is not a keyword");
	is_int(quote_is_keyword(""), 0, "empty is not a keyword");
	is_int(quote_is_keyword("current_timestamp_and_then_some_more_text"),
	       0, "long word is not a keyword");
	is_int(quote_ident_needed("abc"), 0, "abc needs no quotes");
	is_int(quote_ident_needed("aBc"), 1, "aBc needs quotes");
}

static void test_qualified(void)
{
	t_qualified(NULL, "events", "events", "NULL schema: name alone");
	t_qualified(NULL, "Events", "\"Events\"", "NULL schema, quoted name");
	t_qualified("public", "Order", "public.\"Order\"", "schema.name");
	t_qualified("My Schema", "user", "\"My Schema\".\"user\"",
		    "both parts quoted");
}

static void test_literals(void)
{
	t_literal("abc", "'abc'", "plain literal");
	t_literal("", "''", "empty literal");
	t_literal("it's", "'it''s'", "quote doubled");
	t_literal("''", "''''''", "two quotes");
	t_literal("a\\b", "E'a\\\\b'", "backslash gives E''");
	t_literal("it's a\\b", "E'it''s a\\\\b'", "quote and backslash");
	t_literal("\\", "E'\\\\'", "lone backslash");
	t_literal("\"x\"", "'\"x\"'", "double quotes untouched");
	t_literal("caf\xc3\xa9", "'caf\xc3\xa9'", "unicode untouched");
	t_literal_len("abcdef", 3, "'abc'", "length-limited literal");
	t_literal_len("a\\bcdef", 1, "'a'", "backslash past LEN ignored");
	t_literal_len("ab\0c", 4, "'ab'", "value ends at NUL");
	t_body("it's", 0, "it''s", "body: quote doubled");
	t_body("a\\'b", 0, "a\\''b", "body: backslash kept in plain string");
	t_body("a\\'b", 1, "a\\\\''b", "body: backslash doubled in E''");
	t_body("", 1, "", "body: empty");
}

static void test_dollar(void)
{
	t_dollar("select 1", "$pgform$select 1$pgform$", "plain body");
	t_dollar("", "$pgform$$pgform$", "empty body");
	t_dollar("$$ x $$", "$pgform$$$ x $$$pgform$", "body with $$");
	t_dollar("a $pgform$ b", "$pgform_1$a $pgform$ b$pgform_1$",
		 "body holding $pgform$");
	t_dollar("$pgform$ $pgform_1$", "$pgform_2$$pgform$ $pgform_1$$pgform_2$",
		 "body holding $pgform$ and $pgform_1$");
	t_dollar("$pgform_1$", "$pgform$$pgform_1$$pgform$",
		 "body holding only $pgform_1$");
	t_dollar("x$pgform", "$pgform_1$x$pgform$pgform_1$",
		 "body ending in $pgform");
}

static void test_shorten(void)
{
	char a63[64], a64[65], a100[101], b100[101], e100[101], u90[91];
	char s80[81], want[128], first[128];

	repeat(a63, "a", 63);
	repeat(a64, "a", 64);
	repeat(a100, "a", 100);
	repeat(b100, "a", 100);
	b100[99] = 'b';
	repeat(e100, "\xc3\xa9", 50);
	repeat(u90, "\xe2\x82\xac", 30);
	repeat(s80, "s", 80);

	is_int(ident_too_long(a63), 0, "63 bytes is not too long");
	is_int(ident_too_long(a64), 1, "64 bytes is too long");
	is_int(ident_too_long(""), 0, "empty is not too long");

	t_shorten("orders", "_pkey", "orders_pkey", "short name unchanged");
	repeat(want, "a", 59);
	strcat(want, "_idx");
	t_shorten(a63 + 4, "_idx", want, "exactly 63 bytes unchanged");

	repeat(want, "a", 49);
	strcat(want, "_17e3108b_pkey");
	t_shorten(a100, "_pkey", want, "100-byte base");
	strcpy(first, sb.buf);
	strbuf_reset(&sb);
	ident_shorten(&sb, a100, "_pkey");
	is_str(sb.buf, first, "same inputs give the same name");

	repeat(want, "a", 49);
	strcat(want, "_669ed259_pkey");
	t_shorten(b100, "_pkey", want, "base sharing a 63-byte prefix");
	ok(strcmp(sb.buf, first) != 0, "long bases with one prefix differ");

	repeat(want, "a", 54);
	strcat(want, "_17e3108b");
	t_shorten(a100, "", want, "100-byte base, no suffix");

	repeat(want, "\xc3\xa9", 24);
	strcat(want, "_ea2e3994_pkey");
	t_shorten(e100, "_pkey", want, "2-byte characters cut whole");
	ok(utf8_whole(sb.buf), "2-byte cut is valid UTF-8");

	repeat(want, "\xe2\x82\xac", 16);
	strcat(want, "_ddd1d6fd_idx");
	t_shorten(u90, "_idx", want, "3-byte characters cut whole");
	ok(utf8_whole(sb.buf), "3-byte cut is valid UTF-8");

	strcpy(want, "abc_0e030a1e");
	repeat(want + strlen(want), "s", 51);
	t_shorten("abc", s80, want, "huge suffix is cut too");
}

static void t_rename(const char *sql, const char *from, const char *to, const char *want,
		     unsigned want_n, const char *name)
{
	const char *f[2] = { from, "other_part" }, *t[2] = { to, "other_part__pgform_new" };
	strbuf_reset(&sb);
	unsigned n = quote_rename_relations(sql, "tenant_a", f, t, 2, &sb);
	is_str(sb.buf, want, name);
	ok(n == want_n, "%s: %u qualified reference(s) renamed", name, want_n);
}

static void test_rename(void)
{
	t_rename(" SELECT p_01.id,\n    p_01.w\n   FROM tenant_a.p_01\nUNION ALL\n SELECT p_02.id,\n    p_02.w\n   FROM tenant_a.p_02;",
		 "p_01", "p_01__pgform_new",
		 " SELECT p_01__pgform_new.id,\n    p_01__pgform_new.w\n   FROM tenant_a.p_01__pgform_new\nUNION ALL\n SELECT p_02.id,\n    p_02.w\n   FROM tenant_a.p_02;",
		 1, "one arm of a union renamed, the other left");
	t_rename("SELECT x.p_01, 'tenant_a.p_01' AS s, p_01(1) /* tenant_a.p_01 */ FROM tenant_b.p_01 x",
		 "p_01", "p_01__pgform_new",
		 "SELECT x.p_01, 'tenant_a.p_01' AS s, p_01(1) /* tenant_a.p_01 */ FROM tenant_b.p_01 x", 0,
		 "columns, strings, comments, calls and other schemas left alone");
	t_rename("SELECT \"P 1\".a FROM tenant_a.\"P 1\" JOIN tenant_a.other_part o ON true",
		 "P 1", "P 1__pgform_new",
		 "SELECT \"P 1__pgform_new\".a FROM tenant_a.\"P 1__pgform_new\" JOIN tenant_a.other_part__pgform_new o ON true",
		 2, "quoted names, and two renamed at once");
	t_rename("SELECT tenant_a.a FROM tenant_a.tenant_a", "tenant_a", "tenant_a__pgform_new",
		 "SELECT tenant_a.a FROM tenant_a.tenant_a__pgform_new", 1,
		 "a relation named as its schema: only the qualified reference");
	t_rename("SELECT p.a FROM s.x.p", "p", "q", "SELECT p.a FROM s.x.p", 0,
		 "a three-part name is not a relation of the schema");
	t_rename(" SELECT 'a'::text AS s,\n    fl.id\n   FROM tenant_a.fl\nUNION ALL\n SELECT 'b'::text AS s,\n    fl.id\n   FROM tenant_b.fl;",
		 "fl", "fl__pgform_new",
		 " SELECT 'a'::text AS s,\n    fl__pgform_new.id\n   FROM tenant_a.fl__pgform_new\nUNION ALL\n SELECT 'b'::text AS s,\n    fl.id\n   FROM tenant_b.fl;",
		 1, "same name in another schema, another arm: that arm left alone");
	t_rename("SELECT fl.id FROM tenant_b.fl WHERE EXISTS (SELECT 1 FROM tenant_a.fl x WHERE x.id = fl.id) "
		 "AND fl.id IN (SELECT fl.id FROM tenant_a.fl WHERE count(fl.id) > 0)",
		 "fl", "fl2",
		 "SELECT fl.id FROM tenant_b.fl WHERE EXISTS (SELECT 1 FROM tenant_a.fl2 x WHERE x.id = fl.id) "
		 "AND fl.id IN (SELECT fl2.id FROM tenant_a.fl2 WHERE count(fl2.id) > 0)",
		 2, "qualifiers follow the query level of the reference");
	t_rename("SELECT p_01.a FROM (SELECT 1) z, tenant_a.p_01 WHERE p_01.a IN (VALUES (p_01.b))",
		 "p_01", "n1",
		 "SELECT n1.a FROM (SELECT 1) z, tenant_a.n1 WHERE n1.a IN (VALUES (n1.b))",
		 1, "a level inside sees the relation of the level around it");
}

int main(void)
{
	test_rename();
	test_idents();
	test_qualified();
	test_literals();
	test_dollar();
	test_shorten();
	strbuf_release(&sb);
	return done_testing();
}
