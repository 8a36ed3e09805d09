#include "cmd/planrun.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "catalog/db.h"
#include "load/gitinfo.h"
#include "load/load.h"
#include "base/strbuf.h"
#include "base/timing.h"
#include "base/usage.h"
#include "base/version.h"

static void secret_missing(const char *what, const char *env, const char *file, int fatal,
			   int *missing)
{
	if (env && !getenv(env)) {
		if (fatal)
			error("%s: environment variable '%s' is not set", what, env);
		else
			warning("%s: environment variable '%s' is not set (apply will need it)", what, env);
		(*missing)++;
	} else if (env && !*getenv(env)) {
		/* an empty password is never what was meant: it would be sent as password='' */
		if (fatal)
			error("%s: environment variable '%s' is empty", what, env);
		else
			warning("%s: environment variable '%s' is empty (apply will refuse it)", what, env);
		(*missing)++;
	}
	if (file) {
		struct strbuf sb = STRBUF_INIT;
		int r = strbuf_read_file(&sb, file, SECRET_FILE_MAX);
		if (r < 0) {
			if (fatal)
				error("%s: cannot read password file '%s': %s", what, file, read_file_error(r, SECRET_FILE_MAX));
			else
				warning("%s: cannot read password file '%s': %s (apply will need it)", what, file,
					read_file_error(r, SECRET_FILE_MAX));
			(*missing)++;
		}
		strbuf_release(&sb);
	}
}

void plan_check_secrets(const struct model *m, int fatal, int *missing)
{
	*missing = 0;
	for (unsigned i = 0; i < m->nobjs; i++) {
		const struct object *o = m->objs[i];
		char what[200];
		if (o->kind == OBJ_ROLE) {
			const struct role *r = (const void *)o;
			snprintf(what, sizeof(what), "role '%s'", o->name);
			secret_missing(what, r->password_env, r->password_file, fatal, missing);
		} else if (o->kind == OBJ_USER_MAPPING) {
			const struct user_mapping *u = (const void *)o;
			snprintf(what, sizeof(what), "tenant '%s'", u->tenant->key);
			secret_missing(what, u->tenant->password_env, u->tenant->password_file, fatal, missing);
		}
	}
}

void plan_opts_init(struct plan_opts *o)
{
	memset(o, 0, sizeof(*o));
	o->file = "pgform.yaml";
	o->diff.targets = o->target_buf;
	o->diff.replace = o->replace_buf;
}

/*
 * The role the plan is for: --as-role, or for a plan to review the role
 * that ran the last complete apply, or the role connected.  Its name is
 * what "the current user" means in the plan: the owner of what is created
 * and the role of a tenant's user mapping.
 */
static int plan_for_role(struct plan_run *r, const struct plan_opts *o)
{
	struct catalog *cat = &r->cat;
	const char *role = o->as_role;
	if (role && !model_find(&cat->m, OBJ_ROLE, role))
		return error("--as-role: role \"%s\" does not exist", role);
	if (!role && o->review && cat->last_apply_role && model_find(&cat->m, OBJ_ROLE, cat->last_apply_role)) {
		role = cat->last_apply_role;
		if (strcmp(role, cat->connected_user))
			info("planned for role %s, which ran the last apply (--as-role ROLE plans for another)", role);
	}
	if (role)
		cat->current_user = role;
	return 0;
}

/*
 * The catalog is read while the state loads: the read is mostly the
 * server's work, the load the client's.  What the read reports waits
 * until the load is known to be good, so that a state with errors gets
 * those reported and nothing else, and messages come in the order they
 * would without the overlap.  The read leaves the extensions the server
 * could install for plan_run(), which knows them from the state.
 */
struct read_job {
	struct plan_run *r;
	const char *conninfo;
	struct strbuf said;     /* what the read reported */
	int rc;
};

static void *read_catalog(void *arg)
{
	struct read_job *j = arg;
	usage_capture(&j->said);
	if (!j->r->conn)
		j->r->conn = db_connect(j->conninfo);
	j->rc = j->r->conn ? catalog_read_begin(&j->r->cat, j->r->conn, 1) : -1;
	usage_capture(NULL);
	return NULL;
}

int plan_run(struct plan_run *r, const struct plan_opts *o)
{
	int today;
	if (today_resolve(o->today, &today) < 0)
		return -1;
	struct read_job job = { r, o->conninfo, STRBUF_INIT, -1 };
	pthread_t reader;
	r->cat.conninfo = o->conninfo ? o->conninfo : "";
	int overlap = pthread_create(&reader, NULL, read_catalog, &job) == 0;
	timing_enter(TIMING_LOAD);
	int loaded = model_load_rev(&r->m, o->file, today, o->rev);
	timing_enter(TIMING_READ);
	if (overlap)
		pthread_join(reader, NULL);
	if (loaded < 0) {
		diags_print(&r->m.diags, stderr);
		strbuf_release(&job.said);
		return -1;
	}
	diags_print(&r->m.diags, stderr);
	if (!overlap)
		read_catalog(&job);
	fputs(job.said.buf, stderr);
	strbuf_release(&job.said);
	if (job.rc < 0)
		return -1;
	const char *const *names = diff_extension_names(&r->m);
	int rc = catalog_read_end(&r->cat, r->conn, names);
	free((void *)names);
	if (rc < 0)
		return -1;
	if (plan_for_role(r, o) < 0)
		return -1;
	timing_enter(TIMING_DECIDE);
	if (diff_plan(&r->p, &r->m, &r->cat, r->conn, &o->diff) < 0)
		return -1;
	/* a revision is its commit, never dirty; else the working tree's HEAD, "-dirty" when changed */
	r->p.git_commit = r->m.rev_commit ? arena_strdup(&r->p.arena, r->m.rev_commit) :
					    git_commit_of(o->file, &r->p.arena);
	r->p.pgform_version = PGFORM_VERSION;
	return 0;
}

void plan_run_free(struct plan_run *r)
{
	plan_free(&r->p);
	catalog_free(&r->cat);
	model_free(&r->m);
	if (r->conn)
		PQfinish(r->conn);
	r->conn = NULL;
}
