/*
 * objsort.c: the order objects are created in: sorted by (kind, schema,
 * name), then topologically with the least movement (toposort.c), as
 * pg_dump_sort does.  A cycle is reported with its members.
 */
#include <stdlib.h>
#include <string.h>

#include "model/model.h"
#include "model/toposort.h"
#include "base/usage.h"

static int cmp_str(const char *a, const char *b)
{
	if (!a || !b)
		return a ? 1 : b ? -1 : 0;
	return strcmp(a, b);
}

int obj_compare(const struct object *a, const struct object *b);
int obj_compare(const struct object *a, const struct object *b)
{
	int c;
	if (a->kind != b->kind)
		return a->kind < b->kind ? -1 : 1;
	if ((c = cmp_str(a->schema, b->schema)))
		return c;
	if ((c = cmp_str(a->name, b->name)))
		return c;
	return cmp_str(a->ident, b->ident);
}

static int cmp_obj(const void *pa, const void *pb)
{
	return obj_compare(*(struct object *const *)pa, *(struct object *const *)pb);
}

int model_sort(struct model *m)
{
	unsigned n = m->nobjs;
	struct object **sorted = xcalloc(n + 1, sizeof(*sorted));
	unsigned *rank = xcalloc(n + 1, sizeof(*rank));
	unsigned **deps = xcalloc(n + 1, sizeof(*deps));
	unsigned *ndeps = xcalloc(n + 1, sizeof(*ndeps));
	unsigned *indeg = NULL;
	int ret = 0;

	if (n)
		memcpy(sorted, m->objs, n * sizeof(*sorted));
	qsort(sorted, n, sizeof(*sorted), cmp_obj);
	for (unsigned r = 0; r < n; r++)
		rank[sorted[r]->id] = r;
	for (unsigned i = 0; i < n; i++) {
		deps[i] = m->objs[i]->deps;
		ndeps[i] = m->objs[i]->ndeps;
	}
	struct topo_graph g = { n, deps, ndeps, rank };
	free(m->order);
	m->order = xcalloc(n + 1, sizeof(*m->order));
	if (toposort(&g, m->order, &indeg) < n) {
		unsigned *cyc = xcalloc(n + 1, sizeof(*cyc));
		unsigned len = toposort_cycle(&g, indeg, cyc);
		struct strbuf sb = STRBUF_INIT;
		for (unsigned i = 0; i <= len; i++) {
			const struct object *o = m->objs[cyc[i % len]];
			strbuf_addf(&sb, "%s%s", i ? " -> " : "", obj_describe(m, o));
		}
		diag_error(&m->diags, m->objs[cyc[0]]->pos, "dependency cycle: %s", sb.buf);
		strbuf_release(&sb);
		free(cyc);
		ret = -1;
	}
	free(indeg);
	free(deps);
	free(ndeps);
	free(rank);
	free(sorted);
	return ret;
}
