#include "load/yamldoc.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "base/datecalc.h"
#include "base/strbuf.h"
#include "base/usage.h"

static struct srcpos mark_pos(const char *path, yaml_mark_t mk)
{
	struct srcpos p = { path, (unsigned)mk.line + 1, (unsigned)mk.column + 1 };
	return p;
}

struct srcpos ypos(const struct yfile *f, const yaml_node_t *n)
{
	return mark_pos(f->path, n->start_mark);
}

/* The byte offset of each line of TEXT, in *STARTS (caller frees). */
static size_t line_index(const char *text, size_t len, size_t **starts)
{
	size_t n = 1, k = 1;
	for (size_t i = 0; i < len; i++)
		n += text[i] == '\n';
	*starts = xcalloc(n + 1, sizeof(**starts));
	for (size_t i = 0; i < len; i++)
		if (text[i] == '\n')
			(*starts)[k++] = i + 1;
	return n;
}

/* Byte offset of 0-based LINE and character COLUMN in TEXT (clamped to its end). */
static size_t text_offset(const char *text, size_t len, const size_t *starts,
			  size_t nlines, size_t line, size_t column)
{
	size_t i;
	if (line >= nlines)
		return len;
	i = starts[line];
	while (column-- && i < len && text[i] != '\n') {
		i++;
		while (i < len && ((unsigned char)text[i] & 0xc0) == 0x80)
			i++;
	}
	return i;
}

size_t ymark_offset(const struct yfile *f, yaml_mark_t mk)
{
	return text_offset(f->text, f->len, f->line_starts, f->nlines, mk.line, mk.column);
}

int yis_block(const yaml_node_t *n)
{
	return yis_scalar(n) && (n->data.scalar.style == YAML_LITERAL_SCALAR_STYLE ||
				 n->data.scalar.style == YAML_FOLDED_SCALAR_STYLE);
}

struct srcpos ycontent_pos(const struct yfile *f, const yaml_node_t *n)
{
	struct srcpos p = ypos(f, n);
	if (!yis_scalar(n))
		return p;
	if (yis_block(n)) {
		unsigned first, indent;
		yblock_layout(f, n, &first, &indent);
		p.line = first;
		p.col = indent + 1;
	} else if (n->data.scalar.style == YAML_SINGLE_QUOTED_SCALAR_STYLE ||
		   n->data.scalar.style == YAML_DOUBLE_QUOTED_SCALAR_STYLE) {
		p.col++;
	}
	return p;
}

void yscalar_raw(const struct yfile *f, const yaml_node_t *n, struct strbuf *sb,
		 char *style)
{
	struct srcpos p = ycontent_pos(f, n);
	size_t from = text_offset(f->text, f->len, f->line_starts, f->nlines, p.line - 1,
				  p.col - 1);
	size_t to = ymark_offset(f, n->end_mark);
	*style = n->data.scalar.style == YAML_DOUBLE_QUOTED_SCALAR_STYLE ? '"' :
		 n->data.scalar.style == YAML_SINGLE_QUOTED_SCALAR_STYLE ? '\'' : 0;
	if (to > from)
		strbuf_add(sb, f->text + from, to - from);
}

/* Bytes of the UTF-8 encoding of code point C. */
static size_t utf8_len(unsigned long c)
{
	return c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
}

/*
 * The escape at RAW (a backslash in a double-quoted scalar): how many
 * bytes it takes in RAW (*RAW_LEN) and in the value (returned).
 */
static size_t escape_len(const char *raw, size_t *raw_len)
{
	static const char hex_digits[] = { 'x', 2, 'u', 4, 'U', 8 };
	char e = raw[1];
	size_t i;
	if (e == '\n' || e == '\r') {
		/* an escaped line break: it and the next line's indent are nothing */
		i = e == '\r' && raw[2] == '\n' ? 3 : 2;
		while (raw[i] == ' ' || raw[i] == '\t')
			i++;
		*raw_len = i;
		return 0;
	}
	for (i = 0; i < sizeof(hex_digits); i += 2)
		if (e == hex_digits[i]) {
			unsigned long c = 0;
			size_t k;
			for (k = 0; k < (size_t)hex_digits[i + 1] && raw[2 + k]; k++)
				c = c * 16 + (unsigned long)(raw[2 + k] <= '9' ? raw[2 + k] - '0' :
							     (raw[2 + k] | 0x20) - 'a' + 10);
			*raw_len = 2 + k;
			return utf8_len(c);
		}
	*raw_len = e ? 2 : 1;
	/* \N and \_ are two bytes in UTF-8, \L and \P three */
	return e == 'N' || e == '_' ? 2 : e == 'L' || e == 'P' ? 3 : 1;
}

/* 1 for a blank or a line break. */
static int is_white(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

size_t yraw_offset(const char *raw, char style, const char *value, size_t off)
{
	size_t r = 0, v = 0, n;
	while (v < off && raw[r] && value[v]) {
		if (style == '"' && raw[r] == '\\') {
			v += escape_len(raw + r, &n);
			r += n;
		} else if (style == '\'' && raw[r] == '\'' && raw[r + 1] == '\'') {
			r += 2;
			v++;
		} else if (is_white(raw[r])) {
			int folded = 0;
			for (n = 0; is_white(raw[r + n]); n++)
				folded |= raw[r + n] == '\n';
			r += n;
			if (!folded)
				v += n;
			while (folded && is_white(value[v]))
				v++;
		} else {
			r++;
			v++;
		}
	}
	return r;
}

/* The place of byte OFFSET of TEXT (columns in characters, not bytes). */
static struct srcpos offset_pos(const char *path, const char *text, size_t len,
				size_t offset)
{
	struct srcpos p = { path, 1, 1 };
	for (size_t i = 0; i < offset && i < len; i++) {
		if (text[i] == '\n') {
			p.line++;
			p.col = 1;
		} else if (((unsigned char)text[i] & 0xc0) != 0x80) {
			p.col++;
		}
	}
	return p;
}

/*
 * Find the first byte that is not valid UTF-8; 0 when all is well, else
 * 1 with its line and column (1-based, columns in characters).
 */
int utf8_check(const char *str, size_t len, unsigned *line, unsigned *col,
	       unsigned *byte)
{
	const unsigned char *s = (const unsigned char *)str;
	unsigned l = 1, c = 1;
	size_t i = 0;
	while (i < len) {
		unsigned char b = s[i];
		size_t n = b < 0x80 ? 1 : (b >> 5) == 6 ? 2 : (b >> 4) == 14 ? 3 :
			   (b >> 3) == 30 ? 4 : 0;
		int ok = n && i + n <= len;
		for (size_t k = 1; ok && k < n; k++)
			ok = (s[i + k] & 0xc0) == 0x80;
		if (ok && n == 2 && b < 0xc2)
			ok = 0;
		if (ok && n == 3 && ((b == 0xe0 && s[i + 1] < 0xa0) ||
				     (b == 0xed && s[i + 1] >= 0xa0)))
			ok = 0;
		if (ok && n == 4 && ((b == 0xf0 && s[i + 1] < 0x90) ||
				     b > 0xf4 || (b == 0xf4 && s[i + 1] >= 0x90)))
			ok = 0;
		if (!ok) {
			*line = l;
			*col = c;
			*byte = b;
			return 1;
		}
		if (b == '\n') {
			l++;
			c = 1;
		} else {
			c++;
		}
		i += n;
	}
	return 0;
}

int ctrl_check(const char *str, size_t len, size_t *off, unsigned *code)
{
	const unsigned char *s = (const unsigned char *)str;
	for (size_t i = 0; i < len; i++) {
		unsigned c = s[i];
		if (c == 0xc2 && i + 1 < len && s[i + 1] >= 0x80 && s[i + 1] <= 0x9f)
			c = s[i + 1];
		else if ((c >= 0x20 && c != 0x7f) || c == '\t' || c == '\n' || c == '\r')
			continue;
		*off = i;
		*code = c;
		return 1;
	}
	return 0;
}

/* 1 when S holds nothing but blanks and comments. */
static int only_blank_or_comments(const char *s, size_t len)
{
	int in_comment = 0;
	for (size_t i = 0; i < len; i++) {
		if (s[i] == '\n')
			in_comment = 0;
		else if (in_comment)
			continue;
		else if (s[i] == '#')
			in_comment = 1;
		else if (s[i] != ' ' && s[i] != '\t' && s[i] != '\r')
			return 0;
	}
	return 1;
}

/*
 * Report, at its place, the first list or mapping of F nested deeper
 * than YAML_MAX_DEPTH, reading events only: libyaml's document API
 * builds the whole tree first.  Returns 0, or -1 after reporting.  A
 * YAML error ends the walk quietly: the load that follows reports it.
 */
static int check_depth(const struct yfile *f, struct diags *d)
{
	yaml_parser_t parser;
	yaml_event_t ev;
	int depth = 0, ret = 0;

	yaml_parser_initialize(&parser);
	yaml_parser_set_input_string(&parser, (const unsigned char *)f->text, f->len);
	while (yaml_parser_parse(&parser, &ev)) {
		yaml_event_type_t type = ev.type;
		if (type == YAML_SEQUENCE_START_EVENT || type == YAML_MAPPING_START_EVENT) {
			if (++depth > YAML_MAX_DEPTH) {
				diag_error(d, mark_pos(f->path, ev.start_mark),
					   "YAML nested more than %d levels deep (lists and mappings inside each other)",
					   YAML_MAX_DEPTH);
				ret = -1;
			}
		} else if (type == YAML_SEQUENCE_END_EVENT || type == YAML_MAPPING_END_EVENT) {
			depth--;
		}
		yaml_event_delete(&ev);
		if (ret || type == YAML_STREAM_END_EVENT)
			break;
	}
	yaml_parser_delete(&parser);
	return ret;
}

/* 1 when byte I of TEXT is a tab with only blanks before it on its line. */
static int tab_in_indent(const char *text, size_t len, size_t i)
{
	if (i >= len || text[i] != '\t')
		return 0;
	while (i > 0 && (text[i - 1] == ' ' || text[i - 1] == '\t'))
		i--;
	return i == 0 || text[i - 1] == '\n';
}

/*
 * Report why libyaml could not parse TEXT, at the place that helps: where
 * an unclosed string opened, where a bad byte stands.  libyaml's words are
 * kept where no plainer ones are known.
 */
static void yaml_problem(const yaml_parser_t *parser, const struct yfile *f, struct diags *d)
{
	const char *path = f->path, *text = f->text;
	size_t len = f->len;
	const char *problem = parser->problem ? parser->problem : "cannot parse";
	const char *context = parser->context;
	struct srcpos p = mark_pos(path, parser->problem_mark);

	if (parser->error == YAML_READER_ERROR) {
		p = offset_pos(path, text, len, parser->problem_offset);
		diag_error(d, p, "invalid YAML: %s", problem);
	} else if (context && !strcmp(context, "while scanning a quoted scalar") &&
		   !strcmp(problem, "found unexpected end of stream")) {
		diag_error(d, mark_pos(path, parser->context_mark),
			   "invalid YAML: quoted string is never closed");
	} else if (tab_in_indent(text, len, ymark_offset(f, parser->problem_mark))) {
		diag_error(d, p, "invalid YAML: tab character in indentation; indent with spaces");
	} else if (context) {
		diag_error(d, p, "invalid YAML: %s %s", problem, context);
	} else {
		diag_error(d, p, "invalid YAML: %s", problem);
	}
}

/* 1 when S holds a comment (and, by the caller, nothing else). */
static int has_comment(const char *s, size_t len)
{
	return memchr(s, '#', len) != NULL;
}

int yfile_load(struct yfile *f, const char *path, size_t max, struct diags *d)
{
	struct strbuf sb = STRBUF_INIT;
	int rc;

	memset(f, 0, sizeof(*f));
	f->path = path;
	if ((rc = strbuf_read_file(&sb, path, max)) < 0) {
		int err = errno;
		strbuf_release(&sb);
		errno = err;
		return rc;
	}
	return yfile_parse(f, path, &sb, d);
}

int yfile_parse(struct yfile *f, const char *path, struct strbuf *text, struct diags *d)
{
	yaml_parser_t parser;
	struct srcpos top = { path, 1, 1 };
	unsigned line, col, byte;
	int ret = -1;

	memset(f, 0, sizeof(*f));
	f->path = path;
	f->text = strbuf_detach(text, &f->len);
	f->nlines = line_index(f->text, f->len, &f->line_starts);
	if (utf8_check(f->text, f->len, &line, &col, &byte)) {
		struct srcpos p = { path, line, col };
		diag_error(d, p, "file is not valid UTF-8 (byte 0x%02x)", byte);
		goto done;
	}
	if (only_blank_or_comments(f->text, f->len)) {
		diag_error(d, top, has_comment(f->text, f->len) ? "file holds only comments" :
			   "file is empty");
		goto done;
	}
	if (check_depth(f, d) < 0)
		goto done;
	yaml_parser_initialize(&parser);
	yaml_parser_set_input_string(&parser, (const unsigned char *)f->text, f->len);
	if (!yaml_parser_load(&parser, &f->doc)) {
		yaml_problem(&parser, f, d);
		yaml_parser_delete(&parser);
		goto done;
	}
	f->loaded = 1;
	f->root = yaml_document_get_root_node(&f->doc);
	if (f->root) {
		yaml_document_t extra;
		if (yaml_parser_load(&parser, &extra)) {
			yaml_node_t *r = yaml_document_get_root_node(&extra);
			if (r) {
				diag_error(d, mark_pos(path, r->start_mark),
					   "a file holds one YAML document; found a second one");
				f->root = NULL;
			}
			yaml_document_delete(&extra);
		} else {
			yaml_problem(&parser, f, d);
			f->root = NULL;
		}
	}
	yaml_parser_delete(&parser);
	if (!f->root)
		goto done;
	if (!yis_map(f->root)) {
		diag_error(d, ypos(f, f->root),
			   "the top of the file must be a mapping, found %s",
			   ytype(f->root));
		f->root = NULL;
		goto done;
	}
	ret = 0;
done:
	return ret;
}

void yfile_free(struct yfile *f)
{
	if (f->loaded)
		yaml_document_delete(&f->doc);
	f->loaded = 0;
	f->root = NULL;
	free(f->text);
	f->text = NULL;
	free(f->line_starts);
	f->line_starts = NULL;
	f->nlines = 0;
}

void yblock_layout(const struct yfile *f, const yaml_node_t *n,
		   unsigned *first_line, unsigned *indent)
{
	size_t i = ymark_offset(f, n->start_mark);
	unsigned line = (unsigned)n->start_mark.line + 1;
	/* skip the rest of the indicator line */
	while (i < f->len && f->text[i] != '\n')
		i++;
	for (;;) {
		size_t start;
		unsigned sp = 0;
		if (i >= f->len) {
			*first_line = line + 1;
			*indent = 0;
			return;
		}
		i++;
		line++;
		start = i;
		while (i < f->len && f->text[i] == ' ')
			i++, sp++;
		if (i < f->len && f->text[i] != '\n' && f->text[i] != '\r') {
			*first_line = line;
			*indent = sp;
			return;
		}
		(void)start;
	}
}

const char *ytype(const yaml_node_t *n)
{
	if (!n)
		return "nothing";
	switch (n->type) {
	case YAML_MAPPING_NODE:
		return "a mapping";
	case YAML_SEQUENCE_NODE:
		return "a list";
	case YAML_SCALAR_NODE:
		if (yis_null(n))
			return "an empty value";
		return "a scalar";
	default:
		return "nothing";
	}
}

int yis_map(const yaml_node_t *n)
{
	return n && n->type == YAML_MAPPING_NODE;
}

int yis_seq(const yaml_node_t *n)
{
	return n && n->type == YAML_SEQUENCE_NODE;
}

int yis_scalar(const yaml_node_t *n)
{
	return n && n->type == YAML_SCALAR_NODE;
}

const char *yscalar(const yaml_node_t *n)
{
	return yis_scalar(n) ? (const char *)n->data.scalar.value : NULL;
}

int yis_null(const yaml_node_t *n)
{
	const char *s;
	if (!yis_scalar(n) || n->data.scalar.style != YAML_PLAIN_SCALAR_STYLE)
		return 0;
	s = (const char *)n->data.scalar.value;
	return !*s || !strcmp(s, "~") || !strcmp(s, "null") || !strcmp(s, "Null") ||
	       !strcmp(s, "NULL");
}

yaml_node_t *ynode(const struct yfile *f, int id)
{
	return yaml_document_get_node((yaml_document_t *)&f->doc, id);
}

yaml_node_t *yget(const struct yfile *f, const yaml_node_t *n, const char *key,
		  yaml_node_t **key_out)
{
	yaml_node_t *k, *v;
	if (!yis_map(n))
		return NULL;
	YMAP_FOREACH(f, n, k, v) {
		const char *s = yscalar(k);
		if (s && !strcmp(s, key)) {
			if (key_out)
				*key_out = k;
			return v;
		}
	}
	return NULL;
}

const char *ykey_name(const struct yfile *f, const yaml_node_t *k, const char *what,
		      struct diags *d)
{
	const char *s = yscalar(k);
	if (!s)
		diag_error(d, ypos(f, k), "keys of %s must be names, found %s", what, ytype(k));
	return s;
}

/* Report K, a key of WHAT that is not in ALLOWED. */
static void unknown_key(const struct yfile *f, const yaml_node_t *k, const char *s,
			const char *const *allowed, const char *what, struct diags *d)
{
	const char *g = suggest(s, allowed);
	if (!strcmp(s, "password"))
		diag_error(d, ypos(f, k),
			   "inline passwords are not allowed in %s; use password_env or password_file",
			   what);
	else if (g)
		diag_error(d, ypos(f, k), "unknown key '%s' in %s; did you mean '%s'?", s, what, g);
	else
		diag_error(d, ypos(f, k), "unknown key '%s' in %s", s, what);
}

int ycheck_keys(const struct yfile *f, const yaml_node_t *n,
		const char *const *allowed, const char *what, struct diags *d)
{
	yaml_node_t *k, *v;
	int unknown = 0;
	YMAP_FOREACH(f, n, k, v) {
		const char *s = ykey_name(f, k, what, d);
		const char *const *a;
		(void)v;
		if (!s) {
			unknown++;
			continue;
		}
		for (a = allowed; *a && strcmp(*a, s); a++)
			;
		if (!*a) {
			unknown_key(f, k, s, allowed, what, d);
			unknown++;
		}
		/* duplicate keys: compare with the keys before this one */
		for (yaml_node_pair_t *q = n->data.mapping.pairs.start; q < yp_; q++) {
			const char *o = yscalar(ynode(f, q->key));
			if (o && !strcmp(o, s)) {
				struct srcpos first = ypos(f, ynode(f, q->key));
				diag_error(d, ypos(f, k),
					   "duplicate key '%s' in %s (first at line %u)",
					   s, what, first.line);
				break;
			}
		}
	}
	return unknown;
}

int yexpect_map(const struct yfile *f, const yaml_node_t *n, const char *what,
		struct diags *d)
{
	if (yis_map(n))
		return 0;
	diag_error(d, ypos(f, n), "%s must be a mapping, found %s", what, ytype(n));
	return -1;
}

int yexpect_seq(const struct yfile *f, const yaml_node_t *n, const char *what,
		struct diags *d)
{
	if (yis_seq(n))
		return 0;
	diag_error(d, ypos(f, n), "%s must be a list, found %s", what, ytype(n));
	return -1;
}

int yexpect_scalar(const struct yfile *f, const yaml_node_t *n, const char *what,
		   struct diags *d)
{
	if (yis_scalar(n) && !yis_null(n))
		return 0;
	diag_error(d, ypos(f, n), "%s must be a string, found %s", what, ytype(n));
	return -1;
}

int yget_str(const struct yfile *f, const yaml_node_t *map, const char *key,
	     const char *what, const char **out, yaml_node_t **node_out,
	     struct diags *d)
{
	yaml_node_t *v = yget(f, map, key, NULL);
	if (!v)
		return 0;
	if (node_out)
		*node_out = v;
	if (!yis_scalar(v) || yis_null(v)) {
		diag_error(d, ypos(f, v), "'%s' of %s must be a string, found %s",
			   key, what, ytype(v));
		return -1;
	}
	*out = yscalar(v);
	return 1;
}

/* 1 when the value under KEY may be shown in a message: KEY holds no secret. */
static int may_show(const char *key)
{
	return !strstr(key, "pass") && !strstr(key, "secret");
}

int yget_bool(const struct yfile *f, const yaml_node_t *map, const char *key,
	      const char *what, int *out, struct diags *d)
{
	yaml_node_t *v = yget(f, map, key, NULL);
	const char *s;
	if (!v)
		return 0;
	s = yscalar(v);
	if (s && v->data.scalar.style == YAML_PLAIN_SCALAR_STYLE) {
		if (!strcmp(s, "true") || !strcmp(s, "True") || !strcmp(s, "TRUE")) {
			*out = 1;
			return 1;
		}
		if (!strcmp(s, "false") || !strcmp(s, "False") || !strcmp(s, "FALSE")) {
			*out = 0;
			return 1;
		}
	}
	if (s && v->data.scalar.style == YAML_PLAIN_SCALAR_STYLE && !yis_null(v) && may_show(key))
		diag_error(d, ypos(f, v), "'%s' of %s must be true or false, found '%s'",
			   key, what, s);
	else
		diag_error(d, ypos(f, v), "'%s' of %s must be true or false, found %s",
			   key, what, yis_null(v) || !s ? ytype(v) :
			   v->data.scalar.style == YAML_PLAIN_SCALAR_STYLE ? "a scalar" :
			   "a quoted string");
	return -1;
}

int yget_int(const struct yfile *f, const yaml_node_t *map, const char *key,
	     const char *what, long min, long max, long *out, struct diags *d)
{
	yaml_node_t *v = yget(f, map, key, NULL);
	const char *s;
	char *end;
	long val;
	if (!v)
		return 0;
	s = yscalar(v);
	if (!s || v->data.scalar.style != YAML_PLAIN_SCALAR_STYLE || !*s) {
		diag_error(d, ypos(f, v), "'%s' of %s must be an integer, found %s",
			   key, what, s && !yis_null(v) ? "a quoted string" : ytype(v));
		return -1;
	}
	errno = 0;
	val = strtol(s, &end, 10);
	if (*end || errno) {
		if (may_show(key))
			diag_error(d, ypos(f, v), "'%s' of %s must be an integer, found '%s'",
				   key, what, s);
		else
			diag_error(d, ypos(f, v), "'%s' of %s must be an integer", key, what);
		return -1;
	}
	if (val < min || val > max) {
		diag_error(d, ypos(f, v), "'%s' of %s must be between %ld and %ld, found %ld",
			   key, what, min, max, val);
		return -1;
	}
	*out = val;
	return 1;
}

/*
 * Why S, written YYYY-MM-DD, is not a date (into WHY), or NULL when S is
 * not written that way at all.
 */
static const char *date_trouble(const char *s, char *why, size_t n)
{
	int y;
	unsigned m, dd;
	for (int i = 0; i < 10; i++)
		if (!s[i] || (i == 4 || i == 7 ? s[i] != '-' : (s[i] < '0' || s[i] > '9')))
			return NULL;
	if (s[10] || sscanf(s, "%4d-%2u-%2u", &y, &m, &dd) != 3)
		return NULL;
	if (y < 1900)
		snprintf(why, n, "years before 1900 are not accepted");
	else if (m < 1 || m > 12)
		snprintf(why, n, "month %u does not exist", m);
	else if (dd < 1)
		snprintf(why, n, "day 0 does not exist");
	else
		snprintf(why, n, "%04d-%02u has %d days", y, m,
			 days_from_civil(m == 12 ? y + 1 : y, m == 12 ? 1 : m + 1, 1) -
			 days_from_civil(y, m, 1));
	return why;
}

int yget_date(const struct yfile *f, const yaml_node_t *map, const char *key,
	      const char *what, int *out, struct diags *d)
{
	yaml_node_t *v = yget(f, map, key, NULL);
	const char *s;
	if (!v)
		return 0;
	s = yscalar(v);
	if (!s || yis_null(v)) {
		diag_error(d, ypos(f, v), "'%s' of %s must be a date YYYY-MM-DD, found %s",
			   key, what, ytype(v));
		return -1;
	}
	if (date_parse(s, out) < 0) {
		char why[64];
		if (!may_show(key))
			diag_error(d, ypos(f, v), "'%s' of %s is not a date YYYY-MM-DD", key, what);
		else if (date_trouble(s, why, sizeof(why)))
			diag_error(d, ypos(f, v), "'%s' of %s is not a valid date: '%s' (%s)",
				   key, what, s, why);
		else
			diag_error(d, ypos(f, v), "'%s' of %s is not a date YYYY-MM-DD: '%s'",
				   key, what, s);
		return -1;
	}
	return 1;
}
