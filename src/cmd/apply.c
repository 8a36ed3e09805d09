/*
 * pgform apply: compute the plan (or load a saved one) and run it.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cmd/cmd.h"
#include "cmd/opts.h"
#include "apply/apply.h"
#include "catalog/db.h"
#include "plan/planfile.h"
#include "output/planfmt.h"
#include "cmd/planrun.h"
#include "expand/spechash.h"
#include "catalog/state.h"
#include "base/usage.h"


/* Every secret a step of P names is a variable that is set or a file that can be read. */
static int secrets_present(const struct plan *p)
{
	int bad = 0;
	for (unsigned i = 0; i < p->nsteps; i++) {
		const struct step *s = p->steps[i];
		for (unsigned k = 0; k < s->nsecrets; k++) {
			const struct secret_ref *ref = &s->secrets[k];
			if (ref->env && (!getenv(ref->env) || !*getenv(ref->env))) {
				error("step %u needs the password in environment variable '%s', which is %s",
				      s->id, ref->env, getenv(ref->env) ? "empty" : "not set");
				bad++;
			} else if (!ref->env && (!ref->file || access(ref->file, R_OK))) {
				error("step %u needs the password in file '%s', which cannot be read",
				      s->id, ref->file ? ref->file : "");
				bad++;
			}
		}
	}
	return bad ? -1 : 0;
}

/*
 * A password sent as a literal (a user mapping's; a role's goes as a SCRAM
 * verifier) reaches the server log when statement logging records it, and
 * only a superuser, or a role granted SET on the logging parameters, may
 * turn logging off for its transaction.  For any other role, refused
 * unless ALLOW, saying why.
 */
static int secrets_loggable(const struct plan *p, int may_quiet_log, int allow)
{
	if (may_quiet_log || allow)
		return 0;
	for (unsigned i = 0; i < p->nsteps; i++) {
		const struct step *s = p->steps[i];
		for (unsigned k = 0; k < s->nsecrets; k++)
			if (!s->secrets[k].verifier)
				return error("step %u (%s %s %s) sends a password the server could write to its log, and only "
					     "a superuser or a role granted SET on the logging parameters may turn statement logging off; "
					     "apply as one, or run with "
					     "--allow-secret-in-server-log", s->id, step_action_name(s->action),
					     obj_kind_words(s->kind), s->target);
	}
	return 0;
}

/* Which kinds differ between two catalog_detail strings, for the refusal. */
static void changed_kinds(const char *was, const char *now, struct strbuf *out)
{
	char *a = xstrdup(was ? was : ""), *save = NULL;
	for (char *tok = strtok_r(a, ";", &save); tok; tok = strtok_r(NULL, ";", &save)) {
		if (!now || !strstr(now, tok)) {
			char *eq = strchr(tok, '=');
			if (eq)
				*eq = '\0';
			strbuf_addf(out, "%s%s", out->len ? ", " : "", tok);
		}
	}
	free(a);
}

/*
 * Read the saved plan at PATH, before anything else happens: refused when
 * it is not the file pgform wrote (planfile_read checks its plan_hash),
 * when it is not the plan reviewed (WANT_HASH, when given, must be its
 * plan_hash), or when it does not say which database it is for and what
 * that database was.
 */
static int read_saved(struct plan_run *r, const char *path, const char *want_hash)
{
	if (planfile_read(&r->p, path) < 0)
		return -1;
	if (want_hash && strcmp(want_hash, r->p.plan_hash))
		return error("plan '%s' is not the plan that was reviewed: its plan_hash is %s, not %s",
			     path, r->p.plan_hash, want_hash);
	if (!r->p.database)
		return error("%s: 'database' is missing: a saved plan is applied only to the database it names",
			     path);
	if (!r->p.catalog_fp)
		return error("%s: 'catalog_fingerprint' is missing: a saved plan is applied only to the catalog "
			     "it was made against", path);
	return 0;
}

/* Refuse the saved plan at PATH if it was made for another database, or the database changed since. */
static int check_saved(struct plan_run *r, const char *path, const char *conninfo)
{
	const char *const none[] = { NULL };
	r->cat.conninfo = conninfo ? conninfo : "";
	if (catalog_read(&r->cat, r->conn, none) < 0)
		return -1;
	char fp[17];
	hash_hex(r->cat.fingerprint, fp);
	if (strcmp(r->p.database, r->cat.database))
		return error("plan '%s' was made for database '%s', not '%s'", path, r->p.database,
			     r->cat.database);
	if (r->p.apply_role && strcmp(r->p.apply_role, r->cat.current_user))
		return error("plan '%s' was made for role %s to apply (its owners and user mappings are that "
			     "role's), not %s: connect as %s, or plan again with --as-role %s", path,
			     r->p.apply_role, r->cat.current_user, r->p.apply_role, r->cat.current_user);
	if (strcmp(r->p.catalog_fp, fp)) {
		struct strbuf what = STRBUF_INIT;
		changed_kinds(r->p.catalog_detail, r->cat.detail, &what);
		error("the database changed since plan '%s' was made (%s changed); make a new plan",
		      path, what.len ? what.buf : "its catalog");
		strbuf_release(&what);
		return -1;
	}
	return 0;
}

int cmd_apply(int argc, char **argv)
{
	static const struct option lo[] = {
		{ "file", required_argument, NULL, 'f' },
		{ "dbname", required_argument, NULL, 'd' },
		{ "today", required_argument, NULL, 'T' },
		{ "rev", required_argument, NULL, 'G' },
		{ "dry-run", no_argument, NULL, 'n' },
		{ "atomic", no_argument, NULL, 'a' },
		{ "jobs", required_argument, NULL, 'j' },
		{ "keep-old", no_argument, NULL, 'k' },
		{ "swap-batch", required_argument, NULL, 'B' },
		{ "on-error", required_argument, NULL, 'e' },
		{ "target", required_argument, NULL, 't' },
		{ "replace", required_argument, NULL, 'r' },
		{ "allow-destroy", no_argument, NULL, 'A' },
		{ "allow-secret-in-server-log", no_argument, NULL, 'S' },
		{ "plan-hash", required_argument, NULL, 'H' },
		{ "lock-timeout", required_argument, NULL, 'L' },
		{ "verbose", no_argument, NULL, 'v' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	struct plan_opts o;
	struct plan_run r;
	struct apply_opts ao;
	const char *saved = NULL, *want_hash = NULL;
	int c, ret = 1, locked = 0, interrupted = 0, allow_logged_secret = 0;
	double lock_wait = 10;

	plan_opts_init(&o);
	memset(&r, 0, sizeof(r));
	memset(&ao, 0, sizeof(ao));
	ao.jobs = 1;
	ao.swap_batch = APPLY_SWAP_BATCH;
	optind = 1;
	while ((c = opts_next(argc, argv, "f:d:j:t:v", lo)) != -1) {
		int common = opts_plan_common(c, argv[0], &o);
		if (common < 0)
			return 1;
		if (common)
			continue;
		switch (c) {
		case 'n': ao.dry_run = 1; break;
		case 'a': ao.atomic = 1; break;
		case 'j':
			ao.jobs = atoi(optarg);
			if (ao.jobs < 1 || ao.jobs > 64)
				return usage_error(argv[0], "-j takes a number of connections from 1 to 64, not '%s'", optarg);
			break;
		case 'k': ao.keep_old = 1; break;
		case 'S': allow_logged_secret = 1; break;
		case 'L': {
			char *end;
			lock_wait = strtod(optarg, &end);
			if (*end || end == optarg || lock_wait < 0 || lock_wait > 3600)
				return usage_error(argv[0], "--lock-timeout takes seconds from 0 to 3600, not '%s'", optarg);
			break;
		}
		case 'B':
			ao.swap_batch = atoi(optarg);
			if (ao.swap_batch < 1 || ao.swap_batch > 1000)
				return usage_error(argv[0], "--swap-batch takes a number of rebuilds from 1 to 1000, not '%s'",
						   optarg);
			break;
		case 'e':
			if (!strcmp(optarg, "stop"))
				ao.stop_on_error = 1;
			else if (strcmp(optarg, "rollback"))
				return usage_error(argv[0], "--on-error takes rollback or stop, not '%s'", optarg);
			break;
		case 'H':
			if (strlen(optarg) != PLANFILE_HASH_HEX || strspn(optarg, "0123456789abcdef") != PLANFILE_HASH_HEX)
				return usage_error(argv[0], "--plan-hash takes the 32 lower-case hex digits of a plan_hash, "
						   "not '%s'", optarg);
			want_hash = optarg;
			break;
		case 'h': return 0;
		default: return 1;
		}
	}
	if (optind < argc)
		saved = argv[optind++];
	if (optind < argc)
		return usage_error(argv[0], "unexpected argument '%s'", argv[optind]);
	if (saved && (o.diff.ntargets || o.diff.nreplace || o.diff.allow_destroy))
		return usage_error(argv[0], "a saved plan is applied as it is; --target, --replace and "
				   "--allow-destroy belong to `pgform plan`");
	if (want_hash && !saved)
		return usage_error(argv[0], "--plan-hash checks a saved plan: pgform apply PLANFILE --plan-hash HASH");
	if (o.rev && saved)
		return usage_error(argv[0], "--rev reads the state of a revision; a saved plan already holds its steps "
				   "(and the commit it was made from)");
	ao.conninfo = o.conninfo;
	ao.partial = o.diff.ntargets > 0;
	ao.progress = isatty(2) && !getenv("CI");
	ao.from_file = saved != NULL;
	ao.unsealed = saved && !want_hash;

	/* a saved plan is checked before the database is touched */
	if (saved && read_saved(&r, saved, want_hash) < 0)
		goto done;
	r.conn = db_connect(o.conninfo);
	if (!r.conn)
		goto done;
	ao.lock_wait = lock_wait;
	ao.verbose = o.verbose;
	int lk = state_lock(r.conn, lock_wait);
	if (lk)
		goto done;
	locked = 1;
	if (saved && check_saved(&r, saved, o.conninfo) < 0)
		goto done;
	if (!ao.dry_run && apply_prepare_resume(r.conn, &interrupted) < 0)
		goto done;
	if (saved) {
		ao.record = xcalloc(r.p.nsteps + 1, sizeof(*ao.record));
		for (unsigned i = 0; i < r.p.nsteps; i++) {
			struct step *s = r.p.steps[i];
			if (!s->spec_hash || s->action == STEP_DROP)
				continue;
			ao.record[ao.nrecord].kind = obj_kind_name(s->kind);
			ao.record[ao.nrecord].ident = s->target;
			ao.record[ao.nrecord].spec = s->spec_hash;
			ao.nrecord++;
		}
	} else {
		if (plan_run(&r, &o) < 0)
			goto done;
		/* every desired object is recorded when the apply succeeds */
		ao.record = xcalloc(r.m.nobjs + 1, sizeof(*ao.record));
		for (unsigned i = 0; i < r.m.nobjs; i++) {
			struct object *ob = r.m.objs[i];
			char hex[17];
			/* a disabled tenant's parts keep the record of what they were built from */
			if (ob->flags & (OBJF_ABSENT | OBJF_FROZEN) || ob->kind == OBJ_CHECK || ob->kind == OBJ_GRANT)
				continue;
			hash_hex(spec_hash(&r.m, ob), hex);
			ao.record[ao.nrecord].kind = obj_kind_name(ob->kind);
			ao.record[ao.nrecord].ident = ob->ident;
			if (ob->kind == OBJ_USER_MAPPING && !((struct user_mapping *)ob)->role)
				ao.record[ao.nrecord].ident = mapping_ident(&r.p.arena,
					((struct user_mapping *)ob)->server, NULL, r.cat.current_user);
			ao.record[ao.nrecord].spec = arena_strdup(&r.p.arena, hex);
			ao.nrecord++;
		}
	}
	if (o.verbose || ao.dry_run) {
		struct strbuf sb = STRBUF_INIT;
		planfmt_text(&r.p, o.verbose, &sb);
		fputs(sb.buf, stderr);
		strbuf_release(&sb);
	}
	if (!r.p.nsteps && !interrupted) {
		if (!o.verbose && !ao.dry_run)
			info("No changes. The database matches the desired state.");
		ret = 0;
		goto done;
	}
	/* an interrupted apply is finished by a new one, even when nothing is left to do */
	if (!saved) {
		int missing;
		plan_check_secrets(&r.m, 1, &missing);
		if (missing)
			goto done;
	}
	if (secrets_present(&r.p) < 0 || secrets_loggable(&r.p, r.cat.may_quiet_log, allow_logged_secret) < 0)
		goto done;
	if (!ao.dry_run && state_ensure(r.conn) < 0)
		goto done;
	ret = apply_run(&r.p, r.conn, &ao) < 0 ? 1 : 0;
done:
	if (locked)
		state_unlock(r.conn);
	free(ao.record);
	plan_run_free(&r);
	return ret;
}
