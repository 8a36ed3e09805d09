/*
 * test-toposort: the DAG order every plan and model is put in.  Each
 * case is a graph written as "node:dep,dep ..." with the preferred order
 * given by the node letters' order in RANK, and the order (or the cycle)
 * expected, written as letters.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/strbuf.h"
#include "model/toposort.h"
#include "tap.h"

#define MAXN 26

struct graph {
	unsigned n;
	unsigned dep[MAXN][MAXN], ndep[MAXN];
	unsigned *deps[MAXN];
	unsigned rank[MAXN];
};

/*
 * Nodes are the letters of RANK, in preferred order; EDGES is
 * "b:a c:a,b": b needs a, c needs a and b.
 */
static void parse(struct graph *g, const char *rank, const char *edges)
{
	memset(g, 0, sizeof(*g));
	g->n = (unsigned)strlen(rank);
	for (unsigned i = 0; i < g->n; i++) {
		g->rank[i] = (unsigned)(strchr(rank, 'a' + (int)i) - rank);
		g->deps[i] = g->dep[i];
	}
	for (const char *p = edges; *p;) {
		unsigned node = (unsigned)(*p - 'a');
		p += 2; /* "x:" */
		while (*p && *p != ' ') {
			if (*p != ',')
				g->dep[node][g->ndep[node]++] = (unsigned)(*p - 'a');
			p++;
		}
		while (*p == ' ')
			p++;
	}
}

/* The order TOPOSORT gives, as letters; after a cycle, "cycle:" and its members. */
static void order_of(const char *rank, const char *edges, struct strbuf *out)
{
	struct graph g;
	unsigned order[MAXN], cycle[MAXN], *indeg = NULL;
	parse(&g, rank, edges);
	struct topo_graph tg = { g.n, g.deps, g.ndep, g.rank };
	unsigned k = toposort(&tg, order, &indeg);
	for (unsigned i = 0; i < k; i++)
		strbuf_addch(out, (char)('a' + order[i]));
	if (k < g.n) {
		unsigned c = toposort_cycle(&tg, indeg, cycle);
		strbuf_addstr(out, " cycle:");
		for (unsigned i = 0; i < c; i++)
			strbuf_addch(out, (char)('a' + cycle[i]));
	}
	free(indeg);
}

static const struct {
	const char *rank, *edges, *want, *name;
} cases[] = {
	{ "abcd", "", "abcd", "no dependencies: the preferred order" },
	{ "dcba", "", "dcba", "no dependencies, another preference: followed" },
	{ "abc", "a:c", "bca", "a needs c: c moves before a, b keeps its place before them" },
	{ "abcd", "a:d b:d", "cdab", "two need the last: it moves up as little as possible" },
	{ "abcde", "b:a c:b d:c e:d", "abcde", "a chain in order: untouched" },
	{ "edcba", "b:a c:b d:c e:d", "abcde", "a chain against the preference: the chain wins" },
	{ "abcd", "d:a,a,a", "abcd", "repeated dependencies count once each way" },
	{ "abcdef", "c:a d:a e:b,d f:c", "abcdef", "a diamond in order: untouched" },
	{ "fedcba", "c:a d:a e:b,d f:c", "badecf", "a diamond against the preference: at each point the preferred ready node" },
	{ "abc", "a:b b:c c:a", " cycle:abc", "a cycle of three: nothing ordered, the cycle from its first member" },
	{ "abcd", "a:d c:b b:c", "da cycle:bc", "a cycle beside a chain: the chain ordered, the cycle named" },
};

int main(void)
{
	for (unsigned i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		struct strbuf got = STRBUF_INIT;
		order_of(cases[i].rank, cases[i].edges, &got);
		is_str(got.buf, cases[i].want, cases[i].name);
		strbuf_release(&got);
	}
	/* the same input always gives the same output */
	struct strbuf a = STRBUF_INIT, b = STRBUF_INIT;
	order_of("fedcba", "c:a d:a e:b,d f:c", &a);
	order_of("fedcba", "c:a d:a e:b,d f:c", &b);
	is_str(a.buf, b.buf, "the order is the same every time");
	is_int(a.len, 6, "every node is ordered once");
	strbuf_release(&a);
	strbuf_release(&b);
	return done_testing();
}
