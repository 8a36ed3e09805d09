/*
 * decide.c: the deciders (see decide.h).  Each one reads the desired and
 * the live object and the facts it is given, and says what to do; none
 * writes SQL or talks to the server.
 */
#include "diff/decide.h"

#include <stdio.h>
#include <string.h>

static struct decision act(enum decide_act a, const char *reason)
{
	struct decision d;
	memset(&d, 0, sizeof(d));
	d.act = a;
	d.reason = reason;
	return d;
}

/* 1 when A and B differ, NULL being a value of its own. */
static int differ(const char *a, const char *b)
{
	if (!a || !b)
		return a != b;
	return strcmp(a, b) != 0;
}

/* A desired value that is set and differs from the live one (an unset one asks for nothing). */
static int wants_other(const char *want, const char *have)
{
	return want && differ(want, have);
}

const char *decision_reason(const struct decision *d)
{
	return d->reason ? d->reason : d->msg[0] ? d->msg : NULL;
}

int decide_holds_data(enum obj_kind k)
{
	return k == OBJ_TABLE || k == OBJ_MATVIEW || k == OBJ_SCHEMA || k == OBJ_EXTENSION ||
	       k == OBJ_ROLE;
}

/* Extensions that do not work unless their library is preloaded (they start workers or hooks). */
static const char *const preloaded[] = {
	"pg_cron", "pg_stat_statements", "auto_explain", "pgaudit", "timescaledb", "citus",
	"pg_squeeze", "pg_partman_bgw", "pglogical", "pg_wait_sampling", "pg_stat_kcache",
	"pg_qualstats", "pg_show_plans", NULL,
};

const char *decide_ext_preload(const char *name)
{
	for (const char *const *p = preloaded; *p; p++)
		if (!strcmp(*p, name))
			return *p;
	return NULL;
}

int decide_preload_has(const char *preload, const char *lib)
{
	size_t n = strlen(lib);
	const char *p = preload;
	while (p && *p) {
		const char *end = strchr(p, ',');
		const char *a = p, *b = end ? end : p + strlen(p);
		while (a < b && (*a == ' ' || *a == '\t' || *a == '"'))
			a++;
		while (b > a && (b[-1] == ' ' || b[-1] == '\t' || b[-1] == '"'))
			b--;
		/* "$libdir/x" and "x.so" name library x too */
		for (const char *q = a; q < b; q++)
			if (*q == '/')
				a = q + 1;
		if (b - a > 3 && !strncmp(b - 3, ".so", 3))
			b -= 3;
		if ((size_t)(b - a) == n && !strncmp(a, lib, n))
			return 1;
		p = end ? end + 1 : NULL;
	}
	return 0;
}

/* "version A → B → C" from an update path "A--B--C" (or FROM → TO when PATH is NULL). */
static void version_path(char *out, size_t size, const char *path, const char *from, const char *to)
{
	size_t len = 0;
	if (!path) {
		snprintf(out, size, "version %s → %s", from, to);
		return;
	}
	len = (size_t)snprintf(out, size, "version ");
	for (const char *p = path; *p && len + 1 < size; p++) {
		if (p[0] == '-' && p[1] == '-') {
			len += (size_t)snprintf(out + len, size - len, " → ");
			p++;
		} else {
			out[len++] = *p;
			out[len] = '\0';
		}
	}
}

struct decision decide_extension(const struct extension *want, const struct live_extension *have,
				 const struct ext_facts *f)
{
	struct decision d = act(DA_NONE, NULL);
	const char *name = want->h.name;
	const char *lib = decide_ext_preload(name);

	if (!f->available && !have) {
		d.act = DA_ERROR;
		snprintf(d.msg, sizeof(d.msg),
			 "extension '%s' is not installed on the server (no %s.control); install its package first",
			 name, name);
		return d;
	}
	if (f->available && want->a.version && !f->version_available) {
		d.act = DA_ERROR;
		snprintf(d.msg, sizeof(d.msg),
			 "extension '%s' version '%s' is not available on the server (available: %s)", name,
			 want->a.version, f->versions && f->versions[0] ? f->versions : "none");
		return d;
	}
	int changes_version = have && want->a.version && differ(want->a.version, have->a.version);
	if ((!have || changes_version) && lib && f->preload && !decide_preload_has(f->preload, lib)) {
		d.act = DA_ERROR;
		snprintf(d.msg, sizeof(d.msg), "extension '%s' needs shared_preload_libraries to include '%s' (now: '%s')",
			 name, lib, f->preload);
		return d;
	}
	if (!have) {
		if (!strcmp(name, "pg_cron") && f->cron_database && f->database &&
		    strcmp(f->cron_database, f->database)) {
			d.act = DA_ERROR;
			snprintf(d.msg, sizeof(d.msg),
				 "extension 'pg_cron' can only be created in database '%s' (cron.database_name), not in '%s'",
				 f->cron_database, f->database);
			return d;
		}
		return act(DA_CREATE, NULL);
	}
	if (changes_version) {
		if (!f->path_up) {
			d.act = DA_ERROR;
			snprintf(d.msg, sizeof(d.msg),
				 "extension '%s' has no update path from version '%s' to '%s' (reachable from '%s': %s)",
				 name, have->a.version, want->a.version, have->a.version,
				 f->reachable && f->reachable[0] ? f->reachable : "none");
			return d;
		}
		d.act = DA_ALTER;
		d.changes |= CH_VERSION;
		version_path(d.msg, sizeof(d.msg), f->path, have->a.version, want->a.version);
		if (!f->path_back) {
			d.hazards |= HAZARD_IRREVERSIBLE;
			d.irreversible = "the extension has no update path back to its current version";
		}
	}
	if (wants_other(want->a.schema, have->a.schema) && !have->relocatable) {
		d.act = DA_ERROR;
		snprintf(d.msg, sizeof(d.msg),
			 "extension '%s' cannot move from schema '%s' to '%s': it is not relocatable (ALTER EXTENSION "
			 "... SET SCHEMA refuses it); declare schema '%s', or drop the extension and create it in '%s' "
			 "by hand (with what depends on it)", name, have->a.schema, want->a.schema, have->a.schema,
			 want->a.schema);
		return d;
	}
	if (wants_other(want->a.schema, have->a.schema)) {
		d.act = DA_ALTER;
		d.changes |= CH_SCHEMA;
		if (!d.msg[0])
			d.reason = "schema";
	}
	return d;
}

/* 1 when role list A (NA names) holds NAME. */
static int has_member(const char *const *a, unsigned na, const char *name)
{
	for (unsigned i = 0; i < na; i++)
		if (!strcmp(a[i], name))
			return 1;
	return 0;
}

struct decision decide_role(const struct role *want, const struct live_role *have)
{
	struct decision d = act(DA_NONE, NULL);

	if (!want->managed) {
		if (have)
			return d;
		d.act = DA_ERROR;
		snprintf(d.msg, sizeof(d.msg),
			 "role '%s' is declared managed: false but does not exist in the database", want->h.name);
		return d;
	}
	if (!have)
		return act(DA_CREATE, NULL);
	if ((want->a.login >= 0 && want->a.login != have->a.login) ||
	    (want->a.superuser >= 0 && want->a.superuser != have->a.superuser) ||
	    (want->a.createdb >= 0 && want->a.createdb != have->a.createdb) ||
	    (want->a.createrole >= 0 && want->a.createrole != have->a.createrole) ||
	    (want->a.inherit >= 0 && want->a.inherit != have->a.inherit) ||
	    (want->a.connection_limit != -2 && want->a.connection_limit != have->a.connection_limit))
		d.changes |= CH_ATTRS;
	for (unsigned i = 0; i < want->a.nmember_of; i++)
		if (!has_member(have->a.member_of, have->a.nmember_of, want->a.member_of[i]))
			d.changes |= CH_MEMBERS;
	for (unsigned k = 0; k < have->a.nmember_of; k++)
		if (!has_member(want->a.member_of, want->a.nmember_of, have->a.member_of[k]))
			d.changes |= CH_MEMBERS;
	if (have->a.nadmin_of)  /* member_of grants no ADMIN OPTION */
		d.changes |= CH_MEMBERS;
	if (wants_other(want->comment, have->comment))
		d.changes |= CH_COMMENT;
	if (d.changes) {
		d.act = DA_ALTER;
		d.reason = "attributes";
	}
	return d;
}

struct decision decide_schema(const struct schema *want, const struct live_schema *have,
			      const char *owner, int acl_same)
{
	struct decision d = act(DA_NONE, NULL);

	if (!have)
		return act(DA_CREATE, NULL);
	if (differ(owner, have->owner))
		d.changes |= CH_OWNER;
	if (!acl_same)
		d.changes |= CH_ACL;
	if (wants_other(want->comment, have->comment))
		d.changes |= CH_COMMENT;
	if (d.changes) {
		d.act = DA_ALTER;
		d.reason = "owner, privileges or comment";
	}
	return d;
}

struct decision decide_server(const struct live_server *have, int options_same)
{
	struct decision d = act(DA_NONE, NULL);

	if (!have)
		return act(DA_CREATE, NULL);
	if (!options_same) {
		d.act = DA_ALTER;
		d.changes = CH_OPTIONS;
		d.reason = "connection options";
	}
	return d;
}

struct decision decide_mapping(const struct live_mapping *have, int user_same, int wants_password,
			       int stale)
{
	struct decision d = act(DA_NONE, NULL);

	if (!have)
		return act(DA_CREATE, NULL);
	if (!user_same)
		d.changes |= CH_USER;
	if (wants_password && !have->has_password)
		d.changes |= CH_PW_ADD;
	else if (wants_password && stale)
		d.changes |= CH_PW_SET;
	else if (!wants_password && have->has_password)
		d.changes |= CH_PW_DROP;
	if (d.changes) {
		d.act = DA_ALTER;
		d.reason = "user or password option";
	}
	if (d.changes & (CH_PW_ADD | CH_PW_SET | CH_PW_DROP)) {
		/* the old password is never read: it cannot be put back */
		d.hazards |= HAZARD_IRREVERSIBLE;
		d.irreversible = "the mapping's password changes, and its old password is never read";
	}
	return d;
}

struct decision decide_function(const struct live_function *have, int def_changed, int replaceable,
				const char *blockers, int acl_same)
{
	struct decision d = act(DA_NONE, NULL);

	if (!have)
		return act(DA_CREATE, NULL);
	if (def_changed && !replaceable && blockers) {
		d.act = DA_ERROR;
		snprintf(d.msg, sizeof(d.msg),
			 "function %s must be dropped and created again (its result, argument names or defaults "
			 "change), but %s depend%s on it; change or drop %s first",
			 have->h.ident, blockers, strchr(blockers, ',') ? "" : "s",
			 strchr(blockers, ',') ? "them" : "it");
		return d;
	}
	if (def_changed && !replaceable) {
		/* its privileges start again from the defaults: they are always set */
		d.act = DA_RECREATE;
		d.reason = "result, argument names or defaults changed";
		d.changes |= CH_ACL;
		if (!have->def) {
			d.hazards |= HAZARD_IRREVERSIBLE;
			d.irreversible = "the function's current definition could not be read";
		}
		return d;
	}
	if (def_changed) {
		d.act = DA_REPLACE;
		d.reason = "definition changed";
		d.changes |= acl_same ? 0 : CH_ACL;
		if (!have->def) {
			d.hazards |= HAZARD_IRREVERSIBLE;
			d.irreversible = "the function's current definition could not be read";
		}
		return d;
	}
	if (!acl_same) {
		d.act = DA_ALTER;
		d.changes = CH_ACL;
		d.reason = "privileges";
	}
	return d;
}

struct decision decide_cron(const struct cron_job *want, const struct live_cron *have, int have_pg_cron,
			    const char *db, const char *user)
{
	struct decision d = act(DA_NONE, NULL);

	if (!have_pg_cron)
		return act(DA_SKIP, "pg_cron is not where jobs are scheduled");
	if (!have)
		return act(DA_CREATE, NULL);
	if (differ(want->schedule, have->schedule) || differ(want->command.sql, have->command) ||
	    differ(db, have->database) || differ(user, have->username) || want->active != have->active) {
		d.act = DA_ALTER;
		d.changes = CH_CRON;
		d.reason = want->active != have->active ? (want->active ? "activate" : "deactivate") :
			   differ(want->schedule, have->schedule) ? "schedule" : "command";
	}
	return d;
}

struct decision decide_relation(enum obj_kind kind, const struct rel_facts *f)
{
	struct decision d = act(DA_NONE, NULL);

	if (f->missing)
		return act(DA_CREATE, NULL);
	if (f->other_kind && f->other_managed && (!f->other_holds_data || f->allow_destroy)) {
		/* pgform's own object of another kind: dropped, then made as desired */
		d.act = DA_RECREATE;
		snprintf(d.msg, sizeof(d.msg), "was a %s", f->other_kind_name ? f->other_kind_name : "relation");
		d.hazards |= HAZARD_EXCLUSIVE_LOCK | HAZARD_IRREVERSIBLE;
		if (f->other_holds_data)
			d.hazards |= HAZARD_DROPS_DATA;
		d.irreversible = "the relation is dropped and made again as another kind";
		return d;
	}
	if (f->other_kind && f->other_managed) {
		d.act = DA_SKIP;
		snprintf(d.msg, sizeof(d.msg), "it is a %s pgform made, and dropping it destroys data: "
			 "run with --allow-destroy", f->other_kind_name ? f->other_kind_name : "relation");
		return d;
	}
	if (f->other_kind) {
		d.act = DA_SKIP;
		snprintf(d.msg, sizeof(d.msg), "a %s of that name is in the way; drop it by hand or rename it",
			 f->other_kind_name ? f->other_kind_name : "relation");
		return d;
	}
	if (!f->def_changed && !(f->unpopulated && kind == OBJ_MATVIEW))
		return d;
	if (kind == OBJ_VIEW && (f->cols_compatible || !f->cols_changed) && !f->forced) {
		d.act = DA_REPLACE;
		d.reason = f->why ? f->why : "definition changed";
		if (f->cols_changed) {
			d.hazards |= HAZARD_IRREVERSIBLE;
			d.irreversible = "columns are added to the view, and CREATE OR REPLACE VIEW cannot take them away";
		} else if (!f->has_viewdef) {
			d.hazards |= HAZARD_IRREVERSIBLE;
			d.irreversible = "the view's current definition could not be read";
		}
		return d;
	}
	if (kind == OBJ_VIEW) {
		d.act = DA_RECREATE;
		d.reason = f->why ? f->why : "columns changed";
		d.hazards |= HAZARD_EXCLUSIVE_LOCK | HAZARD_IRREVERSIBLE;
		d.irreversible = "the view is dropped and created again with other columns";
		return d;
	}
	d.act = DA_REBUILD;
	d.reason = f->forced ? "--replace" : f->why ? f->why :
		   f->def_changed ? "definition changed" : "not populated";
	d.hazards |= HAZARD_REBUILDS_ROWS;
	return d;
}

struct decision decide_rel_attrs(const char *owner, const char *live_owner, int acl_same,
				 const char *comment, const char *live_comment)
{
	struct decision d = act(DA_NONE, NULL);

	if (differ(owner, live_owner))
		d.changes |= CH_OWNER;
	if (!acl_same)
		d.changes |= CH_ACL;
	if (wants_other(comment, live_comment))
		d.changes |= CH_COMMENT;
	if (d.changes) {
		d.act = DA_ALTER;
		d.reason = "owner, privileges or comment";
	}
	return d;
}

struct decision decide_drop(enum obj_kind kind, const struct drop_facts *f)
{
	struct decision d = act(DA_DROP, f->why);
	int data = decide_holds_data(kind) && !f->consolidated;

	if (kind == OBJ_SCHEMA && f->foreign) {
		d.act = DA_SKIP;
		snprintf(d.msg, sizeof(d.msg),
			 "%s, but it holds %u objects pgform does not manage (%s%s); move or drop them first",
			 f->why, f->foreign, f->foreign_list ? f->foreign_list : "", f->foreign > 3 ? ", ..." : "");
		d.reason = NULL;
		return d;
	}
	if (kind == OBJ_SERVER && f->foreign) {
		d.act = DA_SKIP;
		snprintf(d.msg, sizeof(d.msg),
			 "%s, but %u user mapping%s pgform does not manage use%s it (%s%s); drop %s first",
			 f->why, f->foreign, f->foreign > 1 ? "s" : "", f->foreign > 1 ? "" : "s",
			 f->foreign_list ? f->foreign_list : "", f->foreign > 3 ? ", ..." : "",
			 f->foreign > 1 ? "them" : "it");
		d.reason = NULL;
		return d;
	}
	if (data && !f->allow_destroy) {
		d.act = DA_SKIP;
		snprintf(d.msg, sizeof(d.msg), "%s; dropping it destroys data: run with --allow-destroy", f->why);
		d.reason = NULL;
		return d;
	}
	if (data)
		d.hazards |= HAZARD_DROPS_DATA | HAZARD_IRREVERSIBLE;
	if (!f->has_inverse) {
		d.irreversible = decide_holds_data(kind) ? "what it drops holds data" :
				 "what it drops cannot be created again from the catalog";
		if (!f->consolidated && kind != OBJ_USER_MAPPING)
			d.hazards |= HAZARD_IRREVERSIBLE;
	}
	return d;
}
