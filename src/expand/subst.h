/*
 * subst: {PLACEHOLDER} substitution in SQL, quoted by where it stands.
 *
 * A template text is compiled once into segments (subst_compile), then
 * rendered many times with different values (subst_render).  Inside a
 * string literal a value is escaped for that literal; inside a quoted
 * identifier its quotes are doubled; inside a dollar-quoted body it is
 * pasted as it is; outside strings it is written as a quoted literal or
 * identifier, as its subst_var says.  "{{" renders as "{".  Whether each
 * value then stays inside its quotes is subst_check()'s to say: the loader
 * asks it for every tenant.
 */
#ifndef PGFORM_SUBST_H
#define PGFORM_SUBST_H

#include "base/arena.h"
#include "base/strbuf.h"

enum subst_as { SUBST_IDENT, SUBST_LITERAL, SUBST_RAW };

struct subst_var {
	const char *name;       /* "TARGET_DATE" */
	enum subst_as as;       /* how it is written outside strings */
};

struct subst_seg {
	const char *text;       /* literal text (NULL for a placeholder) */
	size_t len;
	int var;                /* index into the vars, for a placeholder */
	int ctx;                /* enum sqltok_ctx of the placeholder */
	size_t src;             /* where it comes from in the text (a placeholder: its '{') */
	size_t src_len;         /* bytes it takes there ("{{" is two, its "{" one) */
};

struct subst_tpl {
	struct subst_seg *segs;
	unsigned nsegs;
	const struct subst_var *vars;
	unsigned nvars;
};

/*
 * Compile TEXT against VARS (unknown placeholders are left as text: check
 * them first with placeholders_check).  Memory comes from A.
 * RAW_TEXT: 1 when TEXT is not SQL (a job name or schedule): placeholders
 * are found by plain scanning and values pasted as they are.
 */
void subst_compile(struct subst_tpl *t, struct arena *a, const char *text,
		   const struct subst_var *vars, unsigned nvars, int raw_text);
/* Append T rendered with VALUES (one per var) to OUT. */
void subst_render(const struct subst_tpl *t, const char *const *values,
		  struct strbuf *out);
/*
 * Where byte OFF of T rendered with VALUES came from in the text T was
 * compiled from: the same byte of literal text, or the '{' of the
 * placeholder whose value holds it (*PLACEHOLDER, when not NULL, is then
 * set to its index in t->segs, else to -1).  An OFF past the rendering
 * gives the end of the text.
 */
size_t subst_source_offset(const struct subst_tpl *t, const char *const *values,
			   size_t off, int *placeholder);

/* Why a value cannot stand where its placeholder is (subst_check). */
enum subst_trouble {
	SUBST_FITS = 0,
	SUBST_ENDS_QUOTE,       /* it would end the string, quoted name or dollar quote around it */
	SUBST_BACKSLASH,        /* in a '...' literal: an escape where standard_conforming_strings is off */
};

/*
 * Check T rendered with VALUES, as the tokenizer reads the rendering:
 * each value put inside a string, quoted identifier or dollar-quoted body
 * stays inside it (with the text next to it: "$q" before "$" closes
 * "$q$" too), and a value put inside a plain '...' literal holds no
 * backslash.  Values outside strings are quoted by quote.c and are not
 * checked.  Returns SUBST_FITS, or the trouble of the first value that
 * does not fit, with *SEG the index of its placeholder segment and the
 * quote it would end appended to QUOTE ("'", "\"", "$q$").
 */
enum subst_trouble subst_check(const struct subst_tpl *t, const char *const *values,
			       unsigned *seg, struct strbuf *quote);

#endif
