/*
 * Unit tests for sqltok: token sequences, placeholders and statement
 * splitting, each checked against an exact rendering.
 */
#include <string.h>

#include "sql/sqltok.h"
#include "base/strbuf.h"
#include "tap.h"

static const char *const type_names[] = {
	"EOF", "IDENT", "QIDENT", "STRING", "DOLLAR", "NUMBER",
	"PARAM", "PLACEHOLDER", "OP", "PUNCT", "ERROR",
};

static const char *const ctx_names[] = {
	"CODE", "STRING", "ESTRING", "DOLLAR", "QIDENT",
};

static struct strbuf out = STRBUF_INIT;

/* "TYPE(text) ..." for every token of SQL; errors as ERROR(msg@line:col). */
static const char *toks(const char *sql)
{
	struct sqltok_state st;
	struct sqltok t;

	strbuf_reset(&out);
	sqltok_init(&st, sql, strlen(sql), 1, 1);
	while (sqltok_next(&st, &t) != SQLTOK_EOF) {
		if (out.len)
			strbuf_addch(&out, ' ');
		if (t.type == SQLTOK_ERROR)
			strbuf_addf(&out, "ERROR(%s@%u:%u)", st.error, t.line,
				    t.col);
		else
			strbuf_addf(&out, "%s(%.*s)", type_names[t.type],
				    (int)t.len, sql + t.start);
	}
	return out.buf;
}

/* "text@line:col ..." for every token of SQL. */
static const char *positions(const char *sql)
{
	struct sqltok_state st;
	struct sqltok t;

	strbuf_reset(&out);
	sqltok_init(&st, sql, strlen(sql), 1, 1);
	while (sqltok_next(&st, &t) != SQLTOK_EOF && t.type != SQLTOK_ERROR) {
		if (out.len)
			strbuf_addch(&out, ' ');
		strbuf_addf(&out, "%.*s@%u:%u", (int)t.len, sql + t.start,
			    t.line, t.col);
	}
	return out.buf;
}

/* The first token of SQL. */
static struct sqltok first(struct sqltok_state *st, const char *sql)
{
	struct sqltok t;

	sqltok_init(st, sql, strlen(sql), 1, 1);
	sqltok_next(st, &t);
	return t;
}

/* The body of the first token of SQL, and whether it is an E string. */
static const char *body(const char *sql)
{
	struct sqltok_state st;
	struct sqltok t = first(&st, sql);

	strbuf_reset(&out);
	strbuf_addf(&out, "%.*s%s", (int)t.body_len, sql + t.body_start,
		    t.e_string ? " (E)" : "");
	return out.buf;
}

/* sqltok_ident_value of the first token of SQL. */
static const char *ident(const char *sql)
{
	struct sqltok_state st;
	struct sqltok t = first(&st, sql);

	strbuf_reset(&out);
	sqltok_ident_value(&st, &t, &out);
	return out.buf;
}

/* sqltok_is_word on the first token of SQL. */
static int is_word(const char *sql, const char *word)
{
	struct sqltok_state st;
	struct sqltok t = first(&st, sql);

	return sqltok_is_word(&st, &t, word);
}

static const char *ph_text;
static int ph_stop_at, ph_seen;

/* Record one placeholder; stop with 7 at the ph_stop_at'th. */
static int ph_cb(void *data, size_t off, size_t len, const char *name,
		 size_t name_len, enum sqltok_ctx ctx, unsigned line,
		 unsigned col)
{
	struct strbuf *sb = data;

	if (sb->len)
		strbuf_addch(sb, ' ');
	strbuf_addf(sb, "%s:%.*s@%u:%u", ctx_names[ctx], (int)name_len, name,
		    line, col);
	if (len != name_len + 2 || memcmp(ph_text + off + 1, name, name_len) ||
	    ph_text[off] != '{' || ph_text[off + len - 1] != '}')
		strbuf_addstr(sb, "(bad span)");
	return ++ph_seen == ph_stop_at ? 7 : 0;
}

/* "CTX:name@line:col ..." for SQL, then " rc=N" when not 0. */
static const char *ph(const char *sql, int stop_at)
{
	int rc;

	strbuf_reset(&out);
	ph_text = sql;
	ph_stop_at = stop_at;
	ph_seen = 0;
	rc = sqltok_placeholders(sql, strlen(sql), 1, 1, ph_cb, &out);
	if (rc)
		strbuf_addf(&out, " rc=%d", rc);
	return out.buf;
}

static const char *split_text;
static int split_stop_at, split_seen;

/* Record one statement as [text]@line:col; stop with 5 at split_stop_at. */
static int split_cb(void *data, size_t off, size_t len, unsigned line,
		    unsigned col)
{
	strbuf_addf(data, "[%.*s]@%u:%u", (int)len, split_text + off, line,
		    col);
	return ++split_seen == split_stop_at ? 5 : 0;
}

/* Every statement of SQL, then " rc=N" and any error with its position. */
static const char *split(const char *sql, int stop_at)
{
	const char *err = NULL;
	unsigned line = 0, col = 0;
	int rc;

	strbuf_reset(&out);
	split_text = sql;
	split_stop_at = stop_at;
	split_seen = 0;
	rc = sqltok_split(sql, strlen(sql), split_cb, &out, &err, &line, &col);
	if (rc)
		strbuf_addf(&out, " rc=%d", rc);
	if (err)
		strbuf_addf(&out, " %s@%u:%u", err, line, col);
	return out.buf;
}

static void test_tokens(void)
{
	is_str(toks("SELECT a, b FROM t WHERE x = 1;"),
	       "IDENT(SELECT) IDENT(a) PUNCT(,) IDENT(b) IDENT(FROM) IDENT(t) "
	       "IDENT(WHERE) IDENT(x) OP(=) NUMBER(1) PUNCT(;)",
	       "simple select");
	is_str(toks("select s.id from raw.sales s join dim_date d on (d.k = s.k)"),
	       "IDENT(select) IDENT(s) PUNCT(.) IDENT(id) IDENT(from) IDENT(raw) "
	       "PUNCT(.) IDENT(sales) IDENT(s) IDENT(join) IDENT(dim_date) "
	       "IDENT(d) IDENT(on) PUNCT(() IDENT(d) PUNCT(.) IDENT(k) OP(=) "
	       "IDENT(s) PUNCT(.) IDENT(k) PUNCT())",
	       "qualified names and parentheses");
	is_str(toks("SELECT 'from users' -- join orders\n, /* ledger */ \"Mixed \"\"Q\"\"\" FROM t"),
	       "IDENT(SELECT) STRING('from users') PUNCT(,) "
	       "QIDENT(\"Mixed \"\"Q\"\"\") IDENT(FROM) IDENT(t)",
	       "names in strings, comments and quoted identifiers are not IDENT");
	is_str(toks("a /* x /* y */ still comment */ b"), "IDENT(a) IDENT(b)",
	       "nested block comment");
	is_str(toks("a /*/ b */ c"), "IDENT(a) IDENT(c)",
	       "/*/ does not close the comment it opens");
	is_str(toks("a -- to the end\r\nb--c"), "IDENT(a) IDENT(b)",
	       "line comments, CRLF, and -- right after a word");
	is_str(toks("'it''s' x"), "STRING('it''s') IDENT(x)",
	       "'' inside a standard string");
	is_str(toks("'a\\' b"), "STRING('a\\') IDENT(b)",
	       "backslash is plain in a standard string");
	is_str(toks("E'it\\'s' e'a\\\\' b"),
	       "STRING(E'it\\'s') STRING(e'a\\\\') IDENT(b)",
	       "E'' strings: backslash escapes the next byte");
	is_str(toks("E'x''y' Ex 'z'"), "STRING(E'x''y') IDENT(Ex) STRING('z')",
	       "'' in E'' and a word starting with E");
	is_str(toks("U&'d\\0061t' U&\"d\\0061t\" u&x"),
	       "STRING(U&'d\\0061t') QIDENT(U&\"d\\0061t\") IDENT(u) OP(&) IDENT(x)",
	       "U&'' strings and U&\"\" identifiers");
	is_str(toks("B'101' X'FF' N'n''m' bx"),
	       "STRING(B'101') STRING(X'FF') STRING(N'n''m') IDENT(bx)",
	       "B'', X'' and N'' strings");
	is_str(toks("$1 + $23 $tag$ a; 'b' $tag$ $$x$$"),
	       "PARAM($1) OP(+) PARAM($23) DOLLAR($tag$ a; 'b' $tag$) DOLLAR($$x$$)",
	       "$1 is a parameter, $tag$ a body");
	is_str(toks("$a$ $b$ not the end $a$ z"), "DOLLAR($a$ $b$ not the end $a$) IDENT(z)",
	       "a different tag inside a body does not end it");
	is_str(toks("$a$x$ab$y$a$"), "DOLLAR($a$x$ab$y$a$)",
	       "a longer tag sharing a prefix does not end it");
	is_str(toks("foo$bar $x"), "IDENT(foo$bar) PUNCT($) IDENT(x)",
	       "$ inside a word; $ before a word without a closing $");
	is_str(toks("$1a $_t1$q$_t1$"), "PARAM($1) IDENT(a) DOLLAR($_t1$q$_t1$)",
	       "a tag cannot start with a digit");
	is_str(toks("x::int a:=b c: d"),
	       "IDENT(x) OP(::) IDENT(int) IDENT(a) OP(:=) IDENT(b) IDENT(c) "
	       "PUNCT(:) IDENT(d)",
	       ":: and := are operators, : alone is punctuation");
	is_str(toks("a<>b c>=d e=-1 f @- g !~~* h"),
	       "IDENT(a) OP(<>) IDENT(b) IDENT(c) OP(>=) IDENT(d) IDENT(e) OP(=) "
	       "OP(-) NUMBER(1) IDENT(f) OP(@-) IDENT(g) OP(!~~*) IDENT(h)",
	       "operator runs, with PostgreSQL's trailing + and - rule");
	is_str(toks("a+--c\nb a*/*c*/b"),
	       "IDENT(a) OP(+) IDENT(b) IDENT(a) OP(*) IDENT(b)",
	       "a comment start inside an operator run wins");
	is_str(toks("1 3.14 .5 1e10 2.5E-3 7. 1..2 1e x"),
	       "NUMBER(1) NUMBER(3.14) NUMBER(.5) NUMBER(1e10) NUMBER(2.5E-3) "
	       "NUMBER(7.) NUMBER(1) PUNCT(..) NUMBER(2) NUMBER(1) "
	       "IDENT(e) IDENT(x)",
	       "numbers");
	is_str(toks("{name} {1,2} {{x}} { a } {b"),
	       "PLACEHOLDER({name}) PUNCT({) NUMBER(1) PUNCT(,) NUMBER(2) "
	       "PUNCT(}) PUNCT({{) IDENT(x) PUNCT(}) PUNCT(}) PUNCT({) IDENT(a) "
	       "PUNCT(}) PUNCT({) IDENT(b)",
	       "placeholders and braces that are not");
	is_str(toks("caf\xc3\xa9 \xc3\xa9t\xc3\xa9$1 [1] ?"),
	       "IDENT(caf\xc3\xa9) IDENT(\xc3\xa9t\xc3\xa9$1) PUNCT([) NUMBER(1) "
	       "PUNCT(]) OP(?)",
	       "non-ASCII words, brackets, ?");
	is_str(toks("  \t\n "), "", "only whitespace: no tokens");
	is_str(toks(""), "", "empty text: no tokens");
}

static void test_bodies(void)
{
	is_str(body("$fn$ SELECT 1; $fn$"), " SELECT 1; ", "dollar body");
	is_str(body("E'a\\'b'"), "a\\'b (E)", "E string body and flag");
	is_str(body("U&'x'"), "x", "U& string body");
	is_str(body("{my_var}"), "my_var", "placeholder name");
	is_str(body("\"a\"\"b\""), "a\"\"b", "quoted identifier body");
}

static void test_positions(void)
{
	is_str(positions("SELECT 'a\nbc' , x\n\t/* c\n\n */ y $$\n$$ z"),
	       "SELECT@1:1 'a\nbc'@1:8 ,@2:5 x@2:7 y@5:5 $$\n$$@5:7 z@6:4",
	       "line and column after multi-line strings, comments and bodies");
	is_str(positions("\"q\nq\" E'\\\n' w"),
	       "\"q\nq\"@1:1 E'\\\n'@2:4 w@3:3",
	       "newlines inside quoted identifiers and escaped in E strings");
	{
		struct sqltok_state st;
		struct sqltok t;

		sqltok_init(&st, "a\n b", 4, 10, 5);
		sqltok_next(&st, &t);
		sqltok_next(&st, &t);
		is_int(t.line * 100 + t.col, 1102, "positions count from the given start");
	}
}

static void test_errors(void)
{
	struct sqltok_state st;
	struct sqltok t;

	is_str(toks("SELECT 'abc"),
	       "IDENT(SELECT) ERROR(unterminated quoted string@1:8)",
	       "unterminated quoted string");
	is_str(toks("x\n  \"abc"),
	       "IDENT(x) ERROR(unterminated quoted identifier@2:3)",
	       "unterminated quoted identifier");
	is_str(toks("a\n /* /* */ b"),
	       "IDENT(a) ERROR(unterminated /* comment@2:2)",
	       "unterminated nested comment");
	is_str(toks("SELECT $f$ body $g$"),
	       "IDENT(SELECT) ERROR(unterminated dollar-quoted string@1:8)",
	       "unterminated dollar-quoted string");
	is_str(toks("x E'abc\\'"), "IDENT(x) ERROR(unterminated quoted string@1:3)",
	       "an escaped quote does not end an E string");
	is_str(toks("'a'\n'b''"), "STRING('a') ERROR(unterminated quoted string@2:1)",
	       "a doubled quote does not end a string");
	is_str(toks("U&\"x"), "ERROR(unterminated quoted identifier@1:1)",
	       "unterminated U& identifier");

	sqltok_init(&st, "x 'y", 4, 1, 1);
	sqltok_next(&st, &t);
	sqltok_next(&st, &t);
	is_int(t.start * 10 + t.len, 22, "the error token runs to the end");
	is_int(sqltok_next(&st, &t), SQLTOK_EOF, "after an error comes EOF");
}

static void test_ident_value(void)
{
	is_str(ident("FooBar"), "foobar", "bare word folded to lower case");
	is_str(ident("\"Foo\"\"Bar\""), "Foo\"Bar", "quoted: \"\" unescaped, case kept");
	is_str(ident("\"\"\"\""), "\"", "quoted: only a doubled quote");
	is_str(ident("\xc3\x89TAT_x$1"), "\xc3\x89tat_x$1", "only ASCII is folded");
	ok(is_word("SELECT x", "select"), "is_word: upper text, lower word");
	ok(is_word("select", "SeLeCt"), "is_word: mixed-case word");
	ok(!is_word("\"select\"", "select"), "is_word: a quoted name is not a word");
	ok(!is_word("selects", "select"), "is_word: longer text");
	ok(!is_word("sel", "select"), "is_word: shorter text");
	ok(!is_word("'select'", "select"), "is_word: a string is not a word");
}

static void test_placeholders(void)
{
	is_str(ph("SELECT {a}, '{b}', E'\\'{c}', $$ {d} $$, \"{e}\"", 0),
	       "CODE:a@1:8 STRING:b@1:14 ESTRING:c@1:24 DOLLAR:d@1:33 QIDENT:e@1:42",
	       "a placeholder in each context");
	is_str(ph("-- {x}\n/* {y} /* {z} */ */ {{w}} '{{v}}' $$ {{u}} $$ {t}", 0),
	       "CODE:t@2:47", "comments skipped; {{ is not a placeholder");
	is_str(ph("'{1,2}' '{ a }' '{a-b}' '{}' '{a' $q${x y}$q$ {{{k}", 0),
	       "CODE:k@1:49", "non-placeholders in strings; {{{k}");
	is_str(ph("'{{{k}' '{a}{b}'", 0),
	       "STRING:k@1:4 STRING:a@1:10 STRING:b@1:13",
	       "{{{k} and adjacent placeholders in a string");
	is_str(ph("SELECT $body$\n  x := {Schema_1};\n  'q' || {q}\n$body$", 0),
	       "DOLLAR:Schema_1@2:8 DOLLAR:q@3:10",
	       "line and column inside a multi-line body");
	is_str(ph("{a} {b} {c}", 2), "CODE:a@1:1 CODE:b@1:5 rc=7",
	       "the callback's non-zero value stops the scan");
	is_str(ph("{a} '{b}' 'oops {c}", 0), "CODE:a@1:1 STRING:b@1:6 rc=-1",
	       "unterminated: earlier placeholders reported, then -1");
}

static void test_split(void)
{
	is_str(split("CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $$ SELECT 1; $$; "
		     "CREATE VIEW v AS SELECT ';' AS x;", 0),
	       "[CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $$ SELECT 1; $$]@1:1"
	       "[CREATE VIEW v AS SELECT ';' AS x]@1:66",
	       "semicolons in bodies and strings do not split");
	is_str(split("-- header\n\n  /* a; b */ SELECT 1 -- one;\n ; ;;\n"
		     "\tSELECT \"a;b\" /* tail; */\n", 0),
	       "[SELECT 1]@3:14[SELECT \"a;b\"]@5:2",
	       "comments and whitespace trimmed, empty statements skipped");
	is_str(split("CREATE RULE r AS ON INSERT TO t DO ALSO (INSERT INTO a VALUES (1); "
		     "NOTIFY t); SELECT 2", 0),
	       "[CREATE RULE r AS ON INSERT TO t DO ALSO (INSERT INTO a VALUES (1); "
	       "NOTIFY t)]@1:1[SELECT 2]@1:79",
	       "semicolons inside parentheses do not split");
	is_str(split("CREATE OR REPLACE FUNCTION g() RETURNS int LANGUAGE sql\n"
		     "BEGIN ATOMIC\n  SELECT CASE WHEN true THEN 1 END;\n  SELECT 2;\nEND;\n"
		     "BEGIN; COMMIT;", 0),
	       "[CREATE OR REPLACE FUNCTION g() RETURNS int LANGUAGE sql\n"
	       "BEGIN ATOMIC\n  SELECT CASE WHEN true THEN 1 END;\n  SELECT 2;\nEND]@1:1"
	       "[BEGIN]@6:1[COMMIT]@6:8",
	       "BEGIN ATOMIC routine bodies stay whole");
	is_str(split("SELECT 1; SELECT 2; SELECT 3", 2), "[SELECT 1]@1:1[SELECT 2]@1:11 rc=5",
	       "the callback's non-zero value stops the split");
	is_str(split("SELECT 1;\nSELECT $x$ never closed", 0),
	       " rc=-1 unterminated dollar-quoted string@2:8",
	       "unterminated: -1 with the error, no statement reported");
	is_str(split("SELECT 1; /* open", 0), " rc=-1 unterminated /* comment@1:11",
	       "unterminated comment in a script");
	is_str(split("  -- nothing\n ; /* here */", 0), "", "a script of nothing");
}

int main(void)
{
	test_tokens();
	test_bodies();
	test_positions();
	test_errors();
	test_ident_value();
	test_placeholders();
	test_split();
	strbuf_release(&out);
	return done_testing();
}
