/*
 * arena: a bump allocator for data that lives as long as one model.
 * Everything allocated from an arena is freed at once by arena_free();
 * nothing in it is freed alone.  Allocation never fails (aborts on OOM).
 */
#ifndef PGFORM_ARENA_H
#define PGFORM_ARENA_H

#include <stddef.h>

struct arena_block;

struct arena {
	struct arena_block *head;
	size_t used_bytes; /* for -v summaries and benchmarks */
};

#define ARENA_INIT { NULL, 0 }

void *arena_alloc(struct arena *a, size_t n);      /* zeroed, 16-aligned */
char *arena_strdup(struct arena *a, const char *s);
char *arena_strndup(struct arena *a, const char *s, size_t n);
char *arena_printf(struct arena *a, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
void arena_free(struct arena *a);

#endif
