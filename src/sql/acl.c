/*
 * acl.c: see acl.h.  ACLs are small (a handful of grantees), so entries
 * are found by a linear search; they are sorted by name only where the
 * order of statements or a comparison needs it.
 */
#include "sql/acl.h"

#include <stdlib.h>
#include <string.h>

#include "base/usage.h"
#include "sql/quote.h"

static const struct {
	char letter;
	unsigned bit;
	const char *word;
} privs[] = {
	{ 'r', ACL_SELECT, "SELECT" }, { 'a', ACL_INSERT, "INSERT" },
	{ 'w', ACL_UPDATE, "UPDATE" }, { 'd', ACL_DELETE, "DELETE" },
	{ 'D', ACL_TRUNCATE, "TRUNCATE" }, { 'x', ACL_REFERENCES, "REFERENCES" },
	{ 't', ACL_TRIGGER, "TRIGGER" }, { 'X', ACL_EXECUTE, "EXECUTE" },
	{ 'U', ACL_USAGE, "USAGE" }, { 'C', ACL_CREATE, "CREATE" },
	{ 'c', ACL_CONNECT, "CONNECT" }, { 'T', ACL_TEMPORARY, "TEMPORARY" },
};
#define NPRIVS (sizeof(privs) / sizeof(privs[0]))

unsigned acl_all(enum acl_class c)
{
	switch (c) {
	case ACLC_TABLE:
		return ACL_SELECT | ACL_INSERT | ACL_UPDATE | ACL_DELETE | ACL_TRUNCATE |
		       ACL_REFERENCES | ACL_TRIGGER;
	case ACLC_SCHEMA:
		return ACL_USAGE | ACL_CREATE;
	case ACLC_FUNCTION:
		return ACL_EXECUTE;
	case ACLC_SERVER:
		return ACL_USAGE;
	}
	return 0;
}

unsigned acl_privilege(const char *word)
{
	for (size_t i = 0; i < NPRIVS; i++)
		if (!strcmp(privs[i].word, word))
			return privs[i].bit;
	return 0;
}

unsigned acl_privileges(const char *list)
{
	unsigned bits = 0;
	while (*list) {
		size_t n = strcspn(list, ",");
		for (size_t i = 0; i < NPRIVS; i++)
			if (strlen(privs[i].word) == n && !strncmp(privs[i].word, list, n))
				bits |= privs[i].bit;
		list += n;
		if (*list == ',')
			list++;
	}
	return bits;
}

unsigned acl_bit_of(const char *word, enum acl_class c)
{
	if (!strcmp(word, "ALL"))
		return acl_all(c);
	return acl_privilege(word);
}

void acl_release(struct acl *a)
{
	for (unsigned i = 0; i < a->n; i++)
		free(a->v[i].grantee);
	free(a->v);
	a->v = NULL;
	a->n = a->alloc = 0;
}

/* A's entry for GRANTEE (as held: "" for PUBLIC), or NULL. */
static const struct acl_entry *lookup(const struct acl *a, const char *grantee)
{
	for (unsigned i = 0; i < a->n; i++)
		if (!strcmp(a->v[i].grantee, grantee))
			return &a->v[i];
	return NULL;
}

/* A's entry for GRANTEE, appended without privileges when A has none. */
static struct acl_entry *find(struct acl *a, const char *grantee)
{
	const struct acl_entry *e = lookup(a, grantee);
	if (e)
		return (struct acl_entry *)e;
	ALLOC_GROW(a->v, a->n + 1, a->alloc);
	struct acl_entry *n = &a->v[a->n++];
	n->grantee = xstrdup(grantee);
	n->privs = n->grant_opts = 0;
	return n;
}

void acl_copy(struct acl *dst, const struct acl *src)
{
	acl_release(dst);
	if (!src->n)
		return;
	dst->v = xmalloc(src->n * sizeof(*dst->v));
	dst->alloc = dst->n = src->n;
	for (unsigned i = 0; i < src->n; i++) {
		dst->v[i] = src->v[i];
		dst->v[i].grantee = xstrdup(src->v[i].grantee);
	}
}

void acl_grant(struct acl *a, const char *grantee, unsigned p, int grant_option)
{
	struct acl_entry *e = find(a, grantee);
	e->privs |= p;
	if (grant_option)
		e->grant_opts |= p;
}

void acl_add(struct acl *a, const char *grantee, unsigned p, int grant_option)
{
	acl_grant(a, !strcmp(grantee, "PUBLIC") ? "" : grantee, p, grant_option);
}

void acl_default(struct acl *a, enum acl_class c, const char *owner)
{
	acl_release(a);
	acl_grant(a, owner, acl_all(c), 0);
	if (c == ACLC_FUNCTION)
		acl_grant(a, "", ACL_EXECUTE, 0);
}

static int entry_cmp(const void *x, const void *y)
{
	return strcmp((*(const struct acl_entry *const *)x)->grantee,
		      (*(const struct acl_entry *const *)y)->grantee);
}

/* A's entries by grantee name, in an array the caller frees. */
static const struct acl_entry **sorted(const struct acl *a)
{
	const struct acl_entry **v = xmalloc((a->n + 1) * sizeof(*v));
	for (unsigned i = 0; i < a->n; i++)
		v[i] = &a->v[i];
	qsort(v, a->n, sizeof(*v), entry_cmp);
	return v;
}

void acl_rename(struct acl *a, const char *from, const char *to)
{
	if (!strcmp(from, to))
		return;
	for (unsigned i = 0; i < a->n; i++)
		if (!strcmp(a->v[i].grantee, from)) {
			unsigned p = a->v[i].privs, g = a->v[i].grant_opts;
			a->v[i].privs = a->v[i].grant_opts = 0;
			acl_grant(a, to, p, 0);
			if (g)
				acl_grant(a, to, g, 1);
		}
}

int acl_equal(const struct acl *a, const struct acl *b)
{
	const struct acl_entry **x = sorted(a), **y = sorted(b);
	unsigned i = 0, j = 0;
	int same;
	for (;;) {
		while (i < a->n && !x[i]->privs)
			i++;
		while (j < b->n && !y[j]->privs)
			j++;
		if (i == a->n || j == b->n) {
			same = i == a->n && j == b->n;
			break;
		}
		if (strcmp(x[i]->grantee, y[j]->grantee) || x[i]->privs != y[j]->privs ||
		    x[i]->grant_opts != y[j]->grant_opts) {
			same = 0;
			break;
		}
		i++;
		j++;
	}
	free(x);
	free(y);
	return same;
}

void acl_format(struct strbuf *out, const struct acl *a)
{
	const struct acl_entry **x = sorted(a);
	int first = 1;
	for (unsigned i = 0; i < a->n; i++) {
		if (!x[i]->privs)
			continue;
		strbuf_addf(out, "%s%s=", first ? "" : ",", x[i]->grantee[0] ? x[i]->grantee : "PUBLIC");
		first = 0;
		for (size_t k = 0; k < NPRIVS; k++)
			if (x[i]->privs & privs[k].bit) {
				strbuf_addch(out, privs[k].letter);
				if (x[i]->grant_opts & privs[k].bit)
					strbuf_addch(out, '*');
			}
	}
	free(x);
}

static void priv_list(struct strbuf *out, unsigned bits, enum acl_class c)
{
	int first = 1;
	if (bits == acl_all(c) && (bits & (bits - 1))) {
		strbuf_addstr(out, "ALL");
		return;
	}
	for (size_t k = 0; k < NPRIVS; k++)
		if (bits & privs[k].bit) {
			strbuf_addf(out, "%s%s", first ? "" : ", ", privs[k].word);
			first = 0;
		}
}

static void grantee_sql(struct strbuf *out, const char *g)
{
	if (!g[0])
		strbuf_addstr(out, "PUBLIC");
	else
		quote_ident(out, g);
}

/* Privileges A holds for G ("" for PUBLIC), its grant options in *OPTS. */
static unsigned entry_privs(const struct acl *a, const char *g, unsigned *opts)
{
	const struct acl_entry *e = lookup(a, g);
	*opts = e ? e->grant_opts : 0;
	return e ? e->privs : 0;
}

/* Statements for one grantee G. */
static int grantee_diff(struct strbuf *out, const struct acl *have, const struct acl *want,
			 const char *g, const char *object, enum acl_class c, int add_only)
{
	unsigned hopt, wopt;
	unsigned h = entry_privs(have, g, &hopt), w = entry_privs(want, g, &wopt);
	unsigned revoke = h & ~w, grant = w & ~h;
	unsigned revoke_opt = hopt & ~wopt & w, grant_opt = wopt & ~hopt;
	/*
	 * What G could grant on is revoked with CASCADE: the grants G made
	 * with it would otherwise stop the REVOKE (dependent privileges exist).
	 */
	int cascade = 0;
	if (!add_only && revoke) {
		strbuf_addstr(out, "REVOKE ");
		priv_list(out, revoke, c);
		strbuf_addf(out, " ON %s FROM ", object);
		grantee_sql(out, g);
		if (hopt & revoke) {
			strbuf_addstr(out, " CASCADE");
			cascade = 1;
		}
		sql_end(out);
	}
	if (!add_only && revoke_opt) {
		strbuf_addstr(out, "REVOKE GRANT OPTION FOR ");
		priv_list(out, revoke_opt, c);
		strbuf_addf(out, " ON %s FROM ", object);
		grantee_sql(out, g);
		strbuf_addstr(out, " CASCADE");
		cascade = 1;
		sql_end(out);
	}
	if (grant & ~grant_opt) {
		strbuf_addstr(out, "GRANT ");
		priv_list(out, grant & ~grant_opt, c);
		strbuf_addf(out, " ON %s TO ", object);
		grantee_sql(out, g);
		sql_end(out);
	}
	if (grant_opt) {
		strbuf_addstr(out, "GRANT ");
		priv_list(out, grant_opt, c);
		strbuf_addf(out, " ON %s TO ", object);
		grantee_sql(out, g);
		strbuf_addstr(out, " WITH GRANT OPTION");
		sql_end(out);
	}
	return cascade;
}

static int name_cmp(const void *x, const void *y)
{
	return strcmp(*(const char *const *)x, *(const char *const *)y);
}

/*
 * The grantees of A and of B (NULL: none), each once, sorted by name, in
 * an array the caller frees; their number in *N.
 */
static const char **grantee_names(const struct acl *a, const struct acl *b, unsigned *n)
{
	unsigned na = a->n, nb = b ? b->n : 0, k = 0;
	const char **v = xmalloc((na + nb + 1) * sizeof(*v));
	for (unsigned i = 0; i < na; i++)
		v[k++] = a->v[i].grantee;
	for (unsigned i = 0; i < nb; i++)
		v[k++] = b->v[i].grantee;
	qsort(v, k, sizeof(*v), name_cmp);
	*n = 0;
	for (unsigned i = 0; i < k; i++)
		if (!*n || strcmp(v[*n - 1], v[i]))
			v[(*n)++] = v[i];
	return v;
}

void acl_diff_sql(struct strbuf *out, const struct acl *have, const struct acl *want,
		  const char *object, enum acl_class c, const char *owner, int add_only)
{
	unsigned n;
	int cascade = 0;
	struct acl none = ACL_INIT;
	const char **names = grantee_names(have, want, &n);
	for (unsigned i = 0; i < n; i++) {
		if (owner && !strcmp(names[i], owner))
			continue;
		cascade |= grantee_diff(out, have, want, names[i], object, c, add_only);
	}
	/*
	 * A CASCADE may have taken what others were granted by that grantee,
	 * which the ACL (one entry per grantee) cannot tell apart from what
	 * the owner granted: what they should hold is granted again.
	 */
	for (unsigned i = 0; cascade && i < n; i++) {
		unsigned hopt, wopt;
		if ((owner && !strcmp(names[i], owner)) || !entry_privs(have, names[i], &hopt) ||
		    !entry_privs(want, names[i], &wopt))
			continue;
		grantee_diff(out, &none, want, names[i], object, c, 1);
	}
	free(names);
}

/*
 * The ACL PostgreSQL holds after acl_diff_sql(HAVE -> WANT) ran: HAVE's
 * entries in their order, changed in place, emptied ones gone, grantees
 * new to it appended in the order they were granted (sorted by name).
 * OUT is initialised; its content is replaced.
 */
static void acl_after(const struct acl *have, const struct acl *want, const char *owner, struct acl *out)
{
	acl_release(out);
	for (unsigned i = 0; i < have->n; i++) {
		const char *g = have->v[i].grantee;
		unsigned p, o;
		if (owner && !strcmp(g, owner)) {
			p = have->v[i].privs;   /* the owner's own entry is left alone */
			o = have->v[i].grant_opts;
		} else {
			p = entry_privs(want, g, &o);
		}
		if (!p)
			continue;
		struct acl_entry *e = find(out, g);
		e->privs = p;
		e->grant_opts = o;
	}
	unsigned n;
	const char **names = grantee_names(want, NULL, &n);
	for (unsigned i = 0; i < n; i++) {
		const char *g = names[i];
		unsigned o, ho, p = entry_privs(want, g, &o);
		if ((owner && !strcmp(g, owner)) || !p || entry_privs(have, g, &ho))
			continue;
		struct acl_entry *e = find(out, g);
		e->privs = p;
		e->grant_opts = o;
	}
	free(names);
}

void acl_undo_sql(struct strbuf *out, const struct acl *have, const struct acl *want,
		  const char *object, enum acl_class c, const char *owner)
{
	struct acl now = ACL_INIT, none = ACL_INIT;
	unsigned k = 0;
	acl_after(have, want, owner, &now);
	/* the grantees in the same places as before: put back in place */
	while (k < now.n && k < have->n && !strcmp(now.v[k].grantee, have->v[k].grantee))
		k++;
	for (unsigned i = 0; i < k; i++)
		if (!owner || strcmp(have->v[i].grantee, owner))
			grantee_diff(out, &now, have, have->v[i].grantee, object, c, 0);
	/* from the first grantee out of place on: each revoked, then granted again in order */
	for (unsigned i = k; i < now.n; i++)
		if (!owner || strcmp(now.v[i].grantee, owner))
			grantee_diff(out, &now, &none, now.v[i].grantee, object, c, 0);
	for (unsigned i = k; i < have->n; i++)
		if (!owner || strcmp(have->v[i].grantee, owner))
			grantee_diff(out, &none, have, have->v[i].grantee, object, c, 0);
	acl_release(&now);
}

const char *const acl_predefined_roles[] = {
	"pg_checkpoint", "pg_database_owner", "pg_execute_server_program",
	"pg_monitor", "pg_read_all_data", "pg_read_all_settings",
	"pg_read_all_stats", "pg_read_server_files", "pg_signal_backend",
	"pg_stat_scan_tables", "pg_write_all_data", "pg_write_server_files", NULL,
};

int acl_predefined_role(const char *name)
{
	for (const char *const *r = acl_predefined_roles; *r; r++)
		if (!strcmp(*r, name))
			return 1;
	return 0;
}

unsigned acl_revokes(struct strbuf *out, const struct acl *have, const struct acl *want, enum acl_class c,
		     const char *owner)
{
	unsigned n = 0;
	for (unsigned i = 0; i < have->n; i++) {
		const char *g = have->v[i].grantee;
		unsigned wopt, gone;
		if (owner && !strcmp(g, owner))
			continue;
		gone = have->v[i].privs & ~entry_privs(want, g, &wopt);
		/* a grant option taken from a privilege that stays */
		unsigned opts = have->v[i].grant_opts & ~wopt & ~gone;
		if (gone) {
			strbuf_addstr(out, n++ ? "; " : "");
			priv_list(out, gone, c);
			strbuf_addstr(out, " from ");
			if (g[0])
				quote_ident(out, g);
			else
				strbuf_addstr(out, "PUBLIC");
		}
		if (opts) {
			strbuf_addstr(out, n++ ? "; grant option for " : "grant option for ");
			priv_list(out, opts, c);
			strbuf_addstr(out, " from ");
			quote_ident(out, g);    /* PUBLIC holds no grant option */
		}
	}
	return n;
}
