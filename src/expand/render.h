/*
 * render: the SQL text of desired objects, built on demand (a warehouse
 * has hundreds of thousands of parts; their SQL is never all held at
 * once).  Every name goes through quote.c.
 */
#ifndef PGFORM_RENDER_H
#define PGFORM_RENDER_H

#include "model/model.h"
#include "base/strbuf.h"

/* The query defining R (what follows AS); nothing for yearly tables. */
void render_query(struct model *m, const struct relation *r, struct strbuf *out);
/* The remote query of a part or per-tenant view, placeholders filled. */
void render_remote_query(struct model *m, const struct relation *r, struct strbuf *out);
/* Number of indexes of R and the CREATE INDEX statement of index I. */
unsigned render_nindexes(const struct relation *r);
void render_index(struct model *m, const struct relation *r, unsigned i, struct strbuf *out);
/* The values of a template's placeholders, in the order render takes them. */
enum template_value {
	TV_TARGET_DATE, TV_CLIENT, TV_SCHEMA, TV_TENANT, TV_VIEW_NAME, TV_COUNT,
};

/*
 * TEXT of a template (its remote query, an index) with each placeholder
 * filled by a sample value (a date, plain names) written as a part's
 * would be, into OUT: SQL to check before any part exists.  *TPL (its
 * memory from A) and *VALUES receive what subst_source_offset() needs to
 * find places of OUT in TEXT.
 */
void render_template_sample(struct arena *a, const char *text, struct subst_tpl *tpl,
			    const char *const **values, struct strbuf *out);
/* The dblink function, qualified with the schema its extension lives in. */
void render_dblink(struct model *m, struct strbuf *out);
/* The column list "id integer, ..." of a generated relation. */
void render_columns(const struct template *t, struct strbuf *out);



/*
 * Index I of R as CREATE [UNIQUE] INDEX INDEX_NAME ON SCHEMA.RELNAME ...
 * (RELNAME may differ from R's name: a temporary build).
 */
void render_index_named(struct model *m, const struct relation *r, unsigned i,
			const char *relname, const char *index_name, struct strbuf *out);
/*
 * The CREATE [UNIQUE] INDEX [INDEX_NAME] ON SCHEMA.RELNAME statement of
 * definition DEF (as written under indexes:, "UNIQUE (id)"), appended to
 * OUT without trailing blanks or ';'.  Returns how many bytes at the
 * start of DEF were read as blanks and UNIQUE; *LEAD (may be NULL)
 * receives how many bytes of what was appended come before the rest of
 * DEF, which follows as written.
 */
size_t render_index_def(const char *schema, const char *relname, const char *def,
			const char *idxname, struct strbuf *out, size_t *lead);
/* The name pgform gives index I of relation RELNAME: RELNAME_idxN, shortened to fit. */
void index_name(const char *relname, unsigned i, struct strbuf *out);
#endif
