/*
 * expand: the state as written into the objects it stands for, working on
 * the model alone (no YAML): tenants x templates into schemas, servers,
 * user mappings, daily parts, yearly tables, union and public views, and
 * per-tenant cron jobs.  The loader calls it once every section is read.
 */
#ifndef PGFORM_EXPAND_H
#define PGFORM_EXPAND_H

#include "model/model.h"
#include "expand/subst.h"

/* Expansion (expand.c): tenants x templates into objects. */
void expand_tenants(struct model *m);
/* Per-tenant cron jobs need the tenants: expanded after them. */
void expand_cron(struct model *m);
/*
 * The placeholders of per-tenant cron jobs, in the order of their values:
 * {tenant} (the tenant key), {schema} (its schema), {minute}.
 */
#define EXPAND_NCRON_VARS 3
extern const struct subst_var expand_cron_vars[EXPAND_NCRON_VARS];
/*
 * The placeholder of a materialized view's refresh statement: {name},
 * given as the view's qualified name already quoted (quote_qualified).
 */
#define EXPAND_NREFRESH_VARS 1
extern const struct subst_var expand_refresh_vars[EXPAND_NREFRESH_VARS];

#endif
