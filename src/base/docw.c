#include "base/docw.h"

#include <stdint.h>
#include <string.h>

#include "base/usage.h"

/* ---- JSON strings ---- */

/*
 * The code point of the UTF-8 sequence at S (*LEN its bytes), or -1 when
 * S does not start a valid one (overlong, a surrogate, past U+10FFFF,
 * truncated): what jansson's utf8_iterate() accepts.
 */
static long utf8_decode(const unsigned char *s, int *len)
{
	unsigned char c = s[0];
	long cp;
	int n;

	if (c < 0x80) {
		*len = 1;
		return c;
	}
	if (c >= 0xc2 && c <= 0xdf) {
		n = 2;
		cp = c & 0x1f;
	} else if (c >= 0xe0 && c <= 0xef) {
		n = 3;
		cp = c & 0x0f;
	} else if (c >= 0xf0 && c <= 0xf4) {
		n = 4;
		cp = c & 0x07;
	} else {
		return -1;
	}
	for (int i = 1; i < n; i++) {
		if ((s[i] & 0xc0) != 0x80)
			return -1;
		cp = (cp << 6) | (s[i] & 0x3f);
	}
	if ((n == 3 && cp < 0x800) || (n == 4 && (cp < 0x10000 || cp > 0x10ffff)) ||
	    (cp >= 0xd800 && cp <= 0xdfff))
		return -1;
	*len = n;
	return cp;
}

static void add_u16(struct strbuf *sb, unsigned v)
{
	static const char hex[] = "0123456789ABCDEF";
	char e[6] = { '\\', 'u', hex[(v >> 12) & 15], hex[(v >> 8) & 15],
		      hex[(v >> 4) & 15], hex[v & 15] };
	strbuf_add(sb, e, sizeof(e));
}

/*
 * 1 when one of the eight bytes of X is < 0x20, >= 0x80, '"' or '\\'
 * (the word-at-a-time tests of "Bit Twiddling Hacks": exact for "any").
 */
static int json_special(uint64_t x)
{
	const uint64_t ones = 0x0101010101010101u, high = ones * 0x80;
	const uint64_t q = x ^ (ones * '"'), b = x ^ (ones * '\\');

	return ((((x - ones * 0x20) & ~x) | ((q - ones) & ~q) | ((b - ones) & ~b) | x) &
		high) != 0;
}

void json_quote(struct strbuf *sb, const char *str)
{
	const unsigned char *s = (const unsigned char *)str, *run = s;
	const unsigned char *end = s + strlen(str);

	strbuf_addch(sb, '"');
	strbuf_grow(sb, (size_t)(end - s) + 1);
	for (;;) {
		unsigned char c;
		int len;
		long cp;

		/* the bytes written as they are, eight at a time, then one at a time */
		while (end - s >= 8) {
			uint64_t x;
			memcpy(&x, s, 8);
			if (json_special(x))
				break;
			s += 8;
		}
		c = *s;
		if (c >= 0x20 && c < 0x80 && c != '"' && c != '\\') {
			s++;
			continue;
		}
		strbuf_add(sb, run, (size_t)(s - run));
		if (!c)
			break;
		switch (c) {
		case '"': strbuf_add(sb, "\\\"", 2); s++; break;
		case '\\': strbuf_add(sb, "\\\\", 2); s++; break;
		case '\b': strbuf_add(sb, "\\b", 2); s++; break;
		case '\f': strbuf_add(sb, "\\f", 2); s++; break;
		case '\n': strbuf_add(sb, "\\n", 2); s++; break;
		case '\r': strbuf_add(sb, "\\r", 2); s++; break;
		case '\t': strbuf_add(sb, "\\t", 2); s++; break;
		default:
			cp = utf8_decode(s, &len);
			if (cp < 0) {
				cp = 0xfffd;
				len = 1;
			}
			if (cp < 0x10000) {
				add_u16(sb, (unsigned)cp);
			} else {
				cp -= 0x10000;
				add_u16(sb, 0xd800 | (unsigned)(cp >> 10));
				add_u16(sb, 0xdc00 | (unsigned)(cp & 0x3ff));
			}
			s += len;
		}
		run = s;
	}
	strbuf_addch(sb, '"');
}

/* ---- YAML scalars ---- */

/* 1 when S, written plain, reads back as the same string. */
static int plain_ok(const char *s)
{
	static const char *const special[] = {
		"true", "false", "True", "False", "TRUE", "FALSE", "null", "Null",
		"NULL", "~", "yes", "no", "Yes", "No", "on", "off", "On", "Off", "y", "n",
		NULL,
	};
	size_t n = strlen(s);
	if (!n || s[0] == ' ' || s[n - 1] == ' ')
		return 0;
	/* no word of special is longer than 5 bytes; each starts with one of these */
	if (n <= 5 && strchr("tfTFnN~yYoO", s[0]))
		for (const char *const *p = special; *p; p++)
			if (!strcmp(*p, s))
				return 0;
	if (strchr("-?:,[]{}#&*!|>'\"%@`", s[0]))
		return 0;
	int numeric = 1;
	for (const char *p = s; *p; p++) {
		unsigned char c = (unsigned char)*p;
		if (c < 0x20 || c == 0x7f)
			return 0;
		if ((c == ':' && (p[1] == ' ' || !p[1])) || (c == '#' && p > s && p[-1] == ' '))
			return 0;
		if (!((c >= '0' && c <= '9') || c == '.' || c == '-' || c == '+' || c == 'e' || c == 'E' || c == '_'))
			numeric = 0;
	}
	return !numeric;
}

static void yaml_quoted(struct strbuf *sb, const char *s)
{
	strbuf_addch(sb, '"');
	for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
		switch (*p) {
		case '"': strbuf_addstr(sb, "\\\""); break;
		case '\\': strbuf_addstr(sb, "\\\\"); break;
		case '\n': strbuf_addstr(sb, "\\n"); break;
		case '\t': strbuf_addstr(sb, "\\t"); break;
		case '\r': strbuf_addstr(sb, "\\r"); break;
		default:
			if (*p < 0x20 || *p == 0x7f)
				strbuf_addf(sb, "\\x%02x", *p);
			else
				strbuf_addch(sb, *p);
		}
	}
	strbuf_addch(sb, '"');
}

/* A multi-line string as a literal block, when it can be one. */
static int block_ok(const char *s)
{
	if (!strchr(s, '\n') || s[0] == ' ' || s[0] == '\n')
		return 0;
	for (const unsigned char *p = (const unsigned char *)s; *p; p++)
		if ((*p < 0x20 && *p != '\n') || *p == 0x7f)
			return 0;
	return 1;
}

/* S as a YAML scalar whose block lines (if any) sit at INDENT. */
static void yaml_scalar(struct strbuf *sb, const char *s, int indent)
{
	if (plain_ok(s)) {
		strbuf_addstr(sb, s);
		return;
	}
	if (!block_ok(s)) {
		yaml_quoted(sb, s);
		return;
	}
	size_t n = strlen(s);
	size_t trail = 0;
	while (trail < n && s[n - 1 - trail] == '\n')
		trail++;
	strbuf_addstr(sb, trail == 0 ? "|-" : trail == 1 ? "|" : "|+");
	const char *p = s;
	while (*p) {
		const char *e = strchr(p, '\n');
		size_t len = e ? (size_t)(e - p) : strlen(p);
		strbuf_addch(sb, '\n');
		if (len)
			strbuf_addchars(sb, ' ', (size_t)indent);
		strbuf_add(sb, p, len);
		if (!e)
			break;
		p = e + 1;
		if (!*p)
			break;
	}
	/* |+ keeps extra trailing newlines: write them as empty lines */
	for (size_t k = 1; k < trail; k++)
		strbuf_addch(sb, '\n');
}

/* ---- the writer ---- */

void docw_init(struct docw *w, struct strbuf *out, enum docw_style style, int json_indent)
{
	memset(w, 0, sizeof(*w));
	w->out = out;
	w->style = style;
	w->json_indent = json_indent;
	w->f[0].kind = 'r';
}

void docw_yaml_root(struct docw *w, int indent, int in_seq)
{
	w->f[0].indent = indent;
	w->f[0].in_seq = in_seq;
}

/* JSON: what goes before the next member or element of container P. */
static void json_sep(struct docw *w, struct docw_frame *p)
{
	if (p->n)
		strbuf_addch(w->out, ',');
	if (w->json_indent) {
		strbuf_addch(w->out, '\n');
		strbuf_addchars(w->out, ' ', (size_t)w->json_indent * (size_t)w->depth);
	}
	p->n++;
}

/*
 * What goes before a value in the innermost container; for YAML, the
 * indent and in_seq of a container that this value opens, and whether
 * it is written " {}" when it stays empty.
 */
static void value_start(struct docw *w, int container, struct docw_frame *child)
{
	struct docw_frame *p = &w->f[w->depth];

	if (w->style == DOCW_JSON) {
		if (p->kind == 'a')
			json_sep(w, p);
		return;
	}
	switch (p->kind) {
	case 'r':
		child->indent = p->indent;
		child->in_seq = p->in_seq;
		break;
	case 'o':               /* after "key:" */
		child->indent = p->indent + 2;
		child->empty_space = 1;
		if (!container)
			strbuf_addch(w->out, ' ');
		break;
	default:
		strbuf_addch(w->out, '\n');
		strbuf_addchars(w->out, ' ', (size_t)(p->indent > 2 ? p->indent - 2 : 0));
		strbuf_add(w->out, "- ", 2);
		child->indent = p->indent;
		child->in_seq = 1;
		p->n++;
	}
}

static void open_container(struct docw *w, char kind)
{
	struct docw_frame c = { kind, 0, 0, 0, 0 };

	value_start(w, 1, &c);
	if (w->depth + 1 >= DOCW_MAXDEPTH)
		die("internal error: document nested too deep");
	w->f[++w->depth] = c;
	if (w->style == DOCW_JSON)
		strbuf_addch(w->out, kind == 'o' ? '{' : '[');
}

void docw_object(struct docw *w)
{
	open_container(w, 'o');
}

void docw_array(struct docw *w)
{
	open_container(w, 'a');
}

void docw_end(struct docw *w)
{
	struct docw_frame *c = &w->f[w->depth--];
	const char *empty = c->kind == 'o' ? "{}" : "[]";

	if (w->style == DOCW_YAML) {
		if (!c->n) {
			if (c->empty_space)
				strbuf_addch(w->out, ' ');
			strbuf_addstr(w->out, empty);
		}
		return;
	}
	if (c->n && w->json_indent) {
		strbuf_addch(w->out, '\n');
		strbuf_addchars(w->out, ' ', (size_t)w->json_indent * (size_t)w->depth);
	}
	strbuf_addch(w->out, empty[1]);
}

void docw_key(struct docw *w, const char *key)
{
	struct docw_frame *p = &w->f[w->depth];

	if (w->style == DOCW_JSON) {
		json_sep(w, p);
		json_quote(w->out, key);
		if (w->json_indent)
			strbuf_add(w->out, ": ", 2);
		else
			strbuf_addch(w->out, ':');
		return;
	}
	if (p->n++ || !p->in_seq) {
		strbuf_addch(w->out, '\n');
		strbuf_addchars(w->out, ' ', (size_t)p->indent);
	}
	if (plain_ok(key))
		strbuf_addstr(w->out, key);
	else
		yaml_quoted(w->out, key);
	strbuf_addch(w->out, ':');
}

void docw_str(struct docw *w, const char *s)
{
	struct docw_frame c = { 0, 0, 0, 0, 0 };

	value_start(w, 0, &c);
	if (w->style == DOCW_JSON)
		json_quote(w->out, s);
	else
		yaml_scalar(w->out, s, c.indent);
}

void docw_int(struct docw *w, long long v)
{
	struct docw_frame c = { 0, 0, 0, 0, 0 };

	value_start(w, 0, &c);
	strbuf_addf(w->out, "%lld", v);
}

void docw_bool(struct docw *w, int v)
{
	struct docw_frame c = { 0, 0, 0, 0, 0 };

	value_start(w, 0, &c);
	strbuf_addstr(w->out, v ? "true" : "false");
}

void docw_null(struct docw *w)
{
	struct docw_frame c = { 0, 0, 0, 0, 0 };

	value_start(w, 0, &c);
	strbuf_add(w->out, "null", 4);
}

void docw_kstr(struct docw *w, const char *key, const char *v)
{
	if (!v)
		return;
	docw_key(w, key);
	docw_str(w, v);
}
