/*
 * acl: privileges as PostgreSQL holds them (one entry per grantee, read
 * through aclexplode() by the catalog) and as the YAML declares them, in
 * one shape, so they can be compared and the difference written as GRANT
 * and REVOKE statements.
 *
 * A struct acl owns its memory and has no limit on its entries: start it
 * as ACL_INIT, end it with acl_release().  Grantee names are kept as
 * PostgreSQL knows them, unquoted; the statements quote them.
 */
#ifndef PGFORM_ACL_H
#define PGFORM_ACL_H

#include "base/strbuf.h"

/* Privilege bits, one per aclitem letter. */
enum acl_bit {
	ACL_SELECT = 1 << 0,     /* r */
	ACL_INSERT = 1 << 1,     /* a */
	ACL_UPDATE = 1 << 2,     /* w */
	ACL_DELETE = 1 << 3,     /* d */
	ACL_TRUNCATE = 1 << 4,   /* D */
	ACL_REFERENCES = 1 << 5, /* x */
	ACL_TRIGGER = 1 << 6,    /* t */
	ACL_EXECUTE = 1 << 7,    /* X */
	ACL_USAGE = 1 << 8,      /* U */
	ACL_CREATE = 1 << 9,     /* C */
	ACL_CONNECT = 1 << 10,   /* c */
	ACL_TEMPORARY = 1 << 11, /* T */
};

/* Object classes: which privileges exist and what the owner gets by default. */
enum acl_class { ACLC_TABLE, ACLC_SCHEMA, ACLC_FUNCTION, ACLC_SERVER };

struct acl_entry {
	char *grantee;          /* the role's name as PostgreSQL knows it; "" for PUBLIC */
	unsigned privs;
	unsigned grant_opts;
};

/* Entries in the order PostgreSQL keeps them, one per grantee. */
struct acl {
	struct acl_entry *v;
	unsigned n, alloc;
};

#define ACL_INIT { NULL, 0, 0 }

/* Every privilege of the class (what ALL means). */
unsigned acl_all(enum acl_class c);
/* Free what A holds; A is empty (ACL_INIT) again. */
void acl_release(struct acl *a);
/* DST (initialised) becomes a copy of SRC. */
void acl_copy(struct acl *dst, const struct acl *src);
/*
 * A (initialised) becomes the ACL an object has when its aclitem[] is
 * NULL: the owner's defaults (the owner first, then PUBLIC's EXECUTE on
 * functions).
 */
void acl_default(struct acl *a, enum acl_class c, const char *owner);
/* Add privileges for GRANTEE as the YAML names it: "PUBLIC" or a role. */
void acl_add(struct acl *a, const char *grantee, unsigned privs, int grant_option);
/*
 * Add privileges for GRANTEE as PostgreSQL holds it: "" for PUBLIC, else
 * a role's name ("PUBLIC" is then a role of that name).
 */
void acl_grant(struct acl *a, const char *grantee, unsigned privs, int grant_option);
/*
 * Privilege bit of one upper-case keyword ("SELECT", as aclexplode()
 * names it in privilege_type); 0 for one it does not know (MAINTAIN of
 * later servers).
 */
unsigned acl_privilege(const char *word);
/*
 * Privilege bits of upper-case keywords joined by commas ("SELECT,INSERT";
 * "" none), each as acl_privilege() reads it.
 */
unsigned acl_privileges(const char *list);
/* Privilege bits of an upper-case keyword: acl_privilege(), and ALL gives acl_all(). */
unsigned acl_bit_of(const char *word, enum acl_class c);
/* What FROM holds is held by TO (ALTER ... OWNER TO moves the owner's privileges). */
void acl_rename(struct acl *a, const char *from, const char *to);
/* 1 when both grant the same privileges to the same grantees. */
int acl_equal(const struct acl *a, const struct acl *b);
/*
 * Append the GRANT / REVOKE statements (each ended by sql_end()) that turn HAVE
 * into WANT on OBJECT (already quoted, e.g. "TABLE s.t"), leaving OWNER's
 * own entry alone.  ADD_ONLY: grant what is missing, revoke nothing.
 */
void acl_diff_sql(struct strbuf *out, const struct acl *have, const struct acl *want,
		  const char *object, enum acl_class c, const char *owner, int add_only);
/*
 * The undo of acl_diff_sql(HAVE -> WANT): statements that bring the ACL
 * back to exactly HAVE, the order of its entries too (PostgreSQL appends
 * a new grantee at the end, so a grantee revoked and granted again would
 * move): from the first grantee out of place on, each is revoked and
 * granted again in HAVE's order.
 */
void acl_undo_sql(struct strbuf *out, const struct acl *have, const struct acl *want,
		  const char *object, enum acl_class c, const char *owner);
/*
 * What HAVE grants that WANT does not, for people: "SELECT from bi;
 * USAGE from PUBLIC; grant option for SELECT from etl" appended to OUT
 * (OWNER's own entry left out).
 * Returns how many things it appended (0: nothing is taken away).
 */
unsigned acl_revokes(struct strbuf *out, const struct acl *have, const struct acl *want, enum acl_class c,
		     const char *owner);
/* The ACL as canonical text (for hashes and messages): "role=privs*,..." sorted. */
void acl_format(struct strbuf *out, const struct acl *a);

/*
 * PostgreSQL 15's predefined roles (pg_monitor, pg_read_all_data,
 * pg_signal_backend, ...), NULL-terminated: they exist in every cluster.
 */
extern const char *const acl_predefined_roles[];
/* 1 when NAME is one of acl_predefined_roles. */
int acl_predefined_role(const char *name);

#endif
