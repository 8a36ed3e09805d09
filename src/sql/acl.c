#include "sql/acl.h"
#include <stdio.h>

#include <stdlib.h>
#include <string.h>

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

unsigned acl_bit_of(const char *word, enum acl_class c)
{
	if (!strcmp(word, "ALL"))
		return acl_all(c);
	for (size_t i = 0; i < NPRIVS; i++)
		if (!strcmp(privs[i].word, word))
			return privs[i].bit;
	return 0;
}

static struct acl_entry *find(struct acl *a, const char *grantee)
{
	for (unsigned i = 0; i < a->n; i++)
		if (!strcmp(a->v[i].grantee, grantee))
			return &a->v[i];
	if (a->n == sizeof(a->v) / sizeof(a->v[0])) {
		a->overflow = 1;
		return NULL;
	}
	struct acl_entry *e = &a->v[a->n++];
	memset(e, 0, sizeof(*e));
	snprintf(e->grantee, sizeof(e->grantee), "%s", grantee);
	return e;
}

void acl_add(struct acl *a, const char *grantee, unsigned p, int grant_option)
{
	struct acl_entry *e = find(a, !strcmp(grantee, "PUBLIC") ? "" : grantee);
	if (!e)
		return;
	e->privs |= p;
	if (grant_option)
		e->grant_opts |= p;
}

void acl_default(struct acl *a, enum acl_class c, const char *owner)
{
	memset(a, 0, sizeof(*a));
	acl_add(a, owner, acl_all(c), 0);
	if (c == ACLC_FUNCTION)
		acl_add(a, "PUBLIC", ACL_EXECUTE, 0);
}

/* Read one role name of an aclitem (maybe "quoted") up to STOP. */
static const char *read_name(const char *p, char stop, char *out, size_t len)
{
	size_t n = 0;
	if (*p == '"') {
		p++;
		while (*p && !(*p == '"' && p[1] != '"')) {
			if (*p == '"')
				p++;
			if (n + 1 < len)
				out[n++] = *p;
			p++;
		}
		if (*p == '"')
			p++;
	} else {
		while (*p && *p != stop && *p != ',' && *p != '}') {
			if (n + 1 < len)
				out[n++] = *p;
			p++;
		}
	}
	out[n] = '\0';
	return p;
}

int acl_parse(struct acl *a, const char *text, enum acl_class c, const char *owner)
{
	const char *p = text;
	if (!text) {
		acl_default(a, c, owner);
		return 0;
	}
	memset(a, 0, sizeof(*a));
	if (*p != '{')
		return -1;
	p++;
	while (*p && *p != '}') {
		char name[72], grantor[72];
		int quoted_item = *p == '"';
		if (quoted_item)
			p++; /* the whole item may be quoted when it holds special characters */
		p = read_name(p, '=', name, sizeof(name));
		if (*p != '=')
			return -1;
		p++;
		struct acl_entry *e = find(a, name);
		while (*p && *p != '/') {
			size_t k;
			for (k = 0; k < NPRIVS && privs[k].letter != *p; k++)
				;
			if (k < NPRIVS && e) {
				e->privs |= privs[k].bit;
				if (p[1] == '*') {
					e->grant_opts |= privs[k].bit;
					p++;
				}
			}
			p++;
		}
		if (*p == '/')
			p = read_name(p + 1, '/', grantor, sizeof(grantor));
		if (quoted_item && *p == '"')
			p++;
		if (*p == ',')
			p++;
	}
	return 0;
}

static int entry_cmp(const void *x, const void *y)
{
	return strcmp(((const struct acl_entry *)x)->grantee, ((const struct acl_entry *)y)->grantee);
}

static void sorted(const struct acl *a, struct acl *out)
{
	*out = *a;
	qsort(out->v, out->n, sizeof(out->v[0]), entry_cmp);
}

void acl_rename(struct acl *a, const char *from, const char *to)
{
	if (!strcmp(from, to))
		return;
	for (unsigned i = 0; i < a->n; i++)
		if (!strcmp(a->v[i].grantee, from)) {
			unsigned p = a->v[i].privs, g = a->v[i].grant_opts;
			a->v[i].privs = a->v[i].grant_opts = 0;
			acl_add(a, to, p, 0);
			if (g)
				acl_add(a, to, g, 1);
		}
}

int acl_equal(const struct acl *a, const struct acl *b)
{
	struct acl x, y;
	unsigned i = 0, j = 0;
	if (a->overflow || b->overflow)
		return 0;
	sorted(a, &x);
	sorted(b, &y);
	for (;;) {
		while (i < x.n && !x.v[i].privs)
			i++;
		while (j < y.n && !y.v[j].privs)
			j++;
		if (i == x.n || j == y.n)
			return i == x.n && j == y.n;
		if (strcmp(x.v[i].grantee, y.v[j].grantee) || x.v[i].privs != y.v[j].privs ||
		    x.v[i].grant_opts != y.v[j].grant_opts)
			return 0;
		i++;
		j++;
	}
}

void acl_format(struct strbuf *out, const struct acl *a)
{
	struct acl x;
	int first = 1;
	sorted(a, &x);
	for (unsigned i = 0; i < x.n; i++) {
		if (!x.v[i].privs)
			continue;
		strbuf_addf(out, "%s%s=", first ? "" : ",", x.v[i].grantee[0] ? x.v[i].grantee : "PUBLIC");
		first = 0;
		for (size_t k = 0; k < NPRIVS; k++)
			if (x.v[i].privs & privs[k].bit) {
				strbuf_addch(out, privs[k].letter);
				if (x.v[i].grant_opts & privs[k].bit)
					strbuf_addch(out, '*');
			}
	}
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

static unsigned entry_privs(const struct acl *a, const char *g, unsigned *opts)
{
	for (unsigned i = 0; i < a->n; i++)
		if (!strcmp(a->v[i].grantee, g)) {
			*opts = a->v[i].grant_opts;
			return a->v[i].privs;
		}
	*opts = 0;
	return 0;
}

/* Statements for one grantee G. */
static void grantee_diff(struct strbuf *out, const struct acl *have, const struct acl *want,
			 const char *g, const char *object, enum acl_class c, int add_only)
{
	unsigned hopt, wopt;
	unsigned h = entry_privs(have, g, &hopt), w = entry_privs(want, g, &wopt);
	unsigned revoke = h & ~w, grant = w & ~h;
	unsigned revoke_opt = hopt & ~wopt & w, grant_opt = wopt & ~hopt;
	if (!add_only && revoke) {
		strbuf_addstr(out, "REVOKE ");
		priv_list(out, revoke, c);
		strbuf_addf(out, " ON %s FROM ", object);
		grantee_sql(out, g);
		sql_end(out);
	}
	if (!add_only && revoke_opt) {
		strbuf_addstr(out, "REVOKE GRANT OPTION FOR ");
		priv_list(out, revoke_opt, c);
		strbuf_addf(out, " ON %s FROM ", object);
		grantee_sql(out, g);
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
}

void acl_diff_sql(struct strbuf *out, const struct acl *have, const struct acl *want,
		  const char *object, enum acl_class c, const char *owner, int add_only)
{
	struct acl names;
	memset(&names, 0, sizeof(names));
	for (unsigned i = 0; i < have->n; i++)
		find(&names, have->v[i].grantee);
	for (unsigned i = 0; i < want->n; i++)
		find(&names, want->v[i].grantee);
	qsort(names.v, names.n, sizeof(names.v[0]), entry_cmp);
	for (unsigned i = 0; i < names.n; i++) {
		if (owner && !strcmp(names.v[i].grantee, owner))
			continue;
		grantee_diff(out, have, want, names.v[i].grantee, object, c, add_only);
	}
}

/*
 * The ACL PostgreSQL holds after acl_diff_sql(HAVE -> WANT) ran: HAVE's
 * entries in their order, changed in place, emptied ones gone, grantees
 * new to it appended in the order they were granted (sorted by name).
 */
static void acl_after(const struct acl *have, const struct acl *want, const char *owner, struct acl *out)
{
	struct acl names;
	memset(out, 0, sizeof(*out));
	memset(&names, 0, sizeof(names));
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
		if (e) {
			e->privs = p;
			e->grant_opts = o;
		}
	}
	for (unsigned i = 0; i < want->n; i++)
		find(&names, want->v[i].grantee);
	qsort(names.v, names.n, sizeof(names.v[0]), entry_cmp);
	for (unsigned i = 0; i < names.n; i++) {
		const char *g = names.v[i].grantee;
		unsigned o, ho, p = entry_privs(want, g, &o);
		if ((owner && !strcmp(g, owner)) || !p || entry_privs(have, g, &ho))
			continue;
		struct acl_entry *e = find(out, g);
		if (e) {
			e->privs = p;
			e->grant_opts = o;
		}
	}
}

void acl_undo_sql(struct strbuf *out, const struct acl *have, const struct acl *want,
		  const char *object, enum acl_class c, const char *owner)
{
	struct acl now, none;
	unsigned k = 0;
	acl_after(have, want, owner, &now);
	memset(&none, 0, sizeof(none));
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
		if (!gone)
			continue;
		strbuf_addstr(out, n++ ? "; " : "");
		priv_list(out, gone, c);
		strbuf_addf(out, " from %s", g[0] ? g : "PUBLIC");
	}
	return n;
}
