/*
 * All diagnostics go through here, to stderr.
 *
 * error() prints "error: MSG" and returns -1, so library code can say
 * `return error("cannot read '%s'", path);`.  warning() prints
 * "warning: MSG".  die() prints "fatal: MSG" and exits 1; only command
 * files call it.  usage_error() prints "error: MSG" followed by the hint
 * "Try 'pgform CMD --help'." and returns 1 (the exit code of a usage error).
 */
#ifndef PGFORM_USAGE_H
#define PGFORM_USAGE_H

#include <stddef.h>

#define PGFORM_PRINTF(a, b) __attribute__((format(printf, a, b)))

int error(const char *fmt, ...) PGFORM_PRINTF(1, 2);
void warning(const char *fmt, ...) PGFORM_PRINTF(1, 2);
void info(const char *fmt, ...) PGFORM_PRINTF(1, 2);
_Noreturn void die(const char *fmt, ...) PGFORM_PRINTF(1, 2);
int usage_error(const char *cmd, const char *fmt, ...) PGFORM_PRINTF(2, 3);

struct strbuf;
/*
 * While SB is set (NULL: no more), error(), warning() and info() of the
 * calling thread append their lines to SB instead of writing them: for
 * work run beside other work whose messages must come first, or alone.
 */
void usage_capture(struct strbuf *sb);

/* Allocation that never returns NULL (aborts with a message instead). */
void *xmalloc(size_t n);
void *xcalloc(size_t n, size_t size);
void *xrealloc(void *p, size_t n);
char *xstrdup(const char *s);
char *xstrndup(const char *s, size_t n);

/* Grow *arr (of *alloc elements of size sz) to hold at least n elements. */
#define ALLOC_GROW(arr, n, alloc)                                          \
	do {                                                               \
		if ((n) > (alloc)) {                                       \
			size_t a_ = (alloc) ? (alloc) * 2 : 8;             \
			while (a_ < (n))                                   \
				a_ *= 2;                                   \
			(arr) = xrealloc((arr), a_ * sizeof(*(arr)));      \
			(alloc) = a_;                                      \
		}                                                          \
	} while (0)

#endif
