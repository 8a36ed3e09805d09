/*
 * Shared by the loader's files (load*.c, expand.c, refs.c, objsort.c);
 * not for the rest of pgform.
 */
#ifndef PGFORM_LOAD_INT_H
#define PGFORM_LOAD_INT_H

#include "model.h"
#include "yamldoc.h"

struct loader {
	struct model *m;
	struct diags *d;
	struct yfile **files;
	unsigned nfiles, afiles;
	const char **stack;     /* include chain, for loop reports */
	unsigned nstack, astack;
};

/* Copy a YAML string into the model's arena. */
const char *ld_str(struct loader *ld, const char *s);

/*
 * The SQL of a mapping: KEY inline, or `sql_file:` naming a file read
 * relative to the YAML file.  Exactly one of the two may be given;
 * REQUIRED says whether one must be.  Returns 1 found, 0 absent, -1 bad.
 */
int ld_sql(struct loader *ld, struct yfile *f, yaml_node_t *map, const char *key,
	   const char *what, int required, struct sqltext *out);

/* A list of strings under KEY (NULL when absent); -1 after a problem. */
int ld_strlist(struct loader *ld, struct yfile *f, yaml_node_t *map,
	       const char *key, const char *what, const char ***out,
	       unsigned *n, struct srcpos **pos_out);

/* An object-level grants: list (no `on:`). */
int ld_grant_items(struct loader *ld, struct yfile *f, yaml_node_t *map,
		   const char *what, struct grant_list *out);
/* Check and upper-case a privilege list for target class T ('s','t','f'). */
int ld_privileges(struct loader *ld, struct yfile *f, yaml_node_t *seq,
		  int target, const char *what, const char ***out, unsigned *n);

/* Split "schema.name" (unqualified: public). Reports at POS; -1 when bad. */
int ld_qualified(struct loader *ld, struct srcpos pos, const char *qname,
		 const char *what, const char **schema, const char **name);
/* Check a name fits 63 bytes; reports at POS. */
int ld_name_ok(struct loader *ld, struct srcpos pos, const char *name,
	       const char *what);

/* Sections (load.c, load_rel.c). */
void ld_extensions(struct loader *ld, struct yfile *f, yaml_node_t *n);
void ld_roles(struct loader *ld, struct yfile *f, yaml_node_t *n);
void ld_schemas(struct loader *ld, struct yfile *f, yaml_node_t *n);
void ld_grants(struct loader *ld, struct yfile *f, yaml_node_t *n);
void ld_functions(struct loader *ld, struct yfile *f, yaml_node_t *n);
void ld_checks(struct loader *ld, struct yfile *f, yaml_node_t *n);
void ld_views(struct loader *ld, struct yfile *f, yaml_node_t *n, int materialized);
void ld_templates(struct loader *ld, struct yfile *f, yaml_node_t *n);
void ld_tenants(struct loader *ld, struct yfile *f, yaml_node_t *n);
void ld_cron(struct loader *ld, struct yfile *f, yaml_node_t *n);

/* Expansion (expand.c): tenants x templates into objects. */
void expand_tenants(struct model *m);
/* Per-tenant cron jobs need the tenants: expanded after them. */
void expand_cron(struct model *m);

/* Dependencies found in SQL (refs.c). */
void refs_resolve(struct model *m);
/*
 * Check the placeholders of T against ALLOWED (NULL-terminated); every
 * unknown one is reported at its place.  Returns the number of problems.
 */
int placeholders_check(struct model *m, const struct sqltext *t,
		       const char *const *allowed, const char *what);

/* Ordering (objsort.c): fills m->order or reports a cycle. */
int model_sort(struct model *m);

#endif
