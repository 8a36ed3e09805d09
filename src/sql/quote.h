/*
 * quote: the one module that turns names and values into SQL text.
 * Every piece of SQL pgform writes goes through these functions; each
 * appends to the caller's strbuf (nothing static is returned).
 *
 * Identifiers are left bare only when they match [a-z_][a-z0-9_$]* and are
 * not a keyword PostgreSQL would misread (anything but an unreserved
 * keyword); otherwise they are double-quoted with embedded quotes doubled.
 * Literals are single-quoted with quotes doubled; a value holding a
 * backslash is written as E'...' with backslashes doubled, which reads the
 * same whatever standard_conforming_strings says (as PQescapeLiteral does).
 */
#ifndef PGFORM_QUOTE_H
#define PGFORM_QUOTE_H

#include <stddef.h>

#include "base/strbuf.h"

/* PostgreSQL's identifier limit: NAMEDATALEN - 1 bytes. */
#define PG_IDENT_MAX 63

/* 1 when NAME must be double-quoted to survive as an identifier. */
int quote_ident_needed(const char *name);
/* Append NAME as an identifier. */
void quote_ident(struct strbuf *sb, const char *name);
/* Append SCHEMA.NAME (schema may be NULL: NAME alone). */
void quote_qualified(struct strbuf *sb, const char *schema, const char *name);
/* Append S as a string literal. */
void quote_literal(struct strbuf *sb, const char *s);
void quote_literal_len(struct strbuf *sb, const char *s, size_t len);
/*
 * Append S escaped for the inside of a literal that is already open in
 * the surrounding text: quotes doubled, and backslashes doubled too when
 * the literal is an E'' string (e_string != 0).
 */
void quote_literal_body(struct strbuf *sb, const char *s, int e_string);
/*
 * Append BODY dollar-quoted, with a tag that does not occur in BODY:
 * $pgform$...$pgform$, else $pgform_1$..., $pgform_2$... .
 */
void quote_dollar(struct strbuf *sb, const char *body);
/* 1 when NAME is longer than PG_IDENT_MAX bytes. */
int ident_too_long(const char *name);
/*
 * Append a name made of BASE and SUFFIX that fits PG_IDENT_MAX bytes:
 * BASE SUFFIX when it fits, else BASE cut (on a UTF-8 character
 * boundary) followed by "_" + 8 hex digits of a hash of BASE, then
 * SUFFIX.  Same inputs give the same name.  (The name is not quoted.)
 */
void ident_shorten(struct strbuf *sb, const char *base, const char *suffix);
/*
 * Append S as one element of a text[] literal ("..." with " and \
 * escaped; NULL as the bare word NULL).  The caller writes the braces and
 * commas and passes the whole literal as a parameter.
 */
void quote_array_elem(struct strbuf *sb, const char *s);
/*
 * Copy SQL (a view's query as pg_get_viewdef() writes it) to OUT with the
 * relations SCHEMA.FROM[i] renamed to SCHEMA.TO[i]: each qualified
 * reference "schema.from" and each use of "from" as a column qualifier
 * ("from.col", the name an unaliased relation goes by).  Names inside
 * strings, comments and other qualified names ("x.from") are left alone.
 * Returns how many qualified references were renamed.
 */
unsigned quote_rename_relations(const char *sql, const char *schema, const char *const *from,
				const char *const *to, unsigned n, struct strbuf *out);
/*
 * Statement lists.  Writers of steps append statements to a strbuf and
 * end each with sql_end(): trailing blanks and one ';' are dropped and a
 * NUL byte ends it (plan.h, stmt_split(), reads them back).  A secret goes
 * where sql_secret() is called, between the statement's head and its tail.
 * No text from users can hold a NUL byte, so none can end a statement.
 */
void sql_end(struct strbuf *sb);
void sql_secret(struct strbuf *sb);

/* 1 when WORD (any case) is a PostgreSQL keyword needing quotes as a name. */
int quote_is_keyword(const char *word);

#endif
