/*
 * Unit tests for sqlparse: the names PostgreSQL's grammar finds in a
 * text, statements counted and their types, routine bodies, and syntax
 * errors with their byte offsets, each checked against an exact
 * rendering.
 */
#include <string.h>

#include "sql/sqlparse.h"
#include "base/strbuf.h"
#include "tap.h"

static struct strbuf out = STRBUF_INIT;

/*
 * The names of SQL as "rel:s.n fn:f type:s.t" in text order, "n=K" with
 * the number of statements when it is not 1, or "error: MSG @OFFSET".
 */
static const char *names(const char *sql)
{
	static const char *const kinds[] = { "rel", "fn", "type" };
	struct sqlparse p = SQLPARSE_INIT;

	strbuf_reset(&out);
	if (sqlparse(sql, &p) < 0) {
		strbuf_addf(&out, "error: %s @%zu", p.error, p.error_offset);
		sqlparse_release(&p);
		return out.buf;
	}
	for (size_t i = 0; i < p.nnames; i++) {
		const struct sqlname *n = &p.names[i];
		if (out.len)
			strbuf_addch(&out, ' ');
		strbuf_addf(&out, "%s:%s%s%s", kinds[n->kind], n->schema ? n->schema : "",
			    n->schema ? "." : "", n->name);
	}
	if (p.nstatements != 1)
		strbuf_addf(&out, "%sn=%zu", out.len ? " " : "", p.nstatements);
	sqlparse_release(&p);
	return out.buf;
}

struct name_case {
	const char *sql, *want, *what;
};

static const struct name_case name_cases[] = {
	{ "SELECT * FROM t", "rel:t", "an unqualified relation" },
	{ "SELECT * FROM app.t", "rel:app.t", "a qualified relation" },
	{ "SELECT * FROM \"App\".\"T x\"", "rel:App.T x", "quoted names keep their case" },
	{ "SELECT * FROM App.T", "rel:app.t", "bare names are folded" },
	{ "SELECT * FROM db.app.t", "rel:app.t", "a catalog before the schema is dropped" },
	{ "SELECT a FROM app.t JOIN app.u USING (id) LEFT JOIN v ON true",
	  "rel:app.t rel:app.u rel:v", "joins" },
	{ "SELECT * FROM app.t WHERE id IN (SELECT id FROM app.u WHERE EXISTS (SELECT FROM w))",
	  "rel:app.t rel:app.u rel:w", "subqueries in WHERE" },
	{ "SELECT * FROM (SELECT * FROM app.u) AS s", "rel:app.u", "a subquery in FROM" },
	{ "SELECT * FROM app.t t, LATERAL (SELECT * FROM app.u WHERE u.id = t.id) l",
	  "rel:app.t rel:app.u", "a LATERAL subquery" },
	{ "SELECT * FROM app.t t CROSS JOIN LATERAL app.f(t.id) AS x",
	  "rel:app.t fn:app.f", "a LATERAL function" },
	{ "SELECT 1 FROM a UNION ALL SELECT 2 FROM b EXCEPT SELECT 3 FROM app.c",
	  "rel:a rel:b rel:app.c", "every arm of UNION and EXCEPT" },
	{ "SELECT * FROM app.t, app.t x, app.u WHERE x.id = t.id AND t.id IN (SELECT id FROM app.t)",
	  "rel:app.t rel:app.u", "each name once, at its first place" },
	{ "WITH recent AS (SELECT * FROM app.events) SELECT * FROM recent",
	  "rel:app.events", "a WITH query is not a relation" },
	{ "WITH events AS (SELECT * FROM app.events) SELECT * FROM events",
	  "rel:app.events", "a WITH query shadows a table of the same name" },
	{ "WITH events AS (SELECT 1) SELECT * FROM events, public.events",
	  "rel:public.events", "a qualified name is never a WITH query" },
	{ "SELECT * FROM (WITH x AS (SELECT 1) SELECT * FROM x) s, x",
	  "rel:x", "a WITH query is not seen outside its level" },
	{ "WITH x AS (SELECT 1) SELECT * FROM (SELECT * FROM x) s WHERE EXISTS (SELECT FROM x)",
	  "", "a WITH query is seen at the levels inside" },
	{ "WITH a AS (SELECT * FROM b), b AS (SELECT 1) SELECT * FROM a, b",
	  "rel:b", "a WITH query does not see the ones after it" },
	{ "WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r WHERE n < 3) SELECT * FROM r",
	  "", "a recursive WITH query sees itself" },
	{ "WITH x AS (SELECT 1) INSERT INTO app.log SELECT * FROM x",
	  "rel:app.log", "WITH on INSERT; the target is a relation" },
	{ "UPDATE app.t SET a = 1 FROM app.u WHERE u.id = t.id; DELETE FROM app.v",
	  "rel:app.t rel:app.u rel:app.v n=2", "UPDATE and DELETE, statements counted" },
	{ "SELECT lower(name), app.norm(x), count(*) FROM t",
	  "fn:lower fn:app.norm fn:count rel:t", "functions in the select list" },
	{ "SELECT * FROM generate_series(1, 3) g, app.days_of(2024) d",
	  "fn:generate_series fn:app.days_of", "functions in FROM" },
	{ "SELECT x::app.mood, CAST(y AS mood), z::int, '1'::text",
	  "type:app.mood type:mood type:pg_catalog.int4 type:text", "casts to types" },
	{ "SELECT x::app.mood[], y::app.mood", "type:app.mood", "an array of a type is the type" },
	{ "SELECT * FROM dblink('srv', 'SELECT id FROM remote_t') AS t(id int)",
	  "fn:dblink type:pg_catalog.int4", "dblink: the remote query is a string" },
	{ "SELECT * FROM ext.dblink('srv', $q$SELECT 1$q$) AS t(n app.num)",
	  "fn:ext.dblink type:app.num", "a qualified dblink" },
	{ "SELECT 'FROM nothing', \"FROM\" FROM t -- FROM comment\n/* FROM c */",
	  "rel:t", "strings, quoted names and comments are not read" },
	{ "CALL app.rebuild(1)", "fn:app.rebuild", "CALL" },
	{ "", "n=0", "an empty text holds no statement" },
	{ "-- only a comment\n", "n=0", "a comment holds no statement" },
	{ "SELECT 1; SELECT 2;\nSELECT 3", "n=3", "three statements" },
	{ "SELECT 1 FRM t", "error: syntax error at or near \"t\" @14", "a syntax error" },
	{ "SELECT 'é' frm t", "error: syntax error at or near \"t\" @17",
	  "the offset counts bytes, not characters" },
	{ "SELECT 1 FROM", "error: syntax error at end of input @14",
	  "at end of input: one past the end" },
	{ "SELECT 1;\nSELECT * FROM t WHERE", "error: syntax error at end of input @32",
	  "an error in a second statement" },
	{ "SELECT 'abc", "error: unterminated quoted string at or near \"'abc\" @8",
	  "an unterminated string" },
};

/* One line per case of the table above. */
static void test_names(void)
{
	for (size_t i = 0; i < sizeof(name_cases) / sizeof(*name_cases); i++)
		is_str(names(name_cases[i].sql), name_cases[i].want, name_cases[i].what);
}

/* "lang|body|offset" for each routine of SQL. */
static const char *routines(const char *sql)
{
	struct sqlparse p = SQLPARSE_INIT;

	strbuf_reset(&out);
	if (sqlparse(sql, &p) < 0) {
		strbuf_addf(&out, "error: %s", p.error);
		sqlparse_release(&p);
		return out.buf;
	}
	for (size_t i = 0; i < p.nroutines; i++) {
		const struct sqlroutine *r = &p.routines[i];
		if (i)
			strbuf_addch(&out, ' ');
		strbuf_addf(&out, "%s|%s|", r->language ? r->language : "-",
			    r->body ? r->body : "-");
		if (r->body_offset == SQLPARSE_NOWHERE)
			strbuf_addstr(&out, "?");
		else
			strbuf_addf(&out, "%zu", r->body_offset);
	}
	sqlparse_release(&p);
	return out.buf;
}

static void test_routines(void)
{
	is_str(routines("CREATE FUNCTION f(a int) RETURNS int LANGUAGE sql AS $$SELECT a$$"),
	       "sql|SELECT a|55", "a dollar-quoted body and where it starts");
	is_str(routines("CREATE OR REPLACE FUNCTION f() RETURNS int AS 'SELECT 1' LANGUAGE SQL"),
	       "sql|SELECT 1|47", "a quoted body; the language folded");
	is_str(routines("CREATE FUNCTION f() RETURNS text AS 'SELECT ''x''' LANGUAGE sql"),
	       "sql|SELECT 'x'|?", "doubled quotes: the body is not verbatim in the text");
	is_str(routines("CREATE FUNCTION f() RETURNS int LANGUAGE sql RETURN 1"),
	       "sql|-|?", "a SQL-standard body is not a string");
	is_str(routines("CREATE FUNCTION f() RETURNS int AS 'lib', 'f' LANGUAGE c"),
	       "c|-|?", "an object file is not a body");
	is_str(routines("CREATE PROCEDURE p() AS $b$ BEGIN NULL; END $b$ LANGUAGE plpgsql; SELECT 1"),
	       "plpgsql| BEGIN NULL; END |27", "a procedure");
	is_str(names("CREATE FUNCTION app.f(d app.day) RETURNS SETOF app.t LANGUAGE sql AS $$SELECT * FROM x$$"),
	       "type:app.day type:app.t", "a routine: argument and result types, not the body");
	is_str(names("CREATE FUNCTION f() RETURNS bigint LANGUAGE sql BEGIN ATOMIC SELECT count(*) FROM app.t; END"),
	       "type:pg_catalog.int8 fn:count rel:app.t", "a SQL-standard body is walked");
}

/* Statement offsets: past blanks and comments to the statement itself. */
static void test_statements(void)
{
	struct sqlparse p = SQLPARSE_INIT;
	const char *sql = "SELECT 1;  -- one\n/* two */ SELECT 2;SELECT 3";

	ok(sqlparse(sql, &p) == 0, "three statements parse");
	is_int(p.nstatements, 3, "three statements counted");
	is_int(p.stmt_offsets[0], 0, "the first starts at 0");
	is_int(p.stmt_offsets[1], 28, "the second after the comments");
	is_int(p.stmt_offsets[2], 37, "the third right after the semicolon");
	is_str(p.stmt_types[0], "SelectStmt", "sqlparse() gives the statement types too");
	sqlparse_release(&p);
	ok(p.names == NULL && p.nnames == 0 && p.error == NULL, "release leaves it empty");
}

/*
 * The statements of SQL as sqlparse_statements() sees them: "N: Type
 * Type+into+writes ...", or "error: MSG".
 */
static const char *kinds(const char *sql)
{
	struct sqlparse p = SQLPARSE_INIT;
	long n = sqlparse_statements(sql, &p);

	strbuf_reset(&out);
	if (n < 0) {
		strbuf_addf(&out, "error: %s", p.error);
		sqlparse_release(&p);
		return out.buf;
	}
	strbuf_addf(&out, "%ld:", n);
	for (size_t i = 0; i < p.nstatements; i++) {
		strbuf_addf(&out, " %s", p.stmt_types[i]);
		if (p.stmt_flags[i] & SQLSTMT_INTO)
			strbuf_addstr(&out, "+into");
		if (p.stmt_flags[i] & SQLSTMT_WRITES)
			strbuf_addstr(&out, "+writes");
	}
	if (p.nnames || p.nroutines)
		strbuf_addstr(&out, " (names gathered)");
	sqlparse_release(&p);
	return out.buf;
}

static const struct name_case kind_cases[] = {
	{ "SELECT 1", "1: SelectStmt", "a SELECT" },
	{ "VALUES (1), (2)", "1: SelectStmt", "VALUES is a SelectStmt" },
	{ "WITH x AS (SELECT 1) SELECT * FROM x", "1: SelectStmt", "WITH ... SELECT" },
	{ "SELECT * FROM app.t", "1: SelectStmt", "no names are gathered" },
	{ "(SELECT 1) UNION ALL (SELECT 2) ORDER BY 1", "1: SelectStmt", "a UNION" },
	{ "SELECT 1 INTO new_table", "1: SelectStmt+into", "SELECT INTO creates a table" },
	{ "SELECT * INTO TEMP x FROM app.t UNION SELECT * FROM app.u",
	  "1: SelectStmt+into", "SELECT INTO with a UNION" },
	{ "WITH d AS (DELETE FROM app.t RETURNING *) SELECT * FROM d",
	  "1: SelectStmt+writes", "a WITH query that deletes" },
	{ "WITH i AS (INSERT INTO app.t VALUES (1) RETURNING id) SELECT id FROM i",
	  "1: SelectStmt+writes", "a WITH query that inserts" },
	{ "SELECT * FROM (WITH u AS (UPDATE app.t SET a = 1 RETURNING a) SELECT * FROM u) s",
	  "1: SelectStmt+writes", "a writing WITH query, nested" },
	{ "DELETE FROM app.t RETURNING id", "1: DeleteStmt", "DELETE ... RETURNING is no query" },
	{ "SELECT 1; COMMIT; CREATE TABLE x (a int)",
	  "3: SelectStmt TransactionStmt CreateStmt", "one type per statement" },
	{ "CREATE INDEX ON s.v (id)", "1: IndexStmt", "CREATE INDEX" },
	{ "CREATE UNIQUE INDEX ON s.v USING btree (a) INCLUDE (b) WHERE c", "1: IndexStmt",
	  "CREATE UNIQUE INDEX with its clauses" },
	{ "CREATE OR REPLACE FUNCTION f() RETURNS int LANGUAGE sql AS $$SELECT 1$$",
	  "1: CreateFunctionStmt", "CREATE FUNCTION" },
	{ "CREATE PROCEDURE p() LANGUAGE sql AS $$SELECT 1$$", "1: CreateFunctionStmt",
	  "a procedure is a CreateFunctionStmt too" },
	{ "VACUUM ANALYZE", "1: VacuumStmt", "VACUUM" },
	{ "", "0:", "nothing" },
	{ "-- a comment", "0:", "a comment only" },
	{ "SELECT (true); COMMIT; BEGIN; SELECT (true)::boolean",
	  "4: SelectStmt TransactionStmt TransactionStmt SelectStmt",
	  "a check that closes its parenthesis" },
	{ "SELECT 1 FRM t", "error: syntax error at or near \"t\"", "a syntax error" },
};

/* Words for a statement's type, for messages. */
static const struct name_case word_cases[] = {
	{ "SelectStmt", "SELECT", "a plain type" },
	{ "DeleteStmt", "DELETE", "DELETE" },
	{ "CreateTableAsStmt", "CREATE TABLE AS", "several words" },
	{ "AlterTableStmt", "ALTER TABLE", "ALTER TABLE" },
	{ "TransactionStmt", "BEGIN, COMMIT or ROLLBACK", "transaction commands" },
	{ "CreateStmt", "CREATE TABLE", "CREATE TABLE is CreateStmt" },
	{ "IndexStmt", "CREATE INDEX", "CREATE INDEX is IndexStmt" },
	{ "VariableSetStmt", "SET", "SET" },
	{ "Odd", "ODD", "a type without Stmt" },
};

/* One line per case of the tables above. */
static void test_kinds(void)
{
	for (size_t i = 0; i < sizeof(kind_cases) / sizeof(*kind_cases); i++)
		is_str(kinds(kind_cases[i].sql), kind_cases[i].want, kind_cases[i].what);
	for (size_t i = 0; i < sizeof(word_cases) / sizeof(*word_cases); i++) {
		strbuf_reset(&out);
		sqlparse_stmt_words(word_cases[i].sql, &out);
		is_str(out.buf, word_cases[i].want, word_cases[i].what);
	}
}

int main(void)
{
	test_names();
	test_routines();
	test_statements();
	test_kinds();
	strbuf_release(&out);
	return done_testing();
}
