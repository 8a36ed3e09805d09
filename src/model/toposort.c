#include "model/toposort.h"

#include <stdlib.h>

#include "base/uheap.h"
#include "base/usage.h"

unsigned toposort(const struct topo_graph *g, unsigned *order, unsigned **indeg_out)
{
	unsigned n = g->n, done = 0;
	unsigned *indeg = xcalloc(n + 1, sizeof(*indeg));
	unsigned *start = xcalloc(n + 2, sizeof(*start));
	unsigned *by_rank = xcalloc(n + 1, sizeof(*by_rank));
	unsigned *fill = xcalloc(n + 1, sizeof(*fill));
	size_t nedges = 0;
	struct uheap h = { xcalloc(n + 1, sizeof(unsigned)), 0 };

	for (unsigned i = 0; i < n; i++) {
		by_rank[g->rank[i]] = i;
		indeg[i] = g->ndeps[i];
		nedges += g->ndeps[i];
		for (unsigned k = 0; k < g->ndeps[i]; k++)
			start[g->deps[i][k] + 1]++;
	}
	for (unsigned i = 0; i < n; i++)
		start[i + 1] += start[i];
	/* reverse edges (who depends on each node), CSR layout */
	unsigned *rev = xcalloc(nedges + 1, sizeof(*rev));
	for (unsigned i = 0; i < n; i++)
		for (unsigned k = 0; k < g->ndeps[i]; k++) {
			unsigned d = g->deps[i][k];
			rev[start[d] + fill[d]++] = i;
		}
	for (unsigned i = 0; i < n; i++)
		if (!indeg[i])
			uheap_push(&h, g->rank[i]);
	while (h.n) {
		unsigned id = by_rank[uheap_pop(&h)];
		order[done++] = id;
		for (unsigned k = start[id]; k < start[id + 1]; k++)
			if (--indeg[rev[k]] == 0)
				uheap_push(&h, g->rank[rev[k]]);
	}
	free(h.v);
	free(rev);
	free(fill);
	free(by_rank);
	free(start);
	if (indeg_out)
		*indeg_out = indeg;
	else
		free(indeg);
	return done;
}

/* The unordered dependency of node I with the lowest rank, or I. */
static unsigned next_in_cycle(const struct topo_graph *g, const unsigned *indeg,
			      const unsigned *seen, unsigned i)
{
	unsigned next = i, best = ~0u;
	for (unsigned k = 0; k < g->ndeps[i]; k++) {
		unsigned d = g->deps[i][k];
		if (indeg[d] && (!seen || seen[d]) && g->rank[d] < best) {
			best = g->rank[d];
			next = d;
		}
	}
	return next;
}

unsigned toposort_cycle(const struct topo_graph *g, const unsigned *indeg, unsigned *cycle)
{
	unsigned n = g->n, start = 0, best = ~0u, cur, len = 0;
	unsigned *seen = xcalloc(n + 1, sizeof(*seen));
	for (unsigned i = 0; i < n; i++)
		if (indeg[i] && g->rank[i] < best) {
			best = g->rank[i];
			start = i;
		}
	/* walk unordered dependencies until a node repeats: it is on a cycle */
	for (cur = start; !seen[cur]; cur = next_in_cycle(g, indeg, NULL, cur))
		seen[cur] = 1;
	unsigned low = cur, first = cur;
	do {
		if (g->rank[cur] < g->rank[low])
			low = cur;
		cur = next_in_cycle(g, indeg, seen, cur);
	} while (cur != first);
	cur = low;
	do {
		cycle[len++] = cur;
		cur = next_in_cycle(g, indeg, seen, cur);
	} while (cur != low && len < n);
	free(seen);
	return len;
}
