/*
 * spechash: the fingerprint of a desired object's definition — what,
 * when it changes, means the object must be rebuilt or replaced (query,
 * columns, indexes, options).  Owner, comment and privileges are not in
 * it: they are compared with the catalog directly, every time.
 */
#ifndef PGFORM_SPECHASH_H
#define PGFORM_SPECHASH_H

#include "model/model.h"

unsigned long long spec_hash(struct model *m, const struct object *o);
/*
 * The spec as pgform first wrote it into its record: differs from
 * spec_hash() for yearly tables only (spelling of types, a trailing
 * newline of the remote query, the order of indexes counted then).
 */
unsigned long long spec_hash_legacy(struct model *m, const struct object *o);
/* 16 lower-case hex digits. */
void hash_hex(unsigned long long h, char out[17]);
/* Fingerprint of the whole desired state (every object's spec, in order). */
unsigned long long model_hash(struct model *m);
/*
 * The same, for a caller that has each object's spec_hash() already:
 * KNOWN[id], taken for the objects whose spec_hash() is their part of
 * the fingerprint (all but yearly tables and views over parts, which are
 * hashed again).
 */
unsigned long long model_hash_known(struct model *m, const unsigned long long *known);

#endif
