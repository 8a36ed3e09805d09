/*
 * sqltok: PostgreSQL's lexical rules (as in scan.l), reduced to what
 * pgform needs.  Every byte the tokenizer consumes goes through advance(),
 * which keeps line and column right across newlines inside strings,
 * comments and bodies.
 */
#include "sql/sqltok.h"

#include <string.h>

/* 1 for the whitespace PostgreSQL skips between tokens. */
static int is_space(unsigned char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

/* 1 for an ASCII digit. */
static int is_digit(unsigned char c)
{
	return c >= '0' && c <= '9';
}

/* 1 for a byte that may start a name: letter, underscore or non-ASCII. */
static int is_ident_start(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' ||
	       c >= 0x80;
}

/* 1 for a byte that may continue a dollar-quote tag. */
static int is_dolq_cont(unsigned char c)
{
	return is_ident_start(c) || is_digit(c);
}

/* 1 for a byte that may continue a bare identifier ($ included). */
static int is_ident_cont(unsigned char c)
{
	return is_dolq_cont(c) || c == '$';
}

/* 1 for an ASCII byte that may start a placeholder name. */
static int is_name_start(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}

/* 1 for a byte that may continue a placeholder name. */
static int is_name_cont(unsigned char c)
{
	return is_name_start(c) || is_digit(c);
}

/* 1 for a byte that may be part of an operator. */
static int is_op_char(unsigned char c)
{
	return c && strchr("~!@#^&|`?+-*/%<>=", c) != NULL;
}

/* The byte OFF bytes past the cursor, or 0 beyond the end. */
static unsigned char peek(const struct sqltok_state *st, size_t off)
{
	if (st->pos + off >= st->len)
		return 0;
	return (unsigned char)st->text[st->pos + off];
}

/* 1 when the two bytes at the cursor are A then B. */
static int at2(const struct sqltok_state *st, char a, char b)
{
	return st->pos + 1 < st->len && st->text[st->pos] == a &&
	       st->text[st->pos + 1] == b;
}

/* Move the cursor N bytes on (never past the end), counting lines. */
static void advance(struct sqltok_state *st, size_t n)
{
	while (n-- && st->pos < st->len) {
		if (st->text[st->pos++] == '\n') {
			st->line++;
			st->col = 1;
		} else {
			st->col++;
		}
	}
}

/*
 * Length of "{name}" at TEXT[POS] (braces included), or 0 when what
 * stands there is not a placeholder.
 */
static size_t placeholder_len(const char *text, size_t len, size_t pos)
{
	size_t i = pos + 1;

	if (pos >= len || text[pos] != '{' || i >= len ||
	    !is_name_start((unsigned char)text[i]))
		return 0;
	while (i < len && is_name_cont((unsigned char)text[i]))
		i++;
	if (i >= len || text[i] != '}')
		return 0;
	return i + 1 - pos;
}

/* A fresh tokenizer over TEXT, counting positions from (LINE, COL). */
void sqltok_init(struct sqltok_state *st, const char *text, size_t len,
		 unsigned line, unsigned col)
{
	st->text = text;
	st->len = len;
	st->pos = 0;
	st->line = line;
	st->col = col;
	st->error = NULL;
}

/* Record the cursor as the start of OUT, with no body. */
static void begin_token(const struct sqltok_state *st, struct sqltok *out)
{
	out->type = SQLTOK_EOF;
	out->start = st->pos;
	out->len = 0;
	out->line = st->line;
	out->col = st->col;
	out->body_start = out->body_len = 0;
	out->e_string = 0;
}

/* Close OUT at the cursor as a token of TYPE; returns TYPE. */
static enum sqltok_type end_token(const struct sqltok_state *st,
				  struct sqltok *out, enum sqltok_type type)
{
	out->type = type;
	out->len = st->pos - out->start;
	return type;
}

/* Consume N bytes as a token of TYPE. */
static enum sqltok_type take(struct sqltok_state *st, struct sqltok *out,
			     size_t n, enum sqltok_type type)
{
	advance(st, n);
	return end_token(st, out, type);
}

/*
 * Fail OUT with MSG: the error token runs from its start to the end of
 * the text, so the next call returns SQLTOK_EOF.
 */
static enum sqltok_type fail(struct sqltok_state *st, struct sqltok *out,
			     const char *msg)
{
	st->error = msg;
	advance(st, st->len - st->pos);
	return end_token(st, out, SQLTOK_ERROR);
}

/* Skip a -- comment up to (not including) the end of its line. */
static void skip_line_comment(struct sqltok_state *st)
{
	while (st->pos < st->len && st->text[st->pos] != '\n' &&
	       st->text[st->pos] != '\r')
		advance(st, 1);
}

/* Skip a nested block comment at the cursor; -1 when it never ends. */
static int skip_block_comment(struct sqltok_state *st)
{
	unsigned depth = 1;

	advance(st, 2);
	while (depth) {
		if (st->pos >= st->len)
			return -1;
		if (at2(st, '/', '*')) {
			depth++;
			advance(st, 2);
		} else if (at2(st, '*', '/')) {
			depth--;
			advance(st, 2);
		} else {
			advance(st, 1);
		}
	}
	return 0;
}

/* How a quoted string treats quotes and backslashes inside it. */
enum quote_mode {
	QUOTE_STD,    /* '' is a quote, backslash is plain */
	QUOTE_ESC,    /* '' is a quote, backslash escapes the next byte */
	QUOTE_SINGLE, /* B'' and X'': the first quote ends it */
};

/*
 * A quoted string or identifier whose opening QUOTE sits PREFIX bytes
 * past the cursor; the body is what lies between the quotes.
 */
static enum sqltok_type lex_quoted(struct sqltok_state *st, struct sqltok *out,
				   size_t prefix, char quote,
				   enum quote_mode mode)
{
	enum sqltok_type type = quote == '"' ? SQLTOK_QIDENT : SQLTOK_STRING;
	const char *msg = quote == '"' ? "unterminated quoted identifier" :
					 "unterminated quoted string";

	advance(st, prefix + 1);
	out->body_start = st->pos;
	for (;;) {
		if (st->pos >= st->len)
			return fail(st, out, msg);
		if (st->text[st->pos] == quote) {
			if (mode != QUOTE_SINGLE && peek(st, 1) == (unsigned char)quote) {
				advance(st, 2);
				continue;
			}
			break;
		}
		if (mode == QUOTE_ESC && st->text[st->pos] == '\\') {
			if (st->pos + 1 >= st->len)
				return fail(st, out, msg);
			advance(st, 2);
			continue;
		}
		advance(st, 1);
	}
	out->body_len = st->pos - out->body_start;
	return take(st, out, 1, type);
}

/*
 * Length of the dollar-quote delimiter ($$ or $tag$) at the cursor, or
 * 0 when there is none.
 */
static size_t dollar_delim_len(const struct sqltok_state *st)
{
	size_t n = 1;

	if (peek(st, 1) == '$')
		return 2;
	if (!is_ident_start(peek(st, 1)))
		return 0;
	while (is_dolq_cont(peek(st, n)))
		n++;
	return peek(st, n) == '$' ? n + 1 : 0;
}

/* Offset of DELIM (DLEN bytes) in the text from FROM on, or len if absent. */
static size_t find_delim(const struct sqltok_state *st, size_t from,
			 const char *delim, size_t dlen)
{
	size_t i;

	for (i = from; i + dlen <= st->len; i++)
		if (st->text[i] == '$' && !memcmp(st->text + i, delim, dlen))
			return i;
	return st->len;
}

/* A $tag$...$tag$ body, or $1, or a lone $ (punctuation). */
static enum sqltok_type lex_dollar(struct sqltok_state *st, struct sqltok *out)
{
	size_t dlen = dollar_delim_len(st), end, n = 1;

	if (is_digit(peek(st, 1))) {
		while (is_digit(peek(st, n)))
			n++;
		return take(st, out, n, SQLTOK_PARAM);
	}
	if (!dlen)
		return take(st, out, 1, SQLTOK_PUNCT);
	end = find_delim(st, st->pos + dlen, st->text + st->pos, dlen);
	if (end >= st->len)
		return fail(st, out, "unterminated dollar-quoted string");
	out->body_start = st->pos + dlen;
	out->body_len = end - out->body_start;
	return take(st, out, end + dlen - st->pos, SQLTOK_DOLLAR);
}

/* A bare identifier or keyword. */
static enum sqltok_type lex_ident(struct sqltok_state *st, struct sqltok *out)
{
	size_t n = 1;

	while (is_ident_cont(peek(st, n)))
		n++;
	return take(st, out, n, SQLTOK_IDENT);
}

/*
 * A number: 42, 4.2, .42, 4e2, 4.2E-1.  "1..2" is 1 then "..", and an
 * exponent marker not followed by digits is left alone.
 */
static enum sqltok_type lex_number(struct sqltok_state *st, struct sqltok *out)
{
	size_t n = 0, e;

	while (is_digit(peek(st, n)))
		n++;
	if (peek(st, n) == '.' && peek(st, n + 1) == '.' && n)
		return take(st, out, n, SQLTOK_NUMBER);
	if (peek(st, n) == '.') {
		n++;
		while (is_digit(peek(st, n)))
			n++;
	}
	if (peek(st, n) == 'e' || peek(st, n) == 'E') {
		e = n + 1;
		if (peek(st, e) == '+' || peek(st, e) == '-')
			e++;
		if (is_digit(peek(st, e))) {
			while (is_digit(peek(st, e)))
				e++;
			n = e;
		}
	}
	return take(st, out, n, SQLTOK_NUMBER);
}

/* {NAME} as a placeholder; "{{" and any other { as punctuation. */
static enum sqltok_type lex_brace(struct sqltok_state *st, struct sqltok *out)
{
	size_t n = placeholder_len(st->text, st->len, st->pos);

	if (peek(st, 1) == '{')
		return take(st, out, 2, SQLTOK_PUNCT);
	if (!n)
		return take(st, out, 1, SQLTOK_PUNCT);
	out->body_start = st->pos + 1;
	out->body_len = n - 2;
	return take(st, out, n, SQLTOK_PLACEHOLDER);
}

/* 1 when the operator bytes OP[0..N) hold one that SQL does not have. */
static int has_non_sql_op_char(const char *op, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (strchr("~!@#^&|`?%", op[i]))
			return 1;
	return 0;
}

/*
 * An operator: a run of operator bytes that stops where a comment
 * (dash-dash or slash-star) begins in it, and (as PostgreSQL does) sheds trailing + and - unless it holds
 * a byte SQL's own operators lack, so "=-1" is "=" then "-".
 */
static enum sqltok_type lex_operator(struct sqltok_state *st, struct sqltok *out)
{
	const char *op = st->text + st->pos;
	size_t n = 1;

	while (is_op_char(peek(st, n))) {
		if ((op[n] == '-' && peek(st, n + 1) == '-') ||
		    (op[n] == '/' && peek(st, n + 1) == '*'))
			break;
		n++;
	}
	if (n > 1 && (op[n - 1] == '+' || op[n - 1] == '-') &&
	    !has_non_sql_op_char(op, n - 1)) {
		do
			n--;
		while (n > 1 && (op[n - 1] == '+' || op[n - 1] == '-'));
	}
	return take(st, out, n, SQLTOK_OP);
}

/* A string whose quote follows a one-letter prefix (E, B, X, N), if any. */
static int lex_prefixed(struct sqltok_state *st, struct sqltok *out,
			enum sqltok_type *type)
{
	unsigned char c = peek(st, 0) | 0x20;

	if (peek(st, 1) == '\'' && (c == 'e' || c == 'b' || c == 'x' || c == 'n')) {
		out->e_string = c == 'e';
		*type = lex_quoted(st, out, 1, '\'',
				   c == 'e' ? QUOTE_ESC :
				   c == 'n' ? QUOTE_STD : QUOTE_SINGLE);
		return 1;
	}
	if (c == 'u' && peek(st, 1) == '&' &&
	    (peek(st, 2) == '\'' || peek(st, 2) == '"')) {
		*type = lex_quoted(st, out, 2, (char)peek(st, 2), QUOTE_STD);
		return 1;
	}
	return 0;
}

/*
 * The token at the cursor (not whitespace, not a comment, not the end).
 * As in PostgreSQL, "::" and ":=" are one operator and ".." one token.
 */
static enum sqltok_type lex_token(struct sqltok_state *st, struct sqltok *out)
{
	unsigned char c = peek(st, 0);
	enum sqltok_type type;

	if (c == '\'')
		return lex_quoted(st, out, 0, '\'', QUOTE_STD);
	if (c == '"')
		return lex_quoted(st, out, 0, '"', QUOTE_STD);
	if (lex_prefixed(st, out, &type))
		return type;
	if (is_ident_start(c))
		return lex_ident(st, out);
	if (is_digit(c) || (c == '.' && is_digit(peek(st, 1))))
		return lex_number(st, out);
	if (c == '$')
		return lex_dollar(st, out);
	if (c == '{')
		return lex_brace(st, out);
	if (c == ':' && (peek(st, 1) == ':' || peek(st, 1) == '='))
		return take(st, out, 2, SQLTOK_OP);
	if (c == '.' && peek(st, 1) == '.')
		return take(st, out, 2, SQLTOK_PUNCT);
	if (is_op_char(c))
		return lex_operator(st, out);
	return take(st, out, 1, SQLTOK_PUNCT);
}

/* The next token after whitespace and comments, or SQLTOK_EOF. */
enum sqltok_type sqltok_next(struct sqltok_state *st, struct sqltok *out)
{
	for (;;) {
		while (st->pos < st->len && is_space(peek(st, 0)))
			advance(st, 1);
		begin_token(st, out);
		if (st->pos >= st->len)
			return end_token(st, out, SQLTOK_EOF);
		if (at2(st, '-', '-')) {
			skip_line_comment(st);
			continue;
		}
		if (at2(st, '/', '*')) {
			if (skip_block_comment(st) < 0)
				return fail(st, out, "unterminated /* comment");
			continue;
		}
		return lex_token(st, out);
	}
}

/* 1 when TOK is a bare word equal to WORD, ignoring ASCII case. */
int sqltok_is_word(const struct sqltok_state *st, const struct sqltok *tok,
		   const char *word)
{
	size_t i;

	if (tok->type != SQLTOK_IDENT || strlen(word) != tok->len)
		return 0;
	for (i = 0; i < tok->len; i++) {
		unsigned char a = (unsigned char)st->text[tok->start + i];
		unsigned char b = (unsigned char)word[i];
		if (a >= 'A' && a <= 'Z')
			a |= 0x20;
		if (b >= 'A' && b <= 'Z')
			b |= 0x20;
		if (a != b)
			return 0;
	}
	return 1;
}

/*
 * A bare word is folded to lower case (ASCII only, as PostgreSQL does in
 * a multi-byte encoding); a quoted one loses its quotes and has ""
 * turned into ".  Any other token is appended as written.
 */
void sqltok_ident_value(const struct sqltok_state *st, const struct sqltok *tok,
			struct strbuf *sb)
{
	const char *s = st->text + tok->start;
	size_t i;

	if (tok->type == SQLTOK_IDENT) {
		for (i = 0; i < tok->len; i++) {
			char c = s[i];
			strbuf_addch(sb, c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
		}
	} else if (tok->type == SQLTOK_QIDENT) {
		s = st->text + tok->body_start;
		for (i = 0; i < tok->body_len; i++) {
			strbuf_addch(sb, s[i]);
			if (s[i] == '"')
				i++;
		}
	} else {
		strbuf_add(sb, s, tok->len);
	}
}

/* Where the body of a string-like token stands, for sqltok_placeholders. */
static enum sqltok_ctx body_ctx(const struct sqltok *tok)
{
	if (tok->type == SQLTOK_DOLLAR)
		return SQLCTX_DOLLAR;
	if (tok->type == SQLTOK_QIDENT)
		return SQLCTX_QIDENT;
	return tok->e_string ? SQLCTX_ESTRING : SQLCTX_STRING;
}

/*
 * Report each {name} in the body of TOK (a string, body or quoted
 * identifier) with its own line and column; "{{" is skipped whole.
 */
static int scan_body(const struct sqltok_state *st, const struct sqltok *tok,
		     sqltok_placeholder_cb cb, void *data)
{
	struct sqltok_state cur;
	size_t end = tok->body_start + tok->body_len, n;
	int rc;

	sqltok_init(&cur, st->text, end, tok->line, tok->col);
	cur.pos = tok->start;
	advance(&cur, tok->body_start - tok->start);
	while (cur.pos < end) {
		if (at2(&cur, '{', '{')) {
			advance(&cur, 2);
			continue;
		}
		n = placeholder_len(cur.text, end, cur.pos);
		if (n) {
			rc = cb(data, cur.pos, n, cur.text + cur.pos + 1, n - 2,
				body_ctx(tok), cur.line, cur.col);
			if (rc)
				return rc;
		}
		advance(&cur, n ? n : 1);
	}
	return 0;
}

/*
 * Placeholders in code and in the bodies of strings and quoted names,
 * in text order; -1 at an unterminated token, after those before it.
 */
int sqltok_placeholders(const char *text, size_t len, unsigned line,
			unsigned col, sqltok_placeholder_cb cb, void *data)
{
	struct sqltok_state st;
	struct sqltok tok;
	int rc = 0;

	sqltok_init(&st, text, len, line, col);
	for (;;) {
		switch (sqltok_next(&st, &tok)) {
		case SQLTOK_EOF:
			return 0;
		case SQLTOK_ERROR:
			return -1;
		case SQLTOK_PLACEHOLDER:
			rc = cb(data, tok.start, tok.len, text + tok.body_start,
				tok.body_len, SQLCTX_CODE, tok.line, tok.col);
			break;
		case SQLTOK_STRING:
		case SQLTOK_DOLLAR:
		case SQLTOK_QIDENT:
			rc = scan_body(&st, &tok, cb, data);
			break;
		default:
			break;
		}
		if (rc)
			return rc;
	}
}

/*
 * One statement being gathered by sqltok_split.  Besides parentheses it
 * follows psql's rule for SQL-standard routine bodies: in a statement
 * that starts CREATE [OR REPLACE] FUNCTION|PROCEDURE, BEGIN opens a block
 * (and CASE, inside one) that END closes, and a semicolon inside does not
 * end the statement.
 */
struct stmt {
	int has;           /* a token has been seen */
	size_t start, end; /* first token's start, last token's end */
	unsigned line, col;
	unsigned depth;    /* open parentheses */
	unsigned begins;   /* open BEGIN/CASE blocks in a routine body */
	unsigned nwords;   /* bare words seen */
	char lead[4];      /* first bare words: c(reate) o(r) r(eplace) f p */
};

/* Forget everything about the statement in S. */
static void stmt_reset(struct stmt *s)
{
	memset(s, 0, sizeof(*s));
}

/* 1 when the statement so far begins CREATE [OR REPLACE] FUNCTION|PROCEDURE. */
static int stmt_is_routine(const struct stmt *s)
{
	const char *l = s->lead;

	return l[0] == 'c' &&
	       (l[1] == 'f' || l[1] == 'p' ||
		(l[1] == 'o' && l[2] == 'r' && (l[3] == 'f' || l[3] == 'p')));
}

/* Note the bare word TOK: its place in the lead, and BEGIN/CASE/END. */
static void stmt_word(struct stmt *s, const struct sqltok_state *st,
		      const struct sqltok *tok)
{
	static const char *const lead_words[] = {
		"create", "or", "replace", "function", "procedure",
	};
	size_t i;

	if (s->nwords < sizeof(s->lead))
		for (i = 0; i < sizeof(lead_words) / sizeof(*lead_words); i++)
			if (sqltok_is_word(st, tok, lead_words[i]))
				s->lead[s->nwords] = lead_words[i][0];
	s->nwords++;
	if (!stmt_is_routine(s) || s->depth)
		return;
	if (sqltok_is_word(st, tok, "begin"))
		s->begins++;
	else if (sqltok_is_word(st, tok, "case") && s->begins)
		s->begins++;
	else if (sqltok_is_word(st, tok, "end") && s->begins)
		s->begins--;
}

/* Add TOK to the statement in S. */
static void stmt_add(struct stmt *s, const struct sqltok_state *st,
		     const struct sqltok *tok)
{
	const char *p = st->text + tok->start;

	if (!s->has) {
		s->has = 1;
		s->start = tok->start;
		s->line = tok->line;
		s->col = tok->col;
	}
	s->end = tok->start + tok->len;
	if (tok->type == SQLTOK_IDENT)
		stmt_word(s, st, tok);
	else if (tok->type == SQLTOK_PUNCT && *p == '(')
		s->depth++;
	else if (tok->type == SQLTOK_PUNCT && *p == ')' && s->depth)
		s->depth--;
}

/* Hand the statement in S (if any) to CB and start afresh. */
static int stmt_flush(struct stmt *s, sqltok_stmt_cb cb, void *data)
{
	int rc = 0;

	if (s->has)
		rc = cb(data, s->start, s->end - s->start, s->line, s->col);
	stmt_reset(s);
	return rc;
}

/* 0 when TEXT tokenizes to the end; else -1 with the error and position. */
static int check_script(const char *text, size_t len, const char **err,
			unsigned *err_line, unsigned *err_col)
{
	struct sqltok_state st;
	struct sqltok tok;
	enum sqltok_type t;

	sqltok_init(&st, text, len, 1, 1);
	while ((t = sqltok_next(&st, &tok)) != SQLTOK_EOF) {
		if (t != SQLTOK_ERROR)
			continue;
		if (err)
			*err = st.error;
		if (err_line)
			*err_line = tok.line;
		if (err_col)
			*err_col = tok.col;
		return -1;
	}
	return 0;
}

/*
 * The whole script is checked first, so CB sees no statement of a script
 * that has an unterminated token.
 */
int sqltok_split(const char *text, size_t len, sqltok_stmt_cb cb, void *data,
		 const char **err, unsigned *err_line, unsigned *err_col)
{
	struct sqltok_state st;
	struct sqltok tok;
	struct stmt s;
	int rc;

	if (check_script(text, len, err, err_line, err_col) < 0)
		return -1;
	sqltok_init(&st, text, len, 1, 1);
	stmt_reset(&s);
	while (sqltok_next(&st, &tok) != SQLTOK_EOF) {
		if (tok.type == SQLTOK_PUNCT && text[tok.start] == ';' &&
		    !s.depth && !s.begins) {
			rc = stmt_flush(&s, cb, data);
			if (rc)
				return rc;
			continue;
		}
		stmt_add(&s, &st, &tok);
	}
	return stmt_flush(&s, cb, data);
}
