/*
 * statediff: what changes between two desired states (two revisions of
 * the YAML), without any database, as plan steps a renderer shows: each
 * object added, removed or changed, with the action a plan would take
 * (a changed template's parts are rebuilt, a view replaced, an extension
 * updated) and its hazards.  The steps carry no SQL.
 */
#ifndef PGFORM_STATEDIFF_H
#define PGFORM_STATEDIFF_H

#include "model/model.h"
#include "plan/plan.h"

/* Fill P (empty) with the changes that take state A to state B. */
void statediff(struct plan *p, struct model *a, struct model *b);

#endif
