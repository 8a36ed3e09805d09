/*
 * write.h: shared by the writers (write*.c) and the probes (probe.c) of
 * the diff layer only; each function is described where it is defined.
 */
#ifndef PGFORM_DIFF_WRITE_H
#define PGFORM_DIFF_WRITE_H

#include "diff/diff_int.h"

/* write.c: shared by every writer */
const char *adup(struct dctx *x, const struct strbuf *sb);
const char *rel_word(enum obj_kind k);
void qrel(struct strbuf *sb, const char *schema, const char *name);
const char *acl_object(struct dctx *x, const char *schema, const char *name);
void add_grant(struct acl *a, const struct grant *g, enum acl_class c);
void add_defaults(struct dctx *x, struct acl *a, const char *schema, const char *owner,
			 int functions, enum acl_class c);
void want_rel_acl(struct dctx *x, const struct relation *r, const char *owner, struct acl *a);
void want_schema_acl(struct dctx *x, const struct object *s, const char *owner, struct acl *a);
void want_function_acl(struct dctx *x, const struct function *f, const char *owner,
			      struct acl *a);
void created_rel_acl(struct dctx *x, const char *schema, const char *owner, struct acl *a);
void given_rel_acl(struct dctx *x, const char *schema, const char *owner, struct acl *a);
void owner_sql(struct strbuf *sb, const char *word, const char *schema, const char *name,
		      const char *owner);
void comment_sql(struct strbuf *sb, const char *word, const char *schema, const char *name,
			const char *comment);
void rel_attrs_new(struct dctx *x, const struct relation *r, const char *name,
			  const char *owner, const struct live_rel *l, struct strbuf *sb);
const char *rel_owner(struct dctx *x, const struct relation *r, const struct live_rel *l);
void drop_rel_sql(struct strbuf *sb, enum obj_kind k, const char *schema, const char *name);
long long rows_of(const struct live_rel *l);
void add_phase(struct dctx *x, struct step *s, struct stmt_list *l, const struct strbuf *sb);
struct step *new_step(struct dctx *x, enum step_action a, const struct object *o,
			     const struct strbuf *sql, const char *reason);
void set_inverse(struct dctx *x, struct step *s, const struct strbuf *inv);
void secret_here(struct dctx *x, struct strbuf *sb, const char *env, const char *file, int verifier);
const char *part_label(struct dctx *x, const struct relation *r);
const struct step_source *step_source(struct dctx *x, const struct relation *r);
unsigned live_readers(struct dctx *x, unsigned oid, struct live_rel **out, unsigned max);
void drop_readers(struct dctx *x, unsigned oid, struct strbuf *sb);
void recreate_readers(struct dctx *x, unsigned oid, struct step *after);
unsigned live_dependents(struct dctx *x, const struct live_rel *l, struct live_rel **out,
				unsigned max);

/* write_rel.c: relations */
void relation_step(struct dctx *x, struct relation *r, struct dobj *d);

/* write_kinds.c: the other kinds */
int extension_step(struct dctx *x, struct extension *e, struct dobj *d);
int role_step(struct dctx *x, struct role *r, struct dobj *d);
void schema_step(struct dctx *x, struct schema *s, struct dobj *d);
void server_step(struct dctx *x, struct server *s, struct dobj *d);
void mapping_step(struct dctx *x, struct user_mapping *u, struct dobj *d);
void function_step(struct dctx *x, struct function *f, struct dobj *d);
void cron_step(struct dctx *x, struct cron_job *j, struct dobj *d);
void defacl_steps(struct dctx *x);
void unmanaged_grants(struct dctx *x);

/* probe.c: the server asked, in batches */
int fetch_defs(struct dctx *x);
int fetch_function_blockers(struct dctx *x);
void find_stale_passwords(struct dctx *x);

/* write.c: S takes privileges away (HAVE to WANT) or, with HAVE NULL, WHAT (a membership) */
void note_revokes(struct dctx *x, struct step *s, const struct acl *have, const struct acl *want,
		  enum acl_class c, const char *owner, const char *what);

#endif
