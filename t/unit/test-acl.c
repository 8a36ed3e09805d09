/*
 * test-acl: ACLs of any size, grantee names kept as PostgreSQL knows
 * them and quoted only in statements, PUBLIC apart from a role named
 * "PUBLIC", the owner's defaults, and the GRANT / REVOKE (and their undo)
 * that turn one ACL into another.
 */
#include <stdio.h>
#include <string.h>

#include "base/strbuf.h"
#include "sql/acl.h"
#include "tap.h"

static struct strbuf sb = STRBUF_INIT;

/* Statements of BUF (each ended by a NUL byte) as lines, into sb. */
static const char *lines(const struct strbuf *buf)
{
	strbuf_reset(&sb);
	for (size_t i = 0; i < buf->len; i++)
		strbuf_addch(&sb, buf->buf[i] ? buf->buf[i] : '\n');
	return sb.buf;
}

/* Check acl_diff_sql(HAVE -> WANT) on OBJECT against WANT_SQL (lines). */
static void t_diff(const struct acl *have, const struct acl *want, const char *owner,
		   int add_only, const char *want_sql, const char *label)
{
	struct strbuf out = STRBUF_INIT;
	acl_diff_sql(&out, have, want, "TABLE s.v", ACLC_TABLE, owner, add_only);
	is_str(lines(&out), want_sql, label);
	strbuf_release(&out);
}

/* Check acl_undo_sql(HAVE -> WANT) on OBJECT against WANT_SQL (lines). */
static void t_undo(const struct acl *have, const struct acl *want, const char *owner,
		   const char *want_sql, const char *label)
{
	struct strbuf out = STRBUF_INIT;
	acl_undo_sql(&out, have, want, "TABLE s.v", ACLC_TABLE, owner);
	is_str(lines(&out), want_sql, label);
	strbuf_release(&out);
}

/* The number of lines of S that start with PREFIX. */
static unsigned count_prefix(const char *s, const char *prefix)
{
	unsigned n = 0;
	for (const char *p = s; *p; p = strchr(p, '\n') + 1) {
		if (!strncmp(p, prefix, strlen(prefix)))
			n++;
		if (!strchr(p, '\n'))
			break;
	}
	return n;
}

static void test_many_grantees(void)
{
	struct acl have = ACL_INIT, want = ACL_INIT;
	char name[32];
	acl_default(&have, ACLC_TABLE, "owner");
	for (int i = 0; i < 40; i++) {
		snprintf(name, sizeof(name), "reader_%02d", i);
		acl_grant(&have, name, ACL_SELECT, 0);
	}
	is_int(have.n, 41, "40 grantees and the owner: none lost");
	is_str(have.v[40].grantee, "reader_39", "the 40th grantee kept, in its place");
	acl_copy(&want, &have);
	ok(acl_equal(&have, &want), "a copy of 41 entries is equal");
	t_diff(&have, &want, "owner", 0, "", "equal ACLs of 41 entries: no statement");
	/* the state drops three of them */
	acl_default(&want, ACLC_TABLE, "owner");
	for (int i = 0; i < 40; i++) {
		if (i == 5 || i == 20 || i == 39)
			continue;
		snprintf(name, sizeof(name), "reader_%02d", i);
		acl_add(&want, name, ACL_SELECT, 0);
	}
	ok(!acl_equal(&have, &want), "three fewer grantees: not equal");
	struct strbuf out = STRBUF_INIT;
	acl_diff_sql(&out, &have, &want, "TABLE s.v", ACLC_TABLE, "owner", 0);
	const char *got = lines(&out);
	is_int(count_prefix(got, "REVOKE "), 3, "three grantees fewer: three REVOKEs");
	is_int(count_prefix(got, "GRANT "), 0, "and no GRANT");
	is_str(got, "REVOKE SELECT ON TABLE s.v FROM reader_05\n"
		    "REVOKE SELECT ON TABLE s.v FROM reader_20\n"
		    "REVOKE SELECT ON TABLE s.v FROM reader_39\n", "the three REVOKEs, by name");
	strbuf_release(&out);
	/* the ACL grows past any size, and is emptied by acl_release() */
	for (int i = 0; i < 1000; i++) {
		snprintf(name, sizeof(name), "r%d", i);
		acl_grant(&have, name, ACL_SELECT | ACL_INSERT, i % 2);
	}
	is_int(have.n, 1041, "1041 entries");
	acl_release(&have);
	is_int(have.n, 0, "released: empty");
	ok(have.v == NULL && have.alloc == 0, "released: nothing held");
	acl_release(&have);
	is_int(have.n, 0, "released twice: still empty");
	acl_release(&want);
}

static void test_names(void)
{
	struct acl have = ACL_INIT, want = ACL_INIT;
	acl_default(&have, ACLC_TABLE, "owner");
	acl_copy(&want, &have);
	acl_grant(&want, "bi-reader", ACL_SELECT, 0);
	is_str(want.v[1].grantee, "bi-reader", "a name that needs quoting is kept unquoted");
	t_diff(&have, &want, "owner", 0, "GRANT SELECT ON TABLE s.v TO \"bi-reader\"\n",
	       "bi-reader granted: quoted once");
	t_diff(&want, &have, "owner", 0, "REVOKE SELECT ON TABLE s.v FROM \"bi-reader\"\n",
	       "bi-reader revoked: quoted once");
	acl_default(&want, ACLC_TABLE, "owner");
	acl_grant(&want, "say \"hi\"", ACL_SELECT, 0);
	acl_grant(&want, "two words", ACL_UPDATE, 0);
	acl_grant(&want, "Sales", ACL_INSERT, 0);
	t_diff(&have, &want, "owner", 0,
	       "GRANT INSERT ON TABLE s.v TO \"Sales\"\n"
	       "GRANT SELECT ON TABLE s.v TO \"say \"\"hi\"\"\"\n"
	       "GRANT UPDATE ON TABLE s.v TO \"two words\"\n",
	       "quotes doubled, blanks and capitals quoted");
	/* PUBLIC is "" inside; a role named "PUBLIC" is a role */
	acl_default(&want, ACLC_TABLE, "owner");
	acl_add(&want, "PUBLIC", ACL_SELECT, 0);
	is_str(want.v[1].grantee, "", "PUBLIC as the YAML names it is held as \"\"");
	acl_grant(&want, "PUBLIC", ACL_INSERT, 0);
	is_int(want.n, 3, "a role named PUBLIC is another grantee");
	t_diff(&have, &want, "owner", 0,
	       "GRANT SELECT ON TABLE s.v TO PUBLIC\n"
	       "GRANT INSERT ON TABLE s.v TO \"PUBLIC\"\n",
	       "PUBLIC bare, the role PUBLIC quoted");
	/* the owner with a name that needs quoting: left alone, and renamed */
	acl_default(&have, ACLC_TABLE, "wh-owner");
	acl_default(&want, ACLC_TABLE, "wh-owner");
	acl_grant(&want, "bi-reader", ACL_SELECT, 1);
	t_diff(&have, &want, "wh-owner", 0,
	       "GRANT SELECT ON TABLE s.v TO \"bi-reader\" WITH GRANT OPTION\n",
	       "the owner's entry left alone; grant option");
	acl_rename(&want, "wh-owner", "new owner");
	is_str(want.v[2].grantee, "new owner", "rename: the privileges move to the new owner");
	is_int(want.v[2].privs, acl_all(ACLC_TABLE), "rename: all of them");
	is_int(want.v[0].privs, 0, "rename: none left with the old owner");
	acl_release(&have);
	acl_release(&want);
}

static void test_defaults(void)
{
	struct acl a = ACL_INIT, b = ACL_INIT;
	struct strbuf out = STRBUF_INIT;
	acl_default(&a, ACLC_FUNCTION, "owner");
	acl_format(&out, &a);
	is_str(out.buf, "PUBLIC=X,owner=X", "a function's defaults: the owner and PUBLIC's EXECUTE");
	is_str(a.v[0].grantee, "owner", "the owner first");
	is_str(a.v[1].grantee, "", "then PUBLIC");
	strbuf_reset(&out);
	acl_default(&a, ACLC_TABLE, "owner");
	acl_format(&out, &a);
	is_str(out.buf, "owner=rawdDxt", "a table's defaults, what acl_default() held replaced");
	strbuf_reset(&out);
	acl_default(&a, ACLC_SCHEMA, "owner");
	acl_format(&out, &a);
	is_str(out.buf, "owner=UC", "a schema's defaults");
	/* the same grants in another order are equal; an empty entry is no entry */
	acl_default(&a, ACLC_TABLE, "owner");
	acl_grant(&a, "x", ACL_SELECT, 0);
	acl_grant(&a, "y", ACL_INSERT, 1);
	acl_grant(&b, "y", ACL_INSERT, 1);
	acl_grant(&b, "nobody", 0, 0);
	acl_grant(&b, "x", ACL_SELECT, 0);
	acl_grant(&b, "owner", acl_all(ACLC_TABLE), 0);
	ok(acl_equal(&a, &b), "equal whatever the order, empty entries left out");
	acl_grant(&b, "y", ACL_INSERT, 0);
	ok(acl_equal(&a, &b), "granting again what is held changes nothing");
	acl_grant(&b, "x", ACL_SELECT, 1);
	ok(!acl_equal(&a, &b), "a grant option makes them differ");
	is_int(acl_privilege("TEMPORARY"), ACL_TEMPORARY, "aclexplode's TEMPORARY");
	is_int(acl_privilege("MAINTAIN"), 0, "a privilege of a later server: none known");
	is_int(acl_bit_of("ALL", ACLC_SCHEMA), ACL_USAGE | ACL_CREATE, "ALL of a schema");
	is_int(acl_privileges("SELECT,INSERT,SELECT"), ACL_SELECT | ACL_INSERT,
	       "a list of privileges, one named twice (two grantors)");
	is_int(acl_privileges("MAINTAIN,TRUNCATE"), ACL_TRUNCATE, "a list with one unknown");
	is_int(acl_privileges(""), 0, "an empty list");
	is_int(acl_privileges("SELECTED,SELEC"), 0, "no word taken for a longer or shorter one");
	strbuf_release(&out);
	acl_release(&a);
	acl_release(&b);
}

static void test_undo(void)
{
	struct acl have = ACL_INIT, want = ACL_INIT;
	acl_default(&have, ACLC_TABLE, "owner");
	acl_grant(&have, "a-role", ACL_SELECT, 0);
	acl_grant(&have, "b", ACL_SELECT, 0);
	acl_default(&want, ACLC_TABLE, "owner");
	acl_grant(&want, "b", ACL_SELECT, 0);
	acl_grant(&want, "c", ACL_INSERT, 0);
	t_diff(&have, &want, "owner", 0,
	       "REVOKE SELECT ON TABLE s.v FROM \"a-role\"\n"
	       "GRANT INSERT ON TABLE s.v TO c\n", "the forward statements");
	t_diff(&have, &want, "owner", 1, "GRANT INSERT ON TABLE s.v TO c\n", "add only: no REVOKE");
	t_undo(&have, &want, "owner",
	       "REVOKE SELECT ON TABLE s.v FROM b\n"
	       "REVOKE INSERT ON TABLE s.v FROM c\n"
	       "GRANT SELECT ON TABLE s.v TO \"a-role\"\n"
	       "GRANT SELECT ON TABLE s.v TO b\n",
	       "the undo puts every grantee back in its place");
	acl_release(&have);
	acl_release(&want);
}

static void test_revokes(void)
{
	struct acl have = ACL_INIT, want = ACL_INIT;
	struct strbuf out = STRBUF_INIT;
	acl_default(&have, ACLC_TABLE, "owner");
	acl_grant(&have, "etl", ACL_SELECT | ACL_INSERT, 1);
	acl_grant(&have, "", ACL_SELECT, 0);   /* PUBLIC */
	acl_default(&want, ACLC_TABLE, "owner");
	acl_grant(&want, "etl", ACL_SELECT, 0);
	is_int((int)acl_revokes(&out, &have, &want, ACLC_TABLE, "owner"), 3, "three things taken away");
	is_str(out.buf, "INSERT from etl; grant option for SELECT from etl; SELECT from PUBLIC",
	       "a grant option taken from a privilege that stays is a revoke too");
	strbuf_release(&out);
	acl_release(&have);
	acl_release(&want);
}

static void test_cascade(void)
{
	struct acl have = ACL_INIT, want = ACL_INIT;
	acl_default(&have, ACLC_TABLE, "owner");
	acl_grant(&have, "lead", ACL_SELECT, 1);
	acl_grant(&have, "member", ACL_SELECT, 0);
	acl_default(&want, ACLC_TABLE, "owner");
	acl_grant(&want, "member", ACL_SELECT, 0);
	t_diff(&have, &want, "owner", 0,
	       "REVOKE SELECT ON TABLE s.v FROM lead CASCADE\n"
	       "GRANT SELECT ON TABLE s.v TO member\n",
	       "what a grantee could grant on goes with CASCADE; what others hold is granted again");
	acl_grant(&want, "lead", ACL_SELECT, 0);
	t_diff(&have, &want, "owner", 0,
	       "REVOKE GRANT OPTION FOR SELECT ON TABLE s.v FROM lead CASCADE\n"
	       "GRANT SELECT ON TABLE s.v TO lead\n"
	       "GRANT SELECT ON TABLE s.v TO member\n",
	       "a grant option alone, the same way");
	acl_release(&have);
	acl_release(&want);
}

int main(void)
{
	test_many_grantees();
	test_names();
	test_defaults();
	test_undo();
	test_revokes();
	test_cascade();
	strbuf_release(&sb);
	return done_testing();
}
