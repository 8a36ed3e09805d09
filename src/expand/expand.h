/*
 * expand: the state as written into the objects it stands for, working on
 * the model alone (no YAML): tenants x templates into schemas, servers,
 * user mappings, daily parts, yearly tables, union and public views, and
 * per-tenant cron jobs.  The loader calls it once every section is read.
 */
#ifndef PGFORM_EXPAND_H
#define PGFORM_EXPAND_H

#include "model/model.h"

/* Expansion (expand.c): tenants x templates into objects. */
void expand_tenants(struct model *m);
/* Per-tenant cron jobs need the tenants: expanded after them. */
void expand_cron(struct model *m);

#endif
