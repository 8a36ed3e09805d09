#include "output/planfmt.h"
#include "base/usage.h"

#include <stdlib.h>
#include <string.h>

#include "base/uheap.h"
#include "plan/planfile.h"
#include "sql/quote.h"

/* How a name, label or reason is written into the output. */
typedef void (*escape_fn)(struct strbuf *out, const char *s);

/* What differs between the text and the markdown lists. */
struct style {
	escape_fn esc;
	const char *item;        /* before each step line: "" or "- " */
	const char *sym[2];      /* around a step symbol */
	const char *hazard[2];   /* around a hazard name */
	const char *skip;        /* before each left-out object */
	int verbose;
	size_t max;              /* past this many bytes a list is only counted (0: never) */
};

/* Hazard bits and their names for people, in the order they are listed. */
static const struct {
	unsigned bit;
	const char *text;
} hazard_names[] = {
	{ HAZARD_DROPS_DATA, "drops data" },
	{ HAZARD_EXCLUSIVE_LOCK, "long exclusive lock" },
	{ HAZARD_IRREVERSIBLE, "irreversible" },
	{ HAZARD_REBUILDS_ROWS, "rebuilds" },  /* + "N rows" or "all rows" */
	{ HAZARD_REVOKES, "revokes" },         /* + what: "SELECT from bi" */
	{ HAZARD_CARRIES, "drops and recreates" },  /* + what: "trigger t on table public.x" */
};
#define NHAZARDS (sizeof(hazard_names) / sizeof(hazard_names[0]))

/* What is rendered goes to the FILE in pieces of about this size. */
#define PLANFMT_CHUNK (256 * 1024)

/*
 * Where a renderer writes: into SB, which is handed to FP (when there is
 * one) at a step boundary once it holds a piece, so a plan of any size
 * takes the memory of one piece.  Without FP everything stays in SB (the
 * strbuf API); both give the same bytes.  What a renderer asks of what
 * it wrote before goes through fmt_out_len(), never through bytes already
 * handed on.
 */
struct fmt_out {
	struct strbuf *sb;
	FILE *fp;
	size_t written;  /* bytes of SB handed to FP so far */
	int err;         /* writing to FP failed: the rest is dropped */
};

/* Bytes rendered so far, written or not. */
static size_t fmt_out_len(const struct fmt_out *o)
{
	return o->written + o->sb->len;
}

/* Hand what SB holds to FP; after a failure nothing more is written. */
static void fmt_out_flush(struct fmt_out *o)
{
	if (!o->fp)
		return;
	if (!o->err && o->sb->len && fwrite(o->sb->buf, 1, o->sb->len, o->fp) != o->sb->len)
		o->err = 1;
	o->written += o->sb->len;
	strbuf_reset(o->sb);
}

/*
 * Called between steps (or lines), where no renderer looks back at what
 * it wrote: the piece goes out once it is big enough.
 */
static void fmt_out_step(struct fmt_out *o)
{
	if (o->fp && o->sb->len >= PLANFMT_CHUNK)
		fmt_out_flush(o);
}

/* ---- words shared by every renderer ---- */

/* S with control characters as \n, \t, \r or \xNN: one name, one line. */
static void add_clean(struct strbuf *out, const char *s)
{
	for (; *s; s++) {
		unsigned char c = (unsigned char)*s;
		if (c == '\n')
			strbuf_addstr(out, "\\n");
		else if (c == '\t')
			strbuf_addstr(out, "\\t");
		else if (c == '\r')
			strbuf_addstr(out, "\\r");
		else if (c < 0x20 || c == 0x7f)
			strbuf_addf(out, "\\x%02x", c);
		else
			strbuf_addch(out, c);
	}
}

/* The kind in words: "materialized view", "user mapping", "cron job". */
static void add_kind(struct strbuf *out, enum obj_kind k)
{
	for (const char *c = obj_kind_name(k); *c; c++)
		strbuf_addch(out, *c == '_' ? ' ' : *c);
}

/* What a step acts on: its target, else its name, else "". */
static const char *step_target(const struct step *s)
{
	return s->target ? s->target : s->name ? s->name : "";
}

/* 1 when the symbol alone does not say the action (replace, rebuild, recreate). */
static int action_is_named(enum step_action a)
{
	return a == STEP_REPLACE || a == STEP_REBUILD || a == STEP_RECREATE;
}

/* N with thousands separators: "12,345". */
static void add_count(struct strbuf *out, long long n)
{
	char d[32];
	int len = snprintf(d, sizeof(d), "%lld", n);
	for (int i = 0; i < len; i++) {
		if (i && d[i - 1] != '-' && (len - i) % 3 == 0)
			strbuf_addch(out, ',');
		strbuf_addch(out, d[i]);
	}
}

/* "1 row", "12,345 rows". */
static void add_rows(struct strbuf *out, long long rows)
{
	add_count(out, rows);
	strbuf_addstr(out, rows == 1 ? " row" : " rows");
}

/* BYTES for people: "512 bytes", "1.2 MB" (powers of 1024, one decimal). */
static void add_size(struct strbuf *out, long long bytes)
{
	static const char *const units[] = { "kB", "MB", "GB", "TB", "PB", "EB" };
	unsigned long long b = (unsigned long long)bytes, unit = 1024, whole, tenth;
	unsigned u = 0;

	if (bytes < 1024) {
		strbuf_addf(out, "%lld bytes", bytes);
		return;
	}
	while (u + 1 < 6 && b / unit >= 1024) {
		unit *= 1024;
		u++;
	}
	whole = b / unit;
	tenth = ((b % unit) * 10 + unit / 2) / unit;
	if (tenth == 10) {
		whole++;
		tenth = 0;
	}
	if (whole == 1024 && u + 1 < 6) {
		whole = 1;
		u++;
	}
	strbuf_addf(out, "%llu.%llu %s", whole, tenth, units[u]);
}

/* Start a part of a parenthesis: " (" for the first, "; " after. */
static void paren_part(struct strbuf *out, int *open)
{
	strbuf_addstr(out, *open ? "; " : " (");
	*open = 1;
}

/* Close the parenthesis if a part opened it. */
static void paren_close(struct strbuf *out, int open)
{
	if (open)
		strbuf_addch(out, ')');
}

/* "12,345 rows, 1.2 MB" from what is known (>= 0), as a parenthesis part. */
static void add_size_part(struct strbuf *out, int *open, long long rows, long long bytes)
{
	if (rows < 0 && bytes < 0)
		return;
	paren_part(out, open);
	if (rows >= 0)
		add_rows(out, rows);
	if (rows >= 0 && bytes >= 0)
		strbuf_addstr(out, ", ");
	if (bytes >= 0)
		add_size(out, bytes);
}

/* ---- folding ---- */

/*
 * How many steps from I on fold into one line: consecutive steps with
 * the action of step I and its non-NULL group_label, when there are
 * more than 3 of them and not VERBOSE; else 1.
 */
static unsigned run_length(const struct plan *p, unsigned i, int verbose)
{
	const struct step *s = p->steps[i];
	unsigned j = i + 1;

	if (verbose || !s->group_label)
		return 1;
	while (j < p->nsteps && p->steps[j]->action == s->action &&
	       p->steps[j]->group_label &&
	       !strcmp(p->steps[j]->group_label, s->group_label))
		j++;
	return j - i > 3 ? j - i : 1;
}

/* The reason every step of [I, I+N) gives, or NULL when they differ. */
static const char *run_reason(const struct plan *p, unsigned i, unsigned n)
{
	const char *r = p->steps[i]->reason;
	for (unsigned k = i + 1; r && k < i + n; k++)
		if (!p->steps[k]->reason || strcmp(p->steps[k]->reason, r))
			return NULL;
	return r;
}

/* 1 when T is a date written YYYY_MM_DD and nothing else. */
static int is_date_suffix(const char *t)
{
	static const char shape[] = "9999_99_99";
	if (strlen(t) != sizeof(shape) - 1)
		return 0;
	for (unsigned i = 0; shape[i]; i++)
		if (shape[i] == '_' ? t[i] != '_' : (t[i] < '0' || t[i] > '9'))
			return 0;
	return 1;
}

/*
 * One end of a folded run's range: the target without what the label
 * already names (label "daily parts of t.x", target "t.x_2025_01_01"
 * gives "2025_01_01"), and a date shown as 2025-01-01.
 */
static void add_range_end(struct strbuf *out, const struct step *s, escape_fn esc)
{
	const char *t = step_target(s), *w = strrchr(s->group_label, ' ');
	size_t wl;

	w = w ? w + 1 : s->group_label;
	wl = strlen(w);
	if (wl && !strncmp(t, w, wl) && (t[wl] == '_' || t[wl] == '.') && t[wl + 1])
		t += wl + 1;
	if (is_date_suffix(t))
		strbuf_addf(out, "%.4s-%.2s-%.2s", t, t + 5, t + 8);
	else
		esc(out, t);
}

/*
 * The words after the symbol for steps [I, I+N): "[action] kind target"
 * for one step; "[action] N label" for a folded run, with the range of
 * its targets as the first part of the parenthesis (*OPEN says whether
 * one is open).
 */
static void add_run_words(struct strbuf *out, const struct plan *p, unsigned i,
			  unsigned n, escape_fn esc, int *open)
{
	const struct step *s = p->steps[i];

	if (action_is_named(s->action)) {
		strbuf_addstr(out, step_action_name(s->action));
		strbuf_addch(out, ' ');
	}
	if (n == 1) {
		add_kind(out, s->kind);
		strbuf_addch(out, ' ');
		esc(out, step_target(s));
		return;
	}
	strbuf_addf(out, "%u ", n);
	esc(out, s->group_label);
	paren_part(out, open);
	add_range_end(out, s, esc);
	strbuf_addstr(out, " … ");
	add_range_end(out, p->steps[i + n - 1], esc);
}

/* ---- lists shared by text and markdown ---- */

/* The symbol of A ("+", "-", "~", "±"), as code in markdown. */
static void add_symbol(struct strbuf *out, const struct style *st, enum step_action a)
{
	strbuf_addstr(out, st->sym[0]);
	strbuf_addstr(out, step_symbol(a));
	strbuf_addstr(out, st->sym[1]);
}

/* 1 when the steps of [I, I+N) all have the same hazards. */
static int same_hazards(const struct plan *p, unsigned i, unsigned n)
{
	for (unsigned k = i + 1; k < i + n; k++)
		if (p->steps[k]->hazards != p->steps[i]->hazards)
			return 0;
	return 1;
}

/* The sum of FIELD (rows or bytes) over [I, I+N); -1 when one is unknown. */
static long long run_sum(const struct plan *p, unsigned i, unsigned n, int bytes)
{
	long long sum = 0;
	for (unsigned k = i; k < i + n; k++) {
		long long v = bytes ? p->steps[k]->bytes : p->steps[k]->rows;
		if (v < 0)
			return -1;
		sum += v;
	}
	return sum;
}

/* "! drops data: - table t (12,345 rows, 1.2 MB)" for hazard H of [I, I+N). */
static void hazard_line(struct strbuf *out, const struct plan *p, unsigned i,
			unsigned n, unsigned h, const struct style *st)
{
	long long rows = run_sum(p, i, n, 0), bytes = run_sum(p, i, n, 1);
	int open = 0;

	strbuf_addstr(out, st->hazard[0]);
	strbuf_addstr(out, hazard_names[h].text);
	if (hazard_names[h].bit == HAZARD_REBUILDS_ROWS) {
		strbuf_addch(out, ' ');
		if (rows >= 0)
			add_rows(out, rows);
		else
			strbuf_addstr(out, "all rows");
		rows = -1;
	}
	if (hazard_names[h].bit == HAZARD_REVOKES) {
		strbuf_addch(out, ' ');
		st->esc(out, p->steps[i]->revokes ? p->steps[i]->revokes : "access");
	}
	if (hazard_names[h].bit == HAZARD_CARRIES) {
		strbuf_addch(out, ' ');
		st->esc(out, p->steps[i]->carries ? p->steps[i]->carries : "what depends on it");
	}
	strbuf_addstr(out, st->hazard[1]);
	add_symbol(out, st, p->steps[i]->action);
	strbuf_addch(out, ' ');
	add_run_words(out, p, i, n, st->esc, &open);
	add_size_part(out, &open, rows, bytes);
	paren_close(out, open);
	strbuf_addch(out, '\n');
}

/* 1 when ST caps its lists and O holds more than the cap. */
static int over_cap(const struct fmt_out *o, const struct style *st)
{
	return st->max && fmt_out_len(o) > st->max;
}

/*
 * One line per hazard of each step, in plan order; a run that folds
 * (as in the step list) and whose steps have the same hazards gets one
 * line per hazard, with rows and bytes summed.  Past the style's cap
 * the lines left are only counted, as the markdown step list does, so
 * thousands of hazards do not push a comment over its limit.
 */
static void add_hazards(struct fmt_out *o, const struct plan *p, const struct style *st)
{
	struct strbuf *out = o->sb;
	unsigned n, more = 0;
	for (unsigned i = 0; i < p->nsteps; i += n) {
		fmt_out_step(o);
		n = run_length(p, i, st->verbose);
		if (n > 1 && !same_hazards(p, i, n))
			n = 1;
		for (unsigned h = 0; h < NHAZARDS; h++) {
			if (!(p->steps[i]->hazards & hazard_names[h].bit))
				continue;
			if (more || over_cap(o, st))
				more++;
			else
				hazard_line(out, p, i, n, h, st);
		}
	}
	if (more)
		strbuf_addf(out, "%s… and %u more hazards: the whole plan is in `pgform plan --format text`\n",
			    st->item, more);
}

/* 1 when some step has a hazard. */
static int has_hazards(const struct plan *p)
{
	for (unsigned i = 0; i < p->nsteps; i++)
		if (p->steps[i]->hazards)
			return 1;
	return 0;
}

/*
 * One line per object left out: "schema tenant_c: why"; past the
 * style's cap the rest are only counted.
 */
static void add_skipped(struct fmt_out *o, const struct plan *p, const struct style *st)
{
	struct strbuf *out = o->sb;
	for (unsigned i = 0; i < p->nskipped; i++) {
		const struct skipped *k = &p->skipped[i];
		fmt_out_step(o);
		if (over_cap(o, st)) {
			strbuf_addf(out, "%s… and %u more objects left out: the whole plan is in `pgform plan --format text`\n",
				    st->item, p->nskipped - i);
			break;
		}
		strbuf_addstr(out, st->skip);
		add_kind(out, k->kind);
		strbuf_addch(out, ' ');
		st->esc(out, k->target ? k->target : "");
		if (k->reason) {
			strbuf_addstr(out, ": ");
			st->esc(out, k->reason);
		}
		strbuf_addch(out, '\n');
	}
}

/* The line of steps [I, I+N): "+ view public.x (missing)". */
static void step_line(struct strbuf *out, const struct plan *p, unsigned i,
		      unsigned n, const struct style *st)
{
	const char *reason = run_reason(p, i, n);
	int open = 0;

	strbuf_addstr(out, st->item);
	add_symbol(out, st, p->steps[i]->action);
	strbuf_addch(out, ' ');
	add_run_words(out, p, i, n, st->esc, &open);
	if (reason) {
		paren_part(out, &open);
		st->esc(out, reason);
	}
	paren_close(out, open);
	strbuf_addch(out, '\n');
}

/*
 * A blank line before a section, unless it is the first since START
 * (a fmt_out_len()): counted, as what came before may be written out.
 */
static void section(struct fmt_out *o, size_t start)
{
	if (fmt_out_len(o) > start)
		strbuf_addch(o->sb, '\n');
}

/* ---- text ---- */

/*
 * SQL lines indented by INDENT, trailing blanks dropped, control
 * characters other than tabs made visible (a terminal shows no escape).
 */
static void add_indented(struct strbuf *out, const char *sql, const char *indent)
{
	struct strbuf line = STRBUF_INIT, body = STRBUF_INIT;
	const char *s, *nl;

	strbuf_addstr(&body, sql ? sql : "");
	strbuf_rtrim(&body);
	for (s = body.buf; body.len; s = nl + 1) {
		nl = strchr(s, '\n');
		strbuf_reset(&line);
		strbuf_add(&line, s, nl ? (size_t)(nl - s) : strlen(s));
		strbuf_rtrim(&line);
		if (line.len)
			strbuf_addstr(out, indent);
		for (const char *c = line.buf; *c; c++) {
			char one[2] = { *c, 0 };
			if (*c == '\t')
				strbuf_addch(out, '\t');
			else
				add_clean(out, one);
		}
		strbuf_addch(out, '\n');
		if (!nl)
			break;
	}
	strbuf_release(&line);
	strbuf_release(&body);
}

static const struct style text_style = {
	add_clean, "", { "", "" }, { "! ", ": " }, "# left out: ", 0, 0,
};

/* "Plan hash: H" when P is (being) saved as a plan file: what a reviewer notes for apply --plan-hash. */
static void text_plan_hash(const struct plan *p, struct strbuf *out)
{
	if (p->plan_hash)
		strbuf_addf(out, "Plan hash: %s\n", p->plan_hash);
}

/*
 * Hazards, left out, steps (with SQL when VERBOSE), then the summary
 * line, and the plan hash of a saved plan.
 */
static void render_text(const struct plan *p, int verbose, struct fmt_out *o)
{
	struct strbuf *out = o->sb;
	struct style st = text_style;
	struct plan_counts c;
	size_t start = fmt_out_len(o);
	unsigned n;

	st.verbose = verbose;
	add_hazards(o, p, &st);
	if (p->nskipped) {
		section(o, start);
		add_skipped(o, p, &st);
	}
	if (p->nsteps)
		section(o, start);
	for (unsigned i = 0; i < p->nsteps; i += n) {
		fmt_out_step(o);
		n = run_length(p, i, verbose);
		step_line(out, p, i, n, &st);
		if (verbose) {
			struct strbuf sql = STRBUF_INIT;
			step_text(p->steps[i], &sql);
			add_indented(out, sql.buf, "    ");
			strbuf_release(&sql);
		}
	}
	section(o, start);
	if (!p->nsteps && !p->nskipped) {
		strbuf_addstr(out, "No changes. The database matches the desired state.\n");
		text_plan_hash(p, out);
		return;
	}
	plan_count(p, &c);
	strbuf_addf(out, "Plan: %u to create, %u to rebuild, %u to change, %u to drop.",
		    c.create, c.rebuild, c.change, c.drop);
	if (p->nskipped)
		strbuf_addf(out, " %u left out.", p->nskipped);
	strbuf_addch(out, '\n');
	text_plan_hash(p, out);
}

/* ---- sql ---- */

/* "-- KEY: VALUE" when VALUE is set, made safe for a comment. */
static void sql_header_line(struct strbuf *out, const char *key, const char *value)
{
	if (!value)
		return;
	strbuf_addf(out, "-- %s: ", key);
	add_clean(out, value);
	strbuf_addch(out, '\n');
}

/* The passwords a script needs, each once: psql variable pgform_secret_N is v[N-1]. */
struct sql_secrets {
	const struct secret_ref **v;
	unsigned n;
};

static int same_secret(const struct secret_ref *a, const struct secret_ref *b)
{
	return !a->env == !b->env && !strcmp(a->env ? a->env : a->file ? a->file : "",
					     b->env ? b->env : b->file ? b->file : "");
}

/* 1-based number of R in SS (0 when absent). */
static unsigned secret_number(const struct sql_secrets *ss, const struct secret_ref *r)
{
	for (unsigned i = 0; i < ss->n; i++)
		if (same_secret(ss->v[i], r))
			return i + 1;
	return 0;
}

static void collect_secrets(const struct plan *p, struct sql_secrets *ss)
{
	unsigned cap = 0;
	for (unsigned i = 0; i < p->nsteps; i++)
		cap += p->steps[i]->nsecrets;
	ss->v = xcalloc(cap + 1, sizeof(*ss->v));
	ss->n = 0;
	for (unsigned i = 0; i < p->nsteps; i++)
		for (unsigned k = 0; k < p->steps[i]->nsecrets; k++)
			if (!secret_number(ss, &p->steps[i]->secrets[k]))
				ss->v[ss->n++] = &p->steps[i]->secrets[k];
}

/* S in single quotes for the shell (psql runs a backquoted command with it). */
static void shell_quote(struct strbuf *out, const char *s)
{
	strbuf_addch(out, '\'');
	for (; *s; s++) {
		if (*s == '\'')
			strbuf_addstr(out, "'\\''");
		else
			strbuf_addch(out, *s);
	}
	strbuf_addch(out, '\'');
}

/*
 * psql reads each password when the script runs, into pgform_secret_N:
 * from the environment with \getenv, or from its file; a missing or
 * empty one stops the script (ON_ERROR_STOP) before its first statement,
 * naming where it was to come from.
 */
static void sql_read_secrets(const struct sql_secrets *ss, struct strbuf *out)
{
	for (unsigned i = 0; i < ss->n; i++) {
		const struct secret_ref *r = ss->v[i];
		struct strbuf msg = STRBUF_INIT, body = STRBUF_INIT;
		strbuf_addch(out, '\n');
		if (r->env) {
			strbuf_addf(out, "\\set pgform_secret_%u ''\n\\getenv pgform_secret_%u %s\n", i + 1, i + 1, r->env);
			strbuf_addf(&msg, "environment variable %s is not set or empty", r->env);
		} else {
			strbuf_addf(out, "\\set pgform_secret_%u `cat ", i + 1);
			shell_quote(out, r->file ? r->file : "");
			strbuf_addstr(out, "`\n");
			strbuf_addf(&msg, "password file %s is missing or empty", r->file ? r->file : "");
		}
		strbuf_addf(out, "SELECT :'pgform_secret_%u' = '' AS pgform_missing \\gset\n\\if :pgform_missing\n", i + 1);
		strbuf_addstr(&body, "BEGIN RAISE EXCEPTION ");
		quote_literal(&body, msg.buf);
		strbuf_addstr(&body, "; END");
		strbuf_addstr(out, "DO ");
		quote_dollar(out, body.buf);
		strbuf_addstr(out, ";\n\\endif\n");
		strbuf_release(&msg);
		strbuf_release(&body);
	}
}

/* Statement ST of S as psql runs it: a password as :'pgform_secret_N'. */
static void sql_stmt(const struct sql_secrets *ss, const struct step *s, const struct stmt *st,
		     struct strbuf *out)
{
	strbuf_addstr(out, st->sql);
	if (st->secret >= 0 && (unsigned)st->secret < s->nsecrets)
		strbuf_addf(out, ":'pgform_secret_%u'", secret_number(ss, &s->secrets[st->secret]));
	if (st->tail)
		strbuf_addstr(out, st->tail);
	strbuf_addstr(out, ";\n");
}

static void sql_list(const struct sql_secrets *ss, const struct step *s, const struct stmt_list *l,
		     struct strbuf *out)
{
	for (unsigned i = 0; i < l->n; i++)
		sql_stmt(ss, s, &l->v[i], out);
}

/* The swap phase of S as psql runs it (as step_swap_text(), secrets read by psql). */
static void sql_swap(const struct sql_secrets *ss, const struct step *s, struct strbuf *out)
{
	if (s->nlock) {
		step_lock_sql(s, out);
		strbuf_addstr(out, ";\n");
	}
	sql_list(ss, s, &s->view_swap, out);
	sql_list(ss, s, &s->swap, out);
	sql_list(ss, s, &s->repoint, out);
}

/* Where and when the plan was made; how passwords are read. */
static void sql_header(const struct plan *p, const struct sql_secrets *ss, struct strbuf *out)
{
	strbuf_addstr(out, "-- pgform plan\n");
	sql_header_line(out, "database", p->database);
	sql_header_line(out, "catalog fingerprint", p->catalog_fp);
	sql_header_line(out, "desired fingerprint", p->desired_fp);
	sql_header_line(out, "git commit", p->git_commit);
	sql_header_line(out, "pgform version", p->pgform_version);
	sql_header_line(out, "created at", p->created_at);
	sql_header_line(out, "plan hash", p->plan_hash);
	if (ss->n)
		strbuf_addstr(out,
			      "--\n"
			      "-- This script holds no password: psql reads each one when it runs,\n"
			      "-- from the environment variable (\\getenv) or the file the state\n"
			      "-- names, and stops before its first statement when one is missing\n"
			      "-- or empty.  Run it with psql -f, in the environment of pgform apply.\n");
	strbuf_addstr(out, "\n\\set ON_ERROR_STOP on\n");
	sql_read_secrets(ss, out);
}

/*
 * Append SQL (one part of a step) ending with ";" and a newline, if it
 * has any.  The trim may reach back into the comment line before it,
 * never further: that line is in OUT still (pieces go out between units).
 */
static void sql_part(struct strbuf *out, const char *sql)
{
	size_t len = out->len;
	strbuf_addstr(out, sql);
	strbuf_rtrim(out);
	if (out->len > len && out->buf[out->len - 1] != ';')
		strbuf_addch(out, ';');
	if (out->len > len)
		strbuf_addch(out, '\n');
}

/* "-- step N: action kind target", the line before each part of a step. */
static void sql_comment(struct strbuf *out, const struct step *s, const char *part)
{
	strbuf_addf(out, "\n-- step %u%s: %s ", s->id, part, step_action_name(s->action));
	add_kind(out, s->kind);
	strbuf_addch(out, ' ');
	add_clean(out, step_target(s));
	strbuf_addch(out, '\n');
}

/* Step S's cleanup part, as the end of the script lists it. */
static void sql_cleanup(const struct sql_secrets *ss, const struct step *s, struct strbuf *out)
{
	struct strbuf one = STRBUF_INIT, cl = STRBUF_INIT;

	sql_list(ss, s, &s->cleanup, &cl);
	sql_comment(&one, s, " (cleanup)");
	sql_part(&one, cl.buf);
	strbuf_addbuf(out, &one);
	strbuf_release(&one);
	strbuf_release(&cl);
}

/*
 * The steps of P by unit (a step alone, or a swap group), numbered in
 * the order their first steps come: the steps of unit U are
 * members[first[U] .. first[U+1]), in plan order.  Returns how many.
 */
static unsigned sql_units(const struct plan *p, unsigned *unit, unsigned **first_out,
			  unsigned **members_out)
{
	unsigned n = p->nsteps, nunits = 0;
	unsigned *gunit = xcalloc(n + 2, sizeof(*gunit)), *first, *members, *fill;

	for (unsigned i = 0; i < n; i++) {
		unsigned g = p->steps[i]->no_transaction ? 0 : p->steps[i]->group;
		if (g && g <= n && gunit[g])
			unit[i] = gunit[g] - 1;
		else {
			unit[i] = nunits++;
			if (g && g <= n)
				gunit[g] = unit[i] + 1;
		}
	}
	first = xcalloc(nunits + 1, sizeof(*first));
	members = xcalloc(n + 1, sizeof(*members));
	fill = xcalloc(nunits + 1, sizeof(*fill));
	for (unsigned i = 0; i < n; i++)
		first[unit[i] + 1]++;
	for (unsigned u = 0; u < nunits; u++)
		first[u + 1] += first[u];
	for (unsigned i = 0; i < n; i++)
		members[first[unit[i]] + fill[unit[i]]++] = i;
	free(fill);
	free(gunit);
	*first_out = first;
	*members_out = members;
	return nunits;
}

/*
 * For each unit, how many dependencies on steps of other units it waits
 * for (*WAITS), and the units that wait for it (those of unit U are
 * (*BY)[(*BYFIRST)[U] .. (*BYFIRST)[U+1]), once per dependency).
 */
static void sql_unit_deps(const struct plan *p, const unsigned *unit, unsigned nunits,
			  unsigned **waits, unsigned **byfirst, unsigned **by)
{
	unsigned n = p->nsteps, nedges = 0;
	unsigned *w = xcalloc(nunits + 1, sizeof(*w)), *bf = xcalloc(nunits + 2, sizeof(*bf));
	unsigned *b, *fill = xcalloc(nunits + 1, sizeof(*fill));

	for (unsigned k = 0; k < n; k++)
		for (unsigned d = 0; d < p->steps[k]->ndeps; d++) {
			unsigned dep = p->steps[k]->deps[d] - 1;
			if (dep < n && unit[dep] != unit[k]) {
				w[unit[k]]++;
				bf[unit[dep] + 1]++;
				nedges++;
			}
		}
	for (unsigned u = 0; u < nunits; u++)
		bf[u + 1] += bf[u];
	b = xcalloc(nedges + 1, sizeof(*b));
	for (unsigned k = 0; k < n; k++)
		for (unsigned d = 0; d < p->steps[k]->ndeps; d++) {
			unsigned dep = p->steps[k]->deps[d] - 1;
			if (dep < n && unit[dep] != unit[k])
				b[bf[unit[dep]] + fill[unit[dep]]++] = unit[k];
		}
	free(fill);
	*waits = w;
	*byfirst = bf;
	*by = b;
}

/*
 * A psql script that does what apply does, in the order one connection
 * would: the steps of a unit (a step alone, or a swap group) build first,
 * then their swap parts run between BEGIN and COMMIT (an extension's
 * update with its checks too); the old copies a
 * swap left are dropped at the end, the last made first.  A unit runs
 * when what it needs has run, the first ready one in plan order first;
 * units in a cycle never get ready and are not written.  Each unit is
 * picked from a heap of the ready ones, so a plan of tens of thousands
 * of steps is not rescanned once per unit.
 */
static void render_sql(const struct plan *p, int verbose, struct fmt_out *o)
{
	struct strbuf *out = o->sb;
	unsigned n = p->nsteps;
	unsigned *unit = xcalloc(n + 1, sizeof(*unit)), *first, *members;
	unsigned *waits, *byfirst, *by;
	/* the steps with a cleanup part, in the order their units ran */
	unsigned *cleanups = xcalloc(n + 1, sizeof(*cleanups)), ncleanups = 0;
	unsigned nunits;
	struct uheap ready;  /* ready units, the first in plan order on top */
	struct sql_secrets ss;
	(void)verbose;

	collect_secrets(p, &ss);
	sql_header(p, &ss, out);
	nunits = sql_units(p, unit, &first, &members);
	sql_unit_deps(p, unit, nunits, &waits, &byfirst, &by);
	ready.v = xcalloc(nunits + 1, sizeof(*ready.v));
	ready.n = 0;
	for (unsigned u = 0; u < nunits; u++)
		if (!waits[u])
			uheap_push(&ready, u);
	while (ready.n) {
		unsigned pick = uheap_pop(&ready);
		int wrap = 0;

		fmt_out_step(o);
		for (unsigned m = first[pick]; m < first[pick + 1]; m++) {
			unsigned k = members[m];
			const struct step *s = p->steps[k];
			if (s->build.n) {
				struct strbuf b = STRBUF_INIT;
				sql_list(&ss, s, &s->build, &b);
				sql_comment(out, s, " (build)");
				sql_part(out, b.buf);
				strbuf_release(&b);
			}
			/* an extension's update and its checks stand or fall together */
			if (!s->no_transaction && (s->swaps || s->group || (s->kind == OBJ_EXTENSION && s->swap.n > 1)))
				wrap = 1;
			if (s->cleanup.n)
				cleanups[ncleanups++] = k;
		}
		if (wrap)
			strbuf_addstr(out, "\nBEGIN;\n");
		for (unsigned m = first[pick]; m < first[pick + 1]; m++) {
			const struct step *s = p->steps[members[m]];
			struct strbuf w = STRBUF_INIT;
			sql_swap(&ss, s, &w);
			sql_comment(out, s, "");
			sql_part(out, w.buf);
			strbuf_release(&w);
		}
		if (wrap)
			strbuf_addstr(out, "\nCOMMIT;\n");
		for (unsigned e = byfirst[pick]; e < byfirst[pick + 1]; e++)
			if (!--waits[by[e]])
				uheap_push(&ready, by[e]);
	}
	while (ncleanups) {
		fmt_out_step(o);
		sql_cleanup(&ss, p->steps[cleanups[--ncleanups]], out);
	}
	free(cleanups);
	free(unit);
	free(first);
	free(members);
	free(waits);
	free(byfirst);
	free(by);
	free(ready.v);
	free(ss.v);
}

/* ---- json ---- */

/* planfile_stream's sink: the FILE at CTX. */
static int sink_file(const void *buf, size_t len, void *ctx)
{
	return fwrite(buf, 1, len, ctx) == len ? 0 : -1;
}

/*
 * The plan file form: planfile.c holds the one definition of it, and
 * streams it to a FILE itself.
 */
static void render_json(const struct plan *p, int verbose, struct fmt_out *o)
{
	(void)verbose;
	if (!o->fp) {
		planfile_format(p, o->sb, NULL);
		return;
	}
	fmt_out_flush(o);
	if (!o->err && planfile_stream(p, sink_file, o->fp, NULL))
		o->err = 1;
}

/* ---- markdown ---- */

/*
 * S safe in a Markdown line and in HTML: Markdown specials backslashed,
 * HTML specials as entities, control characters shown as \n or \xNN.
 */
static void add_md(struct strbuf *out, const char *s)
{
	for (; *s; s++) {
		unsigned char c = (unsigned char)*s;
		if (c == '<')
			strbuf_addstr(out, "&lt;");
		else if (c == '>')
			strbuf_addstr(out, "&gt;");
		else if (c == '&')
			strbuf_addstr(out, "&amp;");
		else if (strchr("\\`*_[]|~#", c)) {
			strbuf_addch(out, '\\');
			strbuf_addch(out, c);
		} else if (c < 0x20 || c == 0x7f) {
			char one[2] = { (char)c, 0 };
			strbuf_addch(out, '\\');   /* "\\n" shows as \n */
			add_clean(out, one);
		} else
			strbuf_addch(out, c);
	}
}

/* The longest run of backticks in S. */
static size_t longest_backticks(const char *s)
{
	size_t best = 0, run = 0;
	for (; s && *s; s++) {
		run = *s == '`' ? run + 1 : 0;
		if (run > best)
			best = run;
	}
	return best;
}

/* A collapsed "SQL" block with S in a fence no backtick run in S can close. */
static void md_sql(struct strbuf *out, const char *sql)
{
	size_t fence = longest_backticks(sql) + 1;

	if (fence < 3)
		fence = 3;
	strbuf_addstr(out, "  <details><summary>SQL</summary>\n\n  ");
	strbuf_addchars(out, '`', fence);
	strbuf_addstr(out, "sql\n");
	add_indented(out, sql, "  ");
	strbuf_addstr(out, "  ");
	strbuf_addchars(out, '`', fence);
	strbuf_addstr(out, "\n\n  </details>\n");
}

static const struct style md_style = {
	add_md, "- ", { "`", "`" }, { "- ⚠️ **", "**: " }, "- ", 0, PLANFMT_MARKDOWN_MAX,
};

/*
 * Title (and the plan hash of a saved plan), counts, hazards, left out,
 * then the steps in a collapsed block (each with its SQL in a nested one
 * when VERBOSE).
 */
static void render_markdown(const struct plan *p, int verbose, struct fmt_out *o)
{
	struct strbuf *out = o->sb;
	struct style st = md_style;
	struct plan_counts c;
	unsigned n;

	st.verbose = verbose;
	strbuf_addf(out, "### %s\n\n", p->title ? p->title : "pgform plan");
	if (p->plan_hash)
		strbuf_addf(out, "Plan hash: `%s`\n\n", p->plan_hash);
	if (p->nsteps) {
		plan_count(p, &c);
		strbuf_addf(out, "| create | rebuild | change | drop |\n"
			    "| ---: | ---: | ---: | ---: |\n"
			    "| %u | %u | %u | %u |\n",
			    c.create, c.rebuild, c.change, c.drop);
	} else if (!p->nskipped)
		strbuf_addstr(out, "No changes. The database matches the desired state.\n");
	else
		strbuf_addf(out, "Nothing to do, but %u objects are left out (below).\n", p->nskipped);
	if (has_hazards(p)) {
		strbuf_addstr(out, "\n#### Hazards\n\n");
		add_hazards(o, p, &st);
	}
	if (p->nskipped) {
		strbuf_addstr(out, "\n#### Left out\n\n");
		add_skipped(o, p, &st);
	}
	if (!p->nsteps)
		return;
	strbuf_addf(out, "\n<details><summary>%u step%s</summary>\n\n",
		    p->nsteps, p->nsteps == 1 ? "" : "s");
	for (unsigned i = 0; i < p->nsteps; i += n) {
		fmt_out_step(o);
		n = run_length(p, i, verbose);
		if (fmt_out_len(o) > PLANFMT_MARKDOWN_MAX) {
			/* a pull request comment holds 65,536 characters: the rest summarised */
			struct plan_counts rest = { 0 };
			for (unsigned k = i; k < p->nsteps; k++) {
				enum step_action a = p->steps[k]->action;
				if (a == STEP_CREATE)
					rest.create++;
				else if (a == STEP_DROP)
					rest.drop++;
				else if (a == STEP_REBUILD || a == STEP_RECREATE)
					rest.rebuild++;
				else
					rest.change++;
			}
			strbuf_addf(out, "- … and %u more steps (%u to create, %u to rebuild, %u to change, %u to drop): "
				    "the whole plan is in `pgform plan --format text`\n", p->nsteps - i, rest.create,
				    rest.rebuild, rest.change, rest.drop);
			break;
		}
		step_line(out, p, i, n, &st);
		if (verbose) {
			struct strbuf sql = STRBUF_INIT;
			step_text(p->steps[i], &sql);
			md_sql(out, sql.buf);
			strbuf_release(&sql);
		}
	}
	strbuf_addstr(out, "\n</details>\n");
}

/* ---- dot ---- */

/* S inside a DOT double-quoted string: quotes and backslashes escaped. */
static void add_dot(struct strbuf *out, const char *s)
{
	for (; *s; s++) {
		if (*s == '"' || *s == '\\')
			strbuf_addch(out, '\\');
		strbuf_addch(out, *s);
	}
}

/* Graphviz color of A: create green, drop red, change blue, rebuild orange. */
static const char *action_color(enum step_action a)
{
	switch (a) {
	case STEP_CREATE: return "green";
	case STEP_DROP: return "red";
	case STEP_ALTER:
	case STEP_REPLACE: return "blue";
	case STEP_REBUILD:
	case STEP_RECREATE: return "orange";
	}
	return "black";
}

/*
 * The DAG: one box per step labelled as in text, colored by action,
 * bold when it has a hazard; an edge from each dependency to the step
 * that needs it.
 */
static void render_dot(const struct plan *p, int verbose, struct fmt_out *o)
{
	struct strbuf *out = o->sb;
	struct strbuf label = STRBUF_INIT;

	(void)verbose;
	strbuf_addstr(out, "digraph plan {\n  rankdir=LR;\n  node [shape=box];\n");
	for (unsigned i = 0; i < p->nsteps; i++) {
		const struct step *s = p->steps[i];
		int open = 0;

		fmt_out_step(o);
		strbuf_reset(&label);
		strbuf_addstr(&label, step_symbol(s->action));
		strbuf_addch(&label, ' ');
		add_run_words(&label, p, i, 1, add_clean, &open);
		strbuf_addf(out, "  \"%u\" [label=\"", s->id);
		add_dot(out, label.buf);
		strbuf_addf(out, "\", color=%s%s];\n", action_color(s->action),
			    s->hazards ? ", style=bold" : "");
	}
	for (unsigned i = 0; i < p->nsteps; i++) {
		fmt_out_step(o);
		for (unsigned d = 0; d < p->steps[i]->ndeps; d++)
			strbuf_addf(out, "  \"%u\" -> \"%u\";\n",
				    p->steps[i]->deps[d], p->steps[i]->id);
	}
	strbuf_addstr(out, "}\n");
	strbuf_release(&label);
}

/* ---- by name ---- */

typedef void (*render_fn)(const struct plan *, int, struct fmt_out *);

/* Every format, by the name --format takes. */
static const struct {
	const char *name;
	render_fn render;
} formats[] = {
	{ "text", render_text },
	{ "sql", render_sql },
	{ "json", render_json },
	{ "markdown", render_markdown },
	{ "dot", render_dot },
};

static render_fn render_by_name(const char *format)
{
	for (size_t i = 0; i < sizeof(formats) / sizeof(formats[0]); i++)
		if (!strcmp(format, formats[i].name))
			return formats[i].render;
	return NULL;
}

/* RENDER's bytes appended to OUT, all in memory. */
static void render_into(render_fn render, const struct plan *p, int verbose, struct strbuf *out)
{
	struct fmt_out o = { .sb = out };
	render(p, verbose, &o);
}

void planfmt_text(const struct plan *p, int verbose, struct strbuf *out)
{
	render_into(render_text, p, verbose, out);
}

void planfmt_sql(const struct plan *p, int verbose, struct strbuf *out)
{
	render_into(render_sql, p, verbose, out);
}

void planfmt_json(const struct plan *p, int verbose, struct strbuf *out)
{
	render_into(render_json, p, verbose, out);
}

void planfmt_markdown(const struct plan *p, int verbose, struct strbuf *out)
{
	render_into(render_markdown, p, verbose, out);
}

void planfmt_dot(const struct plan *p, int verbose, struct strbuf *out)
{
	render_into(render_dot, p, verbose, out);
}

int planfmt_by_name(const char *format, const struct plan *p, int verbose,
		    struct strbuf *out)
{
	render_fn render = render_by_name(format);

	if (!render)
		return -1;
	render_into(render, p, verbose, out);
	return 0;
}

int planfmt_write(const char *format, const struct plan *p, int verbose, FILE *out)
{
	render_fn render = render_by_name(format);
	struct strbuf sb = STRBUF_INIT;
	struct fmt_out o = { .sb = &sb, .fp = out };

	if (!render)
		return -1;
	strbuf_grow(&sb, PLANFMT_CHUNK + 64 * 1024);
	render(p, verbose, &o);
	fmt_out_flush(&o);
	strbuf_release(&sb);
	if (o.err || fflush(out) || ferror(out))
		return -2;
	return 0;
}
