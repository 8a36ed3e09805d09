/*
 * render: the SQL text of desired objects, built on demand (a warehouse
 * has hundreds of thousands of parts; their SQL is never all held at
 * once).  Every name goes through quote.c.
 */
#ifndef PGFORM_RENDER_H
#define PGFORM_RENDER_H

#include "model.h"
#include "strbuf.h"

/* The query defining R (what follows AS); nothing for yearly tables. */
void render_query(struct model *m, const struct relation *r, struct strbuf *out);
/* The remote query of a part or per-tenant view, placeholders filled. */
void render_remote_query(struct model *m, const struct relation *r, struct strbuf *out);
/* Number of indexes of R and the CREATE INDEX statement of index I. */
unsigned render_nindexes(const struct relation *r);
void render_index(struct model *m, const struct relation *r, unsigned i, struct strbuf *out);
/* The column list "id integer, ..." of a generated relation. */
void render_columns(const struct template *t, struct strbuf *out);

#endif
