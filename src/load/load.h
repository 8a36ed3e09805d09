/*
 * load: the desired state from YAML files into a model.
 *
 * model_load() reads ENTRY and everything it includes, checks every
 * section, expands tenants x templates (expand.c), finds dependencies
 * (refs.c) and orders the objects (objsort.c).  It goes on after a
 * problem so that every problem is reported; they are in m->diags.
 * Returns 0 when there is no error.  The caller frees with model_free().
 */
#ifndef PGFORM_LOAD_H
#define PGFORM_LOAD_H

#include "model/model.h"

int model_load(struct model *m, const char *entry, int today);
/* As model_load(), the files read from git revision REV (NULL: the working tree). */
int model_load_rev(struct model *m, const char *entry, int today, const char *rev);

/* Resolve "today": --today VALUE, else $PGFORM_TODAY, else the UTC date.
 * Returns 0, or -1 after printing an error naming the bad value. */
int today_resolve(const char *opt, int *out);

#endif
