/*
 * emit: the expanded desired objects as JSON or YAML, streamed: each
 * object is written (docw) into a buffer as it is rendered, and the
 * buffer goes out in pieces of a few hundred KB, in the model's
 * dependency order.  Secrets are never written:
 * a password appears as the name of its variable or file.  Or only each
 * object's kind and name, one a line (expand --format names).
 */
#ifndef PGFORM_EMIT_H
#define PGFORM_EMIT_H

#include <jansson.h>
#include <stdio.h>

#include "base/docw.h"

#include "model/model.h"

/*
 * Object O, one value written to W; POS_IN_ORDER[i] is object i's place
 * in m->order (dependencies are listed in that order); SCRATCH is the
 * caller's buffer for rendered SQL.
 */
void emit_object(struct docw *w, struct model *m, const struct object *o,
		 const unsigned *pos_in_order, struct strbuf *scratch);
/* Write every object of M in order; 0 or -1 on a write error. */
int emit_model(struct model *m, FILE *out, int yaml);
/* Write "KIND<TAB>NAME" for every object of M in order; 0 or -1 on a
 * write error.  Nothing else of an object is read, so no secret. */
int emit_names(struct model *m, FILE *out);
/* Append V as YAML, its lines at INDENT; IN_SEQ when it follows "- ". */
void emit_yaml_value(struct strbuf *sb, const json_t *v, int indent, int in_seq);

#endif
