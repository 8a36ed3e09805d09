#include "base/diag.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "base/strbuf.h"
#include "base/usage.h"

static void add(struct diags *d, struct srcpos pos, const char *object,
		int warn, const char *fmt, va_list ap)
{
	struct strbuf sb = STRBUF_INIT;
	ALLOC_GROW(d->v, d->n + 1, d->alloc);
	strbuf_vaddf(&sb, fmt, ap);
	d->v[d->n].pos = pos;
	d->v[d->n].object = object;
	d->v[d->n].warning = warn;
	d->v[d->n].msg = strbuf_detach(&sb, NULL);
	d->n++;
	if (!warn)
		d->nerrors++;
}

void diag_error(struct diags *d, struct srcpos pos, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	add(d, pos, NULL, 0, fmt, ap);
	va_end(ap);
}

void diag_warning(struct diags *d, struct srcpos pos, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	add(d, pos, NULL, 1, fmt, ap);
	va_end(ap);
}

void diag_object_error(struct diags *d, const char *object, const char *fmt, ...)
{
	va_list ap;
	struct srcpos none = { NULL, 0, 0 };
	va_start(ap, fmt);
	add(d, none, object, 0, fmt, ap);
	va_end(ap);
}

struct diag_key {
	size_t file, idx;
	unsigned line, col;
};

static int cmp_key(const void *pa, const void *pb)
{
	const struct diag_key *a = pa, *b = pb;
	if (a->file != b->file)
		return a->file < b->file ? -1 : 1;
	if (a->line != b->line)
		return a->line < b->line ? -1 : 1;
	if (a->col != b->col)
		return a->col < b->col ? -1 : 1;
	return a->idx < b->idx ? -1 : a->idx > b->idx;
}

/*
 * The rank of FILE: its index in FILES; after them, unlisted files in the
 * order they were first met (kept in SEEN); no file: last of all.
 */
static size_t file_rank(const char *file, const char *const *files, size_t nfiles,
			const char **seen, size_t *nseen)
{
	size_t i;
	if (!file)
		return (size_t)-1;
	for (i = 0; i < nfiles; i++)
		if (!strcmp(files[i], file))
			return i;
	for (i = 0; i < *nseen; i++)
		if (!strcmp(seen[i], file))
			return nfiles + i;
	seen[(*nseen)++] = file;
	return nfiles + i;
}

void diags_sort(struct diags *d, const char *const *files, size_t nfiles)
{
	struct diag_key *keys;
	const char **seen;
	size_t nseen = 0;
	struct diag *v;
	if (d->n < 2)
		return;
	keys = xcalloc(d->n, sizeof(*keys));
	seen = xcalloc(d->n, sizeof(*seen));
	for (size_t i = 0; i < d->n; i++) {
		keys[i].file = file_rank(d->v[i].pos.file, files, nfiles, seen, &nseen);
		keys[i].line = d->v[i].pos.line;
		keys[i].col = d->v[i].pos.col;
		keys[i].idx = i;
	}
	qsort(keys, d->n, sizeof(*keys), cmp_key);
	v = xcalloc(d->alloc, sizeof(*v));
	for (size_t i = 0; i < d->n; i++)
		v[i] = d->v[keys[i].idx];
	free(d->v);
	d->v = v;
	free(seen);
	free(keys);
}

void diags_print(const struct diags *d, FILE *out)
{
	for (size_t i = 0; i < d->n; i++) {
		const struct diag *g = &d->v[i];
		const char *kind = g->warning ? "warning" : "error";
		if (g->pos.file)
			fprintf(out, "%s:%u:%u: %s: %s\n", g->pos.file,
				g->pos.line, g->pos.col, kind, g->msg);
		else if (g->object)
			fprintf(out, "%s: %s: %s\n", g->object, kind, g->msg);
		else
			fprintf(out, "%s: %s\n", kind, g->msg);
	}
}

void diags_free(struct diags *d)
{
	for (size_t i = 0; i < d->n; i++)
		free(d->v[i].msg);
	free(d->v);
	d->v = NULL;
	d->n = d->alloc = d->nerrors = 0;
}

/* Levenshtein distance, case-insensitive, capped at 99. */
static size_t distance(const char *a, const char *b)
{
	size_t la = strlen(a), lb = strlen(b);
	size_t row[64], prev;
	if (la > 60 || lb > 60)
		return 99;
	for (size_t j = 0; j <= lb; j++)
		row[j] = j;
	for (size_t i = 1; i <= la; i++) {
		prev = row[0];
		row[0] = i;
		for (size_t j = 1; j <= lb; j++) {
			size_t cur = row[j];
			int ca = a[i - 1] | 0x20, cb = b[j - 1] | 0x20;
			size_t sub = prev + (ca != cb);
			size_t del = row[j] + 1, ins = row[j - 1] + 1;
			row[j] = sub < del ? (sub < ins ? sub : ins) : (del < ins ? del : ins);
			prev = cur;
		}
	}
	return row[lb];
}

void diag_add_choices(struct strbuf *sb, const char *const *words, const char *fmt,
		      const char *last)
{
	for (const char *const *w = words; *w; w++) {
		if (w != words && (w[1] || !last))
			strbuf_addstr(sb, ", ");
		else if (w != words)
			strbuf_addf(sb, " %s ", last);
		strbuf_addf(sb, fmt, *w);
	}
}

const char *suggest(const char *word, const char *const *candidates)
{
	const char *best = NULL;
	size_t bestd = 99, len = strlen(word);
	size_t limit = len / 3 > 2 ? len / 3 : 2;
	for (const char *const *c = candidates; *c; c++) {
		size_t dd = distance(word, *c);
		if (dd < bestd) {
			bestd = dd;
			best = *c;
		}
	}
	return bestd <= limit && bestd < len ? best : NULL;
}
