/*
 * planfile: the JSON form of a plan (docs/plan-json.md), written and read.
 *
 * Both directions live here, so the format has one definition.  A saved
 * plan is the same bytes planfmt_json() prints; reading it back and
 * writing it again gives identical bytes.  Every file carries plan_hash,
 * the hash of the rest of its bytes.  The reader trusts nothing: it
 * checks the format name, the version, the plan_hash, the type of every
 * field, that ids are positions, that every dependency comes earlier,
 * and that the derived "summary" and "hazards" match the steps.
 */
#ifndef PGFORM_PLANFILE_H
#define PGFORM_PLANFILE_H

#include <jansson.h>

#include "plan/plan.h"
#include "base/strbuf.h"

#define PLANFILE_FORMAT "pgform-plan"
#define PLANFILE_VERSION 2

/* Hex digits of a plan_hash (XXH3-128, as xxh128sum prints it). */
#define PLANFILE_HASH_HEX 32

/*
 * Append the JSON form of P (indented, keys in a fixed order, ASCII
 * only), sealed by its plan_hash (P's own plan_hash is not read: the
 * hash is always that of what is written).  HASH, when not NULL,
 * receives it (PLANFILE_HASH_HEX digits and a NUL).
 */
void planfile_format(const struct plan *p, struct strbuf *out, char *hash);

/*
 * Write the bytes planfile_format() would append to SINK, in pieces of
 * a few hundred KB, never holding the whole file: the plan is rendered
 * twice, once to hash it and once to write it.  HASH as for
 * planfile_format().  Returns 0, or the first nonzero return of SINK
 * (nothing more is given to SINK after it).
 */
int planfile_stream(const struct plan *p, int (*sink)(const void *buf, size_t len, void *ctx),
		    void *ctx, char *hash);

/*
 * The plan_hash of TEXT, a plan file's bytes: XXH3-128 of TEXT without
 * the one line that holds the hash (`  "plan_hash": "<32 hex digits>",`
 * and its newline), into HEX (PLANFILE_HASH_HEX digits and a NUL); *AT,
 * when not NULL, is the offset of the digits in TEXT.  Returns 0, or -1
 * when TEXT has no such line or more than one.
 */
int planfile_hash_text(const char *text, size_t len, char *hex, size_t *at);

/*
 * Save P at PATH: written to PATH.tmp with mode 0600, synced, then
 * renamed over PATH, so PATH is either the old file or the whole new
 * one.  HASH, when not NULL, receives the plan_hash written (as for
 * planfile_format()).  Returns 0, or -1 after error() (PATH.tmp is then
 * removed).
 */
int planfile_write(const struct plan *p, const char *path, char *hash);

/*
 * Read the plan saved at PATH into P, which must be empty (zeroed).
 * Every string is copied into p->arena; the caller frees P with
 * plan_free().  A file whose plan_hash is missing or does not match its
 * bytes is refused.  On any problem, reports it with error("PATH: ...")
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

/* The JSON names of hazard BITS, in the documented order (an array). */
json_t *planfile_hazard_names(unsigned bits);

#endif
