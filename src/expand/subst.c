#include "expand/subst.h"

#include <stdlib.h>
#include <string.h>

#include "sql/quote.h"
#include "sql/sqltok.h"
#include "base/usage.h"

struct compile_ctx {
	struct subst_tpl *t;
	struct arena *a;
	const char *text;
	size_t done;            /* text consumed so far */
	size_t aseg;
};

static void add_seg(struct compile_ctx *c, const char *text, size_t len, int var, int ctx,
		    size_t src, size_t src_len)
{
	if (c->t->nsegs == c->aseg) {
		size_t n = c->aseg ? c->aseg * 2 : 8;
		struct subst_seg *s = arena_alloc(c->a, n * sizeof(*s));
		if (c->t->nsegs)
			memcpy(s, c->t->segs, c->t->nsegs * sizeof(*s));
		c->t->segs = s;
		c->aseg = n;
	}
	struct subst_seg *s = &c->t->segs[c->t->nsegs++];
	s->text = text;
	s->len = len;
	s->var = var;
	s->ctx = ctx;
	s->src = src;
	s->src_len = src_len;
}

/* Literal text from c->done up to END, with "{{" turned into "{". */
static void add_text(struct compile_ctx *c, size_t end)
{
	const char *p = c->text + c->done, *e = c->text + end;
	while (p < e) {
		const char *b = memchr(p, '{', (size_t)(e - p));
		if (!b || b + 1 >= e || b[1] != '{') {
			add_seg(c, p, (size_t)(e - p), -1, 0, (size_t)(p - c->text), (size_t)(e - p));
			break;
		}
		/* "{{" is written "{": the segment takes one byte more in the text */
		add_seg(c, p, (size_t)(b - p) + 1, -1, 0, (size_t)(p - c->text), (size_t)(b - p) + 2);
		p = b + 2;
	}
	c->done = end;
}

static int find_var(const struct subst_tpl *t, const char *name, size_t len)
{
	for (unsigned i = 0; i < t->nvars; i++)
		if (strlen(t->vars[i].name) == len && !memcmp(t->vars[i].name, name, len))
			return (int)i;
	return -1;
}

static int on_placeholder(void *data, size_t off, size_t len, const char *name,
			  size_t name_len, enum sqltok_ctx ctx, unsigned line, unsigned col)
{
	struct compile_ctx *c = data;
	int v = find_var(c->t, name, name_len);
	if (v < 0)
		return 0;
	add_text(c, off);
	add_seg(c, NULL, 0, v, (int)ctx, off, len);
	c->done = off + len;
	return 0;
}

/* Plain scan for {name} in non-SQL text. */
static void scan_raw(struct compile_ctx *c)
{
	const char *s = c->text;
	for (size_t i = 0; s[i]; i++) {
		if (s[i] != '{')
			continue;
		if (s[i + 1] == '{') {
			i++;
			continue;
		}
		size_t j = i + 1;
		while (s[j] == '_' || (s[j] >= 'a' && s[j] <= 'z') || (s[j] >= 'A' && s[j] <= 'Z') ||
		       (j > i + 1 && s[j] >= '0' && s[j] <= '9'))
			j++;
		if (s[j] == '}' && j > i + 1)
			on_placeholder(c, i, j + 1 - i, s + i + 1, j - i - 1, SQLCTX_DOLLAR, 0, 0);
	}
}

void subst_compile(struct subst_tpl *t, struct arena *a, const char *text,
		   const struct subst_var *vars, unsigned nvars, int raw_text)
{
	struct compile_ctx c = { t, a, text, 0, 0 };
	memset(t, 0, sizeof(*t));
	t->vars = vars;
	t->nvars = nvars;
	if (raw_text)
		scan_raw(&c);
	else
		sqltok_placeholders(text, strlen(text), 1, 1, on_placeholder, &c);
	add_text(&c, strlen(text));
}

/* Append segment S of T rendered with VALUES to OUT. */
static void render_seg(const struct subst_tpl *t, const struct subst_seg *s,
		       const char *const *values, struct strbuf *out)
{
	const char *val;
	if (s->text) {
		strbuf_add(out, s->text, s->len);
		return;
	}
	val = values[s->var];
	switch (s->ctx) {
	case SQLCTX_STRING:
		quote_literal_body(out, val, 0);
		break;
	case SQLCTX_ESTRING:
		quote_literal_body(out, val, 1);
		break;
	case SQLCTX_QIDENT:
		for (const char *p = val; *p; p++) {
			if (*p == '"')
				strbuf_addch(out, '"');
			strbuf_addch(out, *p);
		}
		break;
	case SQLCTX_DOLLAR:
		strbuf_addstr(out, val);
		break;
	default:
		if (t->vars[s->var].as == SUBST_LITERAL)
			quote_literal(out, val);
		else if (t->vars[s->var].as == SUBST_IDENT)
			quote_ident(out, val);
		else
			strbuf_addstr(out, val);
	}
}

void subst_render(const struct subst_tpl *t, const char *const *values,
		  struct strbuf *out)
{
	for (unsigned i = 0; i < t->nsegs; i++)
		render_seg(t, &t->segs[i], values, out);
}

size_t subst_source_offset(const struct subst_tpl *t, const char *const *values,
			   size_t off, int *placeholder)
{
	struct strbuf sb = STRBUF_INIT;
	size_t at = 0, end = 0;
	if (placeholder)
		*placeholder = -1;
	for (unsigned i = 0; i < t->nsegs; i++) {
		const struct subst_seg *s = &t->segs[i];
		size_t len = s->len;
		if (!s->text) {
			strbuf_reset(&sb);
			render_seg(t, s, values, &sb);
			len = sb.len;
		}
		end = s->src + s->src_len;
		if (off >= at + len) {
			at += len;
			continue;
		}
		strbuf_release(&sb);
		if (s->text)
			return s->src + (off - at);
		if (placeholder)
			*placeholder = (int)i;
		return s->src;
	}
	strbuf_release(&sb);
	return end;
}

/* The next placeholder segment from I on that stands inside quotes (T's nsegs when none). */
static unsigned next_quoted(const struct subst_tpl *t, unsigned i)
{
	while (i < t->nsegs && (t->segs[i].text || t->segs[i].ctx == SQLCTX_CODE))
		i++;
	return i;
}

/* The quote that opens the body of context CTX (a dollar quote's tag from TOK in TEXT). */
static void quote_of(int ctx, const char *text, const struct sqltok *tok, struct strbuf *quote)
{
	if (ctx == SQLCTX_DOLLAR && tok && tok->type == SQLTOK_DOLLAR)
		strbuf_add(quote, text + tok->start, tok->body_start - tok->start);
	else if (ctx == SQLCTX_DOLLAR)
		strbuf_addch(quote, '$');
	else if (ctx == SQLCTX_QIDENT)
		strbuf_addch(quote, '"');
	else
		strbuf_addch(quote, '\'');
}

/* 1 when TOK (a string, body or quoted name) holds bytes FROM..TO of its text in its body. */
static int in_body(const struct sqltok *tok, size_t from, size_t to)
{
	if (tok->type != SQLTOK_STRING && tok->type != SQLTOK_DOLLAR && tok->type != SQLTOK_QIDENT)
		return 0;
	return from >= tok->body_start && to <= tok->body_start + tok->body_len;
}

enum subst_trouble subst_check(const struct subst_tpl *t, const char *const *values,
			       unsigned *seg, struct strbuf *quote)
{
	struct strbuf out = STRBUF_INIT;
	size_t *from = xcalloc(t->nsegs + 1, sizeof(*from)), *to = xcalloc(t->nsegs + 1, sizeof(*to));
	enum subst_trouble trouble = SUBST_FITS;
	struct sqltok_state st;
	struct sqltok tok;
	unsigned i;

	for (i = 0; i < t->nsegs; i++) {
		const struct subst_seg *s = &t->segs[i];
		from[i] = out.len;
		render_seg(t, s, values, &out);
		to[i] = out.len;
		if (!s->text && s->ctx == SQLCTX_STRING && strchr(values[s->var], '\\') && !trouble) {
			trouble = SUBST_BACKSLASH;
			*seg = i;
			quote_of(s->ctx, NULL, NULL, quote);
		}
	}
	sqltok_init(&st, out.buf, out.len, 1, 1);
	i = next_quoted(t, 0);
	while (!trouble && i < t->nsegs) {
		enum sqltok_type type = sqltok_next(&st, &tok);
		int ended = type == SQLTOK_EOF || type == SQLTOK_ERROR;
		while (!trouble && i < t->nsegs && (ended || from[i] < tok.start + tok.len)) {
			if (ended || from[i] < tok.start || !in_body(&tok, from[i], to[i])) {
				trouble = SUBST_ENDS_QUOTE;
				*seg = i;
				quote_of(t->segs[i].ctx, out.buf, ended ? NULL : &tok, quote);
			}
			i = next_quoted(t, i + 1);
		}
	}
	free(from);
	free(to);
	strbuf_release(&out);
	return trouble;
}
