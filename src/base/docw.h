/*
 * docw: a document of objects, arrays, strings, integers and booleans
 * written as it is described, straight into a strbuf, as JSON or as
 * YAML; no tree of values is built, so a long list of objects costs the
 * memory of one object at a time and no hashing of keys.
 *
 * The bytes are those jansson gives for the same tree:
 *   JSON: json_dumps() with JSON_PRESERVE_ORDER | JSON_ENSURE_ASCII and
 *         JSON_COMPACT (INDENT 0) or JSON_INDENT(INDENT);
 *   YAML: pgform's block style (expand --format yaml, import): plain
 *         scalars where YAML reads them back as the same string, else
 *         double-quoted, multi-line strings as literal blocks, empty
 *         containers as {} and [].
 *
 * The caller opens and closes containers in order and gives a key before
 * each member of an object; the writer only appends to OUT, so the
 * caller may write OUT's bytes out and strbuf_reset() it between any two
 * calls (emit_model() does so every 256 KB).
 */
#ifndef PGFORM_DOCW_H
#define PGFORM_DOCW_H

#include "base/strbuf.h"

enum docw_style { DOCW_JSON, DOCW_YAML };

#define DOCW_MAXDEPTH 32

struct docw_frame {
	char kind;              /* 'r' root, 'o' object, 'a' array */
	char empty_space;       /* YAML: " " before {} or [] when empty */
	unsigned n;             /* members or elements written so far */
	int indent;             /* YAML: the indent of this container's lines */
	int in_seq;             /* YAML: the first key follows "- " */
};

struct docw {
	struct strbuf *out;
	enum docw_style style;
	int json_indent;
	int depth;              /* index of the innermost open frame */
	struct docw_frame f[DOCW_MAXDEPTH];
};

/* A writer appending one value to OUT in STYLE (JSON_INDENT: 0 compact). */
void docw_init(struct docw *w, struct strbuf *out, enum docw_style style, int json_indent);
/* YAML: the root value's lines at INDENT; IN_SEQ when it follows "- ". */
void docw_yaml_root(struct docw *w, int indent, int in_seq);

void docw_object(struct docw *w);
void docw_array(struct docw *w);
void docw_end(struct docw *w);          /* closes the innermost container */
void docw_key(struct docw *w, const char *key);
void docw_str(struct docw *w, const char *s);
void docw_int(struct docw *w, long long v);
void docw_bool(struct docw *w, int v);
void docw_null(struct docw *w);
/* Member KEY: V; nothing at all when V is NULL. */
void docw_kstr(struct docw *w, const char *key, const char *v);

/*
 * S as a JSON string with its quotes, non-ASCII as \uXXXX (a surrogate
 * pair past U+FFFF), as jansson's JSON_ENSURE_ASCII writes it.  A byte
 * that does not start valid UTF-8 is written as \uFFFD (jansson refuses
 * such a string; pgform's loader never makes one).
 */
void json_quote(struct strbuf *sb, const char *s);

#endif
