/*
 * diag: the problems found while loading, each tied to a place.
 * Loading goes on after an error so validate can report every problem;
 * diags_print() writes them as "FILE:LINE:COL: error: MESSAGE" (or
 * "OBJECT: error: MESSAGE" when a problem has no place in a file).
 */
#ifndef PGFORM_DIAG_H
#define PGFORM_DIAG_H

#include <stddef.h>
#include <stdio.h>

struct srcpos {
	const char *file; /* as the user named it; NULL = no place */
	unsigned line, col;
};

struct diag {
	struct srcpos pos;
	const char *object; /* used when pos.file is NULL */
	int warning;
	char *msg;
};

struct diags {
	struct diag *v;
	size_t n, alloc;
	size_t nerrors;
};

#define DIAGS_INIT { NULL, 0, 0, 0 }

void diag_error(struct diags *d, struct srcpos pos, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
void diag_warning(struct diags *d, struct srcpos pos, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
/* A problem with no place in a file, named by its object. */
void diag_object_error(struct diags *d, const char *object, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
/*
 * Order D by place, keeping the order of problems at the same place: by
 * file (FILES[0..NFILES) in that order, then other files in the order
 * their first problem was found), line and column; problems with no place
 * last.
 */
void diags_sort(struct diags *d, const char *const *files, size_t nfiles);
void diags_print(const struct diags *d, FILE *out);
void diags_free(struct diags *d);

/*
 * The candidate closest to WORD by edit distance when it is close enough
 * to be a likely typo (distance <= 2, or <= a third of the length), else
 * NULL.  CANDIDATES ends with NULL.
 */
const char *suggest(const char *word, const char *const *candidates);

struct strbuf;
/*
 * Append WORDS (NULL-terminated) to SB as "A, B, C or D", each written
 * with FMT (one %s, e.g. "%s" or "{%s}"), LAST joining the last two ("or";
 * NULL: a comma, as after "one of").
 */
void diag_add_choices(struct strbuf *sb, const char *const *words, const char *fmt,
		      const char *last);

#endif
