/*
 * apply.c: the applier (see apply.h).  Steps are grouped into units (a
 * step alone, or every step of a swap group); a unit runs when every
 * unit it depends on is done, on one of N connections (threads), always
 * taking the ready unit that comes first in the plan, so one connection
 * runs the plan in order.
 */
#include "apply/apply.h"

#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <xxhash.h>

#include "catalog/catalog.h"
#include "catalog/db.h"
#include "plan/planfile.h"
#include "sql/quote.h"
#include "expand/spechash.h"
#include "catalog/state.h"
#include "base/hashmap.h"
#include "base/usage.h"

/*
 * A transaction that swaps waits for its locks SWAP_SHORT_MS at first:
 * readers that arrive while it waits queue behind it, so that wait is what
 * a swap adds to their stall.  When it gives way it sleeps a moment and
 * tries again, SWAP_SHORT_TRIES times; only then (readers that never leave
 * a gap) does the wait double at each try up to SWAP_LONG_MS, for
 * SWAP_RETRIES tries in all (about 40 s).
 */
#define SWAP_SHORT_MS 100
#define SWAP_SHORT_TRIES 20
#define SWAP_LONG_MS 2000
#define SWAP_RETRIES 40

struct unit {
	unsigned *steps;        /* plan indices, in plan order */
	unsigned n;
	int batch;              /* rebuilds sharing their re-pointing: swapped together */
	unsigned first;         /* plan index of its first step */
	unsigned *deps;         /* units it needs */
	unsigned ndeps;
	int state;              /* 0 waiting, 1 running, 2 done, 3 failed */
};

struct runner {
	struct plan *p;
	const struct apply_opts *o;
	long long apply_id;
	struct unit *units;
	unsigned nunits;
	unsigned *unit_of;      /* plan index -> unit */
	unsigned scan;          /* units before it have all ended */
	unsigned nrunning;      /* units running now */
	pthread_mutex_t mu;
	pthread_cond_t cv;
	int failed;
	char *fail_msg;
	unsigned *done_order;   /* plan indices in the order they finished */
	unsigned ndone;
	double t0;
	double last_line;       /* when the last progress line was printed (no terminal) */
	char **secrets;         /* values substituted so far, to scrub from messages */
	unsigned nsecrets;
	const char *fail_hint;  /* said with the error, not recorded */
	int lost;               /* a connection was lost: what was in flight is unknown, nothing is undone */
	unsigned lost_step;     /* id of the step in flight on it (0: none) */
	int superuser;          /* may turn statement logging off */
	char *dry_state;        /* dry run: the SQLSTATE of the step that failed */
	double *ms;             /* dry run: time per step */
};

static double now_s(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* S's relation and the temporary name it is built under. */
static void new_name(const struct step *s, struct strbuf *sb)
{
	ident_shorten(sb, s->name, "__pgform_new");
}

/* ---- secrets ---- */

static void remember_secret(struct runner *r, const char *v)
{
	pthread_mutex_lock(&r->mu);
	r->secrets = xrealloc(r->secrets, (r->nsecrets + 1) * sizeof(char *));
	r->secrets[r->nsecrets++] = xstrdup(v);
	pthread_mutex_unlock(&r->mu);
}

/* The value of a marker's secret, or NULL after reporting. */
static char *secret_value(const char *kind, const char *name)
{
	if (!strcmp(kind, "env")) {
		const char *v = getenv(name);
		if (!v) {
			error("environment variable '%s' is not set (a password the plan needs)", name);
			return NULL;
		}
		return xstrdup(v);
	}
	struct strbuf sb = STRBUF_INIT;
	int r = strbuf_read_file(&sb, name, SECRET_FILE_MAX);
	if (r < 0) {
		error("cannot read password file '%s': %s", name, read_file_error(r, SECRET_FILE_MAX));
		strbuf_release(&sb);
		return NULL;
	}
	while (sb.len && (sb.buf[sb.len - 1] == '\n' || sb.buf[sb.len - 1] == '\r'))
		strbuf_setlen(&sb, sb.len - 1);
	return strbuf_detach(&sb, NULL);
}

/*
 * Statement ST of step S as it is sent: its secret, if it names one, put
 * in by the step that owns it: a role's password as its SCRAM verifier
 * (the server never sees it in clear), a user mapping's as a quoted
 * literal (*plain is then set).  Nothing else of any statement is read
 * for secrets.  Returns 0, or -1 after reporting.
 */
static int stmt_sql(struct runner *r, PGconn *c, const struct step *s, const struct stmt *st,
		    struct strbuf *out, int *plain)
{
	strbuf_addstr(out, st->sql);
	if (st->secret >= 0) {
		const struct secret_ref *ref;
		if ((unsigned)st->secret >= s->nsecrets)
			return error("step %u names secret %d, which it does not declare", s->id, st->secret);
		ref = &s->secrets[st->secret];
		char *val = ref->env ? secret_value("env", ref->env) : secret_value("file", ref->file ? ref->file : "");
		if (!val)
			return -1;
		remember_secret(r, val);
		if (ref->verifier) {
			char *enc = PQencryptPasswordConn(c, val, "", "scram-sha-256");
			if (!enc) {
				free(val);
				return error("cannot encrypt a role password: %s", PQerrorMessage(c));
			}
			quote_literal(out, enc);
			PQfreemem(enc);
		} else {
			quote_literal(out, val);
			*plain = 1;
		}
		free(val);
	}
	if (st->tail)
		strbuf_addstr(out, st->tail);
	return 0;
}

/* 1 when a statement of S sends a password as a literal (logging must be off first). */
static int has_plain_secret(const struct step *s)
{
	for (unsigned i = 0; i < s->nsecrets; i++)
		if (!s->secrets[i].verifier)
			return 1;
	return 0;
}

/* MSG with every secret value replaced by <secret>. */
static char *scrub(struct runner *r, const char *msg)
{
	struct strbuf sb = STRBUF_INIT;
	strbuf_addstr(&sb, msg);
	for (unsigned i = 0; i < r->nsecrets; i++) {
		const char *v = r->secrets[i];
		size_t vl = strlen(v);
		char *hit;
		if (!vl)
			continue;
		while ((hit = strstr(sb.buf, v))) {
			struct strbuf t = STRBUF_INIT;
			strbuf_add(&t, sb.buf, (size_t)(hit - sb.buf));
			strbuf_addstr(&t, "<secret>");
			strbuf_addstr(&t, hit + vl);
			strbuf_release(&sb);
			sb = t;
		}
	}
	return strbuf_detach(&sb, NULL);
}

/* ---- running SQL ---- */

/* 1 when an error says the tenant's source or its columns are at fault. */
static int source_error(const char *msg)
{
	static const char *const words[] = {
		"could not establish connection", "dblink", "rowtype", "invalid input syntax",
		"password authentication", "remote", "does not exist", "out of range", NULL,
	};
	for (const char *const *w = words; *w; w++)
		if (strstr(msg, *w))
			return 1;
	return 0;
}

/*
 * For a step that reads a tenant's source (a daily part, a yearly table):
 * which tenant, where its source is, and what to check.  NULL otherwise.
 */
static char *tenant_hint(PGconn *c, const struct step *s)
{
	const struct step_source *src = s->source;
	struct strbuf sb = STRBUF_INIT;
	if (!src || !src->server)
		return NULL;
	strbuf_addf(&sb, "tenant '%s' (server %s", src->tenant ? src->tenant : "?", src->server);
	const char *params[1] = { src->server };
	PGresult *r = PQexecParams(c, "SELECT array_to_string(srvoptions, ' ') FROM pg_catalog.pg_foreign_server "
				   "WHERE srvname = $1", 1, NULL, params, NULL, NULL, 0);
	if (PQresultStatus(r) == PGRES_TUPLES_OK && PQntuples(r))
		strbuf_addf(&sb, ": %s", PQgetvalue(r, 0, 0));
	PQclear(r);
	strbuf_addch(&sb, ')');
	if (src->columns)
		strbuf_addf(&sb, "; check tenants.%s.connection, and that the remote query of template '%s' returns "
			    "the columns it declares (%s)", src->tenant ? src->tenant : "?",
			    src->tmpl ? src->tmpl : "?", src->columns);
	return strbuf_detach(&sb, NULL);
}

/*
 * Run one statement, with the extended protocol (which refuses a string
 * holding several); NULL on success, else the error (caller frees).
 */
static char *run(PGconn *c, const char *sql, char **sqlstate)
{
	PGresult *res = PQexecParams(c, sql, 0, NULL, NULL, NULL, NULL, 0);
	ExecStatusType st = PQresultStatus(res);
	char *err = NULL;
	if (st != PGRES_COMMAND_OK && st != PGRES_TUPLES_OK) {
		err = db_error_text(c, res);
		if (sqlstate) {
			const char *ss = PQresultErrorField(res, PG_DIAG_SQLSTATE);
			*sqlstate = xstrdup(ss ? ss : "");
		}
	}
	PQclear(res);
	return err;
}

/* Run the statements of SB (each ended by sql_end()), one at a time; stops at the first error. */
static char *run_buf(PGconn *c, const struct strbuf *sb, char **sqlstate)
{
	const char *one = sb->buf, *end = sb->buf + sb->len;
	while (one < end) {
		size_t n = strlen(one);
		if (n) {
			char *err = run(c, one, sqlstate);
			if (err)
				return err;
		}
		one += n + 1;
	}
	return NULL;
}

/* Run the statements of list L of step S, secrets bound; stops at the first error. */
/* Append the statements of list L of step S to OUT, secrets bound, each ended by sql_end(); -1 when a password is missing. */
static int add_list(struct runner *r, PGconn *c, const struct step *s, const struct stmt_list *l,
		    struct strbuf *out)
{
	for (unsigned i = 0; i < l->n; i++) {
		int plain = 0;
		if (stmt_sql(r, c, s, &l->v[i], out, &plain) < 0)
			return -1;
		sql_end(out);
	}
	return 0;
}

/* Run the statements of SB (ended by sql_end()) in one round trip, each on its own (db_run_stmts). */
static char *run_stmts(PGconn *c, const struct strbuf *sb, char **sqlstate)
{
	int failed;
	return sb->len ? db_run_stmts(c, sb->buf, sb->len, &failed, sqlstate) : NULL;
}

static char *run_list(struct runner *r, PGconn *c, const struct step *s, const struct stmt_list *l,
		      char **sqlstate)
{
	struct strbuf sb = STRBUF_INIT;
	char *err = add_list(r, c, s, l, &sb) < 0 ? xstrdup("a password the step needs is missing") :
		    run_stmts(c, &sb, sqlstate);
	strbuf_release(&sb);
	return err;
}

static void rollback(PGconn *c)
{
	PQclear(PQexec(c, "ROLLBACK"));
}

/* ---- the record of steps ---- */

static void lit(struct strbuf *sb, const char *s)
{
	if (s)
		quote_literal(sb, s);
	else
		strbuf_addstr(sb, "NULL");
}

/*
 * The identity of S's target as the record keeps it: a user mapping "for
 * CURRENT_USER" is recorded under the name of the role applying it, as
 * the catalog names it.
 */
static void target_sql(struct strbuf *sb, const struct step *s)
{
	const char *t = s->target ? s->target : "";
	const char *cu = " for CURRENT_USER";
	size_t tl = strlen(t), cl = strlen(cu);
	if (s->kind == OBJ_USER_MAPPING && tl > cl && !strcmp(t + tl - cl, cu)) {
		struct strbuf head = STRBUF_INIT;
		strbuf_add(&head, t, tl - cl);
		strbuf_addstr(&head, " for ");
		quote_literal(sb, head.buf);
		strbuf_addstr(sb, " || current_user");
		strbuf_release(&head);
		return;
	}
	lit(sb, t);
}

/* Statements (in the step's transaction) that record step S as done. */
static void record_done_sql(struct runner *r, const struct step *s, struct strbuf *sb)
{
	strbuf_addf(sb, "UPDATE pgform.steps SET status = 'done', finished_at = clock_timestamp(), "
		    "prev_spec = (SELECT spec_hash FROM pgform.objects WHERE kind = ");
	lit(sb, obj_kind_name(s->kind));
	strbuf_addstr(sb, " AND ident = ");
	target_sql(sb, s);
	strbuf_addf(sb, ") WHERE apply_id = %lld AND step_id = %u", r->apply_id, s->id);
	sql_end(sb);
	if (s->action == STEP_DROP) {
		strbuf_addstr(sb, "DELETE FROM pgform.objects WHERE kind = ");
		lit(sb, obj_kind_name(s->kind));
		strbuf_addstr(sb, " AND ident = ");
		target_sql(sb, s);
		sql_end(sb);
	} else if (s->spec_hash) {
		strbuf_addstr(sb, "INSERT INTO pgform.objects (kind, ident, spec_hash, stamp, apply_id) VALUES (");
		lit(sb, obj_kind_name(s->kind));
		strbuf_addstr(sb, ", ");
		target_sql(sb, s);
		strbuf_addstr(sb, ", ");
		lit(sb, s->spec_hash);
		strbuf_addf(sb, ", NULL, %lld) ON CONFLICT (kind, ident) DO UPDATE SET spec_hash = EXCLUDED.spec_hash, "
			    "stamp = NULL, apply_id = EXCLUDED.apply_id, applied_at = now()", r->apply_id);
		sql_end(sb);
	}
}

static void mark(PGconn *c, struct runner *r, const struct unit *u, const char *status)
{
	struct strbuf sb = STRBUF_INIT;
	strbuf_addf(&sb, "UPDATE pgform.steps SET status = '%s', started_at = clock_timestamp() "
		    "WHERE apply_id = %lld AND step_id IN (", status, r->apply_id);
	for (unsigned i = 0; i < u->n; i++)
		strbuf_addf(&sb, "%s%u", i ? "," : "", r->p->steps[u->steps[i]]->id);
	strbuf_addstr(&sb, ")");
	free(run(c, sb.buf, NULL));
	strbuf_release(&sb);
}

/* The steps of batch U that did not fail: not done, their builds dropped. */
static void mark_batch_pending(PGconn *c, struct runner *r, const struct unit *u, unsigned bad)
{
	struct strbuf sb = STRBUF_INIT;
	strbuf_addf(&sb, "UPDATE pgform.steps SET status = 'pending', started_at = NULL "
		    "WHERE apply_id = %lld AND step_id IN (0", r->apply_id);
	for (unsigned i = 0; i < u->n; i++)
		if (u->steps[i] != bad)
			strbuf_addf(&sb, ",%u", r->p->steps[u->steps[i]]->id);
	strbuf_addstr(&sb, ")");
	free(run(c, sb.buf, NULL));
	strbuf_release(&sb);
}

static void mark_failed(PGconn *c, struct runner *r, const struct step *s, const char *err)
{
	struct strbuf sb = STRBUF_INIT;
	strbuf_addstr(&sb, "UPDATE pgform.steps SET status = 'failed', finished_at = clock_timestamp(), error = ");
	lit(&sb, err);
	strbuf_addf(&sb, " WHERE apply_id = %lld AND step_id = %u", r->apply_id, s->id);
	free(run(c, sb.buf, NULL));
	strbuf_release(&sb);
}

/* ---- faults (tests only): PGFORM_TEST_FAULT=after-step:N | in-build:N | in-swap:N ---- */

static void fault(const char *where, unsigned step_id)
{
	const char *f = getenv("PGFORM_TEST_FAULT");
	char want[64];
	if (!f)
		return;
	snprintf(want, sizeof(want), "%s:%u", where, step_id);
	if (!strcmp(f, want))
		raise(SIGKILL);
}

/*
 * The statement (in the build transaction of rebuild S) that records the
 * temporary names S uses, NAME__pgform_new and NAME__pgform_old, as
 * pgform's: only relations recorded so are ever dropped as leftovers.
 */
/*
 * The temporary names of rebuild S as SQL rows, "(nsp, NAME__pgform_new
 * TAIL), (nsp, NAME__pgform_old TAIL)", appended to SB; 0 when S is no
 * rebuild (nothing appended), else 1.
 */
static int temp_rows(struct strbuf *sb, const struct step *s, const char *tail)
{
	static const char *const suffix[] = { "__pgform_new", "__pgform_old" };
	struct strbuf name = STRBUF_INIT;
	if (s->action != STEP_REBUILD || !s->schema || !s->name)
		return 0;
	for (int k = 0; k < 2; k++) {
		strbuf_reset(&name);
		ident_shorten(&name, s->name, suffix[k]);
		strbuf_addstr(sb, k ? ", (" : "(");
		lit(sb, s->schema);
		strbuf_addstr(sb, ", ");
		lit(sb, name.buf);
		strbuf_addf(sb, "%s)", tail);
	}
	strbuf_release(&name);
	return 1;
}

static void record_temporaries(struct runner *r, const struct step *s, struct strbuf *sb)
{
	char id[32];
	size_t at = sb->len;
	snprintf(id, sizeof(id), ", %lld", r->apply_id);
	strbuf_addstr(sb, "INSERT INTO pgform.temporaries VALUES ");
	if (!temp_rows(sb, s, id)) {
		strbuf_setlen(sb, at);
		return;
	}
	strbuf_addstr(sb, " ON CONFLICT (nsp, rel) DO UPDATE SET apply_id = EXCLUDED.apply_id");
	sql_end(sb);
}

/* ---- one unit ---- */

/* The lock_timeout of a swap's try ATTEMPT (from 0), in ms. */
static unsigned swap_lock_ms(int attempt)
{
	unsigned ms = SWAP_SHORT_MS;
	for (int k = SWAP_SHORT_TRIES; k <= attempt && ms < SWAP_LONG_MS; k++)
		ms *= 2;
	return ms < SWAP_LONG_MS ? ms : SWAP_LONG_MS;
}

/*
 * After a swap's try ATTEMPT gave way to a reader: sleep before the next,
 * 10 to 60 ms while the waits are short, longer after; jittered, so that
 * two swaps (-j) that gave way to each other do not meet again.
 */
static void swap_backoff(int attempt)
{
	static _Thread_local unsigned seed;
	if (!seed)
		seed = (unsigned)(now_s() * 1e6) ^ (unsigned)(uintptr_t)&seed;
	unsigned ms = 10 + (unsigned)rand_r(&seed) % 50;
	if (attempt >= SWAP_SHORT_TRIES)
		ms += 50u * (unsigned)(attempt - SWAP_SHORT_TRIES + 1);
	usleep((useconds_t)ms * 1000);
}

/* Is SQLSTATE a lock not had in time, or a deadlock (the swap gave way)? */
static int gave_way(const char *sqlstate)
{
	return sqlstate && (!strcmp(sqlstate, "55P03") || !strcmp(sqlstate, "40P01"));
}

/*
 * Open a transaction on C: BEGIN, then logging off when a password is
 * sent in clear, then a lock_timeout of LOCK_MS (0: none) for a swap.
 */
static char *begin_tx(struct runner *r, PGconn *c, int plain, unsigned lock_ms, char **sqlstate)
{
	static const char *const quiet[] = {
		"SET LOCAL log_statement = 'none'", "SET LOCAL log_min_duration_statement = -1",
		"SET LOCAL log_min_error_statement = 'panic'", "SET LOCAL log_parameter_max_length_on_error = 0",
	};
	char *err = run(c, "BEGIN", sqlstate);
	/*
	 * The settings go first, each in its own round trip: the server logs
	 * a statement when it arrives, so logging must be off before the one
	 * holding a password is sent.
	 */
	if (plain && r->superuser)
		for (unsigned i = 0; i < 4 && !err; i++)
			err = run(c, quiet[i], sqlstate);
	if (lock_ms && !err) {
		char lt[64];
		snprintf(lt, sizeof(lt), "SET LOCAL lock_timeout = %u", lock_ms);
		err = run(c, lt, sqlstate);
	}
	return err;
}

/*
 * A step that runs in another database of the server (pg_cron's): its
 * statements in a transaction there, then the record here.
 */
static char *run_elsewhere(struct runner *r, PGconn *home, const struct step *s)
{
	struct strbuf sb = STRBUF_INIT;
	char *err = NULL;
	PGconn *o = db_connect_to(r->o->conninfo, s->database);
	if (!o)
		return xstrdup("cannot connect to the database pg_cron lives in");
	err = begin_tx(r, o, has_plain_secret(s), 0, NULL);
	if (!err)
		err = run_list(r, o, s, &s->build, NULL);
	if (!err)
		err = run_list(r, o, s, &s->swap, NULL);
	if (err) {
		rollback(o);
		goto done;
	}
	err = run(o, r->o->dry_run ? "ROLLBACK" : "COMMIT", NULL);
	if (err)
		goto done;
	if (!r->o->dry_run) {
		record_done_sql(r, s, &sb);
		err = run_buf(home, &sb, NULL);
	}
done:
	PQfinish(o);
	strbuf_release(&sb);
	return err;
}

/*
 * The view swap of a batch of copy-swapping rebuilds: that of its last
 * rebuild, made to read the new copies of every rebuild of the batch
 * (their relations renamed in its statements), appended to OUT once,
 * before their renames.  -1 when a password is missing.
 */
static int batch_view_swap(struct runner *r, PGconn *c, const struct unit *u, struct strbuf *out)
{
	const struct step *last = r->p->steps[u->steps[u->n - 1]];
	struct strbuf cur = STRBUF_INIT, next = STRBUF_INIT, nw = STRBUF_INIT;
	int ret = 0;
	for (unsigned k = 0; k < last->view_swap.n; k++) {
		int plain = 0;
		strbuf_reset(&cur);
		if (stmt_sql(r, c, last, &last->view_swap.v[k], &cur, &plain) < 0) {
			ret = -1;
			break;
		}
		for (unsigned i = 0; i + 1 < u->n; i++) {
			const struct step *s = r->p->steps[u->steps[i]];
			strbuf_reset(&nw);
			new_name(s, &nw);
			const char *from = s->name, *to = nw.buf;
			strbuf_reset(&next);
			quote_rename_relations(cur.buf, s->schema, &from, &to, 1, &next);
			struct strbuf t = cur;
			cur = next;
			next = t;
		}
		strbuf_addbuf(out, &cur);
		sql_end(out);
	}
	strbuf_release(&cur);
	strbuf_release(&next);
	strbuf_release(&nw);
	return ret;
}

/* 1 when steps A and B lock the same views. */
static int same_locks(const struct step *a, const struct step *b)
{
	if (a->nlock != b->nlock)
		return 0;
	for (unsigned i = 0; i < a->nlock; i++)
		if (strcmp(a->lock[i], b->lock[i]))
			return 0;
	return 1;
}

/*
 * The swap phases of unit U and their record, appended to OUT (each
 * statement ended by sql_end()), for the transaction the caller opens:
 * per step its LOCK, view swap, renames and re-pointing.  A batch swaps
 * its view once (batch_view_swap), takes the locks of its first step
 * once, and re-points its views once, after its last rename.  -1 when a
 * password is missing.
 */
static int swap_unit_sql(struct runner *r, PGconn *c, const struct unit *u, struct strbuf *out)
{
	const struct step *first = r->p->steps[u->steps[0]];
	if (u->batch && r->p->steps[u->steps[u->n - 1]]->view_swap.n && batch_view_swap(r, c, u, out) < 0)
		return -1;
	for (unsigned i = 0; i < u->n; i++) {
		const struct step *s = r->p->steps[u->steps[i]];
		if (s->nlock && !(u->batch && i > 0 && same_locks(s, first))) {
			step_lock_sql(s, out);
			sql_end(out);
		}
		if ((!u->batch && add_list(r, c, s, &s->view_swap, out) < 0) || add_list(r, c, s, &s->swap, out) < 0 ||
		    ((!u->batch || i + 1 == u->n) && add_list(r, c, s, &s->repoint, out) < 0))
			return -1;
		if (!r->o->dry_run)
			record_done_sql(r, s, out);
	}
	return 0;
}

/* The swap phases of unit U and their record, run on C inside the transaction the caller opened. */
static char *swap_unit(struct runner *r, PGconn *c, const struct unit *u, char **sqlstate)
{
	struct strbuf sb = STRBUF_INIT;
	char *err = swap_unit_sql(r, c, u, &sb) < 0 ? xstrdup("a password the step needs is missing") :
		    run_stmts(c, &sb, sqlstate);
	strbuf_release(&sb);
	return err;
}

/*
 * Run unit U on C: builds first (each its own transaction), then every
 * swap phase with the record in one transaction, retried with back-off
 * when a lock cannot be had in time.  Returns NULL or the error.
 */
static char *run_unit(struct runner *r, PGconn *c, struct unit *u, unsigned *bad_step)
{
	char *err = NULL;
	int plain_any = 0, swaps = 0;
	if (!r->o->dry_run && !r->o->atomic)
		mark(c, r, u, "running");
	if (u->n == 1 && r->p->steps[u->steps[0]]->database) {
		*bad_step = u->steps[0];
		return run_elsewhere(r, c, r->p->steps[u->steps[0]]);
	}
	for (unsigned i = 0; i < u->n && !err; i++) {
		struct step *s = r->p->steps[u->steps[i]];
		if (s->build.n) {
			if (r->o->dry_run || r->o->atomic) {
				err = run_list(r, c, s, &s->build, r->o->dry_run ? &r->dry_state : NULL);
			} else {
				struct strbuf sb = STRBUF_INIT;
				strbuf_addstr(&sb, "BEGIN");
				sql_end(&sb);
				record_temporaries(r, s, &sb);
				if (add_list(r, c, s, &s->build, &sb) < 0) {
					err = xstrdup("a password the step needs is missing");
				} else {
					strbuf_addstr(&sb, "COMMIT");
					sql_end(&sb);
					err = run_stmts(c, &sb, NULL);
				}
				strbuf_release(&sb);
				if (err)
					rollback(c);
			}
			if (err)
				*bad_step = u->steps[i];
			fault("in-build", s->id);
		}
		swaps |= s->swaps;
		plain_any |= has_plain_secret(s);
	}
	if (err)
		return err;
	if (r->o->dry_run || r->o->atomic) {
		err = swap_unit(r, c, u, r->o->dry_run ? &r->dry_state : NULL);
		if (err)
			*bad_step = u->steps[0];
		return err;
	}
	for (int attempt = 0;; attempt++) {
		char *state = NULL;
		err = begin_tx(r, c, plain_any, swaps ? swap_lock_ms(attempt) : 0, &state);
		if (!err) {
			for (unsigned i = 0; i < u->n; i++)
				fault("in-swap", r->p->steps[u->steps[i]]->id);
			free(state);
			state = NULL;
			err = swap_unit(r, c, u, &state);
		}
		if (!err)
			err = run(c, "COMMIT", &state);
		if (!err) {
			free(state);
			break;
		}
		rollback(c);
		int lock = gave_way(state);
		free(state);
		if (!lock || attempt >= SWAP_RETRIES) {
			*bad_step = u->steps[0];
			break;
		}
		/* a reader holds a lock it needs: give way, and do not keep others queued behind it */
		if (r->o->verbose)
			info("step %u: gave way to a reader after %u ms (%s); trying again", r->p->steps[u->steps[0]]->id,
			     swap_lock_ms(attempt), strstr(err, "deadlock") ? "deadlock" : "lock not had");
		free(err);
		err = NULL;
		swap_backoff(attempt);
	}
	return err;
}

/* ---- scheduling ---- */

/* The batch key the plan gave rebuild S (rebuilds with the same one may share a swap), or 0. */
static unsigned long long batch_key(const struct step *s)
{
	if (!s->batch_key)
		return 0;
	return strtoull(s->batch_key, NULL, 16);
}

/* Do the units depend on each other in a circle? (Kahn's algorithm) */
static int units_cyclic(struct runner *r)
{
	unsigned n = r->nunits, *need = xcalloc(n + 1, sizeof(unsigned));
	unsigned *queue = xcalloc(n + 1, sizeof(unsigned)), head = 0, tail = 0, seen = 0;
	unsigned *nuse = xcalloc(n + 1, sizeof(unsigned)), **users = xcalloc(n + 1, sizeof(*users));
	for (unsigned u = 0; u < n; u++)
		for (unsigned d = 0; d < r->units[u].ndeps; d++)
			nuse[r->units[u].deps[d]]++;
	for (unsigned u = 0; u < n; u++)
		users[u] = xcalloc(nuse[u] + 1, sizeof(unsigned));
	memset(nuse, 0, (n + 1) * sizeof(unsigned));
	for (unsigned u = 0; u < n; u++) {
		need[u] = r->units[u].ndeps;
		for (unsigned d = 0; d < r->units[u].ndeps; d++) {
			unsigned v = r->units[u].deps[d];
			users[v][nuse[v]++] = u;
		}
		if (!need[u])
			queue[tail++] = u;
	}
	while (head < tail) {
		unsigned v = queue[head++];
		seen++;
		for (unsigned k = 0; k < nuse[v]; k++)
			if (!--need[users[v][k]])
				queue[tail++] = users[v][k];
	}
	for (unsigned u = 0; u < n; u++)
		free(users[u]);
	free(users);
	free(nuse);
	free(queue);
	free(need);
	return seen != n;
}

static void free_units(struct runner *r);

/*
 * Units: a step alone, every step of a swap group, or up to BATCH
 * rebuilds that re-point the same views and are at the same depth of the
 * DAG (so none needs another): their builds run one after the other,
 * then one swap transaction renames them all and re-points the views
 * once.
 */
static void build_units_batched(struct runner *r, unsigned batch)
{
	struct plan *p = r->p;
	unsigned n = p->nsteps;
	unsigned *group_unit = xcalloc(n + 2, sizeof(unsigned));
	unsigned *level = xcalloc(n + 1, sizeof(unsigned));
	struct open_batch { unsigned long long key; unsigned level, unit, count; } *open = NULL;
	unsigned nopen = 0;
	r->nunits = 0;
	r->units = xcalloc(n + 1, sizeof(*r->units));
	r->unit_of = xcalloc(n + 1, sizeof(unsigned));
	unsigned *size = xcalloc(n + 1, sizeof(unsigned));
	if (batch > 1)
		open = xcalloc(n + 1, sizeof(*open));
	/* which unit each step is in, then how many steps each unit holds */
	for (unsigned i = 0; i < n; i++) {
		const struct step *s = p->steps[i];
		unsigned g = s->group;
		unsigned u = 0;
		int joined = 0;
		unsigned long long key = 0;
		for (unsigned d = 0; d < s->ndeps; d++)
			if (s->deps[d] - 1 < i && level[s->deps[d] - 1] + 1 > level[i])
				level[i] = level[s->deps[d] - 1] + 1;
		if (open)
			key = batch_key(s);
		if (key) {
			for (unsigned k = nopen; k-- > 0;)
				if (open[k].key == key && open[k].level == level[i] && open[k].count < batch) {
					u = open[k].unit;
					open[k].count++;
					joined = 1;
					break;
				}
		} else if (g && g <= n && group_unit[g]) {
			u = group_unit[g] - 1;
			joined = 1;
		}
		if (!joined) {
			u = r->nunits++;
			r->units[u].first = i;
			if (key) {
				open[nopen++] = (struct open_batch){ key, level[i], u, 1 };
				r->units[u].batch = 1;
			} else if (g && g <= n) {
				group_unit[g] = u + 1;
			}
		}
		r->unit_of[i] = u;
		size[u]++;
	}
	for (unsigned u = 0; u < r->nunits; u++)
		r->units[u].steps = xcalloc(size[u] + 1, sizeof(unsigned));
	for (unsigned i = 0; i < n; i++) {
		struct unit *un = &r->units[r->unit_of[i]];
		un->steps[un->n++] = i;
	}
	for (unsigned u = 0; u < r->nunits; u++)
		if (r->units[u].n < 2)
			r->units[u].batch = 0;
	free(size);
	free(open);
	free(level);
	/* a unit needs the units its steps need (step ids are 1-based plan positions) */
	for (unsigned u = 0; u < r->nunits; u++) {
		struct unit *un = &r->units[u];
		unsigned cap = 1;
		for (unsigned k = 0; k < un->n; k++)
			cap += p->steps[un->steps[k]]->ndeps;
		un->deps = xcalloc(cap, sizeof(unsigned));
		for (unsigned k = 0; k < un->n; k++) {
			struct step *s = p->steps[un->steps[k]];
			for (unsigned d = 0; d < s->ndeps; d++) {
				unsigned du = r->unit_of[s->deps[d] - 1];
				unsigned j;
				if (du == u)
					continue;
				for (j = 0; j < un->ndeps && un->deps[j] != du; j++)
					;
				if (j == un->ndeps)
					un->deps[un->ndeps++] = du;
			}
		}
	}
	free(group_unit);
}

static void build_units(struct runner *r)
{
	unsigned batch = r->o->swap_batch > 1 ? (unsigned)r->o->swap_batch : 1;
	build_units_batched(r, batch);
	if (batch > 1 && units_cyclic(r)) {
		/* batching would make units wait for each other: swap one by one */
		free_units(r);
		build_units_batched(r, 1);
	}
}

static void free_units(struct runner *r)
{
	for (unsigned u = 0; u < r->nunits; u++) {
		free(r->units[u].steps);
		free(r->units[u].deps);
	}
	free(r->units);
	free(r->unit_of);
}

/*
 * The ready unit that comes first in the plan, or -1 (*wait: some are
 * still running).  Units are in plan order, so the first ready one found
 * is it; the scan starts after the units that have all ended.
 */
static int next_unit(struct runner *r, int *wait)
{
	*wait = r->nrunning > 0;
	while (r->scan < r->nunits && r->units[r->scan].state >= 2)
		r->scan++;
	for (unsigned u = r->scan; u < r->nunits; u++) {
		struct unit *un = &r->units[u];
		if (un->state)
			continue;
		int ready = 1;
		for (unsigned d = 0; d < un->ndeps && ready; d++)
			if (r->units[un->deps[d]].state != 2)
				ready = 0;
		if (ready)
			return (int)u;
	}
	return -1;
}

/*
 * Progress on stderr: a bar redrawn after every unit on a terminal;
 * elsewhere (cron, CI) a line at most every 10 s, so a long apply shows
 * it is alive without flooding a log.
 */
static void progress(struct runner *r)
{
	if (!r->o->progress) {
		double t = now_s();
		if (t - r->last_line >= 10.0) {
			r->last_line = t;
			fprintf(stderr, "apply %lld: %u of %u steps done, %u running, %.0f s\n", r->apply_id,
				r->ndone, r->p->nsteps, r->nrunning, t - r->t0);
			fflush(stderr);
		}
		return;
	}
	double el = now_s() - r->t0;
	unsigned done = r->ndone, all = r->p->nsteps;
	double eta = done ? el / done * (all - done) : 0;
	const struct step *s = done ? r->p->steps[r->done_order[done - 1]] : NULL;
	fprintf(stderr, "\r\033[K[%u/%u] %.0fs, ETA %.0fs  %s %s", done, all, el, eta,
		s ? step_action_name(s->action) : "", s && s->target ? s->target : "");
	fflush(stderr);
}

struct worker {
	struct runner *r;
	PGconn *c;
};

static void *work(void *arg)
{
	struct worker *w = arg;
	struct runner *r = w->r;
	pthread_mutex_lock(&r->mu);
	for (;;) {
		int wait;
		if (r->failed)
			break;
		int u = next_unit(r, &wait);
		if (u < 0) {
			if (!wait)
				break;
			pthread_cond_wait(&r->cv, &r->mu);
			continue;
		}
		r->units[u].state = 1;
		r->nrunning++;
		pthread_mutex_unlock(&r->mu);
		unsigned bad = r->units[u].steps[0];
		char *err = run_unit(r, w->c, &r->units[u], &bad);
		if (!err)
			for (unsigned i = 0; i < r->units[u].n; i++)
				fault("after-step", r->p->steps[r->units[u].steps[i]]->id);
		/* a connection that is gone can tell nothing more, nor record anything */
		int gone = err && PQstatus(w->c) == CONNECTION_BAD;
		pthread_mutex_lock(&r->mu);
		if (err) {
			r->units[u].state = 3;
			r->nrunning--;
			if (gone && !r->lost) {
				r->lost = 1;
				r->lost_step = r->p->steps[bad]->id;
			}
			if (!r->failed) {
				char *clean = scrub(r, err);
				char *hint = !gone && source_error(clean) ? tenant_hint(w->c, r->p->steps[bad]) : NULL;
				r->failed = 1;
				r->fail_msg = arena_printf(&r->p->arena, "step %u (%s %s %s): %s",
							   r->p->steps[bad]->id,
							   step_action_name(r->p->steps[bad]->action),
							   obj_kind_words(r->p->steps[bad]->kind),
							   r->p->steps[bad]->target, clean);
				if (hint)
					r->fail_hint = arena_printf(&r->p->arena, "; %s", hint);
				free(hint);
				if (!r->o->dry_run && !r->o->atomic && !gone) {
					pthread_mutex_unlock(&r->mu);
					mark_failed(w->c, r, r->p->steps[bad], clean);
					if (r->units[u].batch)
						mark_batch_pending(w->c, r, &r->units[u], bad);
					pthread_mutex_lock(&r->mu);
				}
				free(clean);
			}
			free(err);
		} else {
			r->units[u].state = 2;
			r->nrunning--;
			for (unsigned i = 0; i < r->units[u].n; i++)
				r->done_order[r->ndone++] = r->units[u].steps[i];
			progress(r);
		}
		pthread_cond_broadcast(&r->cv);
	}
	pthread_cond_broadcast(&r->cv);
	pthread_mutex_unlock(&r->mu);
	return NULL;
}

/* Run every unit on JOBS connections (the first is C). */
static int run_all(struct runner *r, PGconn *c)
{
	unsigned jobs = r->o->jobs > 1 && !r->o->dry_run && !r->o->atomic ? (unsigned)r->o->jobs : 1;
	struct worker *w = xcalloc(jobs, sizeof(*w));
	pthread_t *th = xcalloc(jobs, sizeof(*th));
	int ret = 0;
	w[0].r = r;
	w[0].c = c;
	for (unsigned i = 1; i < jobs; i++) {
		w[i].r = r;
		w[i].c = db_connect(r->o->conninfo);
		if (!w[i].c) {
			jobs = i;
			break;
		}
	}
	for (unsigned i = 1; i < jobs; i++)
		pthread_create(&th[i], NULL, work, &w[i]);
	work(&w[0]);
	for (unsigned i = 1; i < jobs; i++) {
		pthread_join(th[i], NULL);
		PQfinish(w[i].c);
	}
	if (r->o->progress)
		fputs("\r\033[K", stderr);
	if (!r->failed) {
		for (unsigned u = 0; u < r->nunits; u++)
			if (r->units[u].state != 2) {
				r->failed = 1;
				r->fail_msg = "internal error: steps wait for each other";
				break;
			}
	}
	ret = r->failed ? -1 : 0;
	free(w);
	free(th);
	return ret;
}

/* ---- checks ---- */

/*
 * Run the plan's checks; BEFORE: a check on objects not there yet is
 * skipped.  A failure is reported with error(), or, when WHY is given,
 * written to WHY instead ("check 'X' failed after ...: ...").  In a dry
 * run the checks after the steps each print a line of the report, with
 * their time and result.  Returns 0 or -1.
 */
static int run_checks(struct runner *r, PGconn *c, const char *when, int before, struct strbuf *why)
{
	struct strbuf detail = STRBUF_INIT, msg = STRBUF_INIT;
	int ret = 0;
	for (unsigned i = 0; i < r->p->nchecks && !ret; i++) {
		const struct plan_check *ck = &r->p->checks[i];
		if (before && ck->after_only)
			continue;       /* it reads what the steps create */
		struct strbuf sb = STRBUF_INIT;
		strbuf_addf(&sb, "SELECT (%s)::boolean", ck->sql);
		if (r->o->dry_run || r->o->atomic)
			PQclear(PQexec(c, "SAVEPOINT pgform_check"));
		double t = now_s();
		/* the extended protocol: a check is one statement, never several */
		PGresult *res = PQexecParams(c, sb.buf, 0, NULL, NULL, NULL, NULL, 0);
		double ms = (now_s() - t) * 1000.0;
		strbuf_release(&sb);
		if (PQresultStatus(res) != PGRES_TUPLES_OK) {
			const char *ss = PQresultErrorField(res, PG_DIAG_SQLSTATE);
			int missing = ss && (!strcmp(ss, "42P01") || !strcmp(ss, "42883") || !strcmp(ss, "3F000"));
			char *err = db_error_text(c, res);
			PQclear(res);
			if (r->o->dry_run || r->o->atomic)
				PQclear(PQexec(c, "ROLLBACK TO SAVEPOINT pgform_check"));
			if (before && missing) {
				warning("check '%s' skipped before apply: %s", ck->name, err);
				free(err);
				continue;
			}
			strbuf_addstr(&detail, err);
			if (PQstatus(c) == CONNECTION_BAD)
				strbuf_addf(&msg, "cannot run check '%s' %s: %s", ck->name, when, err);
			else
				strbuf_addf(&msg, "check '%s' failed %s: %s", ck->name, when, err);
			free(err);
			ret = -1;
		} else {
			int ok = PQntuples(res) == 1 && !PQgetisnull(res, 0, 0) && PQgetvalue(res, 0, 0)[0] == 't';
			PQclear(res);
			if (!ok) {
				strbuf_addstr(&detail, "it did not return true");
				strbuf_addf(&msg, "check '%s' failed %s: %s", ck->name, when, detail.buf);
				ret = -1;
			}
		}
		if (r->o->dry_run && !before)
			printf("%-5s %-9s %-44s %9.1f %9s  %s%s\n", "-", "check", ck->name, ms, "-",
			       ret ? "failed: " : "returned true", detail.buf);
	}
	if (ret && why)
		strbuf_addbuf(why, &msg);
	else if (ret)
		error("%s", msg.buf);
	strbuf_release(&detail);
	strbuf_release(&msg);
	return ret;
}

/* ---- undo ---- */

/* The statements that put back the record of step S as it was before S, each ended by sql_end(). */
static void unrecord_sql(struct runner *r, const struct step *s, struct strbuf *sb)
{
	strbuf_addstr(sb, "WITH s AS (SELECT prev_spec FROM pgform.steps WHERE apply_id = ");
	strbuf_addf(sb, "%lld AND step_id = %u) ", r->apply_id, s->id);
	strbuf_addstr(sb, "DELETE FROM pgform.objects o USING s WHERE s.prev_spec IS NULL AND o.kind = ");
	lit(sb, obj_kind_name(s->kind));
	strbuf_addstr(sb, " AND o.ident = ");
	target_sql(sb, s);
	sql_end(sb);
	strbuf_addstr(sb, "INSERT INTO pgform.objects (kind, ident, spec_hash) SELECT ");
	lit(sb, obj_kind_name(s->kind));
	strbuf_addstr(sb, ", ");
	target_sql(sb, s);
	strbuf_addf(sb, ", prev_spec FROM pgform.steps WHERE apply_id = %lld AND step_id = %u "
		    "AND prev_spec IS NOT NULL ON CONFLICT (kind, ident) DO UPDATE SET "
		    "spec_hash = EXCLUDED.spec_hash, stamp = NULL", r->apply_id, s->id);
	sql_end(sb);
	strbuf_addf(sb, "UPDATE pgform.steps SET status = 'undone', finished_at = clock_timestamp() "
		    "WHERE apply_id = %lld AND step_id = %u", r->apply_id, s->id);
	sql_end(sb);
}

/* Undo step S on C: its inverse (where it ran) and its record, in one transaction here. */
static char *undo_step(struct runner *r, PGconn *c, const struct step *s, int attempt, char **sqlstate)
{
	struct strbuf sb = STRBUF_INIT;
	char *err = NULL;
	if (s->database) {
		/* undone where it ran; the record below, here */
		PGconn *o = db_connect_to(r->o ? r->o->conninfo : NULL, s->database);
		if (!o)
			return xstrdup("cannot connect");
		err = run(o, "BEGIN", NULL);
		if (!err)
			err = run_list(r, o, s, &s->inverse, NULL);
		if (!err)
			err = run(o, "COMMIT", NULL);
		PQfinish(o);
		if (err)
			return err;
	}
	err = begin_tx(r, c, 0, swap_lock_ms(attempt), sqlstate);
	if (!err && !s->database)
		err = run_list(r, c, s, &s->inverse, sqlstate);
	if (!err) {
		unrecord_sql(r, s, &sb);
		err = run_buf(c, &sb, sqlstate);
	}
	if (!err)
		err = run(c, "COMMIT", sqlstate);
	strbuf_release(&sb);
	return err;
}

/* Undo the finished steps, last first.  Returns the number left undone. */
static unsigned undo(struct runner *r, PGconn *c)
{
	unsigned left = 0;
	for (unsigned k = r->ndone; k-- > 0;) {
		struct step *s = r->p->steps[r->done_order[k]];
		if (PQstatus(c) == CONNECTION_BAD) {
			warning("cannot undo the %u steps left: the connection to the server was lost", k + 1);
			left += k + 1;
			break;
		}
		if (s->irreversible) {
			warning("cannot undo step %u (%s %s %s): it is irreversible (%s)", s->id,
				step_action_name(s->action), obj_kind_words(s->kind), s->target, s->irreversible);
			left++;
			continue;
		}
		char *err = NULL;
		for (int attempt = 0;; attempt++) {
			char *state = NULL;
			free(err);
			err = undo_step(r, c, s, attempt, &state);
			int again = err && gave_way(state);
			free(state);
			if (err)
				rollback(c);
			if (!err || !again || attempt >= SWAP_RETRIES)
				break;
			/* a reader holds what the undo needs: give way and try again */
			swap_backoff(attempt);
		}
		if (err) {
			char *clean = scrub(r, err);
			warning("cannot undo step %u (%s %s %s): %s", s->id, step_action_name(s->action),
				obj_kind_words(s->kind), s->target, clean);
			free(clean);
			free(err);
			left++;
		}
	}
	return left;
}

/* ---- leftovers ---- */


/*
 * Drop temporaries (NAME__pgform_new, and NAME__pgform_old not kept on
 * purpose) that pgform's record says it made (pgform.temporaries); a
 * relation that only looks like one is named and left alone.  An old
 * copy a view still reads (an apply stopped between a part's swap and its
 * view's) stays until the view is re-pointed.  Rows of temporaries gone
 * are forgotten.
 */
#define NOT_READ_BY_A_VIEW \
	"AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d JOIN pg_catalog.pg_rewrite rw " \
	"ON rw.oid = d.objid WHERE d.classid = 'pg_catalog.pg_rewrite'::regclass " \
	"AND d.refclassid = 'pg_catalog.pg_class'::regclass AND d.refobjid = c.oid AND rw.ev_class <> c.oid) "
static int drop_leftovers(PGconn *c, int with_state)
{
	PGresult *res;
	int n = 0;
	if (!with_state)
		return 0;       /* nothing recorded: nothing of pgform's to drop */
	res = db_query(c, "cannot look for leftover temporaries",
		"SELECT c.relkind, n.nspname, c.relname, t.rel IS NOT NULL FROM pg_catalog.pg_class c "
		"JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
		"LEFT JOIN pgform.temporaries t ON t.nsp = n.nspname AND t.rel = c.relname "
		"WHERE c.relkind IN ('r', 'v', 'm') AND (c.relname LIKE '%\\_\\_pgform\\_new' "
		"OR (c.relname LIKE '%\\_\\_pgform\\_old' AND NOT EXISTS (SELECT 1 FROM pgform.kept k "
		"WHERE k.nsp = n.nspname AND k.rel = c.relname))) " NOT_READ_BY_A_VIEW
		"ORDER BY c.relkind = 'v' DESC, 2, 3", 0, NULL);
	if (!res)
		return -1;
	for (int i = 0; i < PQntuples(res); i++) {
		struct strbuf sb = STRBUF_INIT;
		char k = PQgetvalue(res, i, 0)[0];
		if (PQgetvalue(res, i, 3)[0] != 't') {
			warning("%s.%s looks like a temporary of pgform's, but its record does not say it made it: left alone",
				PQgetvalue(res, i, 1), PQgetvalue(res, i, 2));
			continue;
		}
		strbuf_addf(&sb, "DROP %s ", k == 'v' ? "VIEW" : k == 'm' ? "MATERIALIZED VIEW" : "TABLE");
		quote_qualified(&sb, PQgetvalue(res, i, 1), PQgetvalue(res, i, 2));
		char *err = run(c, sb.buf, NULL);
		if (err) {
			warning("cannot drop leftover %s.%s: %s", PQgetvalue(res, i, 1), PQgetvalue(res, i, 2), err);
			free(err);
		} else {
			n++;
		}
		strbuf_release(&sb);
	}
	PQclear(res);
	free(run(c, "DELETE FROM pgform.temporaries t WHERE pg_catalog.to_regclass("
		 "pg_catalog.quote_ident(t.nsp) || '.' || pg_catalog.quote_ident(t.rel)) IS NULL", NULL));
	return n;
}

int apply_prepare_resume(PGconn *c, int *interrupted)
{
	int e = state_exists(c);
	*interrupted = 0;
	if (e < 0)
		return -1;
	if (e) {
		/* applies that never ended, and the last one if it was interrupted (its connection lost) */
		PGresult *res = db_query(c, "cannot read unfinished applies",
			"WITH m AS (UPDATE pgform.applies SET status = 'interrupted', finished_at = now() "
			"WHERE status = 'running' RETURNING id) "
			"SELECT id FROM m UNION SELECT id FROM pgform.applies WHERE status = 'interrupted' "
			"AND id = (SELECT max(id) FROM pgform.applies) ORDER BY 1", 0, NULL);
		if (!res)
			return -1;
		for (int i = 0; i < PQntuples(res); i++)
			info("apply %s was interrupted; finishing it", PQgetvalue(res, i, 0));
		*interrupted = PQntuples(res);
		PQclear(res);
	}
	return drop_leftovers(c, e);
}

/*
 * Old copies an earlier apply kept (--keep-old) serve only its rollback,
 * and only the last apply can be rolled back: once apply R->apply_id is
 * recorded they are dropped, saying so, so that a rebuild of the same
 * relation never finds its NAME__pgform_old taken.
 */
static void drop_kept_of_earlier(struct runner *r, PGconn *c)
{
	char aid[32];
	snprintf(aid, sizeof(aid), "%lld", r->apply_id);
	const char *params[1] = { aid };
	PGresult *res = db_query(c, "cannot read the old copies kept",
		"SELECT k.nsp, k.rel, k.apply_id, c.relkind FROM pgform.kept k "
		"LEFT JOIN pg_catalog.pg_namespace n ON n.nspname = k.nsp "
		"LEFT JOIN pg_catalog.pg_class c ON c.relnamespace = n.oid AND c.relname = k.rel "
		"WHERE k.apply_id < $1::bigint ORDER BY 1, 2", 1, params);
	unsigned dropped = 0;
	const char *from = NULL;
	if (!res)
		return;
	for (int i = 0; i < PQntuples(res); i++) {
		struct strbuf sb = STRBUF_INIT;
		const char *nsp = PQgetvalue(res, i, 0), *rel = PQgetvalue(res, i, 1);
		char k = PQgetisnull(res, i, 3) ? 0 : PQgetvalue(res, i, 3)[0];
		strbuf_addstr(&sb, "BEGIN");
		sql_end(&sb);
		if (k) {
			strbuf_addf(&sb, "DROP %s ", k == 'v' ? "VIEW" : k == 'm' ? "MATERIALIZED VIEW" : "TABLE");
			quote_qualified(&sb, nsp, rel);
			sql_end(&sb);
		}
		for (unsigned t = 0; t < 2; t++) {
			strbuf_addf(&sb, "DELETE FROM %s WHERE nsp = ", t ? "pgform.temporaries" : "pgform.kept");
			quote_literal(&sb, nsp);
			strbuf_addstr(&sb, " AND rel = ");
			quote_literal(&sb, rel);
			sql_end(&sb);
		}
		strbuf_addstr(&sb, "COMMIT");
		sql_end(&sb);
		char *err = run_buf(c, &sb, NULL);
		if (err) {
			rollback(c);
			warning("cannot drop %s.%s, kept by apply %s: %s", nsp, rel, PQgetvalue(res, i, 2), err);
			free(err);
		} else if (k) {
			dropped++;
			from = PQgetvalue(res, i, 2);
		}
		strbuf_release(&sb);
	}
	if (dropped)
		info("dropped %u old copies kept by apply %s (only the last apply can be rolled back)", dropped, from);
	PQclear(res);
}

/* ---- the record, when the apply ends ---- */

/*
 * What the objects of the state look like now, aspect by aspect, into
 * pgform.stamps, for pgform drift (CAT: the catalog read after the
 * steps).  A complete apply from the state replaces every row; any other
 * updates the rows of what it names and forgets what its steps dropped;
 * a saved plan not named by --plan-hash vouches for nothing: the rows of
 * what it names are forgotten.
 */
static int record_stamps(struct runner *r, PGconn *c, struct catalog *cat)
{
	struct hashmap live = HASHMAP_INIT;
	struct strbuf k = STRBUF_INIT, id = STRBUF_INIT, as = STRBUF_INIT, one = STRBUF_INIT;
	unsigned n = 0;
	int whole = !r->o->from_file && !r->o->partial, ret = -1;
	for (unsigned i = 0; i < cat->m.nobjs; i++) {
		struct object *o = cat->m.objs[i];
		hashmap_put(&live, arena_printf(&cat->m.arena, "%s %s", obj_kind_name(o->kind), o->ident), o);
	}
	strbuf_addch(&k, '{');
	strbuf_addch(&id, '{');
	strbuf_addch(&as, '{');
	for (unsigned i = 0; i < r->o->nrecord; i++) {
		const struct record_item *it = &r->o->record[i];
		struct strbuf key = STRBUF_INIT;
		strbuf_addf(&key, "%s %s", it->kind, it->ident);
		struct object *l = hashmap_get(&live, key.buf);
		strbuf_release(&key);
		if (!l && !r->o->unsealed)
			continue;
		strbuf_reset(&one);
		if (l && !r->o->unsealed)
			catalog_aspects(l, &one);
		const char *sep = n++ ? "," : "";
		strbuf_addstr(&k, sep);
		quote_array_elem(&k, it->kind);
		strbuf_addstr(&id, sep);
		quote_array_elem(&id, it->ident);
		strbuf_addstr(&as, sep);
		quote_array_elem(&as, one.len ? one.buf : NULL);
	}
	/* what the steps dropped is no longer there to compare */
	for (unsigned i = 0; !whole && i < r->p->nsteps; i++) {
		const struct step *s = r->p->steps[i];
		if (s->action != STEP_DROP || !s->target)
			continue;
		const char *sep = n++ ? "," : "";
		strbuf_addstr(&k, sep);
		quote_array_elem(&k, obj_kind_name(s->kind));
		strbuf_addstr(&id, sep);
		quote_array_elem(&id, s->target);
		strbuf_addstr(&as, sep);
		quote_array_elem(&as, NULL);
	}
	strbuf_addch(&k, '}');
	strbuf_addch(&id, '}');
	strbuf_addch(&as, '}');
	char aid[32];
	snprintf(aid, sizeof(aid), "%lld", r->apply_id);
	const char *params[4] = { k.buf, id.buf, as.buf, aid };
	if (whole && db_exec(c, "cannot record what the objects look like", "DELETE FROM pgform.stamps") < 0)
		goto done;
	PGresult *res = db_query(c, "cannot record what the objects look like",
		"WITH x AS (SELECT * FROM unnest($1::text[], $2::text[], $3::text[]) AS u(kind, ident, aspects)), "
		"gone AS (DELETE FROM pgform.stamps s USING x WHERE x.aspects IS NULL "
		"AND s.kind = x.kind AND s.ident = x.ident) "
		"INSERT INTO pgform.stamps (kind, ident, aspects, apply_id) "
		"SELECT kind, ident, aspects, $4::bigint FROM x WHERE aspects IS NOT NULL "
		"ON CONFLICT (kind, ident) DO UPDATE SET aspects = EXCLUDED.aspects, apply_id = EXCLUDED.apply_id",
		4, params);
	if (res) {
		PQclear(res);
		ret = 0;
	}
done:
	hashmap_free(&live);
	strbuf_release(&k);
	strbuf_release(&id);
	strbuf_release(&as);
	strbuf_release(&one);
	return ret;
}

/*
 * Rows of pgform's record go to the server in batches, each as text[]
 * literals (one per column) unnested by one INSERT: a plan of tens of
 * thousands of steps written as one statement would hold its text several
 * times over (the literals, and libpq's copy of them).  DFLT rows a batch,
 * or PGFORM_TEST_RECORD_BATCH (tests only).
 */
static unsigned record_batch(unsigned dflt)
{
	const char *tb = getenv("PGFORM_TEST_RECORD_BATCH");
	return tb && atoi(tb) > 0 ? (unsigned)atoi(tb) : dflt;
}

/* Start the N literals A[] again: "{", their elements to follow. */
static void literals_open(struct strbuf *const *a, unsigned n)
{
	for (unsigned i = 0; i < n; i++) {
		strbuf_reset(a[i]);
		strbuf_addch(a[i], '{');
	}
}

/* End the N literals A[]: each a whole text[] literal, to be sent. */
static void literals_close(struct strbuf *const *a, unsigned n)
{
	for (unsigned i = 0; i < n; i++)
		strbuf_addch(a[i], '}');
}

/* The rows record_objects() sends at once: enough to be one round trip for most applies. */
#define RECORD_BATCH 4096

/* Send the rows gathered in the literals A[] (kind, ident, spec, stamp), and start them again. */
static int record_flush(struct runner *r, PGconn *c, struct strbuf *const *a)
{
	char aid[32];
	literals_close(a, 4);
	snprintf(aid, sizeof(aid), "%lld", r->apply_id);
	const char *params[5] = { a[0]->buf, a[1]->buf, a[2]->buf, a[3]->buf, aid };
	PGresult *res = db_query(c, "cannot record what was applied",
		"INSERT INTO pgform.objects (kind, ident, spec_hash, stamp, apply_id) "
		"SELECT * , $5::bigint FROM unnest($1::text[], $2::text[], $3::text[], $4::text[]) "
		"ON CONFLICT (kind, ident) DO UPDATE SET spec_hash = EXCLUDED.spec_hash, "
		"stamp = EXCLUDED.stamp, apply_id = CASE WHEN pgform.objects.spec_hash IS DISTINCT FROM "
		"EXCLUDED.spec_hash THEN EXCLUDED.apply_id ELSE pgform.objects.apply_id END", 5, params);
	PQclear(res);
	literals_open(a, 4);
	return res ? 0 : -1;
}

/* Record every desired object that exists, with the stamp of its catalog rows. */
static int record_objects(struct runner *r, PGconn *c)
{
	struct catalog cat;
	struct strbuf k = STRBUF_INIT, id = STRBUF_INIT, sp = STRBUF_INIT, st = STRBUF_INIT;
	struct hashmap fns = HASHMAP_INIT;
	int ret = -1;
	memset(&cat, 0, sizeof(cat));
	/*
	 * On this connection alone: the plan is still in memory, and a big
	 * catalog read on two at once holds more of it at a time.
	 */
	cat.one_connection = 1;
	if (catalog_read(&cat, c, NULL) < 0)
		goto done;
	for (unsigned j = 0; j < cat.m.nobjs; j++)
		if (cat.m.objs[j]->kind == OBJ_FUNCTION)
			hashmap_put(&fns, cat.m.objs[j]->ident, cat.m.objs[j]);
	struct strbuf *arrs[] = { &k, &id, &sp, &st };
	literals_open(arrs, 4);
	unsigned batch = record_batch(RECORD_BATCH);
	/* the batches stand or fall together */
	int own = PQtransactionStatus(c) == PQTRANS_IDLE;
	if (own && db_exec(c, "cannot record what was applied", "BEGIN") < 0)
		goto done;
	unsigned n = 0;
	for (unsigned i = 0; i < r->o->nrecord; i++) {
		const struct record_item *it = &r->o->record[i];
		struct object *l = NULL;
		char hex[17];
		const char *stamp = NULL;
		if (!strcmp(it->kind, "table") || !strcmp(it->kind, "view") ||
		    !strcmp(it->kind, "materialized_view")) {
			l = model_find_relation(&cat.m, it->ident);
			if (l) {
				hash_hex(((struct live_rel *)l)->stamp, hex);
				stamp = hex;
			}
		} else if (!strcmp(it->kind, "function")) {
			l = hashmap_get(&fns, it->ident);
			if (l) {
				hash_hex(((struct live_function *)l)->stamp, hex);
				stamp = hex;
			}
		} else {
			continue; /* other kinds are compared in full each time */
		}
		if (!l)
			continue;
		if (r->o->unsealed)
			stamp = NULL;   /* the file may say anything: the record vouches for nothing */
		const char *sep = n++ % batch ? "," : "";
		strbuf_addstr(&k, sep);
		quote_array_elem(&k, it->kind);
		strbuf_addstr(&id, sep);
		quote_array_elem(&id, it->ident);
		strbuf_addstr(&sp, sep);
		quote_array_elem(&sp, it->spec);
		strbuf_addstr(&st, sep);
		quote_array_elem(&st, stamp);
		if (n % batch == 0 && record_flush(r, c, arrs) < 0)
			goto undo;
	}
	if (n % batch && record_flush(r, c, arrs) < 0)
		goto undo;
	if (own && db_exec(c, "cannot record what was applied", "COMMIT") < 0)
		goto done;
	ret = record_stamps(r, c, &cat);
	goto done;
undo:
	if (own)
		PQclear(PQexec(c, "ROLLBACK"));
done:
	hashmap_free(&fns);
	catalog_free(&cat);
	strbuf_release(&k);
	strbuf_release(&id);
	strbuf_release(&sp);
	strbuf_release(&st);
	return ret;
}

/* ---- cleanup ---- */

/* Old copies dropped in one transaction: one commit for many. */
#define CLEANUP_BATCH 32

/*
 * The cleanup lists of the done steps DONE_ORDER[FROM..TO) (those that
 * have one, in reverse order) in one transaction, committed without
 * waiting for the disk: an old copy a crash brings back is found again by
 * pgform status and cleanup.  0, or -1 when any failed (rolled back).
 */
static int cleanup_batch(struct runner *r, PGconn *c, unsigned from, unsigned to)
{
	struct strbuf sb = STRBUF_INIT;
	unsigned n = 0;
	strbuf_addstr(&sb, "BEGIN");
	sql_end(&sb);
	strbuf_addstr(&sb, "SET LOCAL synchronous_commit = off");
	sql_end(&sb);
	for (unsigned k = to; k-- > from;) {
		struct step *s = r->p->steps[r->done_order[k]];
		if (!s->cleanup.n)
			continue;
		if (add_list(r, c, s, &s->cleanup, &sb) < 0) {
			strbuf_release(&sb);
			return -1;
		}
		n++;
	}
	strbuf_addstr(&sb, "COMMIT");
	sql_end(&sb);
	char *err = n ? run_stmts(c, &sb, NULL) : NULL;
	strbuf_release(&sb);
	if (!err)
		return 0;
	free(err);
	rollback(c);
	return -1;
}

static int cleanup(struct runner *r, PGconn *c)
{
	int ret = 0;
	/* in batches first; a batch that fails is done again step by step, saying which failed */
	unsigned done_to = r->ndone;
	if (!r->o->keep_old && PQtransactionStatus(c) == PQTRANS_IDLE) {     /* not in a dry run's or --atomic's */
		while (done_to > 0) {
			unsigned from = done_to > CLEANUP_BATCH ? done_to - CLEANUP_BATCH : 0;
			if (PQstatus(c) == CONNECTION_BAD || cleanup_batch(r, c, from, done_to) < 0)
				break;
			done_to = from;
		}
	}
	for (unsigned k = done_to; k-- > 0;) {
		struct step *s = r->p->steps[r->done_order[k]];
		char *err = NULL;
		if (!s->cleanup.n)
			continue;
		if (PQstatus(c) == CONNECTION_BAD)
			return -1;      /* apply_run says it */
		if (r->o->keep_old) {
			struct strbuf sb = STRBUF_INIT, old = STRBUF_INIT, cl = STRBUF_INIT;
			ident_shorten(&old, s->name, "__pgform_old");
			step_list_text(s, &s->cleanup, &cl);
			strbuf_addf(&sb, "INSERT INTO pgform.kept VALUES (%lld, ", r->apply_id);
			lit(&sb, s->schema);
			strbuf_addstr(&sb, ", ");
			lit(&sb, old.buf);
			strbuf_addstr(&sb, ", ");
			lit(&sb, cl.buf);
			strbuf_addstr(&sb, ") ON CONFLICT (nsp, rel) DO UPDATE SET apply_id = EXCLUDED.apply_id, "
				      "cleanup = EXCLUDED.cleanup");
			err = run(c, sb.buf, NULL);
			strbuf_release(&old);
			strbuf_release(&cl);
			strbuf_release(&sb);
		} else {
			err = run_list(r, c, s, &s->cleanup, NULL);
		}
		if (err) {
			warning("cannot drop the old copy of %s: %s", s->target, err);
			free(err);
			ret = -1;
		}
	}
	return ret;
}

/* ---- the apply and its steps in schema pgform ---- */

/* The steps start_apply() records in one statement. */
#define STEPS_BATCH 1024

static int start_apply(struct runner *r, PGconn *c)
{
	struct plan *p = r->p;
	struct strbuf ids = STRBUF_INIT, act = STRBUF_INIT, kind = STRBUF_INIT, tgt = STRBUF_INIT,
		      sql = STRBUF_INIT, inv = STRBUF_INIT, grp = STRBUF_INIT, spec = STRBUF_INIT,
		      rec = STRBUF_INIT, text = STRBUF_INIT;
	char nsteps[32];
	int ret = -1;
	snprintf(nsteps, sizeof(nsteps), "%u", p->nsteps);
	/* a saved plan's hashes and commit are what the file says: plan_source tells */
	char host[256], cpid[32];
	long client_pid;
	state_client(host, sizeof(host), &client_pid);
	snprintf(cpid, sizeof(cpid), "%ld", client_pid);
	/* the client is recorded, so a later apply can tell when this one's process is gone */
	const char *hp[11] = { p->plan_hash, p->desired_fp, p->git_commit, p->pgform_version, nsteps,
			       r->o->keep_old ? "true" : "false", p->catalog_fp, r->o->from_file ? "file" : "state",
			       host, cpid, r->o->partial ? "true" : "false" };
	PGresult *res = db_query(c, "cannot record the apply",
		"INSERT INTO pgform.applies (status, plan_hash, desired_hash, git_commit, pgform_version, "
		"nsteps, keep_old, catalog_fingerprint, plan_source, client_host, client_pid, partial) "
		"VALUES ('running', $1, $2, $3, $4, $5::int, $6::bool, $7, $8, $9, $10::int, $11::bool) RETURNING id",
		11, hp);
	if (!res)
		goto done;
	r->apply_id = atoll(PQgetvalue(res, 0, 0));
	PQclear(res);
	struct strbuf *arrs[] = { &ids, &act, &kind, &tgt, &sql, &inv, &grp, &spec, &rec };
	/* the steps go in batches (record_batch()), in one transaction */
	unsigned batch = record_batch(STEPS_BATCH);
	int own = PQtransactionStatus(c) == PQTRANS_IDLE;
	if (own && db_exec(c, "cannot record the steps", "BEGIN") < 0)
		goto done;
	literals_open(arrs, 9);
	for (unsigned i = 0; i < p->nsteps; i++) {
		struct step *s = p->steps[i];
		const char *sep = i % batch ? "," : "";
		for (unsigned a = 0; a < 9; a++)
			strbuf_addstr(arrs[a], sep);
		strbuf_addf(&ids, "%u", s->id);
		quote_array_elem(&act, step_action_name(s->action));
		quote_array_elem(&kind, obj_kind_name(s->kind));
		quote_array_elem(&tgt, s->target ? s->target : "");
		/* the statements as text, for people reading the record; the step itself as data */
		strbuf_reset(&text);
		step_text(s, &text);
		quote_array_elem(&sql, text.buf);
		strbuf_reset(&text);
		step_list_text(s, &s->inverse, &text);
		quote_array_elem(&inv, s->irreversible ? NULL : text.buf);
		strbuf_addf(&grp, "%u", s->group);
		quote_array_elem(&spec, s->spec_hash);
		char *one = planfile_step_dump(s);
		quote_array_elem(&rec, one);
		free(one);
		if ((i + 1) % batch && i + 1 < p->nsteps)
			continue;
		literals_close(arrs, 9);
		char aid[32];
		snprintf(aid, sizeof(aid), "%lld", r->apply_id);
		const char *sp[10] = { aid, ids.buf, act.buf, kind.buf, tgt.buf, sql.buf, inv.buf, grp.buf, spec.buf,
				       rec.buf };
		res = db_query(c, "cannot record the steps",
			"INSERT INTO pgform.steps (apply_id, step_id, action, kind, target, sql, inverse, grp, spec_hash, step) "
			"SELECT $1::bigint, * FROM unnest($2::int[], $3::text[], $4::text[], $5::text[], $6::text[], "
			"$7::text[], $8::int[], $9::text[], $10::jsonb[])", 10, sp);
		if (!res) {
			if (own)
				PQclear(PQexec(c, "ROLLBACK"));
			goto done;
		}
		PQclear(res);
		literals_open(arrs, 9);
	}
	if (own && db_exec(c, "cannot record the steps", "COMMIT") < 0)
		goto done;
	ret = 0;
done:
	for (unsigned a = 0; a < 9; a++)
		strbuf_release(arrs[a]);
	strbuf_release(&text);
	return ret;
}

static void finish_apply(struct runner *r, PGconn *c, const char *status, const char *err)
{
	struct strbuf sb = STRBUF_INIT;
	strbuf_addf(&sb, "UPDATE pgform.applies SET status = '%s', finished_at = now(), error = ", status);
	lit(&sb, err);
	strbuf_addf(&sb, " WHERE id = %lld", r->apply_id);
	free(run(c, sb.buf, NULL));
	strbuf_release(&sb);
}

static int may_quiet_log(PGconn *c)
{
	PGresult *res = PQexec(c, "SELECT " SQL_MAY_QUIET_LOG);
	int su = PQresultStatus(res) == PGRES_TUPLES_OK && PQntuples(res) && PQgetvalue(res, 0, 0)[0] == 't';
	PQclear(res);
	return su;
}

/* ---- dry run ---- */

/*
 * The dry run stopped at step S rather than wait more than --lock-timeout
 * for a lock: say so, naming the sessions that hold locks on REL (quoted,
 * qualified), or else on its object, or on what they read (its
 * transaction is rolled back by then, so only theirs are left).
 */
static void dry_lock_report(struct runner *r, PGconn *c, const struct step *s, const char *rel)
{
	struct strbuf obj = STRBUF_INIT;
	char *holders = NULL;
	if (rel || (s->schema && s->name)) {
		if (rel)
			strbuf_addstr(&obj, rel);
		else
			quote_qualified(&obj, s->schema, s->name);
		const char *params[1] = { obj.buf };
		PGresult *res = db_query(c, "cannot look for the sessions holding the lock",
			"SELECT string_agg(format('pid %s (%s, %s since %s)', a.pid, "
			"coalesce(nullif(a.application_name, ''), 'no application name'), a.state, "
			"to_char(a.state_change, 'HH24:MI:SS')), '; ' ORDER BY a.pid) "
			"FROM pg_catalog.pg_stat_activity a WHERE a.pid <> pg_catalog.pg_backend_pid() "
			"AND a.pid IN (WITH RECURSIVE d(oid) AS (SELECT pg_catalog.to_regclass($1)::oid "
			/* a view is locked with what it reads */
			"UNION SELECT dep.refobjid FROM d JOIN pg_catalog.pg_rewrite w ON w.ev_class = d.oid "
			"JOIN pg_catalog.pg_depend dep ON dep.objid = w.oid "
			"AND dep.classid = 'pg_catalog.pg_rewrite'::regclass "
			"AND dep.refclassid = 'pg_catalog.pg_class'::regclass AND dep.refobjid <> d.oid) "
			"SELECT l.pid FROM pg_catalog.pg_locks l JOIN d ON l.relation = d.oid WHERE l.granted)",
			1, params);
		if (res && !PQgetisnull(res, 0, 0))
			holders = xstrdup(PQgetvalue(res, 0, 0));
		PQclear(res);
	}
	error("dry run: step %u (%s %s %s) would wait more than %g s for a lock%s%s; stopped there, nothing changed "
	      "(--lock-timeout sets the wait)", s->id, step_action_name(s->action), obj_kind_words(s->kind),
	      s->target, r->o->lock_wait, holders ? " held by " : "", holders ? holders : "");
	free(holders);
	strbuf_release(&obj);
}

enum dry_part { DRY_WHOLE, DRY_BUILD, DRY_SWAP };

/*
 * Run PART of step I of the dry run on C, adding its time to *SPENT; a
 * step's line is printed when it is done.  Returns 0, -1 when it failed
 * (reported), or 1 when it would wait for a lock (reported, rolled back).
 */
static int dry_phase(struct runner *r, PGconn *c, unsigned i, enum dry_part part, double *spent)
{
	struct step *s = r->p->steps[i];
	struct unit u = { .steps = &i, .n = 1, .first = i };
	unsigned bad = i;
	double t = now_s();
	char *err;
	if (part == DRY_WHOLE)
		err = run_unit(r, c, &u, &bad);
	else if (part == DRY_BUILD)
		err = s->build.n ? run_list(r, c, s, &s->build, &r->dry_state) : NULL;
	else
		err = swap_unit(r, c, &u, &r->dry_state);
	*spent += (now_s() - t) * 1000.0;
	double ms = *spent;
	int lock = err && r->dry_state && (!strcmp(r->dry_state, "55P03") || !strcmp(r->dry_state, "40P01"));
	free(r->dry_state);
	r->dry_state = NULL;
	if (lock) {
		printf("%-5u %-9s %-44s %9.1f %9s  would wait for a lock\n", s->id, step_action_name(s->action),
		       s->target, ms, "-");
		rollback(c);
		dry_lock_report(r, c, s, NULL);
		free(err);
		return 1;
	}
	if (err) {
		char *clean = scrub(r, err);
		printf("%-5u %-9s %-44s %9.1f %9s  failed: %s\n", s->id, step_action_name(s->action),
		       s->target, ms, "-", clean);
		error("dry run: the apply would fail at step %u (%s %s %s): %s; all was rolled back", s->id,
		      step_action_name(s->action), obj_kind_words(s->kind), s->target, clean);
		free(clean);
		free(err);
		return -1;
	}
	if (part == DRY_BUILD)
		return 0;       /* its line comes with its swap */
	r->done_order[r->ndone++] = i;
	PGresult *res = PQexec(c, "SELECT string_agg(mode || ' x' || n, ', ' ORDER BY mode) FROM "
			       "(SELECT mode, count(*) n FROM pg_catalog.pg_locks "
			       "WHERE pid = pg_backend_pid() AND locktype = 'relation' GROUP BY mode) l");
	const char *locks = PQresultStatus(res) == PGRES_TUPLES_OK && !PQgetisnull(res, 0, 0) ?
			    PQgetvalue(res, 0, 0) : "";
	char rows[32] = "-";
	if (s->rows >= 0)
		snprintf(rows, sizeof(rows), "%lld", s->rows);
	printf("%-5u %-9s %-44s %9.1f %9s  %s\n", s->id, step_action_name(s->action),
	       s->target ? s->target : "", ms, rows, locks);
	PQclear(res);
	return 0;
}

/*
 * Before the changes pending in the dry run (STATE[i] == 1) run, lock the
 * views they change or lock and every view that reads those or what the
 * steps change, outermost first (the public view before the union view),
 * in one statement: a reader then waits at the first view it reads
 * instead of holding one a later swap needs while waiting for one the dry
 * run holds (a deadlock a reader would lose).  Returns as dry_phase().
 */
static int dry_lock_pending(struct runner *r, PGconn *c, const unsigned char *state)
{
	struct strbuf names = STRBUF_INIT, sb = STRBUF_INIT, q = STRBUF_INIT;
	const struct step *first = NULL;
	unsigned n = 0;
	int ret = 0;
	strbuf_addch(&names, '{');
	for (unsigned i = 0; i < r->p->nsteps; i++) {
		const struct step *s = r->p->steps[i];
		if (state[i] != 1)
			continue;
		for (unsigned k = 0; k < s->nlock; k++) {
			strbuf_addstr(&names, n++ ? "," : "");
			quote_array_elem(&names, s->lock[k]);
		}
		if (s->schema && s->name && (s->kind == OBJ_VIEW || s->kind == OBJ_MATVIEW || s->kind == OBJ_TABLE)) {
			strbuf_reset(&q);
			quote_qualified(&q, s->schema, s->name);
			strbuf_addstr(&names, n++ ? "," : "");
			quote_array_elem(&names, q.buf);
		}
		if (!first)
			first = s;
	}
	strbuf_addch(&names, '}');
	if (!n)
		goto done;
	const char *params[1] = { names.buf };
	PGresult *res = db_query(c, "dry run: cannot find the views to lock",
		"WITH RECURSIVE seed AS (SELECT pg_catalog.to_regclass(x)::oid AS oid FROM unnest($1::text[]) x), "
		"r(oid, depth) AS (SELECT oid, 0 FROM seed WHERE oid IS NOT NULL "
		"UNION SELECT w.ev_class, r.depth + 1 FROM r JOIN pg_catalog.pg_depend d "
		"ON d.refobjid = r.oid AND d.refclassid = 'pg_catalog.pg_class'::regclass "
		"AND d.classid = 'pg_catalog.pg_rewrite'::regclass "
		"JOIN pg_catalog.pg_rewrite w ON w.oid = d.objid WHERE w.ev_class <> r.oid AND r.depth < 32) "
		"SELECT n.nspname, c.relname FROM r JOIN pg_catalog.pg_class c ON c.oid = r.oid "
		"JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace WHERE c.relkind = 'v' "
		"GROUP BY n.nspname, c.relname ORDER BY max(r.depth) DESC, 1, 2", 1, params);
	if (!res) {
		rollback(c);
		ret = -1;
		goto done;
	}
	double t = now_s();
	for (int i = 0; i < PQntuples(res) && !ret; i++) {
		strbuf_reset(&q);
		quote_qualified(&q, PQgetvalue(res, i, 0), PQgetvalue(res, i, 1));
		strbuf_reset(&sb);
		strbuf_addf(&sb, "LOCK TABLE %s IN ACCESS EXCLUSIVE MODE", q.buf);
		char *err = run(c, sb.buf, &r->dry_state);
		if (!err)
			continue;
		/* the step it is for: the first that changes or locks that view, else the first pending */
		const struct step *who = NULL;
		for (unsigned k = 0; k < r->p->nsteps && !who; k++) {
			const struct step *s = r->p->steps[k];
			struct strbuf tq = STRBUF_INIT;
			if (state[k] != 1)
				continue;
			if (s->schema && s->name)
				quote_qualified(&tq, s->schema, s->name);
			if (tq.len && !strcmp(tq.buf, q.buf))
				who = s;
			for (unsigned j = 0; j < s->nlock && !who; j++)
				if (!strcmp(s->lock[j], q.buf))
					who = s;
			strbuf_release(&tq);
		}
		if (!who)
			who = first;
		int lock = r->dry_state && (!strcmp(r->dry_state, "55P03") || !strcmp(r->dry_state, "40P01"));
		printf("%-5u %-9s %-44s %9.1f %9s  %s\n", who->id, step_action_name(who->action), who->target,
		       (now_s() - t) * 1000.0, "-", lock ? "would wait for a lock" : "failed to lock the views it changes");
		rollback(c);
		if (lock)
			dry_lock_report(r, c, who, q.buf);
		else
			error("dry run: cannot lock view %s for step %u: %s", q.buf, who->id, err);
		ret = lock ? 1 : -1;
		free(err);
	}
	PQclear(res);
	free(r->dry_state);
	r->dry_state = NULL;
done:
	strbuf_release(&names);
	strbuf_release(&sb);
	strbuf_release(&q);
	return ret;
}

static int dry_run(struct runner *r, PGconn *c)
{
	struct plan *p = r->p;
	int ret = 0;
	/* one transaction for everything; passwords may be in it: logging off first */
	if (db_exec(c, "cannot start the dry run", r->superuser ? "BEGIN; SET LOCAL log_statement = 'none'; SET LOCAL log_min_duration_statement = -1; "
		    "SET LOCAL log_min_error_statement = 'panic'; SET LOCAL log_parameter_max_length_on_error = 0" : "BEGIN") < 0)
		return -1;
	/* never queue long behind a reader while holding the locks of the steps before */
	char lt[64];
	snprintf(lt, sizeof(lt), "SET LOCAL lock_timeout = %ld", (long)(r->o->lock_wait * 1000 + 0.5));
	if (r->o->lock_wait > 0 && db_exec(c, "cannot start the dry run", lt) < 0) {
		rollback(c);
		return -1;
	}
	struct strbuf why = STRBUF_INIT;
	if (run_checks(r, c, "before the steps", 1, &why) < 0) {
		rollback(c);
		error("dry run: the apply would fail: %s; all was rolled back", why.buf);
		strbuf_release(&why);
		return -1;
	}
	printf("%-5s %-9s %-44s %9s %9s  %s\n", "step", "action", "target", "ms", "rows", "locks held");
	/*
	 * Creates and a rebuild's build take no lock a reader waits for; the
	 * other steps and a rebuild's swap do, and keep it until the rollback.
	 * So creates and builds run as soon as the steps they depend on are
	 * done, and the rest waits until nothing else can run: readers wait
	 * for the changes and what follows them, not for every build.
	 */
	unsigned char *state = xcalloc(p->nsteps + 1, 1);  /* 0 to do, 1 built, 2 done */
	double *spent = xcalloc(p->nsteps + 1, sizeof(double));
	unsigned ndone = 0;
	while (!ret && ndone < p->nsteps) {
		int progress = 0;
		for (unsigned i = 0; i < p->nsteps && !ret; i++) {
			struct step *s = p->steps[i];
			int ready = state[i] == 0;
			for (unsigned d = 0; ready && d < s->ndeps; d++)
				ready = s->deps[d] < 1 || s->deps[d] > p->nsteps || state[s->deps[d] - 1] == 2;
			if (!ready)
				continue;
			progress = 1;
			if (s->action == STEP_CREATE || s->database || s->kind == OBJ_EXTENSION) {
				/*
				 * new objects: nobody waits for their locks; an
				 * extension's update too (its scripts replace
				 * functions and types), and what follows may use
				 * what it adds without a dependency pgform knows of
				 */
				ret = dry_phase(r, c, i, DRY_WHOLE, &spent[i]);
				state[i] = 2;
				ndone++;
			} else {
				if (s->action == STEP_REBUILD)
					ret = dry_phase(r, c, i, DRY_BUILD, &spent[i]);
				state[i] = 1;
			}
		}
		if (progress || ret)
			continue;
		/* nothing can run before the changes pending: run them, in plan order */
		ret = dry_lock_pending(r, c, state);
		for (unsigned i = 0; i < p->nsteps && !ret; i++) {
			if (state[i] != 1)
				continue;
			ret = dry_phase(r, c, i, p->steps[i]->action == STEP_REBUILD ? DRY_SWAP : DRY_WHOLE,
					&spent[i]);
			state[i] = 2;
			ndone++;
		}
	}
	free(state);
	free(spent);
	if (ret == 1) {
		fflush(stdout);
		strbuf_release(&why);
		return -1;      /* a lock wait: reported, rolled back */
	}
	if (!ret && cleanup(r, c) < 0)
		ret = -1;
	int checks_failed = !ret && run_checks(r, c, "after the steps", 0, &why) < 0;
	rollback(c);
	fflush(stdout);
	if (checks_failed) {
		error("dry run: the apply would fail: %s; all was rolled back", why.buf);
		ret = -1;
	}
	if (!ret)
		info("dry run: the apply would succeed (%u %s, %u %s); all was rolled back", p->nsteps,
		     p->nsteps == 1 ? "step" : "steps", p->nchecks, p->nchecks == 1 ? "check" : "checks");
	strbuf_release(&why);
	return ret;
}

/* ---- entry ---- */

/*
 * A connection was lost (*R's lost, or C itself): what was in flight may
 * or may not have been committed, so nothing is undone.  The apply is
 * recorded as interrupted if C can still say it (else its row says
 * running, which status and the next apply see through), and the way on
 * is said: the next apply finishes it, or pgform rollback undoes it.
 */
static void interrupted(struct runner *r, PGconn *c)
{
	if (PQstatus(c) == CONNECTION_OK)
		finish_apply(r, c, "interrupted", r->fail_msg);
	if (r->lost_step)
		info("apply %lld interrupted: the connection to the server was lost during step %u, whose outcome "
		     "is unknown; nothing was undone; run `pgform apply` again to finish, or `pgform rollback %lld`",
		     r->apply_id, r->lost_step, r->apply_id);
	else
		info("apply %lld interrupted: the connection to the server was lost; nothing was undone; "
		     "run `pgform apply` again to finish, or `pgform rollback %lld`", r->apply_id, r->apply_id);
}

/*
 * The temporary names the plan's rebuilds use (NAME__pgform_new,
 * NAME__pgform_old) must be free, or pgform's own (recorded in
 * pgform.temporaries or pgform.kept, so dropped before they are needed):
 * a relation of that name that pgform did not make is someone's data,
 * and would otherwise stand in the way of the swap.  One query for all
 * of them; -1 after error() naming the first, before anything is done.
 */
static int temp_names_free(struct runner *r, PGconn *c)
{
	struct strbuf sb = STRBUF_INIT;
	unsigned n = 0;
	int e = state_exists(c), ret = 0;
	if (e < 0)
		return -1;
	strbuf_addstr(&sb, "SELECT v.nsp, v.rel FROM (VALUES ");
	for (unsigned i = 0; i < r->p->nsteps; i++) {
		size_t at = sb.len;
		if (n)
			strbuf_addstr(&sb, ", ");
		if (temp_rows(&sb, r->p->steps[i], ""))
			n++;
		else
			strbuf_setlen(&sb, at);
	}
	strbuf_addstr(&sb, ") v(nsp, rel) JOIN pg_catalog.pg_namespace ns ON ns.nspname = v.nsp "
		      "JOIN pg_catalog.pg_class c ON c.relnamespace = ns.oid AND c.relname = v.rel");
	if (e)
		strbuf_addstr(&sb, " WHERE NOT EXISTS (SELECT 1 FROM pgform.temporaries t WHERE t.nsp = v.nsp AND t.rel = v.rel) "
			      "AND NOT EXISTS (SELECT 1 FROM pgform.kept k WHERE k.nsp = v.nsp AND k.rel = v.rel)");
	strbuf_addstr(&sb, " ORDER BY 1, 2 LIMIT 1");
	if (n) {
		PGresult *res = db_query(c, "cannot look at the temporary names", sb.buf, 0, NULL);
		if (!res) {
			ret = -1;
		} else {
			if (PQntuples(res) == 1) {
				error("%s.%s is in the way of a rebuild: pgform builds under that name, but its record "
				      "does not say it made it (someone's data?); rename or drop it, then apply again",
				      PQgetvalue(res, 0, 0), PQgetvalue(res, 0, 1));
				ret = -1;
			}
			PQclear(res);
		}
	}
	strbuf_release(&sb);
	return ret;
}

int apply_run(struct plan *p, PGconn *c, const struct apply_opts *o)
{
	struct runner r;
	int ret = -1;
	memset(&r, 0, sizeof(r));
	r.p = p;
	r.o = o;
	r.t0 = r.last_line = now_s();
	r.done_order = xcalloc(p->nsteps + 1, sizeof(unsigned));
	r.superuser = may_quiet_log(c);
	pthread_mutex_init(&r.mu, NULL);
	pthread_cond_init(&r.cv, NULL);
	build_units(&r);

	if (temp_names_free(&r, c) < 0)
		goto out;
	if (o->dry_run) {
		ret = dry_run(&r, c);
		goto out;
	}
	if (start_apply(&r, c) < 0)
		goto out;
	drop_kept_of_earlier(&r, c);
	if (run_checks(&r, c, "before apply", 1, NULL) < 0) {
		if (PQstatus(c) == CONNECTION_BAD)
			interrupted(&r, c);
		else
			finish_apply(&r, c, "refused", "a check failed before apply");
		goto out;
	}
	if (o->atomic && db_exec(c, "cannot start the transaction", r.superuser ? "BEGIN; SET LOCAL log_statement = 'none'; SET LOCAL log_min_duration_statement = -1; "
								 "SET LOCAL log_min_error_statement = 'panic'; SET LOCAL log_parameter_max_length_on_error = 0" : "BEGIN") < 0)
		goto out;
	if (run_all(&r, c) < 0) {
		error("%s%s", r.fail_msg, r.fail_hint ? r.fail_hint : "");
		goto failed;
	}
	if (run_checks(&r, c, "after apply", 0, NULL) < 0) {
		r.fail_msg = "a check failed after apply";
		goto failed;
	}
	cleanup(&r, c);
	/* old copies an interrupted or stopped apply left behind views that read them until now */
	if (!o->atomic && PQstatus(c) == CONNECTION_OK)
		drop_leftovers(c, 1);
	if (o->atomic) {
		char *err = run(c, "COMMIT", NULL);
		if (err) {
			error("cannot commit: %s", err);
			free(err);
			r.fail_msg = "commit failed";
			goto failed;
		}
	}
	if (PQstatus(c) == CONNECTION_BAD) {
		error("the connection to the server was lost at the end of apply %lld: its %u steps are done, "
		      "but it is not recorded as done and old copies may be left; run `pgform apply` again to "
		      "finish it", r.apply_id, p->nsteps);
		goto out;
	}
	if (record_objects(&r, c) < 0)
		warning("the record of what was applied is incomplete; the next plan compares definitions in full");
	finish_apply(&r, c, "done", NULL);
	info("apply %lld: %u steps done in %.1f s", r.apply_id, p->nsteps, now_s() - r.t0);
	ret = 0;
	goto out;
failed:
	if (r.lost || PQstatus(c) == CONNECTION_BAD) {
		interrupted(&r, c);
		goto out;
	}
	if (o->atomic) {
		rollback(c);
		finish_apply(&r, c, "rolled_back", r.fail_msg);
		info("apply %lld rolled back: nothing changed", r.apply_id);
		goto out;
	}
	if (o->stop_on_error) {
		finish_apply(&r, c, "stopped", r.fail_msg);
		info("apply %lld stopped after %u of %u steps; run `pgform apply` again to finish, "
		     "or `pgform rollback %lld`", r.apply_id, r.ndone, p->nsteps, r.apply_id);
		goto out;
	}
	{
		unsigned left = undo(&r, c);
		if (PQstatus(c) == CONNECTION_OK)
			drop_leftovers(c, 1);
		finish_apply(&r, c, left ? "failed" : "rolled_back", r.fail_msg);
		if (left)
			info("apply %lld failed; %u finished steps could not be undone (see `pgform status`)",
			     r.apply_id, left);
		else
			info("apply %lld failed and was rolled back: the database is as before", r.apply_id);
	}
out:
	free_units(&r);
	free(r.done_order);
	for (unsigned i = 0; i < r.nsecrets; i++) {
		memset(r.secrets[i], 0, strlen(r.secrets[i]));
		free(r.secrets[i]);
	}
	free(r.secrets);
	pthread_mutex_destroy(&r.mu);
	pthread_cond_destroy(&r.cv);
	return ret;
}

/* ---- rollback of a finished apply ---- */

int apply_rollback(PGconn *c, long long id, int allow_destroy)
{
	struct runner r;
	struct plan p;
	char idbuf[32];
	int ret = -1;
	memset(&r, 0, sizeof(r));
	memset(&p, 0, sizeof(p));
	int e = state_exists(c);
	if (e <= 0)
		return e < 0 ? -1 : error("nothing to roll back: no apply has run here (schema pgform does not exist)");
	snprintf(idbuf, sizeof(idbuf), "%lld", id);
	const char *params[1] = { idbuf };
	/* only the last apply can be undone: what came after it was built on it */
	PGresult *res = db_query(c, "cannot find the apply",
		"SELECT id, status, keep_old FROM pgform.applies ORDER BY id DESC LIMIT 1", 0, NULL);
	if (!res)
		return -1;
	if (!PQntuples(res)) {
		PQclear(res);
		return error("no apply to roll back");
	}
	r.apply_id = atoll(PQgetvalue(res, 0, 0));
	char status[32];
	snprintf(status, sizeof(status), "%s", PQgetvalue(res, 0, 1));
	PQclear(res);
	if (id && id != r.apply_id)
		return error("apply %lld is not the last one (apply %lld is); only the last apply can be rolled back",
			     id, r.apply_id);
	/* we hold the apply lock: an apply whose row says running is not running (interrupted) */
	if (strcmp(status, "done") && strcmp(status, "stopped") && strcmp(status, "interrupted") &&
	    strcmp(status, "running")) {
		return error("the last apply (%lld) is %s; only a finished, stopped or interrupted apply can be "
			     "rolled back", r.apply_id, status);
	}
	snprintf(idbuf, sizeof(idbuf), "%lld", r.apply_id);
	res = db_query(c, "cannot read the steps of the apply",
		"SELECT step_id, step::text FROM pgform.steps "
		"WHERE apply_id = $1::bigint AND status = 'done' ORDER BY step_id", 1, params);
	if (!res)
		return -1;
	unsigned n = (unsigned)PQntuples(res);
	r.p = &p;
	r.done_order = xcalloc(n + 1, sizeof(unsigned));
	pthread_mutex_init(&r.mu, NULL);
	for (unsigned i = 0; i < n; i++) {
		char where[64];
		snprintf(where, sizeof(where), "step %s of apply %lld", PQgetvalue(res, (int)i, 0), r.apply_id);
		if (PQgetisnull(res, (int)i, 1)) {
			error("%s was recorded by an older pgform, without its inverse as data; "
			      "apply %lld cannot be rolled back by this version", where, r.apply_id);
			PQclear(res);
			goto done;
		}
		if (planfile_step_load(&p, PQgetvalue(res, (int)i, 1), where) < 0) {
			PQclear(res);
			goto done;
		}
		p.steps[i]->id = (unsigned)atoi(PQgetvalue(res, (int)i, 0));
		r.done_order[r.ndone++] = i;
	}
	PQclear(res);
	/* all or nothing: every step must be undoable before one is undone */
	for (unsigned i = 0; i < n; i++) {
		struct step *s = p.steps[i];
		if (s->action == STEP_CREATE && !allow_destroy &&
		    (s->kind == OBJ_TABLE || s->kind == OBJ_MATVIEW || s->kind == OBJ_SCHEMA)) {
			error("rolling back apply %lld drops %s %s, which holds data; run with --allow-destroy",
			      r.apply_id, obj_kind_words(s->kind), s->target);
			goto done;
		}
		if (s->irreversible) {
			error("step %u of apply %lld (%s %s %s) cannot be undone (%s); apply %lld cannot be rolled back",
			      s->id, r.apply_id, step_action_name(s->action), obj_kind_words(s->kind), s->target,
			      s->irreversible, r.apply_id);
			goto done;
		}
		if (!s->cleanup.n)
			continue;
		/* a swap is undone by swapping back: the old copy must still be there */
		const char *dot = strchr(s->target, '.');
		struct strbuf old = STRBUF_INIT, q = STRBUF_INIT;
		ident_shorten(&old, dot ? dot + 1 : s->target, "__pgform_old");
		strbuf_addf(&q, "SELECT to_regclass(");
		struct strbuf qn = STRBUF_INIT;
		quote_qualified(&qn, dot ? arena_strndup(&p.arena, s->target, (size_t)(dot - s->target)) : "public", old.buf);
		quote_literal(&q, qn.buf);
		strbuf_addstr(&q, ") IS NOT NULL");
		PGresult *q1 = PQexec(c, q.buf);
		int there = PQresultStatus(q1) == PGRES_TUPLES_OK && PQgetvalue(q1, 0, 0)[0] == 't';
		PQclear(q1);
		if (!there) {
			error("the old copy of %s is gone (%s): it was dropped when the apply ended (no --keep-old) "
			      "or by pgform cleanup; apply %lld cannot be rolled back", s->target, qn.buf, r.apply_id);
			strbuf_release(&old);
			strbuf_release(&q);
			strbuf_release(&qn);
			goto done;
		}
		strbuf_release(&old);
		strbuf_release(&q);
		strbuf_release(&qn);
	}
	unsigned left = undo(&r, c);
	if (left) {
		error("%u steps of apply %lld could not be undone", left, r.apply_id);
		goto done;
	}
	/* what was kept for this rollback is back in place */
	struct strbuf sb = STRBUF_INIT;
	strbuf_addf(&sb, "DELETE FROM pgform.kept WHERE apply_id = %lld", r.apply_id);
	sql_end(&sb);
	strbuf_addf(&sb, "UPDATE pgform.applies SET status = 'rolled_back', finished_at = now() WHERE id = %lld",
		    r.apply_id);
	sql_end(&sb);
	char *err = run_buf(c, &sb, NULL);
	strbuf_release(&sb);
	if (err) {
		error("cannot record the rollback: %s", err);
		free(err);
		goto done;
	}
	info("apply %lld rolled back: %u steps undone", r.apply_id, n);
	ret = 0;
done:
	free(r.done_order);
	pthread_mutex_destroy(&r.mu);
	plan_free(&p);
	return ret;
}

int apply_cleanup(PGconn *c, int drop)
{
	int e = state_exists(c);
	if (e < 0)
		return -1;
	/* only what pgform's record says it made (or kept); look-alikes are named and left */
	PGresult *res = db_query(c, "cannot look for leftover temporaries", e ?
		"SELECT n.nspname, c.relname, c.relkind, "
		"pg_catalog.pg_size_pretty(pg_catalog.pg_total_relation_size(c.oid)), "
		"EXISTS (SELECT 1 FROM pgform.temporaries t WHERE t.nsp = n.nspname AND t.rel = c.relname) "
		"OR EXISTS (SELECT 1 FROM pgform.kept k WHERE k.nsp = n.nspname AND k.rel = c.relname) "
		"FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
		"WHERE c.relkind IN ('r', 'v', 'm') AND (c.relname LIKE '%\\_\\_pgform\\_new' "
		"OR c.relname LIKE '%\\_\\_pgform\\_old') ORDER BY c.relkind = 'v' DESC, 1, 2" :
		"SELECT n.nspname, c.relname, c.relkind, '', false "
		"FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
		"WHERE c.relkind IN ('r', 'v', 'm') AND (c.relname LIKE '%\\_\\_pgform\\_new' "
		"OR c.relname LIKE '%\\_\\_pgform\\_old') ORDER BY c.relkind = 'v' DESC, 1, 2", 0, NULL);
	if (!res)
		return -1;
	int n = 0;
	for (int i = 0; i < PQntuples(res); i++) {
		if (PQgetvalue(res, i, 4)[0] != 't') {
			warning("%s.%s looks like a temporary of pgform's, but its record does not say it made it: left alone",
				PQgetvalue(res, i, 0), PQgetvalue(res, i, 1));
			continue;
		}
		n++;
		char k = PQgetvalue(res, i, 2)[0];
		const char *word = k == 'v' ? "VIEW" : k == 'm' ? "MATERIALIZED VIEW" : "TABLE";
		printf("%s %s.%s (%s)\n", k == 'v' ? "view" : k == 'm' ? "materialized view" : "table",
		       PQgetvalue(res, i, 0), PQgetvalue(res, i, 1), PQgetvalue(res, i, 3));
		if (!drop)
			continue;
		struct strbuf sb = STRBUF_INIT;
		strbuf_addstr(&sb, "BEGIN");
		sql_end(&sb);
		strbuf_addf(&sb, "DROP %s ", word);
		quote_qualified(&sb, PQgetvalue(res, i, 0), PQgetvalue(res, i, 1));
		sql_end(&sb);
		if (e) {
			static const char *const tables[] = { "pgform.kept", "pgform.temporaries" };
			for (unsigned t = 0; t < 2; t++) {
				strbuf_addf(&sb, "DELETE FROM %s WHERE nsp = ", tables[t]);
				quote_literal(&sb, PQgetvalue(res, i, 0));
				strbuf_addstr(&sb, " AND rel = ");
				quote_literal(&sb, PQgetvalue(res, i, 1));
				sql_end(&sb);
			}
		}
		strbuf_addstr(&sb, "COMMIT");
		sql_end(&sb);
		char *err = run_buf(c, &sb, NULL);
		if (err) {
			rollback(c);
			error("cannot drop %s.%s: %s", PQgetvalue(res, i, 0), PQgetvalue(res, i, 1), err);
			free(err);
			PQclear(res);
			return -1;
		}
		strbuf_release(&sb);
	}
	PQclear(res);
	fflush(stdout);
	return n;
}
