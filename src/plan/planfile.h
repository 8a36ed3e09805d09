/*
 * planfile: the JSON form of a plan (docs/plan-json.md), written and read.
 *
 * Both directions live here, so the format has one definition.  A saved
 * plan is the same bytes planfmt_json() prints; reading it back and
 * writing it again gives identical bytes.  The reader trusts nothing: it
 * checks the format name, the version, the type of every field, that ids
 * are positions, that every dependency comes earlier, and that the
 * derived "summary" and "hazards" match the steps.
 */
#ifndef PGFORM_PLANFILE_H
#define PGFORM_PLANFILE_H

#include "plan/plan.h"
#include "base/strbuf.h"

#define PLANFILE_FORMAT "pgform-plan"
#define PLANFILE_VERSION 2

/* Append the JSON form of P (indented, keys in a fixed order, ASCII only). */
void planfile_format(const struct plan *p, struct strbuf *out);

/*
 * Save P at PATH: written to PATH.tmp with mode 0600, synced, then
 * renamed over PATH, so PATH is either the old file or the whole new
 * one.  Returns 0, or -1 after error() (PATH.tmp is then removed).
 */
int planfile_write(const struct plan *p, const char *path);

/*
 * Read the plan saved at PATH into P, which must be empty (zeroed).
 * Every string is copied into p->arena; the caller frees P with
 * plan_free().  On any problem, reports it with error("PATH: ...")
 * naming the field, leaves P empty and returns -1.
 */
int planfile_read(struct plan *p, const char *path);

/* One step as compact JSON (the form of a step in a plan file); caller frees. */
char *planfile_step_dump(const struct step *s);

/*
 * Append to P the step in TEXT (as planfile_step_dump() wrote it; its
 * dependencies are not read).  WHERE names it in errors.  0, or -1
 * after reporting.
 */
int planfile_step_load(struct plan *p, const char *text, const char *where);

#endif
