/*
 * emit: the expanded desired objects as JSON or YAML, streamed one object
 * at a time (each object becomes a jansson value, is written, and is
 * freed), in the model's dependency order.  Secrets are never written:
 * a password appears as the name of its variable or file.  Or only each
 * object's kind and name, one a line (expand --format names).
 */
#ifndef PGFORM_EMIT_H
#define PGFORM_EMIT_H

#include <jansson.h>
#include <stdio.h>

#include "model/model.h"

/* The JSON value describing object O (caller json_decref()s it). */
json_t *emit_object(struct model *m, const struct object *o, const unsigned *pos_in_order);
/* Write every object of M in order; 0 or -1 on a write error. */
int emit_model(struct model *m, FILE *out, int yaml);
/* Write "KIND<TAB>NAME" for every object of M in order; 0 or -1 on a
 * write error.  Nothing else of an object is read, so no secret. */
int emit_names(struct model *m, FILE *out);
/* Write V as YAML at INDENT (used for each list item). */
void emit_yaml_value(struct strbuf *sb, const json_t *v, int indent, int in_seq);

#endif
