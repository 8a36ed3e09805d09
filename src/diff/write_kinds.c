/*
 * write_kinds.c: the writers of the other kinds: extensions, roles,
 * schemas, servers, user mappings, functions, cron jobs, default
 * privileges and grants on objects pgform does not manage.  Each turns
 * its decider's decision (decide.c) into a step's phases and inverse.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <xxhash.h>

#include "base/datecalc.h"
#include "catalog/db.h"
#include "diff/decide.h"
#include "diff/diff_int.h"
#include "sql/quote.h"
#include "expand/render.h"
#include "expand/spechash.h"
#include "base/usage.h"
#include "diff/write.h"

static int avail_version(struct dctx *x, const char *name, const char *version)
{
	for (unsigned i = 0; i < x->cat->navail; i++)
		if (!strcmp(x->cat->avail[i].name, name) &&
		    (!version || !strcmp(x->cat->avail[i].version, version)))
			return 1;
	return 0;
}

/* The update path of extension NAME from FROM to TO ("1.0--1.1--1.2"), or NULL when there is none. */
static const char *update_path(struct dctx *x, const char *name, const char *from, const char *to)
{
	for (unsigned i = 0; i < x->cat->npaths; i++)
		if (!strcmp(x->cat->paths[i].name, name) && !strcmp(x->cat->paths[i].source, from) &&
		    !strcmp(x->cat->paths[i].target, to))
			return x->cat->paths[i].path;
	return NULL;
}

/* The versions extension NAME can be updated to from FROM, ", "-joined, into SB. */
static void reachable_list(struct dctx *x, const char *name, const char *from, struct strbuf *sb)
{
	for (unsigned i = 0; i < x->cat->npaths; i++)
		if (!strcmp(x->cat->paths[i].name, name) && !strcmp(x->cat->paths[i].source, from))
			strbuf_addf(sb, "%s%s", sb->len ? ", " : "", x->cat->paths[i].target);
}

/*
 * Check C of an extension, as one statement that fails unless it returns
 * true: run right after the extension is created or updated, in that
 * step's transaction, so that a failing check rolls the step back with it.  The check's text is run by
 * EXECUTE (never parsed as PL/pgSQL); its error keeps its SQLSTATE.
 */
static void extension_check_sql(struct strbuf *sb, const struct check *c)
{
	struct strbuf body = STRBUF_INIT, q = STRBUF_INIT;
	strbuf_addf(&q, "SELECT (%s)::boolean", c->sql.sql);
	strbuf_addstr(&body, "DECLARE ok boolean;\nBEGIN\n\tBEGIN\n\t\tEXECUTE ");
	quote_literal(&body, q.buf);
	strbuf_addstr(&body, " INTO ok;\n\tEXCEPTION WHEN OTHERS THEN\n"
		      "\t\tRAISE EXCEPTION USING ERRCODE = SQLSTATE, MESSAGE = format('check %L failed: %s', ");
	quote_literal(&body, c->h.name);
	strbuf_addstr(&body, ", SQLERRM);\n\tEND;\n\tIF ok IS NOT TRUE THEN\n"
		      "\t\tRAISE EXCEPTION USING ERRCODE = 'check_violation', "
		      "MESSAGE = format('check %L failed: it did not return true', ");
	quote_literal(&body, c->h.name);
	strbuf_addstr(&body, ");\n\tEND IF;\nEND\n");
	strbuf_addstr(sb, "DO ");
	quote_dollar(sb, body.buf);
	sql_end(sb);
	strbuf_release(&body);
	strbuf_release(&q);
}

/* The checks declared on extension E, each as a statement (extension_check_sql()), into SB. */
static void extension_checks_sql(struct dctx *x, const struct extension *e, struct strbuf *sb)
{
	for (unsigned i = 0; i < x->m->nobjs && e->nchecks; i++) {
		const struct check *c = (const struct check *)x->m->objs[i];
		if (c->h.kind != OBJ_CHECK || !c->origin || strncmp(c->origin, "extension ", 10) || !c->sql.sql)
			continue;
		for (unsigned k = 0; k < c->h.ndeps; k++)
			if (c->h.deps[k] == e->h.id) {
				extension_check_sql(sb, c);
				break;
			}
	}
}

static void versions_list(struct dctx *x, const char *name, struct strbuf *sb)
{
	for (unsigned i = 0; i < x->cat->navail; i++)
		if (!strcmp(x->cat->avail[i].name, name))
			strbuf_addf(sb, "%s%s", sb->len ? ", " : "", x->cat->avail[i].version);
}

/* ALTER EXTENSION E ... */
static void alter_extension_sql(struct strbuf *sb, const char *name, const char *what, const char *value,
				int literal)
{
	strbuf_addstr(sb, "ALTER EXTENSION ");
	quote_ident(sb, name);
	strbuf_addf(sb, " %s ", what);
	if (literal)
		quote_literal(sb, value);
	else
		quote_ident(sb, value);
	sql_end(sb);
}

int extension_step(struct dctx *x, struct extension *e, struct dobj *d)
{
	struct live_extension *l = (struct live_extension *)d->have;
	struct strbuf sb = STRBUF_INIT, inv = STRBUF_INIT, vl = STRBUF_INIT, reach = STRBUF_INIT;
	struct ext_facts f = { 0 };
	versions_list(x, e->h.name, &vl);
	f.available = avail_version(x, e->h.name, NULL);
	f.version_available = avail_version(x, e->h.name, e->a.version);
	f.versions = vl.buf;
	f.path = l && e->a.version ? update_path(x, e->h.name, l->a.version, e->a.version) : NULL;
	f.path_up = f.path != NULL;
	f.path_back = l && e->a.version && update_path(x, e->h.name, e->a.version, l->a.version);
	if (l)
		reachable_list(x, e->h.name, l->a.version, &reach);
	f.reachable = reach.buf;
	f.preload = x->cat->preload;
	f.cron_database = x->cat->cron_database;
	f.database = x->cat->database;
	struct decision dc = decide_extension(e, l, &f);
	int ret = 0;

	switch (dc.act) {
	case DA_ERROR:
		ret = error("%s", dc.msg);
		break;
	case DA_CREATE:
		strbuf_addstr(&sb, "CREATE EXTENSION IF NOT EXISTS ");
		quote_ident(&sb, e->h.name);
		if (e->a.schema) {
			strbuf_addstr(&sb, " WITH SCHEMA ");
			quote_ident(&sb, e->a.schema);
		}
		if (e->a.version) {
			strbuf_addstr(&sb, " VERSION ");
			quote_literal(&sb, e->a.version);
		}
		sql_end(&sb);
		extension_checks_sql(x, e, &sb);
		strbuf_addstr(&inv, "DROP EXTENSION ");
		quote_ident(&inv, e->h.name);
		sql_end(&inv);
		d->step = new_step(x, STEP_CREATE, &e->h, &sb, NULL);
		set_inverse(x, d->step, &inv);
		break;
	case DA_ALTER:
		if (dc.changes & CH_VERSION) {
			alter_extension_sql(&sb, e->h.name, "UPDATE TO", e->a.version, 1);
			extension_checks_sql(x, e, &sb);
			d->step = new_step(x, STEP_ALTER, &e->h, &sb, arena_strdup(&x->p->arena, dc.msg));
			if (dc.irreversible) {
				step_irreversible(d->step, dc.irreversible);
			} else {
				alter_extension_sql(&inv, e->h.name, "UPDATE TO", l->a.version, 1);
				set_inverse(x, d->step, &inv);
			}
			d->step->hazards |= dc.hazards;
		}
		if (dc.changes & CH_SCHEMA) {
			strbuf_reset(&sb);
			strbuf_reset(&inv);
			alter_extension_sql(&sb, e->h.name, "SET SCHEMA", e->a.schema, 0);
			alter_extension_sql(&inv, e->h.name, "SET SCHEMA", l->a.schema, 0);
			struct step *s = new_step(x, STEP_ALTER, &e->h, &sb, "schema");
			set_inverse(x, s, &inv);
			if (d->step)
				plan_step_depend(x->p, s, d->step->id);
			d->step = s;
		}
		break;
	default:
		break;
	}
	strbuf_release(&sb);
	strbuf_release(&inv);
	strbuf_release(&vl);
	strbuf_release(&reach);
	return ret;
}

static void role_options(struct strbuf *sb, const struct role *r)
{
	if (r->a.login >= 0)
		strbuf_addstr(sb, r->a.login ? " LOGIN" : " NOLOGIN");
	if (r->a.superuser >= 0)
		strbuf_addstr(sb, r->a.superuser ? " SUPERUSER" : " NOSUPERUSER");
	if (r->a.createdb >= 0)
		strbuf_addstr(sb, r->a.createdb ? " CREATEDB" : " NOCREATEDB");
	if (r->a.createrole >= 0)
		strbuf_addstr(sb, r->a.createrole ? " CREATEROLE" : " NOCREATEROLE");
	if (r->a.inherit >= 0)
		strbuf_addstr(sb, r->a.inherit ? " INHERIT" : " NOINHERIT");
	if (r->a.connection_limit != -2)
		strbuf_addf(sb, " CONNECTION LIMIT %ld", r->a.connection_limit);
}

/* 1 when live role L is a member of GROUP WITH ADMIN OPTION. */
static int has_admin(const struct live_role *l, const char *group)
{
	for (unsigned i = 0; i < l->a.nadmin_of; i++)
		if (!strcmp(l->a.admin_of[i], group))
			return 1;
	return 0;
}

int role_step(struct dctx *x, struct role *r, struct dobj *d)
{
	struct live_role *l = (struct live_role *)d->have;
	struct decision dc = decide_role(r, l);
	if (dc.act == DA_ERROR)
		return error("%s", dc.msg);
	if (dc.act == DA_NONE)
		return 0;
	struct strbuf sb = STRBUF_INIT, inv = STRBUF_INIT;
	struct strbuf gone = STRBUF_INIT;      /* memberships revoked, for the hazard */
	if (dc.act == DA_CREATE) {
		strbuf_addstr(&sb, "CREATE ROLE ");
		quote_ident(&sb, r->h.name);
		role_options(&sb, r);
		if (r->password_env || r->password_file) {
			strbuf_addstr(&sb, " PASSWORD ");
			secret_here(x, &sb, r->password_env, r->password_file, 1);
		}
		sql_end(&sb);
		if (r->comment) {
			strbuf_addstr(&sb, "COMMENT ON ROLE ");
			quote_ident(&sb, r->h.name);
			strbuf_addstr(&sb, " IS ");
			quote_literal(&sb, r->comment);
			sql_end(&sb);
		}
		for (unsigned i = 0; i < r->a.nmember_of; i++) {
			strbuf_addstr(&sb, "GRANT ");
			quote_ident(&sb, r->a.member_of[i]);
			strbuf_addstr(&sb, " TO ");
			quote_ident(&sb, r->h.name);
			sql_end(&sb);
		}
		strbuf_addstr(&inv, "DROP ROLE ");
		quote_ident(&inv, r->h.name);
		sql_end(&inv);
		d->step = new_step(x, STEP_CREATE, &r->h, &sb, NULL);
		set_inverse(x, d->step, &inv);
		goto done;
	}
	struct role cur = *r;
	cur.a.login = r->a.login >= 0 && r->a.login != l->a.login ? r->a.login : -1;
	cur.a.superuser = r->a.superuser >= 0 && r->a.superuser != l->a.superuser ? r->a.superuser : -1;
	cur.a.createdb = r->a.createdb >= 0 && r->a.createdb != l->a.createdb ? r->a.createdb : -1;
	cur.a.createrole = r->a.createrole >= 0 && r->a.createrole != l->a.createrole ? r->a.createrole : -1;
	cur.a.inherit = r->a.inherit >= 0 && r->a.inherit != l->a.inherit ? r->a.inherit : -1;
	cur.a.connection_limit = r->a.connection_limit != -2 && r->a.connection_limit != l->a.connection_limit ?
			       r->a.connection_limit : -2;
	struct strbuf opts = STRBUF_INIT;
	role_options(&opts, &cur);
	if (opts.len) {
		strbuf_addstr(&sb, "ALTER ROLE ");
		quote_ident(&sb, r->h.name);
		strbuf_addbuf(&sb, &opts);
		sql_end(&sb);
		struct role back = { 0 };
		back.a.login = cur.a.login >= 0 ? l->a.login : -1;
		back.a.superuser = cur.a.superuser >= 0 ? l->a.superuser : -1;
		back.a.createdb = cur.a.createdb >= 0 ? l->a.createdb : -1;
		back.a.createrole = cur.a.createrole >= 0 ? l->a.createrole : -1;
		back.a.inherit = cur.a.inherit >= 0 ? l->a.inherit : -1;
		back.a.connection_limit = cur.a.connection_limit != -2 ? l->a.connection_limit : -2;
		strbuf_addstr(&inv, "ALTER ROLE ");
		quote_ident(&inv, r->h.name);
		role_options(&inv, &back);
		sql_end(&inv);
	}
	strbuf_release(&opts);
	/* memberships are kept exactly */
	for (unsigned i = 0; i < r->a.nmember_of; i++) {
		unsigned k;
		for (k = 0; k < l->a.nmember_of && strcmp(l->a.member_of[k], r->a.member_of[i]); k++)
			;
		if (k == l->a.nmember_of) {
			strbuf_addf(&sb, "GRANT ");
			quote_ident(&sb, r->a.member_of[i]);
			strbuf_addstr(&sb, " TO ");
			quote_ident(&sb, r->h.name);
			sql_end(&sb);
			strbuf_addf(&inv, "REVOKE ");
			quote_ident(&inv, r->a.member_of[i]);
			strbuf_addstr(&inv, " FROM ");
			quote_ident(&inv, r->h.name);
			sql_end(&inv);
		} else if (has_admin(l, r->a.member_of[i])) {
			/* the membership stays, without the ADMIN OPTION the state does not give */
			strbuf_addstr(&sb, "REVOKE ADMIN OPTION FOR ");
			quote_ident(&sb, r->a.member_of[i]);
			strbuf_addstr(&sb, " FROM ");
			quote_ident(&sb, r->h.name);
			sql_end(&sb);
			strbuf_addstr(&gone, gone.len ? "; admin option on membership in " :
							 "admin option on membership in ");
			quote_ident(&gone, r->a.member_of[i]);
			strbuf_addf(&inv, "GRANT ");
			quote_ident(&inv, r->a.member_of[i]);
			strbuf_addstr(&inv, " TO ");
			quote_ident(&inv, r->h.name);
			strbuf_addstr(&inv, " WITH ADMIN OPTION");
			sql_end(&inv);
		}
	}
	for (unsigned k = 0; k < l->a.nmember_of; k++) {
		unsigned i;
		for (i = 0; i < r->a.nmember_of && strcmp(l->a.member_of[k], r->a.member_of[i]); i++)
			;
		if (i == r->a.nmember_of) {
			strbuf_addf(&sb, "REVOKE ");
			quote_ident(&sb, l->a.member_of[k]);
			strbuf_addstr(&sb, " FROM ");
			quote_ident(&sb, r->h.name);
			sql_end(&sb);
			strbuf_addstr(&gone, gone.len ? "; membership in " : "membership in ");
			quote_ident(&gone, l->a.member_of[k]);
			strbuf_addf(&inv, "GRANT ");
			quote_ident(&inv, l->a.member_of[k]);
			strbuf_addstr(&inv, " TO ");
			quote_ident(&inv, r->h.name);
			if (has_admin(l, l->a.member_of[k]))
				strbuf_addstr(&inv, " WITH ADMIN OPTION");
			sql_end(&inv);
		}
	}
	if (r->comment && (!l->comment || strcmp(r->comment, l->comment))) {
		strbuf_addstr(&sb, "COMMENT ON ROLE ");
		quote_ident(&sb, r->h.name);
		strbuf_addstr(&sb, " IS ");
		quote_literal(&sb, r->comment);
		sql_end(&sb);
		strbuf_addstr(&inv, "COMMENT ON ROLE ");
		quote_ident(&inv, r->h.name);
		strbuf_addstr(&inv, " IS ");
		if (l->comment)
			quote_literal(&inv, l->comment);
		else
			strbuf_addstr(&inv, "NULL");
		sql_end(&inv);
	}
	if (sb.len) {
		d->step = new_step(x, STEP_ALTER, &r->h, &sb, dc.reason);
		set_inverse(x, d->step, &inv);
		if (gone.len)
			note_revokes(x, d->step, NULL, NULL, ACLC_TABLE, NULL, gone.buf);
	}
done:
	strbuf_release(&sb);
	strbuf_release(&inv);
	strbuf_release(&gone);
	return 0;
}

/* COMMENT ON SCHEMA NAME IS COMMENT (NULL: no comment). */
static void schema_comment_sql(struct strbuf *sb, const char *name, const char *comment)
{
	strbuf_addstr(sb, "COMMENT ON SCHEMA ");
	quote_ident(sb, name);
	strbuf_addstr(sb, " IS ");
	if (comment)
		quote_literal(sb, comment);
	else
		strbuf_addstr(sb, "NULL");
	sql_end(sb);
}

static void schema_owner_sql(struct strbuf *sb, const char *name, const char *owner)
{
	strbuf_addstr(sb, "ALTER SCHEMA ");
	quote_ident(sb, name);
	strbuf_addstr(sb, " OWNER TO ");
	quote_ident(sb, owner);
	sql_end(sb);
}

void schema_step(struct dctx *x, struct schema *s, struct dobj *d)
{
	struct live_schema *l = (struct live_schema *)d->have;
	struct strbuf sb = STRBUF_INIT, inv = STRBUF_INIT;
	const char *owner = s->owner ? s->owner : l ? l->owner : x->cat->current_user;
	struct acl have = ACL_INIT, want = ACL_INIT;
	struct strbuf obj = STRBUF_INIT;
	strbuf_addstr(&obj, "SCHEMA ");
	quote_ident(&obj, s->h.name);
	want_schema_acl(x, &s->h, owner, &want);
	if (l) {
		acl_copy(&have, &l->acl);
		acl_rename(&have, l->owner, owner);
	}
	struct decision dc = decide_schema(s, l, owner, l ? acl_equal(&have, &want) : 0);
	if (dc.act == DA_CREATE) {
		strbuf_addstr(&sb, "CREATE SCHEMA ");
		quote_ident(&sb, s->h.name);
		if (strcmp(owner, x->cat->current_user)) {
			strbuf_addstr(&sb, " AUTHORIZATION ");
			quote_ident(&sb, owner);
		}
		sql_end(&sb);
		acl_default(&have, ACLC_SCHEMA, owner);
		acl_diff_sql(&sb, &have, &want, obj.buf, ACLC_SCHEMA, owner, 0);
		if (s->comment)
			schema_comment_sql(&sb, s->h.name, s->comment);
		strbuf_addstr(&inv, "DROP SCHEMA ");
		quote_ident(&inv, s->h.name);
		sql_end(&inv);
		d->step = new_step(x, STEP_CREATE, &s->h, &sb, NULL);
		set_inverse(x, d->step, &inv);
	} else if (dc.act == DA_ALTER) {
		if (dc.changes & CH_OWNER) {
			schema_owner_sql(&sb, s->h.name, owner);
			schema_owner_sql(&inv, s->h.name, l->owner);
		}
		if (dc.changes & CH_ACL) {
			acl_diff_sql(&sb, &have, &want, obj.buf, ACLC_SCHEMA, owner, 0);
			acl_undo_sql(&inv, &have, &want, obj.buf, ACLC_SCHEMA, owner);
		}
		if (dc.changes & CH_COMMENT) {
			schema_comment_sql(&sb, s->h.name, s->comment);
			schema_comment_sql(&inv, s->h.name, l->comment);
		}
		d->step = new_step(x, STEP_ALTER, &s->h, &sb, dc.reason);
		set_inverse(x, d->step, &inv);
		if (dc.changes & CH_ACL)
			note_revokes(x, d->step, &have, &want, ACLC_SCHEMA, owner, NULL);
	}
	acl_release(&have);
	acl_release(&want);
	strbuf_release(&sb);
	strbuf_release(&inv);
	strbuf_release(&obj);
}

/* "host=h" options of a tenant's server, as PostgreSQL stores them. */
static unsigned server_options(const struct tenant *t, char opts[][320])
{
	unsigned n = 0;
	snprintf(opts[n++], 320, "host=%s", t->host);
	if (t->port)
		snprintf(opts[n++], 320, "port=%d", t->port);
	snprintf(opts[n++], 320, "dbname=%s", t->dbname);
	if (t->sslmode)
		snprintf(opts[n++], 320, "sslmode=%s", t->sslmode);
	if (t->options)
		snprintf(opts[n++], 320, "options=%s", t->options);
	return n;
}

static void option_sql(struct strbuf *sb, const char *verb, const char *opt)
{
	const char *eq = strchr(opt, '=');
	strbuf_addf(sb, "%s%.*s ", verb, (int)(eq - opt), opt);
	quote_literal(sb, eq + 1);
}

static const char *find_option(const char **opts, unsigned n, const char *key, size_t klen)
{
	for (unsigned i = 0; i < n; i++)
		if (!strncmp(opts[i], key, klen) && opts[i][klen] == '=')
			return opts[i];
	return NULL;
}

void server_step(struct dctx *x, struct server *s, struct dobj *d)
{
	struct live_server *l = (struct live_server *)d->have;
	struct strbuf sb = STRBUF_INIT, inv = STRBUF_INIT, ch = STRBUF_INIT, back = STRBUF_INIT;
	char opts[5][320];
	unsigned n = server_options(s->tenant, opts);
	/* SET an option that is there, ADD one that is not; the undo sets it back or drops it */
	for (unsigned i = 0; l && i < n; i++) {
		size_t klen = (size_t)(strchr(opts[i], '=') - opts[i]);
		const char *cur = find_option(l->options, l->noptions, opts[i], klen);
		if (cur && !strcmp(cur, opts[i]))
			continue;
		option_sql(&ch, cur ? (ch.len ? ", SET " : "SET ") : (ch.len ? ", ADD " : "ADD "), opts[i]);
		if (cur)
			option_sql(&back, back.len ? ", SET " : "SET ", cur);
		else
			strbuf_addf(&back, "%sDROP %.*s", back.len ? ", " : "", (int)klen, opts[i]);
	}
	struct decision dc = decide_server(l, ch.len == 0);
	if (dc.act == DA_CREATE) {
		strbuf_addstr(&sb, "CREATE SERVER ");
		quote_ident(&sb, s->h.name);
		strbuf_addstr(&sb, " FOREIGN DATA WRAPPER dblink_fdw OPTIONS (");
		for (unsigned i = 0; i < n; i++)
			option_sql(&sb, i ? ", " : "", opts[i]);
		strbuf_addch(&sb, ')');
		sql_end(&sb);
		strbuf_addstr(&inv, "DROP SERVER ");
		quote_ident(&inv, s->h.name);
		sql_end(&inv);
		d->step = new_step(x, STEP_CREATE, &s->h, &sb, NULL);
		set_inverse(x, d->step, &inv);
	} else if (dc.act == DA_ALTER) {
		strbuf_addstr(&sb, "ALTER SERVER ");
		quote_ident(&sb, s->h.name);
		strbuf_addstr(&sb, " OPTIONS (");
		strbuf_addbuf(&sb, &ch);
		strbuf_addch(&sb, ')');
		sql_end(&sb);
		strbuf_addstr(&inv, "ALTER SERVER ");
		quote_ident(&inv, s->h.name);
		strbuf_addf(&inv, " OPTIONS (%s)", back.buf);
		sql_end(&inv);
		d->step = new_step(x, STEP_ALTER, &s->h, &sb, dc.reason);
		set_inverse(x, d->step, &inv);
	}
	strbuf_release(&sb);
	strbuf_release(&inv);
	strbuf_release(&ch);
	strbuf_release(&back);
}

static void mapping_for(struct dctx *x, struct strbuf *sb, const struct user_mapping *u)
{
	strbuf_addstr(sb, "USER MAPPING FOR ");
	if (u->role)
		quote_ident(sb, u->role);
	else
		strbuf_addstr(sb, "CURRENT_USER");
	strbuf_addstr(sb, " SERVER ");
	quote_ident(sb, u->server);
	(void)x;
}

void mapping_step(struct dctx *x, struct user_mapping *u, struct dobj *d)
{
	struct live_mapping *l = (struct live_mapping *)d->have;
	const struct tenant *t = u->tenant;
	struct strbuf sb = STRBUF_INIT, inv = STRBUF_INIT, ch = STRBUF_INIT;
	int wants_password = t->password_env || t->password_file;
	const char *cur = l ? find_option(l->options, l->noptions, "user", 4) : NULL;
	if (l && l->options_hidden) {
		/* another role's mapping: its options cannot be compared by this role */
		plan_skip(x->p, OBJ_USER_MAPPING, u->h.ident,
			  arena_printf(&x->p->arena, "its options are shown only to role '%s' and the owner of "
				       "server '%s'; plan as one of them to compare them", l->role, l->server));
		goto done;
	}
	struct decision dc = decide_mapping(l, cur && !strcmp(cur + 5, t->user), wants_password,
					    x->stale_password && x->stale_password[u->h.id]);
	if (dc.act == DA_CREATE) {
		strbuf_addstr(&sb, "CREATE ");
		mapping_for(x, &sb, u);
		strbuf_addstr(&sb, " OPTIONS (user ");
		quote_literal(&sb, t->user);
		if (wants_password) {
			strbuf_addstr(&sb, ", password ");
			secret_here(x, &sb, t->password_env, t->password_file, 0);
		}
		strbuf_addch(&sb, ')');
		sql_end(&sb);
		strbuf_addstr(&inv, "DROP ");
		mapping_for(x, &inv, u);
		sql_end(&inv);
		d->step = new_step(x, STEP_CREATE, &u->h, &sb, NULL);
		set_inverse(x, d->step, &inv);
	} else if (dc.act == DA_ALTER) {
		if (dc.changes & CH_USER) {
			strbuf_addstr(&ch, cur ? "SET user " : "ADD user ");
			quote_literal(&ch, t->user);
			/* the undo of a user change alone: the user as it was */
			strbuf_addstr(&inv, "ALTER ");
			mapping_for(x, &inv, u);
			if (cur) {
				strbuf_addstr(&inv, " OPTIONS (SET user ");
				quote_literal(&inv, cur + 5);
				strbuf_addch(&inv, ')');
			} else {
				strbuf_addstr(&inv, " OPTIONS (DROP user)");
			}
			sql_end(&inv);
		}
		if (dc.changes & (CH_PW_ADD | CH_PW_SET)) {
			strbuf_addstr(&ch, ch.len ? ", " : "");
			strbuf_addstr(&ch, dc.changes & CH_PW_ADD ? "ADD password " : "SET password ");
			secret_here(x, &ch, t->password_env, t->password_file, 0);
		} else if (dc.changes & CH_PW_DROP) {
			strbuf_addstr(&ch, ch.len ? ", DROP password" : "DROP password");
		}
		strbuf_addstr(&sb, "ALTER ");
		mapping_for(x, &sb, u);
		strbuf_addstr(&sb, " OPTIONS (");
		strbuf_addbuf(&sb, &ch);
		strbuf_addch(&sb, ')');
		sql_end(&sb);
		d->step = new_step(x, STEP_ALTER, &u->h, &sb, dc.reason);
		d->step->hazards |= dc.hazards;
		if (dc.irreversible)
			step_irreversible(d->step, dc.irreversible);
		else
			set_inverse(x, d->step, &inv);
	}
done:
	strbuf_release(&ch);
	strbuf_release(&sb);
	strbuf_release(&inv);
}

static const char *create_or_replace(struct dctx *x, const char *sql)
{
	/* the statement as written, made CREATE OR REPLACE */
	const char *p = sql;
	while (*p == ' ' || *p == '\n' || *p == '\t')
		p++;
	if (!strncasecmp(p, "create", 6)) {
		const char *q = p + 6;
		while (*q == ' ' || *q == '\n' || *q == '\t')
			q++;
		if (strncasecmp(q, "or ", 3))
			return arena_printf(&x->p->arena, "CREATE OR REPLACE %s", q);
	}
	return sql;
}

/*
 * Function F's owner, comment and privileges, made again after a
 * CREATE by the applying user: from the owner's defaults (with what the
 * applying user's default privileges add) to ACL.  OBJ: "FUNCTION s.f(args)".
 */
static void function_attrs_again(struct dctx *x, const struct function *f, const char *obj,
				 const char *owner, const char *comment, const struct acl *acl,
				 struct strbuf *sb)
{
	struct acl fresh = ACL_INIT;
	acl_default(&fresh, ACLC_FUNCTION, owner);
	add_defaults(x, &fresh, f->h.schema, x->cat->current_user, 1, ACLC_FUNCTION);
	if (strcmp(owner, x->cat->current_user)) {
		strbuf_addf(sb, "ALTER %s OWNER TO ", obj);
		quote_ident(sb, owner);
		sql_end(sb);
	}
	if (comment) {
		strbuf_addf(sb, "COMMENT ON %s IS ", obj);
		quote_literal(sb, comment);
		sql_end(sb);
	}
	acl_diff_sql(sb, &fresh, acl, obj, ACLC_FUNCTION, owner, 0);
	acl_release(&fresh);
}

/*
 * A function CREATE OR REPLACE cannot change (its result, its arguments'
 * names, fewer defaults): dropped and created again in one transaction,
 * keeping its owner and comment, its privileges set to WANT.  The
 * declared functions whose bodies call it (D->carried) and the views and
 * materialized views that read any of them are dropped first and made
 * again after it, in the same transaction; anything else that depends on
 * them made the plan an error before (decide_function()).
 */
static void function_recreate(struct dctx *x, struct function *f, struct dobj *d,
			      const struct decision *dc, const char *obj, const struct acl *want)
{
	struct live_function *l = (struct live_function *)d->have;
	struct strbuf sb = STRBUF_INIT, inv = STRBUF_INIT;
	struct live_rel *readers[1];
	int has_readers = live_readers(x, l->oid, readers, 1) > 0;
	/* the declared functions that call it go first (callers of callers first), with what reads them */
	for (unsigned i = 0; i < d->ncarried; i++) {
		const struct live_function *c = (const void *)x->cat->m.objs[d->carried[i]];
		has_readers |= live_readers(x, c->oid, readers, 1) > 0;
		drop_readers(x, c->oid, &sb);
		strbuf_addf(&sb, "DROP %s ", c->prokind == 'p' ? "PROCEDURE" : "FUNCTION");
		quote_qualified(&sb, c->h.schema, c->h.name);
		strbuf_addf(&sb, "(%s)", c->args);
		sql_end(&sb);
	}
	/* the views that read it go first, and are made again after it, in one transaction */
	drop_readers(x, l->oid, &sb);
	strbuf_addf(&sb, "DROP %s", obj);
	sql_end(&sb);
	strbuf_addstr(&sb, f->sql.sql);
	strbuf_rtrim(&sb);
	sql_end(&sb);
	function_attrs_again(x, f, obj, l->owner, l->comment, want, &sb);
	/* then the callers, as the state declares them (callees first) */
	for (unsigned i = d->ncarried; i-- > 0;) {
		const struct live_function *c = (const void *)x->cat->m.objs[d->carried[i]];
		struct function *cf = (struct function *)model_find(x->m, OBJ_FUNCTION, c->h.ident);
		struct strbuf cobj = STRBUF_INIT;
		struct acl cwant = ACL_INIT;
		strbuf_addf(&cobj, "%s ", cf->procedure ? "PROCEDURE" : "FUNCTION");
		quote_qualified(&cobj, cf->h.schema, cf->h.name);
		strbuf_addf(&cobj, "(%s)", cf->args);
		want_function_acl(x, cf, c->owner, &cwant);
		strbuf_addstr(&sb, create_or_replace(x, cf->sql.sql));
		strbuf_rtrim(&sb);
		sql_end(&sb);
		function_attrs_again(x, cf, cobj.buf, c->owner, c->comment, &cwant, &sb);
		acl_release(&cwant);
		strbuf_release(&cobj);
	}
	const char *why = d->why ? d->why : dc->reason;
	for (unsigned i = 0; i < d->ncarried; i++)
		why = arena_printf(&x->p->arena, "%s%s%s", why, i ? ", " : "; with the functions that call it: ",
				   x->cat->m.objs[d->carried[i]]->ident);
	d->step = new_step(x, STEP_RECREATE, &f->h, &sb, why);
	d->step->hazards |= dc->hazards;
	if (has_readers) {
		if (!x->cols_group)
			x->cols_group = ++x->next_group;
		d->step->group = x->cols_group;
		d->step->swaps = 1;
		d->step->hazards |= HAZARD_EXCLUSIVE_LOCK;
		recreate_readers(x, l->oid, d->step);
	}
	for (unsigned i = 0; i < d->ncarried; i++) {
		const struct live_function *c = (const void *)x->cat->m.objs[d->carried[i]];
		struct object *cf = model_find(x->m, OBJ_FUNCTION, c->h.ident);
		x->live_step[c->h.id] = d->step;
		x->d[cf->id].step = d->step;
		if (has_readers)
			recreate_readers(x, c->oid, d->step);
	}
	note_revokes(x, d->step, &l->acl, want, ACLC_FUNCTION, l->owner, NULL);
	if (d->ncarried) {
		d->step->hazards |= HAZARD_IRREVERSIBLE;
		step_irreversible(d->step, "the functions that call it are dropped and made again with it");
	} else if (l->def) {
		strbuf_addf(&inv, "DROP %s", obj);
		sql_end(&inv);
		strbuf_addstr(&inv, l->def);
		strbuf_rtrim(&inv);
		sql_end(&inv);
		function_attrs_again(x, f, obj, l->owner, l->comment, &l->acl, &inv);
		set_inverse(x, d->step, &inv);
	} else {
		step_irreversible(d->step, dc->irreversible);
	}
	x->live_step[l->h.id] = d->step;
	strbuf_release(&sb);
	strbuf_release(&inv);
}

void function_step(struct dctx *x, struct function *f, struct dobj *d)
{
	struct live_function *l = (struct live_function *)d->have;
	struct strbuf sb = STRBUF_INIT, inv = STRBUF_INIT, obj = STRBUF_INIT;
	const char *owner = l ? l->owner : x->cat->current_user;
	struct acl have = ACL_INIT, want = ACL_INIT;
	strbuf_addf(&obj, "%s ", f->procedure ? "PROCEDURE" : "FUNCTION");
	quote_qualified(&obj, f->h.schema, f->h.name);
	strbuf_addf(&obj, "(%s)", f->args);
	want_function_acl(x, f, owner, &want);
	if (l) {
		acl_copy(&have, &l->acl);
	} else {
		acl_default(&have, ACLC_FUNCTION, owner);
		add_defaults(x, &have, f->h.schema, owner, 1, ACLC_FUNCTION);
	}
	if (l && x->live_step[l->h.id]) {
		/* dropped and made again with a function its body calls */
		d->step = x->live_step[l->h.id];
		goto done;
	}
	struct decision dc = decide_function(l, d->status == DS_DEF, !d->cols_changed, d->blockers,
					     acl_equal(&have, &want));
	switch (dc.act) {
	case DA_ERROR:
		error("%s", dc.msg);
		x->errors++;
		break;
	case DA_RECREATE:
		function_recreate(x, f, d, &dc, obj.buf, &want);
		break;
	case DA_CREATE:
	case DA_REPLACE:
		strbuf_addstr(&sb, create_or_replace(x, f->sql.sql));
		strbuf_rtrim(&sb);
		sql_end(&sb);
		acl_diff_sql(&sb, &have, &want, obj.buf, ACLC_FUNCTION, owner, 0);
		if (dc.act == DA_CREATE) {
			strbuf_addf(&inv, "DROP %s", obj.buf);
			sql_end(&inv);
			d->step = new_step(x, STEP_CREATE, &f->h, &sb, NULL);
			set_inverse(x, d->step, &inv);
			break;
		}
		d->step = new_step(x, STEP_REPLACE, &f->h, &sb, d->why ? d->why : dc.reason);
		note_revokes(x, d->step, &have, &want, ACLC_FUNCTION, owner, NULL);
		d->step->hazards |= dc.hazards;
		if (l->def) {
			/* the definition as it was, and its privileges as they were */
			strbuf_addstr(&inv, l->def);
			strbuf_rtrim(&inv);
			sql_end(&inv);
			acl_undo_sql(&inv, &have, &want, obj.buf, ACLC_FUNCTION, owner);
			set_inverse(x, d->step, &inv);
		} else {
			step_irreversible(d->step, dc.irreversible);
		}
		x->live_step[l->h.id] = d->step;
		break;
	case DA_ALTER:
		acl_diff_sql(&sb, &have, &want, obj.buf, ACLC_FUNCTION, owner, 0);
		acl_undo_sql(&inv, &have, &want, obj.buf, ACLC_FUNCTION, owner);
		d->step = new_step(x, STEP_ALTER, &f->h, &sb, dc.reason);
		note_revokes(x, d->step, &have, &want, ACLC_FUNCTION, owner, NULL);
		set_inverse(x, d->step, &inv);
		break;
	default:
		break;
	}
done:
	acl_release(&have);
	acl_release(&want);
	strbuf_release(&sb);
	strbuf_release(&inv);
	strbuf_release(&obj);
}

static void cron_args(struct dctx *x, struct strbuf *sb, const struct cron_job *j)
{
	quote_literal(sb, j->schedule);
	strbuf_addstr(sb, ", ");
	quote_literal(sb, j->command.sql);
	strbuf_addstr(sb, ", ");
	quote_literal(sb, j->database ? j->database : x->cat->database);
	strbuf_addstr(sb, ", ");
	quote_literal(sb, j->username ? j->username : x->cat->current_user);
	strbuf_addf(sb, ", %s", j->active ? "true" : "false");
}

void cron_step(struct dctx *x, struct cron_job *j, struct dobj *d)
{
	struct live_cron *l = (struct live_cron *)d->have;
	struct strbuf sb = STRBUF_INIT, inv = STRBUF_INIT;
	int have_pg_cron = x->cat->has_cron || x->cat->cron_remote || (model_find(x->m, OBJ_EXTENSION, "pg_cron") &&
						x->cat->cron_database &&
						!strcmp(x->cat->cron_database, x->cat->database));
	const char *db = j->database ? j->database : x->cat->database;
	const char *user = j->username ? j->username : l ? l->username : x->cat->current_user;
	struct decision dc = decide_cron(j, l, have_pg_cron, db, user);
	if (dc.act == DA_SKIP) {
		plan_skip(x->p, OBJ_CRON, j->h.ident,
			  arena_printf(&x->p->arena, "pg_cron is not in database '%s' (cron.database_name is '%s')",
				       x->cat->database, x->cat->cron_database ? x->cat->cron_database : "unset"));
		goto done;
	}
	if (dc.act == DA_CREATE && !x->cat->is_superuser && strcmp(user, x->cat->connected_user)) {
		/* pg_cron shows a role its own jobs only: this one may well exist */
		plan_skip(x->p, OBJ_CRON, j->h.ident,
			  arena_printf(&x->p->arena, "it runs as '%s', and pg_cron shows '%s' only its own jobs; "
				       "plan as a superuser", user, x->cat->connected_user));
		goto done;
	}
	if (dc.act == DA_CREATE) {
		strbuf_addstr(&sb, "SELECT cron.schedule_in_database(");
		quote_literal(&sb, j->h.name);
		strbuf_addstr(&sb, ", ");
		cron_args(x, &sb, j);
		strbuf_addch(&sb, ')');
		sql_end(&sb);
		strbuf_addstr(&inv, "SELECT cron.unschedule(");
		quote_literal(&inv, j->h.name);
		strbuf_addch(&inv, ')');
		sql_end(&inv);
		d->step = new_step(x, STEP_CREATE, &j->h, &sb, NULL);
		set_inverse(x, d->step, &inv);
		if (x->cat->cron_remote)
			d->step->database = x->cat->cron_database;
		goto done;
	}
	if (dc.act == DA_ALTER) {
		struct cron_job cur = *j;
		cur.username = user;
		strbuf_addf(&sb, "SELECT cron.alter_job(%lld, ", l->jobid);
		cron_args(x, &sb, &cur);
		strbuf_addch(&sb, ')');
		sql_end(&sb);
		strbuf_addf(&inv, "SELECT cron.alter_job(%lld, ", l->jobid);
		quote_literal(&inv, l->schedule);
		strbuf_addstr(&inv, ", ");
		quote_literal(&inv, l->command);
		strbuf_addstr(&inv, ", ");
		quote_literal(&inv, l->database);
		strbuf_addstr(&inv, ", ");
		quote_literal(&inv, l->username);
		strbuf_addf(&inv, ", %s)", l->active ? "true" : "false");
		sql_end(&inv);
		d->step = new_step(x, STEP_ALTER, &j->h, &sb, dc.reason);
		set_inverse(x, d->step, &inv);
		if (x->cat->cron_remote)
			d->step->database = x->cat->cron_database;
	}
done:
	strbuf_release(&sb);
	strbuf_release(&inv);
}

/*
 * The step that brings the default privileges of WHO in SCHEMA (FN: for
 * functions, else tables) from HAVE to WANT, for object O; NULL when they
 * are as desired.
 */
static struct step *defacl_step(struct dctx *x, const struct object *o, const char *who,
				const char *schema, int fn, const struct acl *have, const struct acl *want)
{
	enum acl_class c = fn ? ACLC_FUNCTION : ACLC_TABLE;
	if (acl_equal(have, want))
		return NULL;
	struct strbuf sb = STRBUF_INIT, inv = STRBUF_INIT;
	struct strbuf body = STRBUF_INIT, back = STRBUF_INIT, prefix = STRBUF_INIT;
	const char *obj = fn ? "FUNCTIONS" : "TABLES";
	acl_diff_sql(&body, have, want, obj, c, NULL, 0);
	acl_undo_sql(&back, have, want, obj, c, NULL);
	/* prefix every statement with ALTER DEFAULT PRIVILEGES ... */
	strbuf_addstr(&prefix, "ALTER DEFAULT PRIVILEGES FOR ROLE ");
	quote_ident(&prefix, who);
	strbuf_addstr(&prefix, " IN SCHEMA ");
	quote_ident(&prefix, schema);
	strbuf_addch(&prefix, ' ');
	for (int pass = 0; pass < 2; pass++) {
		struct strbuf *src = pass ? &back : &body, *dst = pass ? &inv : &sb;
		const char *one = src->buf, *end = src->buf + src->len;
		while (one < end) {
			size_t n = strlen(one);    /* statements end with NUL (sql_end) */
			strbuf_addbuf(dst, &prefix);
			strbuf_add(dst, one, n);
			sql_end(dst);
			one += n + 1;
		}
	}
	struct step *s = new_step(x, STEP_ALTER, o, &sb, "default privileges");
	note_revokes(x, s, have, want, c, NULL, "default privileges");
	s->target = arena_printf(&x->p->arena, "default %s in schema %s for %s",
				 fn ? "functions" : "tables", schema, who);
	set_inverse(x, s, &inv);
	ALLOC_GROW(x->defacls, x->ndefacls + 1, x->adefacls);
	x->defacls[x->ndefacls++] = (struct defacl_change){ s, schema, who, fn };
	strbuf_release(&prefix);
	strbuf_release(&body);
	strbuf_release(&back);
	strbuf_release(&sb);
	strbuf_release(&inv);
	return s;
}

/*
 * Default privileges: those the state declares, per (role, schema, kind),
 * kept exactly; those of a role in a schema of the state for tables or
 * functions that the state declares none of are revoked.
 */
void defacl_steps(struct dctx *x)
{
	struct model *m = x->m;
	for (unsigned i = 0; i < m->nobjs; i++) {
		const struct grant *g = (const void *)m->objs[i];
		if (g->h.kind != OBJ_GRANT ||
		    (g->target != GRANT_ON_DEFAULT_TABLES && g->target != GRANT_ON_DEFAULT_FUNCTIONS))
			continue;
		int fn = g->target == GRANT_ON_DEFAULT_FUNCTIONS;
		const char *who = g->for_role ? g->for_role : x->cat->current_user;
		/* handle each (role, schema, type) once: at its first grant */
		int first = 1;
		for (unsigned k = 0; k < i; k++) {
			const struct grant *h = (const void *)m->objs[k];
			if (h->h.kind == OBJ_GRANT && h->target == g->target &&
			    !strcmp(h->target_schema, g->target_schema) &&
			    !strcmp(h->for_role ? h->for_role : x->cat->current_user, who))
				first = 0;
		}
		if (!first)
			continue;
		enum acl_class c = fn ? ACLC_FUNCTION : ACLC_TABLE;
		struct acl want = ACL_INIT, have = ACL_INIT;
		for (unsigned k = i; k < m->nobjs; k++) {
			const struct grant *h = (const void *)m->objs[k];
			if (h->h.kind == OBJ_GRANT && h->target == g->target &&
			    !strcmp(h->target_schema, g->target_schema) &&
			    !strcmp(h->for_role ? h->for_role : x->cat->current_user, who))
				add_grant(&want, h, c);
		}
		struct strbuf id = STRBUF_INIT;
		strbuf_addf(&id, "%s:%s:%c", who, g->target_schema, fn ? 'f' : 'r');
		const struct live_defacl *l = (const void *)model_find(&x->cat->m, OBJ_GRANT, id.buf);
		if (l) {
			acl_copy(&have, &l->acl);
			x->live_taken[l->h.id] = 1;
		}
		struct step *s = defacl_step(x, &g->h, who, g->target_schema, fn, &have, &want);
		if (s)
			x->d[g->h.id].step = s;
		acl_release(&have);
		acl_release(&want);
		strbuf_release(&id);
	}
	for (unsigned i = 0; i < x->cat->m.nobjs; i++) {
		const struct live_defacl *l = (const void *)x->cat->m.objs[i];
		if (l->h.kind != OBJ_GRANT || x->live_taken[l->h.id] || !l->nsp ||
		    (l->objtype != 'r' && l->objtype != 'f') || !model_find(m, OBJ_SCHEMA, l->nsp))
			continue;
		struct acl none = ACL_INIT;
		x->live_taken[l->h.id] = 1;
		defacl_step(x, &l->h, l->role, l->nsp, l->objtype == 'f', &l->acl, &none);
		acl_release(&none);
	}
}

/* Grants on objects pgform does not manage: only added, never revoked. */
void unmanaged_grants(struct dctx *x)
{
	struct model *m = x->m;
	for (unsigned i = 0; i < m->nobjs; i++) {
		const struct grant *g = (const void *)m->objs[i];
		if (g->h.kind != OBJ_GRANT || (g->target != GRANT_ON_TABLE && g->target != GRANT_ON_ALL_TABLES))
			continue;
		for (unsigned k = 0; k < x->cat->m.nobjs; k++) {
			struct live_rel *l = (struct live_rel *)x->cat->m.objs[k];
			if ((l->h.kind != OBJ_TABLE && l->h.kind != OBJ_VIEW && l->h.kind != OBJ_MATVIEW) ||
			    x->live_taken[l->h.id] || strcmp(l->h.schema, g->target_schema))
				continue;
			if (g->target == GRANT_ON_TABLE && strcmp(l->h.name, g->target_name))
				continue;
			if (!strncmp(l->h.name, "pgform", 6) && strstr(l->h.name, "__pgform_"))
				continue;
			struct acl want = ACL_INIT;
			acl_copy(&want, &l->acl);
			add_grant(&want, g, ACLC_TABLE);
			if (acl_equal(&l->acl, &want)) {
				acl_release(&want);
				continue;
			}
			struct strbuf sb = STRBUF_INIT, inv = STRBUF_INIT;
			acl_diff_sql(&sb, &l->acl, &want, acl_object(x, l->h.schema, l->h.name), ACLC_TABLE, l->owner, 1);
			acl_undo_sql(&inv, &l->acl, &want, acl_object(x, l->h.schema, l->h.name), ACLC_TABLE, l->owner);
			acl_release(&want);
			struct step *s = new_step(x, STEP_ALTER, &l->h, &sb,
						  arena_printf(&x->p->arena, "granted by: %s", g->h.ident));
			set_inverse(x, s, &inv);
			strbuf_release(&sb);
			strbuf_release(&inv);
		}
	}
}
