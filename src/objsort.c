/*
 * objsort.c: the order objects are created in.
 *
 * Objects are first sorted by (kind, schema, name), then ordered
 * topologically, always taking the earliest ready object in that sort,
 * so the result moves objects as little as possible from the sorted
 * order and the same input always gives the same order (as pg_dump_sort
 * does).  A cycle is reported with its members.
 */
#include <stdlib.h>
#include <string.h>

#include "load_int.h"
#include "usage.h"

static int cmp_str(const char *a, const char *b)
{
	if (!a || !b)
		return a ? 1 : b ? -1 : 0;
	return strcmp(a, b);
}

static int cmp_obj(const void *pa, const void *pb)
{
	const struct object *a = *(struct object *const *)pa, *b = *(struct object *const *)pb;
	int c;
	if (a->kind != b->kind)
		return a->kind < b->kind ? -1 : 1;
	if ((c = cmp_str(a->schema, b->schema)))
		return c;
	if ((c = cmp_str(a->name, b->name)))
		return c;
	return cmp_str(a->ident, b->ident);
}

/* A binary min-heap of ranks. */
struct heap {
	unsigned *v;
	size_t n;
};

static void heap_push(struct heap *h, unsigned x)
{
	size_t i = h->n++;
	while (i > 0 && h->v[(i - 1) / 2] > x) {
		h->v[i] = h->v[(i - 1) / 2];
		i = (i - 1) / 2;
	}
	h->v[i] = x;
}

static unsigned heap_pop(struct heap *h)
{
	unsigned top = h->v[0], x = h->v[--h->n];
	size_t i = 0;
	for (;;) {
		size_t c = 2 * i + 1;
		if (c >= h->n)
			break;
		if (c + 1 < h->n && h->v[c + 1] < h->v[c])
			c++;
		if (h->v[c] >= x)
			break;
		h->v[i] = h->v[c];
		i = c;
	}
	if (h->n)
		h->v[i] = x;
	return top;
}

/* Report one cycle among the objects not ordered (indeg > 0). */
static void report_cycle(struct model *m, const unsigned *indeg, const unsigned *rank,
			 struct object **sorted)
{
	unsigned n = m->nobjs, start = 0, cur;
	unsigned *seen = xcalloc(n, sizeof(*seen));
	struct strbuf sb = STRBUF_INIT;
	for (unsigned r = 0; r < n; r++)
		if (indeg[sorted[r]->id]) {
			start = sorted[r]->id;
			break;
		}
	/* walk deps that are still unordered until an object repeats */
	unsigned step = 1;
	cur = start;
	while (!seen[cur]) {
		seen[cur] = step++;
		struct object *o = m->objs[cur];
		unsigned next = cur, best = ~0u;
		for (unsigned i = 0; i < o->ndeps; i++)
			if (indeg[o->deps[i]] && rank[o->deps[i]] < best) {
				best = rank[o->deps[i]];
				next = o->deps[i];
			}
		cur = next;
	}
	/* cur is on the cycle: collect it, then start from its lowest-ranked member */
	unsigned first = cur, low = cur;
	do {
		struct object *o = m->objs[cur];
		unsigned next = cur, best = ~0u;
		for (unsigned i = 0; i < o->ndeps; i++)
			if (indeg[o->deps[i]] && rank[o->deps[i]] < best && seen[o->deps[i]]) {
				best = rank[o->deps[i]];
				next = o->deps[i];
			}
		if (rank[cur] < rank[low])
			low = cur;
		cur = next;
	} while (cur != first);
	cur = low;
	do {
		struct object *o = m->objs[cur];
		unsigned next = cur, best = ~0u;
		strbuf_addf(&sb, "%s %s -> ", obj_kind_name(o->kind), o->ident);
		for (unsigned i = 0; i < o->ndeps; i++)
			if (indeg[o->deps[i]] && rank[o->deps[i]] < best && seen[o->deps[i]]) {
				best = rank[o->deps[i]];
				next = o->deps[i];
			}
		cur = next;
	} while (cur != low);
	strbuf_addf(&sb, "%s %s", obj_kind_name(m->objs[low]->kind), m->objs[low]->ident);
	diag_error(&m->diags, m->objs[low]->pos, "dependency cycle: %s", sb.buf);
	strbuf_release(&sb);
	free(seen);
}

int model_sort(struct model *m)
{
	unsigned n = m->nobjs;
	struct object **sorted = xcalloc(n + 1, sizeof(*sorted));
	unsigned *rank = xcalloc(n + 1, sizeof(*rank));
	unsigned *indeg = xcalloc(n + 1, sizeof(*indeg));
	unsigned *start = xcalloc(n + 2, sizeof(*start));
	unsigned *rev;
	size_t nedges = 0;
	struct heap h = { xcalloc(n + 1, sizeof(unsigned)), 0 };
	unsigned done = 0;
	int ret = 0;

	memcpy(sorted, m->objs, n * sizeof(*sorted));
	qsort(sorted, n, sizeof(*sorted), cmp_obj);
	for (unsigned r = 0; r < n; r++)
		rank[sorted[r]->id] = r;
	/* reverse edges: who depends on each object (CSR layout) */
	for (unsigned i = 0; i < n; i++) {
		struct object *o = m->objs[i];
		indeg[i] = o->ndeps;
		nedges += o->ndeps;
		for (unsigned k = 0; k < o->ndeps; k++)
			start[o->deps[k] + 1]++;
	}
	for (unsigned i = 0; i < n; i++)
		start[i + 1] += start[i];
	rev = xcalloc(nedges + 1, sizeof(*rev));
	unsigned *fill = xcalloc(n + 1, sizeof(*fill));
	for (unsigned i = 0; i < n; i++) {
		struct object *o = m->objs[i];
		for (unsigned k = 0; k < o->ndeps; k++) {
			unsigned d = o->deps[k];
			rev[start[d] + fill[d]++] = i;
		}
	}
	free(fill);
	free(m->order);
	m->order = xcalloc(n + 1, sizeof(*m->order));
	for (unsigned i = 0; i < n; i++)
		if (!indeg[i])
			heap_push(&h, rank[i]);
	while (h.n) {
		unsigned id = sorted[heap_pop(&h)]->id;
		m->order[done++] = id;
		for (unsigned k = start[id]; k < start[id + 1]; k++)
			if (--indeg[rev[k]] == 0)
				heap_push(&h, rank[rev[k]]);
	}
	if (done < n) {
		report_cycle(m, indeg, rank, sorted);
		ret = -1;
	}
	free(h.v);
	free(rev);
	free(start);
	free(indeg);
	free(rank);
	free(sorted);
	return ret;
}
