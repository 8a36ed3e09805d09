/*
 * diff: desired model + live catalog (+ pgform's record) -> plan.
 *
 * For each desired object: missing (create), the same (nothing), or
 * different (alter in place, replace, rebuild by temp-build-and-swap, or
 * drop + create with dependents).  Live objects pgform manages that are
 * no longer desired are dropped; those holding data only with
 * allow_destroy (otherwise the plan says what it left out).  The
 * definition of an object is compared only when pgform's record does not
 * vouch for it (no record, its spec changed, or its catalog stamp moved);
 * then the desired definition is created as a temporary object (pg_temp) inside a
 * transaction that is rolled back, and PostgreSQL's normalised form of
 * both is compared.
 */
#ifndef PGFORM_DIFF_H
#define PGFORM_DIFF_H

#include <libpq-fe.h>

#include "catalog/catalog.h"
#include "model/model.h"
#include "plan/plan.h"

struct diff_opts {
	int allow_destroy;
	const char *const *replace;     /* --replace OBJ (identities) */
	unsigned nreplace;
	const char *const *targets;     /* --target PATTERN (globs on identities) */
	unsigned ntargets;
};

/* Build P. Returns 0, or -1 after reporting an error (nothing was changed). */
int diff_plan(struct plan *p, struct model *m, struct catalog *cat, PGconn *c,
	      const struct diff_opts *o);

/* Names of the extensions the state declares (NULL-terminated; caller frees the array). */
const char *const *diff_extension_names(struct model *m);

/* ---- shared by diff*.c ---- */

/* How a desired relation compares with the live one. */
struct rel_shape {
	const char *def;        /* pg_get_viewdef, or NULL */
	const char *cols;       /* "name type, ..." */
	const char *idx;        /* normalised index definitions ("UNIQUE USING btree (id)"), sorted, one a line */
};

struct cmp_item {
	struct relation *want;
	struct live_rel *have;
	struct function *fwant;
	struct live_function *fhave;
	int failed;             /* the desired object could not be built for comparison */
	int derived;            /* not built: its desired shape is derived from another part's */
	const char *fail_msg;
	struct rel_shape ws, hs;
	const char *fws, *fhs;  /* function shapes */
	const char *fwkey, *fhkey; /* what CREATE OR REPLACE FUNCTION cannot change */
	int fwdefaults, fhdefaults; /* and the number of defaults, which it cannot lower */
};

/*
 * Compare definitions of N items in one rolled-back transaction: fills
 * ws/hs (or fws/fhs), or failed.  Returns 0, -1 on a connection error.
 */
int diff_compare(struct model *m, struct catalog *cat, PGconn *c, struct cmp_item *items,
		 unsigned n);

#endif
