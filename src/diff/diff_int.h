/* Shared by the files of the diff layer (diff.c, probe.c, write*.c) only. */
#ifndef PGFORM_DIFF_INT_H
#define PGFORM_DIFF_INT_H

#include "base/hashmap.h"
#include "sql/acl.h"
#include "diff/diff.h"
#include "model/toposort.h"

enum dstatus {
	DS_SAME,        /* definition as desired (attributes still compared) */
	DS_MISSING,     /* not in the database */
	DS_CHECK,       /* definition to compare (the record does not vouch) */
	DS_DEF,         /* definition differs */
	DS_KIND,        /* a relation of another kind has the name */
};

struct dobj {
	struct object *have;    /* live counterpart */
	enum dstatus status;
	int forced;             /* --replace */
	int cols_changed, cols_compatible;
	const char *why;
	char spec[17];
	struct step *step;      /* the step that brings it to the desired state */
	/* a function to drop and make again: what else depends on it ("a, b"), or NULL */
	const char *blockers;
	/* and the declared functions whose bodies call it, dropped and made again with it,
	 * callers of callers first: live ids */
	unsigned *carried;
	unsigned ncarried;
};

struct dctx {
	struct plan *p;
	struct model *m;
	struct catalog *cat;
	PGconn *c;
	const struct diff_opts *o;
	struct dobj *d;         /* per desired object id */
	unsigned long long *spec; /* per desired object id: its spec_hash() (d->spec in hex) */
	char *live_taken;       /* per live object id: a desired object stands for it */
	struct step **live_step;/* per live object id: the step that replaces or drops it */
	unsigned ncheck;
	unsigned frozen_missing;
	/* disabled tenants' parts kept though their template changed, per tenant and template */
	struct frozen_group { const struct tenant *tenant; const struct template *tmpl; unsigned n; } *frozen;
	unsigned nfrozen, afrozen;
	unsigned cols_group;    /* group id of column-changing swaps (0: none yet) */
	char *stale_password;
	char *dropped;          /* per live object id: dropped by a step of a swap group */
	const struct grant **grants; /* the state's grants: few, looked at for every object */
	unsigned ngrants;   /* per desired object id: the mapping's password is not the desired one */
	struct hashmap grants_by_schema; /* target schema -> struct schema_grants (write.c: grants_index) */
	unsigned next_group;
	/* rebuilds that swap a view by copy: (live view or its reader, step) */
	struct swapped_view { unsigned live; unsigned step; } *swapped;
	unsigned nswapped, aswapped;
	/* rebuilds whose view swap waits for the view's last rebuilt part */
	struct deferred_swap {
		unsigned view;          /* live id of the view */
		struct step *step;
		struct relation *r;
		struct live_rel *l;
	} *deferred;
	unsigned ndeferred, adeferred;
	/* steps that change default privileges, which what is made in their schema waits for */
	struct defacl_change { struct step *step; const char *schema, *role; int functions; } *defacls;
	unsigned ndefacls, adefacls;
	/* dependents pgform does not manage, carried around the step that makes again what they read */
	struct carried { const struct live_dependent *dep; struct step *step; } *carry;
	unsigned ncarry, acarry;
	/* which views read which oid, sorted by oid (write.c: live_readers) */
	struct reader_link *readers;
	unsigned nreaders;
	char *seen;             /* per live object id, all 0 between uses (write_rel.c: lock_list) */
	struct secret_ref pending[4];   /* passwords of the statements being written */
	unsigned npending;
	int errors;
};

int diff_steps(struct dctx *x);
/* carry.c: stop on what depends on a drop; carry what depends on a step that makes again */
int foreign_dependents(struct dctx *x);
void carry_dependents(struct dctx *x);
void grants_index(struct dctx *x);
void diff_drops(struct dctx *x);
void diff_after_copy_swaps(struct dctx *x);
void diff_view_swaps(struct dctx *x);
int cmp_unsigned(const void *a, const void *b);
const char *const *diff_extension_names(struct model *m);


int is_rel_kind(enum obj_kind k);
#endif
