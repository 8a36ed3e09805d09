/*
 * sqltok: a small SQL tokenizer, enough to find the names a piece of SQL
 * refers to, to split a script into statements, and to find pgform's
 * {PLACEHOLDER}s.  It skips -- and nested block comments, and knows
 * '...' strings (with '' inside), E'...' strings (with backslash escapes),
 * U&'...' strings, "quoted identifiers" (with "" inside) and dollar-quoted
 * bodies ($$...$$, $tag$...$tag$); a name inside any of those is not a
 * reference.  It never allocates; tokens point into the caller's text.
 */
#ifndef PGFORM_SQLTOK_H
#define PGFORM_SQLTOK_H

#include <stddef.h>

#include "base/strbuf.h"

enum sqltok_type {
	SQLTOK_EOF = 0,
	SQLTOK_IDENT,       /* bare word: foo, SELECT (keywords too) */
	SQLTOK_QIDENT,      /* "Quoted Name" */
	SQLTOK_STRING,      /* '...', E'...', U&'...', B'..', X'..' */
	SQLTOK_DOLLAR,      /* $tag$...$tag$ */
	SQLTOK_NUMBER,      /* 42, 3.14, 1e10 */
	SQLTOK_PARAM,       /* $1 */
	SQLTOK_PLACEHOLDER, /* {NAME} outside strings: name is [A-Za-z_][A-Za-z0-9_]* */
	SQLTOK_OP,          /* operators: + - * / < > = ~ ! @ # % ^ & | ` ? :: etc. */
	SQLTOK_PUNCT,       /* ( ) [ ] , ; . and any other single byte */
	SQLTOK_ERROR,       /* unterminated string, identifier, comment or body */
};

struct sqltok {
	enum sqltok_type type;
	size_t start;       /* byte offset of the token in the text */
	size_t len;         /* byte length of the whole token */
	unsigned line, col; /* 1-based position of its first byte */
	/*
	 * For SQLTOK_STRING and SQLTOK_DOLLAR: where the contents start and
	 * how long they are (between the delimiters); e_string is 1 for E''.
	 * For SQLTOK_PLACEHOLDER: the name between the braces.
	 */
	size_t body_start, body_len;
	int e_string;
};

struct sqltok_state {
	const char *text;
	size_t len;
	size_t pos;
	unsigned line, col;
	const char *error; /* set with SQLTOK_ERROR: "unterminated quoted string" and the like */
};

/* Start tokenizing TEXT of LEN bytes; positions count from (line, col). */
void sqltok_init(struct sqltok_state *st, const char *text, size_t len,
		 unsigned line, unsigned col);
/* Next token (comments and whitespace skipped); SQLTOK_EOF at the end. */
enum sqltok_type sqltok_next(struct sqltok_state *st, struct sqltok *out);

/* 1 when TOK is a bare word equal (case-insensitively) to WORD. */
int sqltok_is_word(const struct sqltok_state *st, const struct sqltok *tok,
		   const char *word);
/*
 * Append the identifier value of TOK to SB: a bare word folded to lower
 * case, a quoted one with "" turned into ".
 */
void sqltok_ident_value(const struct sqltok_state *st, const struct sqltok *tok,
			struct strbuf *sb);

/*
 * Placeholders anywhere in TEXT: outside strings (SQLTOK_PLACEHOLDER) and
 * inside string and dollar-quoted bodies.  Comments are skipped.  For each
 * `{name}` found, calls CB with its offset and length (braces included),
 * the name, and where it stands.  "{{" is not a placeholder (left as is).
 * Returns 0, or the first non-zero value CB returned.
 */
enum sqltok_ctx {
	SQLCTX_CODE,    /* outside any string */
	SQLCTX_STRING,  /* inside '...' (standard: '' doubles) */
	SQLCTX_ESTRING, /* inside E'...' (backslashes escape too) */
	SQLCTX_DOLLAR,  /* inside $tag$...$tag$ */
	SQLCTX_QIDENT,  /* inside "..." */
};
typedef int (*sqltok_placeholder_cb)(void *data, size_t off, size_t len,
				     const char *name, size_t name_len,
				     enum sqltok_ctx ctx, unsigned line,
				     unsigned col);
int sqltok_placeholders(const char *text, size_t len, unsigned line,
			unsigned col, sqltok_placeholder_cb cb, void *data);

/*
 * Split a script into statements at top-level semicolons (not inside
 * strings, comments, bodies or parentheses).  For each non-empty
 * statement calls CB with its offset and length (semicolon excluded,
 * surrounding whitespace and comments trimmed) and position.  Returns 0,
 * -1 when the script has an unterminated token (err says which, with
 * err_line and err_col), or the first non-zero value CB returned.
 */
typedef int (*sqltok_stmt_cb)(void *data, size_t off, size_t len,
			      unsigned line, unsigned col);
int sqltok_split(const char *text, size_t len, sqltok_stmt_cb cb, void *data,
		 const char **err, unsigned *err_line, unsigned *err_col);

#endif
