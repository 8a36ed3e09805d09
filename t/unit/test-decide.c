/*
 * test-decide: the deciders, without a cluster.  Each kind has a table
 * of cases: the desired and live objects (or the facts) and what the
 * decision must say, written as one line (see describe()).
 */
#include <stdio.h>
#include <string.h>

#include "diff/decide.h"
#include "base/strbuf.h"
#include "tap.h"

static const char *act_name(enum decide_act a)
{
	static const char *const names[] = { "none", "create", "alter", "replace", "rebuild",
					     "recreate", "drop", "skip", "error" };
	return names[a];
}

/* "ACT [changes=a,b] [hazards=x,y] [reason=R] [irreversible=W] [msg=M]" */
static void describe(const struct decision *d, struct strbuf *out)
{
	static const char *const ch[] = { "attrs", "members", "comment", "owner", "acl", "version",
					  "schema", "options", "user", "pw_add", "pw_set", "pw_drop", "cron" };
	static const struct { unsigned bit; const char *name; } hz[] = {
		{ HAZARD_DROPS_DATA, "drops_data" }, { HAZARD_EXCLUSIVE_LOCK, "lock" },
		{ HAZARD_IRREVERSIBLE, "irreversible" }, { HAZARD_REBUILDS_ROWS, "rebuilds_rows" },
	};
	strbuf_addstr(out, act_name(d->act));
	if (d->changes) {
		const char *sep = " changes=";
		for (unsigned i = 0; i < sizeof(ch) / sizeof(ch[0]); i++)
			if (d->changes & (1u << i)) {
				strbuf_addf(out, "%s%s", sep, ch[i]);
				sep = ",";
			}
	}
	if (d->hazards) {
		const char *sep = " hazards=";
		for (unsigned i = 0; i < sizeof(hz) / sizeof(hz[0]); i++)
			if (d->hazards & hz[i].bit) {
				strbuf_addf(out, "%s%s", sep, hz[i].name);
				sep = ",";
			}
	}
	if (d->reason)
		strbuf_addf(out, " reason=%s", d->reason);
	if (d->irreversible)
		strbuf_addf(out, " irreversible=%s", d->irreversible);
	if (d->msg[0])
		strbuf_addf(out, " msg=%s", d->msg);
}

static void expect(const struct decision *d, const char *want, const char *name)
{
	struct strbuf got = STRBUF_INIT;
	describe(d, &got);
	is_str(got.buf, want, name);
	strbuf_release(&got);
}

/* ---- extensions ---- */

static void test_extension(void)
{
	struct extension want = { .h = { .kind = OBJ_EXTENSION, .name = "pgform_testext" } };
	struct live_extension have = { .h = { .kind = OBJ_EXTENSION, .name = "pgform_testext" },
				       .a = { .version = "0.1.0", .schema = "public" }, .relocatable = 1 };
	struct ext_facts f = { .available = 1, .version_available = 1, .versions = "0.1.0, 0.1.1, 0.2.0",
			       .path_up = 1, .path_back = 1, .database = "wh" };
	struct decision d;

	d = decide_extension(&want, NULL, &f);
	expect(&d, "create", "extension missing: created");
	want.a.version = "0.1.0";
	d = decide_extension(&want, &have, &f);
	expect(&d, "none", "extension at the desired version: nothing");
	want.a.version = NULL;
	d = decide_extension(&want, &have, &f);
	expect(&d, "none", "no version desired: whatever is installed stays");
	want.a.version = "0.1.1";
	d = decide_extension(&want, &have, &f);
	expect(&d, "alter changes=version msg=version 0.1.0 → 0.1.1", "update with a path back: reversible");
	f.path = "0.1.0--0.1.1";
	d = decide_extension(&want, &have, &f);
	expect(&d, "alter changes=version msg=version 0.1.0 → 0.1.1", "a direct update path: both versions");
	want.a.version = "0.2.0";
	f.path = "0.1.0--0.1.1--0.2.0";
	f.path_back = 0;
	d = decide_extension(&want, &have, &f);
	expect(&d, "alter changes=version hazards=irreversible irreversible=the extension has no update path back "
		   "to its current version msg=version 0.1.0 → 0.1.1 → 0.2.0",
	       "update along a path of two scripts, none back: every version on the way, irreversible, said why");
	have.a.version = "0.1.1";
	want.a.version = "0.1.0";
	f.path = "0.1.1--0.1.0";
	f.path_back = 1;
	d = decide_extension(&want, &have, &f);
	expect(&d, "alter changes=version msg=version 0.1.1 → 0.1.0", "a downgrade script: a downgrade, reversible");
	have.a.version = "0.2.0";
	want.a.version = "0.1.1";
	f.path = NULL;
	f.path_up = f.path_back = 0;
	f.reachable = "";
	d = decide_extension(&want, &have, &f);
	expect(&d, "error msg=extension 'pgform_testext' has no update path from version '0.2.0' to '0.1.1' "
		   "(reachable from '0.2.0': none)", "no update path and nothing reachable: an error saying so");
	have.a.version = "0.1.0";
	f.reachable = "0.1.1, 0.2.0";
	want.a.version = "0.1.1";
	d = decide_extension(&want, &have, &f);
	expect(&d, "error msg=extension 'pgform_testext' has no update path from version '0.1.0' to '0.1.1' "
		   "(reachable from '0.1.0': 0.1.1, 0.2.0)", "no update path: an error naming both versions and "
		   "the versions reachable");
	f.version_available = 0;
	want.a.version = "9.9";
	d = decide_extension(&want, &have, &f);
	expect(&d, "error msg=extension 'pgform_testext' version '9.9' is not available on the server "
		   "(available: 0.1.0, 0.1.1, 0.2.0)", "unknown version: an error listing what is available");
	f.available = 0;
	d = decide_extension(&want, NULL, &f);
	expect(&d, "error msg=extension 'pgform_testext' is not installed on the server (no pgform_testext.control); "
		   "install its package first", "no control file: an error saying what to install");
	f.available = 1;
	f.version_available = 1;
	f.path_up = f.path_back = 1;
	want.a.version = NULL;
	want.a.schema = "ext";
	d = decide_extension(&want, &have, &f);
	expect(&d, "alter changes=schema reason=schema", "schema moved");
	have.relocatable = 0;
	d = decide_extension(&want, &have, &f);
	expect(&d, "error msg=extension 'pgform_testext' cannot move from schema 'public' to 'ext': it is not "
		   "relocatable (ALTER EXTENSION ... SET SCHEMA refuses it); declare schema 'public', or drop the "
		   "extension and create it in 'ext' by hand (with what depends on it)",
	       "a non-relocatable extension moved: an error at plan time naming the way out");
	have.relocatable = 1;

	/* libraries that must be preloaded */
	struct extension pss = { .h = { .kind = OBJ_EXTENSION, .name = "pg_stat_statements" } };
	f.preload = "pg_cron";
	d = decide_extension(&pss, NULL, &f);
	expect(&d, "error msg=extension 'pg_stat_statements' needs shared_preload_libraries to include "
		   "'pg_stat_statements' (now: 'pg_cron')", "a library not preloaded: an error naming the setting");
	f.preload = "";
	d = decide_extension(&pss, NULL, &f);
	expect(&d, "error msg=extension 'pg_stat_statements' needs shared_preload_libraries to include "
		   "'pg_stat_statements' (now: '')", "nothing preloaded: the same error, the setting empty");
	f.preload = "pg_cron, \"pg_stat_statements\"";
	d = decide_extension(&pss, NULL, &f);
	expect(&d, "create", "the library preloaded (quoted in the list): created");
	f.preload = "$libdir/pg_stat_statements.so";
	d = decide_extension(&pss, NULL, &f);
	expect(&d, "create", "the library preloaded by path: created");
	f.preload = NULL;
	d = decide_extension(&pss, NULL, &f);
	expect(&d, "create", "shared_preload_libraries unreadable: not checked, created");
	f.preload = "pg_cron";
	struct live_extension pss_have = { .h = { .kind = OBJ_EXTENSION, .name = "pg_stat_statements" },
					   .a = { .version = "1.9", .schema = "public" }, .relocatable = 1 };
	d = decide_extension(&pss, &pss_have, &f);
	expect(&d, "none", "installed already, no version desired: left alone although not preloaded");
	f.preload = "pg_cron";
	d = decide_extension(&want, NULL, &f);
	expect(&d, "create", "an extension that needs no preloading: created whatever is preloaded");
	ok(decide_preload_has("a,b , c", "b") && !decide_preload_has("ab", "b") && !decide_preload_has("", "b"),
	   "shared_preload_libraries is read as a list of names");
	f.preload = NULL;

	struct extension cron = { .h = { .kind = OBJ_EXTENSION, .name = "pg_cron" } };
	f.cron_database = "postgres";
	d = decide_extension(&cron, NULL, &f);
	expect(&d, "error msg=extension 'pg_cron' can only be created in database 'postgres' (cron.database_name), "
		   "not in 'wh'", "pg_cron outside cron.database_name: an error");
	f.database = "postgres";
	d = decide_extension(&cron, NULL, &f);
	expect(&d, "create", "pg_cron in cron.database_name: created");
}

/* ---- roles ---- */

static void test_role(void)
{
	static const char *reader[] = { "reader" }, *writer[] = { "writer" };
	struct role want = { .h = { .kind = OBJ_ROLE, .name = "bi" },
			     .a = { .login = -1, .superuser = -1, .createdb = -1, .createrole = -1,
				    .inherit = -1, .connection_limit = -2 },
			     .managed = 1 };
	struct live_role have = { .h = { .kind = OBJ_ROLE, .name = "bi" },
				  .a = { .login = 1, .inherit = 1, .connection_limit = -1 } };
	struct decision d;

	d = decide_role(&want, NULL);
	expect(&d, "create", "role missing: created");
	d = decide_role(&want, &have);
	expect(&d, "none", "nothing declared beyond the name: nothing");
	want.a.login = 1;
	d = decide_role(&want, &have);
	expect(&d, "none", "LOGIN as it is: nothing");
	want.a.login = 0;
	want.a.connection_limit = 5;
	d = decide_role(&want, &have);
	expect(&d, "alter changes=attrs reason=attributes", "attributes changed");
	want.a.login = -1;
	want.a.connection_limit = -2;
	want.a.member_of = reader;
	want.a.nmember_of = 1;
	d = decide_role(&want, &have);
	expect(&d, "alter changes=members reason=attributes", "a membership added");
	have.a.member_of = writer;
	have.a.nmember_of = 1;
	want.a.nmember_of = 0;
	d = decide_role(&want, &have);
	expect(&d, "alter changes=members reason=attributes", "a membership taken away");
	want.a.member_of = writer;
	want.a.nmember_of = 1;
	have.a.admin_of = writer;
	have.a.nadmin_of = 1;
	d = decide_role(&want, &have);
	expect(&d, "alter changes=members reason=attributes", "a membership's ADMIN OPTION taken away");
	have.a.nadmin_of = 0;
	d = decide_role(&want, &have);
	expect(&d, "none", "the same membership: nothing");
	want.a.nmember_of = 0;
	have.a.nmember_of = 0;
	want.comment = "BI tools";
	d = decide_role(&want, &have);
	expect(&d, "alter changes=comment reason=attributes", "a comment set");
	have.comment = "BI tools";
	d = decide_role(&want, &have);
	expect(&d, "none", "the same comment: nothing");
	want.managed = 0;
	d = decide_role(&want, NULL);
	expect(&d, "error msg=role 'bi' is declared managed: false but does not exist in the database",
	       "an unmanaged role that does not exist: an error");
	want.comment = "other";
	d = decide_role(&want, &have);
	expect(&d, "none", "an unmanaged role is never changed");
}

/* ---- schemas, servers, user mappings ---- */

static void test_schema_server_mapping(void)
{
	struct schema want = { .h = { .kind = OBJ_SCHEMA, .name = "app" } };
	struct live_schema have = { .h = { .kind = OBJ_SCHEMA, .name = "app" }, .owner = "wh" };
	struct decision d;

	d = decide_schema(&want, NULL, "wh", 1);
	expect(&d, "create", "schema missing: created");
	d = decide_schema(&want, &have, "wh", 1);
	expect(&d, "none", "schema as desired: nothing");
	d = decide_schema(&want, &have, "app_owner", 0);
	expect(&d, "alter changes=owner,acl reason=owner, privileges or comment", "owner and grants changed");
	want.comment = "the app";
	d = decide_schema(&want, &have, "wh", 1);
	expect(&d, "alter changes=comment reason=owner, privileges or comment", "comment set");

	struct live_server srv = { .h = { .kind = OBJ_SERVER, .name = "pgform_a" } };
	d = decide_server(NULL, 1);
	expect(&d, "create", "server missing: created");
	d = decide_server(&srv, 1);
	expect(&d, "none", "server options as desired: nothing");
	d = decide_server(&srv, 0);
	expect(&d, "alter changes=options reason=connection options", "server options changed");

	struct live_mapping um = { .h = { .kind = OBJ_USER_MAPPING, .name = "wh" }, .has_password = 1 };
	d = decide_mapping(NULL, 0, 1, 0);
	expect(&d, "create", "mapping missing: created");
	d = decide_mapping(&um, 1, 1, 0);
	expect(&d, "none", "mapping as desired: nothing");
	d = decide_mapping(&um, 1, 1, 1);
	expect(&d, "alter changes=pw_set hazards=irreversible reason=user or password option "
		   "irreversible=the mapping's password changes, and its old password is never read",
	       "a changed password: set, irreversible");
	d = decide_mapping(&um, 0, 0, 0);
	expect(&d, "alter changes=user,pw_drop hazards=irreversible reason=user or password option "
		   "irreversible=the mapping's password changes, and its old password is never read",
	       "another user and no password any more");
	um.has_password = 0;
	d = decide_mapping(&um, 1, 1, 0);
	expect(&d, "alter changes=pw_add hazards=irreversible reason=user or password option "
		   "irreversible=the mapping's password changes, and its old password is never read",
	       "a password added");
	d = decide_mapping(&um, 0, 0, 0);
	expect(&d, "alter changes=user reason=user or password option",
	       "another user, no password either way: reversible (the user is put back)");
}

/* ---- functions and cron jobs ---- */

static void test_function_cron(void)
{
	struct live_function have = { .h = { .kind = OBJ_FUNCTION, .name = "f", .ident = "app.f(integer)" }, .def = "CREATE FUNCTION ..." };
	struct decision d;

	d = decide_function(NULL, 0, 1, NULL, 1);
	expect(&d, "create", "function missing: created");
	d = decide_function(&have, 0, 1, NULL, 1);
	expect(&d, "none", "function as desired: nothing");
	d = decide_function(&have, 0, 1, NULL, 0);
	expect(&d, "alter changes=acl reason=privileges", "privileges changed");
	d = decide_function(&have, 1, 1, NULL, 1);
	expect(&d, "replace reason=definition changed", "body changed: replaced, reversible");
	d = decide_function(&have, 1, 0, NULL, 1);
	expect(&d, "recreate changes=acl reason=result, argument names or defaults changed",
	       "result or argument names changed: dropped and created again, privileges set again");
	d = decide_function(&have, 1, 0, "default value for column code of table app.items", 1);
	expect(&d, "error msg=function app.f(integer) must be dropped and created again (its result, argument "
		   "names or defaults change), but default value for column code of table app.items depends on it; "
		   "change or drop it first", "made again, but a column default uses it: an error, naming it");
	have.def = NULL;
	d = decide_function(&have, 1, 0, NULL, 0);
	expect(&d, "recreate changes=acl hazards=irreversible reason=result, argument names or defaults changed "
		   "irreversible=the function's current definition could not be read",
	       "recreated, old body unknown: irreversible, said why");
	d = decide_function(&have, 1, 1, NULL, 0);
	expect(&d, "replace changes=acl hazards=irreversible reason=definition changed "
		   "irreversible=the function's current definition could not be read",
	       "body changed, old body unknown: irreversible, said why");

	struct cron_job want = { .h = { .kind = OBJ_CRON, .name = "refresh" }, .schedule = "5 3 * * *",
				 .command = { .sql = "SELECT 1" }, .active = 1 };
	struct live_cron live = { .h = { .kind = OBJ_CRON, .name = "refresh" }, .schedule = "5 3 * * *",
				  .command = "SELECT 1", .database = "wh", .username = "wh", .active = 1 };
	d = decide_cron(&want, NULL, 0, "wh", "wh");
	expect(&d, "skip reason=pg_cron is not where jobs are scheduled", "no pg_cron: left out");
	d = decide_cron(&want, NULL, 1, "wh", "wh");
	expect(&d, "create", "job missing: scheduled");
	d = decide_cron(&want, &live, 1, "wh", "wh");
	expect(&d, "none", "job as desired: nothing");
	want.schedule = "*/5 * * * *";
	d = decide_cron(&want, &live, 1, "wh", "wh");
	expect(&d, "alter changes=cron reason=schedule", "schedule changed");
	want.schedule = live.schedule;
	want.active = 0;
	d = decide_cron(&want, &live, 1, "wh", "wh");
	expect(&d, "alter changes=cron reason=deactivate", "deactivated");
	want.active = 1;
	d = decide_cron(&want, &live, 1, "other", "wh");
	expect(&d, "alter changes=cron reason=command", "another database");
}

/* ---- relations ---- */

static void test_relation(void)
{
	struct rel_facts f;
	struct decision d;

	memset(&f, 0, sizeof(f));
	f.missing = 1;
	d = decide_relation(OBJ_MATVIEW, &f);
	expect(&d, "create", "relation missing: created");
	memset(&f, 0, sizeof(f));
	d = decide_relation(OBJ_VIEW, &f);
	expect(&d, "none", "relation as desired: nothing");
	f.other_kind = 1;
	f.other_kind_name = "table";
	d = decide_relation(OBJ_VIEW, &f);
	expect(&d, "skip msg=a table of that name is in the way; drop it by hand or rename it",
	       "another kind in the way: left out, said why");
	f.other_managed = 1;
	f.other_kind_name = "view";
	d = decide_relation(OBJ_MATVIEW, &f);
	expect(&d, "recreate hazards=lock,irreversible irreversible=the relation is dropped "
		   "and made again as another kind msg=was a view", "a view pgform made becomes a materialized view: made again");
	f.other_kind_name = "materialized view";
	f.other_holds_data = 1;
	d = decide_relation(OBJ_VIEW, &f);
	expect(&d, "skip msg=it is a materialized view pgform made, and dropping it destroys data: run with "
		   "--allow-destroy", "a materialized view pgform made becomes a view: only with --allow-destroy");
	f.allow_destroy = 1;
	d = decide_relation(OBJ_VIEW, &f);
	expect(&d, "recreate hazards=drops_data,lock,irreversible irreversible=the "
		   "relation is dropped and made again as another kind msg=was a materialized view", "... and with it: made again, data dropped");
	memset(&f, 0, sizeof(f));
	f.def_changed = 1;
	f.why = "query changed";
	f.has_viewdef = 1;
	d = decide_relation(OBJ_VIEW, &f);
	expect(&d, "replace reason=query changed", "view query changed: replaced");
	f.cols_changed = 1;
	f.cols_compatible = 1;
	d = decide_relation(OBJ_VIEW, &f);
	expect(&d, "replace hazards=irreversible reason=query changed irreversible=columns are added to the view, "
		   "and CREATE OR REPLACE VIEW cannot take them away", "columns added at the end: replaced, irreversible");
	f.cols_changed = 0;
	f.has_viewdef = 0;
	d = decide_relation(OBJ_VIEW, &f);
	expect(&d, "replace hazards=irreversible reason=query changed irreversible=the view's current "
		   "definition could not be read", "replaced, old definition unknown: irreversible");
	f.cols_changed = 1;
	f.cols_compatible = 0;
	f.why = NULL;
	d = decide_relation(OBJ_VIEW, &f);
	expect(&d, "recreate hazards=lock,irreversible reason=columns changed irreversible=the view is dropped "
		   "and created again with other columns", "columns changed in place: recreated, irreversible");
	memset(&f, 0, sizeof(f));
	f.def_changed = 1;
	f.why = "template changed";
	d = decide_relation(OBJ_MATVIEW, &f);
	expect(&d, "rebuild hazards=rebuilds_rows reason=template changed", "materialized view changed: rebuilt");
	f.forced = 1;
	d = decide_relation(OBJ_TABLE, &f);
	expect(&d, "rebuild hazards=rebuilds_rows reason=--replace", "--replace: rebuilt");
	f.why = NULL;
	f.forced = 0;
	d = decide_relation(OBJ_MATVIEW, &f);
	expect(&d, "rebuild hazards=rebuilds_rows reason=definition changed", "no reason given: definition changed");
	memset(&f, 0, sizeof(f));
	f.unpopulated = 1;
	d = decide_relation(OBJ_MATVIEW, &f);
	expect(&d, "rebuild hazards=rebuilds_rows reason=not populated",
	       "materialized view made WITH NO DATA: rebuilt, populated");
	d = decide_relation(OBJ_TABLE, &f);
	expect(&d, "none", "only a materialized view is rebuilt for want of data");

	d = decide_rel_attrs("wh", "wh", 1, NULL, "old");
	expect(&d, "none", "attributes as desired (no comment declared): nothing");
	d = decide_rel_attrs("bi", "wh", 0, "new", "old");
	expect(&d, "alter changes=comment,owner,acl reason=owner, privileges or comment",
	       "owner, grants and comment changed");
}

/* ---- drops ---- */

static void test_drop(void)
{
	struct drop_facts f = { .why = "not in the desired state" };
	struct decision d;

	d = decide_drop(OBJ_VIEW, &f);
	expect(&d, "drop hazards=irreversible reason=not in the desired state irreversible=what it drops cannot "
		   "be created again from the catalog", "a view without its definition: dropped, irreversible");
	f.has_inverse = 1;
	d = decide_drop(OBJ_VIEW, &f);
	expect(&d, "drop reason=not in the desired state", "a view with its definition: dropped, reversible");
	f.has_inverse = 0;
	d = decide_drop(OBJ_TABLE, &f);
	expect(&d, "skip msg=not in the desired state; dropping it destroys data: run with --allow-destroy",
	       "a table without --allow-destroy: left out");
	f.allow_destroy = 1;
	d = decide_drop(OBJ_TABLE, &f);
	expect(&d, "drop hazards=drops_data,irreversible reason=not in the desired state "
		   "irreversible=what it drops holds data", "a table with --allow-destroy: dropped, hazards");
	f.allow_destroy = 0;
	f.consolidated = 1;
	d = decide_drop(OBJ_MATVIEW, &f);
	expect(&d, "drop reason=not in the desired state irreversible=what it drops holds data",
	       "a daily part folded into its yearly table: dropped without --allow-destroy, no hazard");
	f.consolidated = 0;
	f.allow_destroy = 1;
	f.foreign = 5;
	f.foreign_list = "app.a, app.b, app.c";
	d = decide_drop(OBJ_SCHEMA, &f);
	expect(&d, "skip msg=not in the desired state, but it holds 5 objects pgform does not manage "
		   "(app.a, app.b, app.c, ...); move or drop them first",
	       "a schema holding what pgform does not manage: left out, naming them");
	f.foreign = 1;
	f.foreign_list = "for analyst";
	d = decide_drop(OBJ_SERVER, &f);
	expect(&d, "skip msg=not in the desired state, but 1 user mapping pgform does not manage uses it "
		   "(for analyst); drop it first",
	       "a server with another role's user mapping: left out, naming the role");
	f.foreign = 4;
	f.foreign_list = "for a, for b, for c";
	d = decide_drop(OBJ_SERVER, &f);
	expect(&d, "skip msg=not in the desired state, but 4 user mappings pgform does not manage use it "
		   "(for a, for b, for c, ...); drop them first",
	       "a server with four such mappings: three named");
	f.foreign = 0;
	d = decide_drop(OBJ_USER_MAPPING, &f);
	expect(&d, "drop reason=not in the desired state irreversible=what it drops cannot be created again "
		   "from the catalog", "a user mapping: dropped, irreversible but no hazard (its password is the tenant's)");
	is_int(decide_holds_data(OBJ_TABLE), 1, "a table holds data");
	ok(decide_holds_data(OBJ_ROLE) && decide_holds_data(OBJ_EXTENSION) && !decide_holds_data(OBJ_VIEW) &&
	   !decide_holds_data(OBJ_FUNCTION), "what holds data: roles and extensions do, views and functions do not");
}

int main(void)
{
	test_extension();
	test_role();
	test_schema_server_mapping();
	test_function_cron();
	test_relation();
	test_drop();
	return done_testing();
}
