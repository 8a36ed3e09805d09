/*
 * sqlparse: SQL read by PostgreSQL's own grammar (libpg_query, the parser
 * of PostgreSQL 15), for the names a text refers to, what kind of
 * statements it holds, and its syntax errors.  A low layer: it knows SQL,
 * not pgform's model.
 *
 * sqlparse() parses one text (any number of statements) and fills a
 * struct sqlparse that the caller owns: sqlparse_release() frees
 * everything in it (names, bodies, the message).  Nothing in it points
 * into the caller's text, and the caller's text is never changed.
 *
 * Offsets are byte offsets into the text that was parsed; PostgreSQL's
 * own error position counts characters, and is turned into bytes here.
 */
#ifndef PGFORM_SQLPARSE_H
#define PGFORM_SQLPARSE_H

#include <stddef.h>

#include "base/strbuf.h"

/* An offset that is not known. */
#define SQLPARSE_NOWHERE ((size_t)-1)

enum sqlname_kind {
	SQLNAME_RELATION,       /* a table, view or the like (RangeVar) */
	SQLNAME_FUNCTION,       /* a function called (FuncCall) */
	SQLNAME_TYPE,           /* a type named: casts, arguments, columns (TypeName) */
};

struct sqlname {
	enum sqlname_kind kind;
	char *schema;           /* NULL when the name is not qualified */
	char *name;             /* as PostgreSQL reads it: folded, unquoted */
	size_t offset;          /* 0-based byte offset where it is first named */
};

/* A CREATE FUNCTION or CREATE PROCEDURE statement. */
struct sqlroutine {
	char *language;         /* as written in LANGUAGE (lower case); NULL: none */
	/*
	 * The body given with AS '...' or AS $$...$$, NULL when there is none
	 * (a SQL-standard body: its statements are walked with the rest) or
	 * when AS names an object file (two strings).
	 */
	char *body;
	size_t body_offset;     /* where the body's text starts in the input, or SQLPARSE_NOWHERE */
};

/* What a statement does beyond its node type (struct sqlparse's stmt_flags). */
#define SQLSTMT_INTO   1u       /* SELECT ... INTO: it creates a table */
#define SQLSTMT_WRITES 2u       /* a WITH query inserts, updates, deletes or merges */

struct sqlparse {
	/*
	 * Every relation, function and type the text names, each (kind,
	 * schema, name) once, in the order of the text.  A relation named
	 * without a schema that is a WITH query visible where it is named
	 * (at its level or above) is not listed.
	 */
	struct sqlname *names;
	size_t nnames;
	struct sqlroutine *routines;    /* the CREATE FUNCTION statements, in order */
	size_t nroutines;
	size_t *stmt_offsets;   /* where each statement starts (its first byte after the last ';') */
	/*
	 * The node type of each statement as libpg_query names it
	 * ("SelectStmt", "IndexStmt", "CreateFunctionStmt", ...), and what
	 * else it does (SQLSTMT_*).
	 */
	char **stmt_types;
	unsigned *stmt_flags;
	size_t nstatements;
	/*
	 * After a syntax error (sqlparse() returned -1): PostgreSQL's message
	 * ("syntax error at or near \"FRM\"") and the 1-based byte offset of
	 * the character it points at (one past the end for "at end of
	 * input"; 0 when PostgreSQL gave no place).  Nothing else is set.
	 */
	char *error;
	size_t error_offset;
};

#define SQLPARSE_INIT { NULL, 0, NULL, 0, NULL, NULL, NULL, 0, NULL, 0 }

/*
 * Parse SQL (NUL-terminated) into *OUT, which must be SQLPARSE_INIT or
 * released.  Returns 0, or -1 after a syntax error (out->error set).
 */
int sqlparse(const char *sql, struct sqlparse *out);
/*
 * The statements of SQL only, without names or routines: fills
 * out->nstatements, stmt_offsets, stmt_types and stmt_flags.  Returns the
 * number of statements, or -1 after a syntax error (out->error set).
 */
long sqlparse_statements(const char *sql, struct sqlparse *out);
/*
 * The words a statement of node type TYPE begins with, for messages,
 * appended to OUT: "CreateTableAsStmt" gives "CREATE TABLE AS",
 * "DeleteStmt" "DELETE", "TransactionStmt" "BEGIN, COMMIT or ROLLBACK".
 */
void sqlparse_stmt_words(const char *type, struct strbuf *out);
/* Free what *P holds and make it SQLPARSE_INIT again. */
void sqlparse_release(struct sqlparse *p);

#endif
