/*
 * toposort: order N nodes so that every node comes after the nodes it
 * depends on, taking at each point the ready node that comes first in a
 * given preference order (a heap), so the result moves nodes as little as
 * possible from that order and is the same for the same input.
 */
#ifndef PGFORM_TOPOSORT_H
#define PGFORM_TOPOSORT_H

struct topo_graph {
	unsigned n;
	/* deps of node i: deps[i][0 .. ndeps[i]) (node indices; repeats allowed) */
	unsigned *const *deps;
	const unsigned *ndeps;
	/* rank[i]: position of node i in the preferred order (a permutation) */
	const unsigned *rank;
};

/*
 * Fill ORDER with the nodes in dependency order; returns how many were
 * ordered (n, or fewer when there is a cycle).  When INDEG_OUT is not
 * NULL it receives (caller frees) each node's count of unmet
 * dependencies: non-zero exactly for the nodes left out.
 */
unsigned toposort(const struct topo_graph *g, unsigned *order, unsigned **indeg_out);

/*
 * One cycle among the left-out nodes: fills CYCLE (room for n) starting
 * at its lowest-ranked member and returns its length.
 */
unsigned toposort_cycle(const struct topo_graph *g, const unsigned *indeg, unsigned *cycle);

#endif
