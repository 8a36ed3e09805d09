/*
 * Shared by the loader's files (load*.c, refs.c);
 * not for the rest of pgform.
 */
#ifndef PGFORM_LOAD_INT_H
#define PGFORM_LOAD_INT_H

#include "expand/expand.h"
#include "model/model.h"
#include "sql/sqlparse.h"
#include "load/yamldoc.h"

/*
 * A role named in the YAML, kept with the place of the name: refs.c
 * checks it once every role is known and adds the edge NEEDS -> role.
 */
struct role_ref {
	const char *role;
	struct srcpos pos;      /* the scalar naming it */
	struct object *needs;   /* NULL: nothing to order (templates, cron specs) */
	int grantee;            /* granted to or a membership: a predefined role needs no declaring */
};

struct role_refs {
	struct role_ref *v;
	unsigned n, alloc;
};

/*
 * A name that PostgreSQL's grammar found in the SQL of an object, kept by
 * the loader for refs_resolve() (which knows every object only then).
 */
struct sql_ref {
	struct object *o;       /* whose SQL names it */
	enum sqlname_kind kind;
	const char *qname;      /* "schema.name"; public when not qualified */
};

struct sql_refs {
	struct sql_ref *v;
	unsigned n, alloc;
};

struct loader {
	struct model *m;
	struct diags *d;
	struct yfile **files;
	unsigned nfiles, afiles;
	const char **stack;     /* include chain, for loop reports */
	unsigned nstack, astack;
	struct role_refs roles; /* every role reference, for refs_resolve() */
	struct sql_refs sqlrefs;/* names found in SQL, for refs_resolve() */
	const yaml_node_t **odd_maps; /* mappings with an unknown key */
	unsigned nodd_maps, aodd_maps;
	size_t max_file;        /* the most bytes read from one file */
	struct gitsrc *src;     /* --rev: the files of a git revision; NULL: the working tree */
};

/* Read PATH (the working tree's, or the revision's) as strbuf_read_file() does. */
int ld_read(struct loader *ld, const char *path, struct strbuf *sb);

/*
 * Report at POS that PATH could not be read, for R, a code of
 * strbuf_read_file(); WHAT says what named it ("include", "sql_file").
 */
void ld_unreadable(struct loader *ld, struct srcpos pos, const char *what, const char *path,
		   int r);

/* Copy a YAML string into the model's arena. */
const char *ld_str(struct loader *ld, const char *s);

/* Remember that NEEDS (may be NULL) names ROLE at POS (ROLE NULL: nothing). */
void ld_role_ref(struct loader *ld, struct object *needs, const char *role,
		 struct srcpos pos);
/*
 * The same for a role privileges are granted to or that a role is a
 * member of: PostgreSQL's predefined roles (pg_monitor, ...) may be named
 * there without being declared.
 */
void ld_grantee_ref(struct loader *ld, struct object *needs, const char *role,
		    struct srcpos pos);

/*
 * ycheck_keys() for MAP; a mapping with an unknown key is remembered, so
 * that ld_missing() does not also report the key it most likely misspells.
 * Returns the number of unknown keys; the caller goes on with the others.
 */
int ld_check_keys(struct loader *ld, struct yfile *f, const yaml_node_t *map,
		  const char *const *allowed, const char *what);
/* Report at POS that MAP lacks a key (FMT...), unless MAP has an unknown key. */
void ld_missing(struct loader *ld, const yaml_node_t *map, struct srcpos pos,
		const char *fmt, ...) __attribute__((format(printf, 4, 5)));

/* The text of scalar V as SQL: copied, placed at its first content character. */
void ld_sqltext(struct loader *ld, struct yfile *f, const yaml_node_t *v,
		struct sqltext *out);

/*
 * The SQL of a mapping: KEY inline, or `sql_file:` naming a file read
 * relative to the YAML file.  Exactly one of the two may be given;
 * REQUIRED says whether one must be.  Returns 1 found, 0 absent, -1 bad.
 */
int ld_sql(struct loader *ld, struct yfile *f, yaml_node_t *map, const char *key,
	   const char *what, int required, struct sqltext *out);

/*
 * A list of strings under KEY (NULL when absent), each with its place
 * (POS_OUT may be NULL).  Returns 1 found, 0 absent, -1 after a problem
 * (the good items are kept).
 */
int ld_strlist(struct loader *ld, struct yfile *f, yaml_node_t *map,
	       const char *key, const char *what, const char ***out,
	       unsigned *n, struct srcpos **pos_out);
/*
 * The same for a list of SQL snippets (index definitions, checks), each
 * placed at its first content character, so places inside it are right.
 */
int ld_sqllist(struct loader *ld, struct yfile *f, yaml_node_t *map,
	       const char *key, const char *what, struct sqltext **out, unsigned *n);

/* An object-level grants: list (no `on:`); its roles are needed by NEEDS. */
int ld_grant_items(struct loader *ld, struct yfile *f, yaml_node_t *map,
		   const char *what, struct object *needs, struct grant_list *out);
/* Check and upper-case a privilege list for target class T ('s','t','f'). */
int ld_privileges(struct loader *ld, struct yfile *f, yaml_node_t *seq,
		  int target, const char *what, const char ***out, unsigned *n);

/* Split "schema.name" (unqualified: public). Reports at POS; -1 when bad. */
int ld_qualified(struct loader *ld, struct srcpos pos, const char *qname,
		 const char *what, const char **schema, const char **name);
/*
 * Check NAME is a name as docs/format.md says (an ASCII letter or _, then
 * letters, digits, _ or $) that fits 63 bytes; reports at POS.
 */
int ld_name_ok(struct loader *ld, struct srcpos pos, const char *name,
	       const char *what);
/* Check only that NAME is not empty and fits 63 bytes (names read from SQL). */
int ld_name_fits(struct loader *ld, struct srcpos pos, const char *name,
		 const char *what);

/*
 * password_env / password_file of MAP: at most one, well-formed, and the
 * value never shown.  Returns 0, or -1 after a problem.
 */
int ld_secret(struct loader *ld, struct yfile *f, yaml_node_t *map,
	      const char *what, const char **env, const char **file);

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
/*
 * Once tenants, templates and cron jobs are read (load_rel.c): each
 * tenant's values (key, schema, client) in the quotes of the SQL they are
 * put in, checked with subst_check(); one that would end its quote, or a
 * backslash in a '...' literal, is reported at the value's place, naming
 * the template or job and where the placeholder stands.
 */
void ld_check_values(struct loader *ld);

/*
 * The file place (refs.c) of byte OFF of T's text.  Exact in files and literal
 * blocks (|); in other scalars escapes and doubled quotes are read, but a
 * place inside a run of blanks that folding changed comes out at the
 * run's end (see yraw_offset).
 */
struct srcpos sqltext_offset_pos(const struct sqltext *t, size_t off);

/*
 * SQL the user wrote, read by PostgreSQL's grammar (refs.c) as it is
 * loaded.  A syntax error is reported at its place in the file (see
 * sqltext_offset_pos), as "MESSAGE in the NOUN of OBJECT" ("syntax error
 * at or near \"FRM\" in the query of view 'app.v'").  Otherwise the
 * relations, functions and types the SQL names are kept in ld->sqlrefs
 * as needs of its object.  Each returns 0, or -1 after a problem.
 */
/* A view's or materialized view's query: one query (SELECT, VALUES, WITH). */
int refs_parse_query(struct loader *ld, struct relation *r);
/*
 * The SQL of check C: one query, which stays one SELECT once wrapped as
 * apply runs it, SELECT (SQL)::boolean.
 */
int refs_parse_check(struct loader *ld, struct check *c);
/*
 * Function FN, written at OFF in the text SRC (a functions: item): its
 * statement, and for LANGUAGE sql the body too.  The names it holds are
 * kept only for LANGUAGE sql; other functions are tokenized by
 * refs_resolve().
 */
int refs_parse_function(struct loader *ld, struct function *fn,
			const struct sqltext *src, size_t off);
/*
 * The remote query of template T, its placeholders filled with sample
 * values (it runs on the tenant's server: nothing of it is kept): one
 * query.
 */
int refs_parse_template(struct loader *ld, struct template *t);
/*
 * Index definition T of DESC ("materialized view 'app.v'"), as the
 * CREATE INDEX statement it becomes on SCHEMA.NAME: one IndexStmt.
 * PLACEHOLDERS: T is a template's, its placeholders filled with samples.
 */
int refs_parse_index(struct loader *ld, const struct sqltext *t, int placeholders,
		     const char *schema, const char *name, const char *desc);
/*
 * T, the type of a template's column (DESC: "column 'id' of template
 * 's'"), read where it lands, the column list of the dblink call: one
 * statement once it is there.
 */
int refs_parse_type(struct loader *ld, const struct sqltext *t, const char *desc);
/*
 * The command of cron job C (DESC names it), placeholders of a per-tenant
 * job filled with samples: one statement, of any kind.
 */
int refs_parse_command(struct loader *ld, const struct cron_spec *c, const char *desc);
/*
 * The refresh statement T of a materialized view (DESC names it), {name}
 * filled with a sample qualified name: one statement, of any kind.
 */
int refs_parse_refresh(struct loader *ld, const struct sqltext *t, const char *desc);
/*
 * Refuse SQL text T that holds pgform's secret marker "<<secret:"
 * (anywhere, comments too), reported at its place as something that
 * cannot appear in the NOUN of DESC.  Returns 0, or -1 after reporting.
 */
int refs_no_marker(struct loader *ld, const struct sqltext *t, const char *noun,
		   const char *desc);
/* refs_no_marker() for the scalar V of F (a comment, a client), when it is one. */
void ld_no_marker(struct loader *ld, struct yfile *f, const yaml_node_t *v, const char *noun,
		  const char *desc);

/*
 * Dependencies found in SQL (SQLREFS, and cron commands and functions
 * other than LANGUAGE sql tokenized), and the roles of ROLES checked and
 * ordered (refs.c).
 */
void refs_resolve(struct model *m, const struct role_refs *roles,
		  const struct sql_refs *sqlrefs);

/* The placeholders a text may hold. */
struct placeholders {
	const char *const *allowed;   /* NULL-terminated */
	const char *const *elsewhere; /* known, but only with NEEDS (NULL: none) */
	const char *needs;            /* "a daily template (partition: daily)" */
};

/*
 * Check the placeholders of T against P; each one that does not apply is
 * reported at its place, saying what would make it apply or what was
 * expected.  WHAT names the text ("a remote query").  Returns the number
 * of problems.
 */
int placeholders_check(struct model *m, const struct sqltext *t,
		       const struct placeholders *p, const char *what);
/* 1 when T's text holds the placeholder {NAME} (outside comments). */
int sqltext_has_placeholder(const struct sqltext *t, const char *name);


#endif
