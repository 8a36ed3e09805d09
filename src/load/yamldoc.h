/*
 * yamldoc: YAML files read with libyaml into node trees that remember
 * where each node stands, plus typed getters that report problems as
 * FILE:LINE:COL diagnostics instead of failing.
 *
 * A yfile owns its libyaml document; yfile_free() releases it.  Strings
 * returned by the getters point into the document (copy them to keep
 * them longer).
 */
#ifndef PGFORM_YAMLDOC_H
#define PGFORM_YAMLDOC_H

#include <yaml.h>

#include "base/diag.h"
#include "base/strbuf.h"

struct yfile {
	const char *path;       /* as the user names it */
	yaml_document_t doc;
	yaml_node_t *root;      /* NULL when the file could not be read */
	int loaded;
	char *text;             /* the file's bytes (NUL-terminated) */
	size_t len;
	size_t *line_starts;    /* byte offset of each line's first byte */
	size_t nlines;
};

/*
 * Check that S holds valid UTF-8: 0 when it does, else 1 with the place
 * (1-based line and column) and value of the first bad byte.
 */
int utf8_check(const char *s, size_t len, unsigned *line, unsigned *col,
	       unsigned *byte);

/*
 * Find the first control character of S (valid UTF-8) other than tab,
 * newline and carriage return: C0 (NUL included), DEL and C1.  0 when
 * there is none, else 1 with its byte offset and code point.
 */
int ctrl_check(const char *s, size_t len, size_t *off, unsigned *code);

/*
 * For a block scalar (| or >) node: the number of columns its content
 * lines are indented by, and the line its content starts on (1-based).
 */
void yblock_layout(const struct yfile *f, const yaml_node_t *n,
		   unsigned *first_line, unsigned *indent);

/* The most bytes read from one file unless $PGFORM_MAX_FILE_SIZE says otherwise. */
#define YREAD_MAX_DEFAULT READ_MAX_DEFAULT
/* The deepest YAML pgform reads: lists and mappings inside each other. */
#define YAML_MAX_DEPTH 64

/* yfile_load(): as strbuf_read_file() (base/strbuf.h). */
#define YFILE_UNREADABLE READ_UNREADABLE
#define YFILE_NOT_REGULAR READ_NOT_REGULAR
#define YFILE_TOO_BIG READ_TOO_BIG

/*
 * Read (as yread_file, at most MAX bytes) and parse PATH.  Returns 0 when
 * f->root is a mapping; -1 after reporting to D a problem in the file
 * (empty, not UTF-8, bad YAML, nested deeper than YAML_MAX_DEPTH, not a
 * mapping at the top); yread_file()'s codes, reporting nothing, when the
 * file cannot be read: only the caller knows who named it.
 */
int yfile_load(struct yfile *f, const char *path, size_t max, struct diags *d);
/* Parse TEXT (taken over, emptied) read from PATH elsewhere: as yfile_load(), reading done. */
int yfile_parse(struct yfile *f, const char *path, struct strbuf *text, struct diags *d);
void yfile_free(struct yfile *f);

struct srcpos ypos(const struct yfile *f, const yaml_node_t *n);
/*
 * The byte offset in F's text of mark MK.  libyaml counts a mark's index
 * in characters, so the offset is found from its line and column instead.
 */
size_t ymark_offset(const struct yfile *f, yaml_mark_t mk);
/*
 * Scalar N as written in the file, from its first content character (see
 * ycontent_pos) to the end of the node, copied into SB; *STYLE receives
 * its quote ('"' or '\'') or 0 (plain and block scalars).
 */
void yscalar_raw(const struct yfile *f, const yaml_node_t *n, struct strbuf *sb,
		 char *style);
/*
 * How many bytes into RAW (a scalar as written, from its first content
 * character; STYLE as yscalar_raw gives it) byte OFF of its VALUE was
 * written.  Escapes and doubled quotes are read; a run of blanks that
 * holds a line break is matched with the run of blanks VALUE holds there,
 * whatever folding made of it.  A place inside such a run comes out at
 * its end.
 */
size_t yraw_offset(const char *raw, char style, const char *value, size_t off);
/*
 * Where the first character of scalar N's value stands: after the opening
 * quote of a quoted scalar, on the first content line of a block scalar
 * (| or >), at the node itself otherwise.
 */
struct srcpos ycontent_pos(const struct yfile *f, const yaml_node_t *n);
/* 1 for a block scalar (| or >), whose lines keep their place in the file. */
int yis_block(const yaml_node_t *n);
/* "a mapping", "a list", "a string" ... for messages. */
const char *ytype(const yaml_node_t *n);
int yis_map(const yaml_node_t *n);
int yis_seq(const yaml_node_t *n);
int yis_scalar(const yaml_node_t *n);
/* Scalar text (NULL for non-scalars). */
const char *yscalar(const yaml_node_t *n);
/* 1 when a plain (unquoted) scalar is null: "", "~", "null". */
int yis_null(const yaml_node_t *n);

yaml_node_t *ynode(const struct yfile *f, int id);
/*
 * The text of key K of the mapping WHAT names ("'schemas'"), or NULL
 * after reporting "keys of WHAT must be names, found a list".
 */
const char *ykey_name(const struct yfile *f, const yaml_node_t *k, const char *what,
		      struct diags *d);
/* The value under KEY in mapping N, or NULL (key node in *key_out). */
yaml_node_t *yget(const struct yfile *f, const yaml_node_t *n, const char *key,
		  yaml_node_t **key_out);

#define YMAP_FOREACH(f, map, kv, vv)                                             \
	for (yaml_node_pair_t *yp_ = (map)->data.mapping.pairs.start;             \
	     yp_ < (map)->data.mapping.pairs.top &&                               \
	     ((kv) = ynode((f), yp_->key), (vv) = ynode((f), yp_->value), 1);     \
	     yp_++)

#define YSEQ_FOREACH(f, seq, iv)                                                 \
	for (yaml_node_item_t *yi_ = (seq)->data.sequence.items.start;            \
	     yi_ < (seq)->data.sequence.items.top && ((iv) = ynode((f), *yi_), 1); \
	     yi_++)

/*
 * Report unknown and duplicate keys of mapping N against ALLOWED (NULL
 * terminated), with "did you mean" where one is close.  WHAT names the
 * mapping in messages ("tenant 'a'").  Returns the number of keys that are
 * unknown or not names (duplicates are reported but not counted): the
 * caller goes on checking the keys it knows.
 */
int ycheck_keys(const struct yfile *f, const yaml_node_t *n,
		const char *const *allowed, const char *what, struct diags *d);

/*
 * Typed getters.  Each returns 1 when KEY is present and well-typed (value
 * in *out), 0 when absent (out untouched), -1 after reporting a problem.
 * WHAT names the owner for messages.  A value under a key that may hold a
 * secret (its name has "pass" or "secret" in it) is never shown.
 */
int yget_str(const struct yfile *f, const yaml_node_t *map, const char *key,
	     const char *what, const char **out, yaml_node_t **node_out,
	     struct diags *d);
int yget_bool(const struct yfile *f, const yaml_node_t *map, const char *key,
	      const char *what, int *out, struct diags *d);
int yget_int(const struct yfile *f, const yaml_node_t *map, const char *key,
	     const char *what, long min, long max, long *out, struct diags *d);
/*
 * A date YYYY-MM-DD as days since 1970-01-01; a date that does not exist
 * is reported with the reason ("month 13 does not exist").
 */
int yget_date(const struct yfile *f, const yaml_node_t *map, const char *key,
	      const char *what, int *out, struct diags *d);
/* Require N to be a mapping/list/string; report "X must be a mapping, found a list". */
int yexpect_map(const struct yfile *f, const yaml_node_t *n, const char *what, struct diags *d);
int yexpect_seq(const struct yfile *f, const yaml_node_t *n, const char *what, struct diags *d);
int yexpect_scalar(const struct yfile *f, const yaml_node_t *n, const char *what, struct diags *d);

#endif
