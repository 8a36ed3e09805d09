#include "plan/planfile.h"

#include <errno.h>
#include <fcntl.h>
#include <jansson.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <xxhash.h>

#include "base/docw.h"
#include "base/usage.h"

/* Hazard bits and their names in JSON, in the order they are listed. */
static const struct {
	unsigned bit;
	const char *key;
} hazard_keys[] = {
	{ HAZARD_DROPS_DATA, "drops_data" },
	{ HAZARD_EXCLUSIVE_LOCK, "long_exclusive_lock" },
	{ HAZARD_IRREVERSIBLE, "irreversible" },
	{ HAZARD_REBUILDS_ROWS, "rebuilds_rows" },
	{ HAZARD_REVOKES, "revokes" },
	{ HAZARD_CARRIES, "recreates_unmanaged" },
};
#define NHAZARDS (sizeof(hazard_keys) / sizeof(hazard_keys[0]))

json_t *planfile_hazard_names(unsigned bits)
{
	json_t *a = json_array();
	for (size_t i = 0; i < NHAZARDS; i++)
		if (bits & hazard_keys[i].bit)
			json_array_append_new(a, json_string(hazard_keys[i].key));
	return a;
}

/* ---- writing ---- */

/*
 * Every string is written by json_quote(): bytes that are not UTF-8 (a
 * name read from a SQL_ASCII database) become \uFFFD instead of losing
 * the key.  The bytes are those of json_dumps() of the same tree with
 * DUMP_FLAGS (t/unit/test-docw.c checks the writer against jansson).
 */
#define DUMP_INDENT 2

/* The plan file goes out in pieces of about this size (planfile_stream). */
#define PLANFILE_CHUNK (256 * 1024)

/* KEY: N, left out when N is unknown (negative). */
static void put_count(struct docw *w, const char *key, long long n)
{
	if (n >= 0) {
		docw_key(w, key);
		docw_int(w, n);
	}
}

static void put_int(struct docw *w, const char *key, long long n)
{
	docw_key(w, key);
	docw_int(w, n);
}

static void put_bool(struct docw *w, const char *key, int v)
{
	docw_key(w, key);
	docw_bool(w, v);
}

/* What a step acts on: its target, else its name, else "" (as text shows it). */
static const char *step_target(const struct step *s)
{
	return s->target ? s->target : s->name ? s->name : "";
}

/* Statement ST of S: a string, or {"sql", "secret", "tail"} when it names a secret. */
static void put_stmt(struct docw *w, const struct stmt *st)
{
	if (st->secret < 0) {
		docw_str(w, st->sql);
		return;
	}
	docw_object(w);
	docw_kstr(w, "sql", st->sql);
	put_int(w, "secret", st->secret);
	docw_kstr(w, "tail", st->tail ? st->tail : "");
	docw_end(w);
}

/* KEY: the statements of L; left out when L is empty unless ALWAYS. */
static void put_stmts(struct docw *w, const char *key, const struct stmt_list *l, int always)
{
	if (!l->n && !always)
		return;
	docw_key(w, key);
	docw_array(w);
	for (unsigned i = 0; i < l->n; i++)
		put_stmt(w, &l->v[i]);
	docw_end(w);
}

/* Step S; strings that are NULL, rows or bytes that are -1, and empty phases left out. */
static void put_step(struct docw *w, const struct step *s)
{
	docw_object(w);
	put_int(w, "id", s->id);
	docw_kstr(w, "action", step_action_name(s->action));
	docw_kstr(w, "kind", obj_kind_name(s->kind));
	docw_kstr(w, "schema", s->schema);
	docw_kstr(w, "name", s->name);
	docw_kstr(w, "target", step_target(s));
	docw_kstr(w, "reason", s->reason);
	docw_key(w, "hazards");
	docw_array(w);
	for (unsigned h = 0; h < NHAZARDS; h++)
		if (s->hazards & hazard_keys[h].bit)
			docw_str(w, hazard_keys[h].key);
	docw_end(w);
	docw_kstr(w, "irreversible", s->irreversible);
	docw_kstr(w, "revokes", s->revokes);
	docw_kstr(w, "carries", s->carries);
	put_count(w, "rows", s->rows);
	put_count(w, "bytes", s->bytes);
	docw_key(w, "depends_on");
	docw_array(w);
	for (unsigned d = 0; d < s->ndeps; d++)
		docw_int(w, s->deps[d]);
	docw_end(w);
	put_int(w, "group", s->group);
	docw_kstr(w, "group_label", s->group_label);
	put_bool(w, "no_transaction", s->no_transaction);
	put_bool(w, "swaps", s->swaps);
	docw_kstr(w, "batch_key", s->batch_key);
	docw_kstr(w, "spec_hash", s->spec_hash);
	docw_kstr(w, "database", s->database);
	if (s->source) {
		docw_key(w, "source");
		docw_object(w);
		docw_kstr(w, "tenant", s->source->tenant);
		docw_kstr(w, "server", s->source->server);
		docw_kstr(w, "template", s->source->tmpl);
		docw_kstr(w, "columns", s->source->columns);
		docw_end(w);
	}
	if (s->nsecrets) {
		docw_key(w, "secrets");
		docw_array(w);
		for (unsigned i = 0; i < s->nsecrets; i++) {
			docw_object(w);
			if (s->secrets[i].env)
				docw_kstr(w, "env", s->secrets[i].env);
			else
				docw_kstr(w, "file", s->secrets[i].file ? s->secrets[i].file : "");
			docw_kstr(w, "as", s->secrets[i].verifier ? "scram-verifier" : "literal");
			docw_end(w);
		}
		docw_end(w);
	}
	put_stmts(w, "build", &s->build, 0);
	if (s->nlock) {
		docw_key(w, "lock");
		docw_array(w);
		for (unsigned i = 0; i < s->nlock; i++)
			docw_str(w, s->lock[i]);
		docw_end(w);
	}
	put_stmts(w, "view_swap", &s->view_swap, 0);
	put_stmts(w, "swap", &s->swap, 1);
	put_stmts(w, "repoint", &s->repoint, 0);
	put_stmts(w, "cleanup", &s->cleanup, 0);
	if (!s->irreversible)
		put_stmts(w, "inverse", &s->inverse, 1);
	docw_end(w);
}

char *planfile_step_dump(const struct step *s)
{
	struct strbuf sb = STRBUF_INIT;
	struct docw w;

	docw_init(&w, &sb, DOCW_JSON, 0);
	put_step(&w, s);
	return strbuf_detach(&sb, NULL);
}

/* {create, rebuild, change, drop}, as plan_count() counts them. */
static void put_summary(struct docw *w, const struct plan *p)
{
	struct plan_counts c;
	plan_count(p, &c);
	docw_key(w, "summary");
	docw_object(w);
	put_int(w, "create", (long long)c.create);
	put_int(w, "rebuild", (long long)c.rebuild);
	put_int(w, "change", (long long)c.change);
	put_int(w, "drop", (long long)c.drop);
	docw_end(w);
}

/* Hazard H of step S: {step, hazard, action, kind, target}. */
static void put_hazard(struct docw *w, const struct step *s, unsigned h)
{
	docw_object(w);
	put_int(w, "step", s->id);
	docw_kstr(w, "hazard", hazard_keys[h].key);
	docw_kstr(w, "action", step_action_name(s->action));
	docw_kstr(w, "kind", obj_kind_name(s->kind));
	docw_kstr(w, "target", step_target(s));
	docw_end(w);
}

/* A left-out object: {kind, target, reason}. */
static void put_skipped(struct docw *w, const struct skipped *k)
{
	docw_object(w);
	docw_kstr(w, "kind", obj_kind_name(k->kind));
	docw_kstr(w, "target", k->target ? k->target : "");
	docw_kstr(w, "reason", k->reason ? k->reason : "");
	docw_end(w);
}

/* ---- the plan hash ---- */

#define HASH_PLACEHOLDER "00000000000000000000000000000000"
/* The line that holds the hash: HASH_LINE_HEAD, the digits, HASH_LINE_TAIL. */
#define HASH_LINE_HEAD "  \"plan_hash\": \""
#define HASH_LINE_TAIL "\",\n"

static XXH3_state_t *hash_new(void)
{
	XXH3_state_t *st = XXH3_createState();
	if (!st)
		die("out of memory");
	XXH3_128bits_reset(st);
	return st;
}

/* The digest of ST as PLANFILE_HASH_HEX lower-case hex digits and a NUL; frees ST. */
static void hash_hex(XXH3_state_t *st, char *hex)
{
	XXH128_canonical_t canon;

	XXH128_canonicalFromHash(&canon, XXH3_128bits_digest(st));
	XXH3_freeState(st);
	for (unsigned k = 0; k < sizeof(canon.digest); k++)
		snprintf(hex + 2 * k, 3, "%02x", canon.digest[k]);
}

/* 1 when the PLANFILE_HASH_HEX bytes at S are lower-case hex digits. */
static int is_hash_hex(const char *s)
{
	for (unsigned i = 0; i < PLANFILE_HASH_HEX; i++)
		if (!((s[i] >= '0' && s[i] <= '9') || (s[i] >= 'a' && s[i] <= 'f')))
			return 0;
	return 1;
}

/*
 * The hash line of TEXT: every line that starts as it does must be
 * exactly HASH_LINE_HEAD, PLANFILE_HASH_HEX digits, HASH_LINE_TAIL, and
 * there must be one.
 */
int planfile_hash_text(const char *text, size_t len, char *hex, size_t *at)
{
	const size_t head = strlen(HASH_LINE_HEAD), tail = strlen(HASH_LINE_TAIL);
	const size_t line = head + PLANFILE_HASH_HEX + tail;
	size_t found = 0, nfound = 0;
	XXH3_state_t *st;

	for (size_t i = 0; i + head <= len; i++) {
		if ((i && text[i - 1] != '\n') || memcmp(text + i, HASH_LINE_HEAD, head))
			continue;
		if (i + line > len || !is_hash_hex(text + i + head) ||
		    memcmp(text + i + head + PLANFILE_HASH_HEX, HASH_LINE_TAIL, tail))
			return -1;
		found = i;
		nfound++;
	}
	if (nfound != 1)
		return -1;
	st = hash_new();
	XXH3_128bits_update(st, text, found);
	XXH3_128bits_update(st, text + found + line, len - found - line);
	hash_hex(st, hex);
	if (at)
		*at = found + head;
	return 0;
}

/*
 * What receives the plan file while it is written: FLUSH, when not NULL,
 * is given OUT's bytes whenever they pass PLANFILE_CHUNK (between two
 * elements of a list) and empties it; without FLUSH the whole file stays
 * in OUT.
 */
struct plan_out {
	struct strbuf *out;
	void (*flush)(struct plan_out *o);
	size_t hash_at;         /* offset of the hash digits in the first piece */
	/* hashing */
	XXH3_state_t *st;
	int first;
	/* writing */
	int (*sink)(const void *buf, size_t len, void *ctx);
	void *ctx;
	int err;
};

static void maybe_flush(struct plan_out *o)
{
	if (o->flush && o->out->len >= PLANFILE_CHUNK)
		o->flush(o);
}

/*
 * The plan file of P, with HEX as its plan_hash, into O (ending "\n}\n"):
 * the bytes json_dumps() gives for the whole plan with DUMP_INDENT, made
 * one element at a time.
 */
static void plan_doc(const struct plan *p, const char *hex, struct plan_out *o)
{
	struct docw w;
	unsigned n;

	docw_init(&w, o->out, DOCW_JSON, DUMP_INDENT);
	docw_object(&w);
	docw_kstr(&w, "format", PLANFILE_FORMAT);
	put_int(&w, "version", PLANFILE_VERSION);
	docw_kstr(&w, "plan_hash", hex);
	o->hash_at = o->out->len - 1 - PLANFILE_HASH_HEX;
	docw_kstr(&w, "database", p->database);
	docw_kstr(&w, "apply_role", p->apply_role);
	docw_kstr(&w, "catalog_fingerprint", p->catalog_fp);
	docw_kstr(&w, "desired_fingerprint", p->desired_fp);
	docw_kstr(&w, "git_commit", p->git_commit);
	docw_kstr(&w, "pgform_version", p->pgform_version);
	docw_kstr(&w, "created_at", p->created_at);
	docw_kstr(&w, "catalog_detail", p->catalog_detail);
	put_summary(&w, p);
	docw_key(&w, "hazards");
	docw_array(&w);
	for (unsigned i = 0; i < p->nsteps; i++)
		for (unsigned h = 0; h < NHAZARDS; h++)
			if (p->steps[i]->hazards & hazard_keys[h].bit) {
				put_hazard(&w, p->steps[i], h);
				maybe_flush(o);
			}
	docw_end(&w);
	docw_key(&w, "skipped");
	docw_array(&w);
	for (unsigned i = 0; i < p->nskipped; i++) {
		put_skipped(&w, &p->skipped[i]);
		maybe_flush(o);
	}
	docw_end(&w);
	docw_key(&w, "checks");
	docw_array(&w);
	for (unsigned i = 0; i < p->nchecks; i++) {
		docw_object(&w);
		docw_kstr(&w, "name", p->checks[i].name);
		docw_kstr(&w, "sql", p->checks[i].sql);
		if (p->checks[i].after_only)
			put_bool(&w, "after_only", 1);
		docw_end(&w);
	}
	docw_end(&w);
	docw_key(&w, "steps");
	docw_array(&w);
	for (n = 0; n < p->nsteps; n++) {
		put_step(&w, p->steps[n]);
		maybe_flush(o);
	}
	docw_end(&w);
	docw_end(&w);
	strbuf_addch(o->out, '\n');
	if (o->flush)
		o->flush(o);
}

void planfile_format(const struct plan *p, struct strbuf *out, char *hash)
{
	struct strbuf doc = STRBUF_INIT;
	struct plan_out o = { .out = &doc };
	size_t at;
	char hex[PLANFILE_HASH_HEX + 1];

	plan_doc(p, HASH_PLACEHOLDER, &o);
	/* the head holds the one hash line (names are escaped: no other line starts so) */
	if (planfile_hash_text(doc.buf, doc.len, hex, &at) < 0 || at != o.hash_at)
		die("internal error: the plan file has no single plan_hash line");
	memcpy(doc.buf + at, hex, PLANFILE_HASH_HEX);
	strbuf_addbuf(out, &doc);
	strbuf_release(&doc);
	if (hash)
		memcpy(hash, hex, PLANFILE_HASH_HEX + 1);
}

/* The first pass: the bytes hashed, less the hash line, then dropped. */
static void flush_hash(struct plan_out *o)
{
	const char *b = o->out->buf;
	size_t len = o->out->len;

	if (o->first) {
		size_t from = o->hash_at - strlen(HASH_LINE_HEAD);
		size_t to = o->hash_at + PLANFILE_HASH_HEX + strlen(HASH_LINE_TAIL);
		if (to > len || memcmp(b + from, HASH_LINE_HEAD, strlen(HASH_LINE_HEAD)) ||
		    memcmp(b + to - strlen(HASH_LINE_TAIL), HASH_LINE_TAIL, strlen(HASH_LINE_TAIL)))
			die("internal error: the plan file's hash line is not where it was written");
		XXH3_128bits_update(o->st, b, from);
		XXH3_128bits_update(o->st, b + to, len - to);
		o->first = 0;
	} else {
		XXH3_128bits_update(o->st, b, len);
	}
	strbuf_reset(o->out);
}

/* The second pass: the bytes handed to the sink (nothing more after a failure). */
static void flush_sink(struct plan_out *o)
{
	if (!o->err && o->out->len)
		o->err = o->sink(o->out->buf, o->out->len, o->ctx);
	strbuf_reset(o->out);
}

int planfile_stream(const struct plan *p, int (*sink)(const void *buf, size_t len, void *ctx),
		    void *ctx, char *hash)
{
	struct strbuf buf = STRBUF_INIT;
	struct plan_out o = { .out = &buf, .flush = flush_hash, .first = 1 };
	char hex[PLANFILE_HASH_HEX + 1];

	strbuf_grow(&buf, PLANFILE_CHUNK + 64 * 1024);
	o.st = hash_new();
	plan_doc(p, HASH_PLACEHOLDER, &o);
	hash_hex(o.st, hex);
	o = (struct plan_out){ .out = &buf, .flush = flush_sink, .sink = sink, .ctx = ctx };
	plan_doc(p, hex, &o);
	strbuf_release(&buf);
	if (hash)
		memcpy(hash, hex, PLANFILE_HASH_HEX + 1);
	return o.err;
}

/* Write all LEN bytes of BUF to FD; 0 or -1 with errno set. */
static int write_all(int fd, const char *buf, size_t len)
{
	while (len) {
		ssize_t n = write(fd, buf, len);
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0)
			return -1;
		buf += n;
		len -= (size_t)n;
	}
	return 0;
}

/* planfile_stream's sink into the file descriptor at CTX. */
static int sink_fd(const void *buf, size_t len, void *ctx)
{
	return write_all(*(int *)ctx, buf, len);
}

/* PATH.tmp (mode 0600, synced), then renamed over PATH. */
int planfile_write(const struct plan *p, const char *path, char *hash)
{
	struct strbuf tmp = STRBUF_INIT;
	int fd, ret = 0;

	strbuf_addf(&tmp, "%s.tmp", path);
	fd = open(tmp.buf, O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW | O_CLOEXEC, 0600);
	if (fd < 0) {
		ret = error("cannot create '%s': %s", tmp.buf, strerror(errno));
		goto done;
	}
	if (fchmod(fd, 0600) || planfile_stream(p, sink_fd, &fd, hash) || fsync(fd)) {
		ret = error("cannot write '%s': %s", tmp.buf, strerror(errno));
		close(fd);
		goto remove;
	}
	if (close(fd)) {
		ret = error("cannot write '%s': %s", tmp.buf, strerror(errno));
		goto remove;
	}
	if (rename(tmp.buf, path)) {
		ret = error("cannot rename '%s' to '%s': %s", tmp.buf, path, strerror(errno));
		goto remove;
	}
	goto done;
remove:
	unlink(tmp.buf);
done:
	strbuf_release(&tmp);
	return ret;
}

/* ---- reading ---- */

/* Where a problem is: the file, and "step 3: " or "skipped 2: " or "". */
struct ctx {
	const char *path;
	char where[48];
	struct plan *p;
};

/* Report "PATH: step N: 'KEY' must be WHAT"; returns -1. */
static int must_be(const struct ctx *c, const char *key, const char *what)
{
	return error("%s: %s'%s' must be %s", c->path, c->where, key, what);
}

/* KEY of O, or NULL; a missing REQUIRED key is reported (*ERR = -1). */
static json_t *field(const struct ctx *c, json_t *o, const char *key, int required, int *err)
{
	json_t *v = json_object_get(o, key);
	if (!v && required)
		*err = error("%s: %s'%s' is missing", c->path, c->where, key);
	return v;
}

/* *OUT = string KEY of O copied into the plan's arena (NULL when absent). */
static int get_str(const struct ctx *c, json_t *o, const char *key, int required,
		   const char **out)
{
	int err = 0;
	json_t *v = field(c, o, key, required, &err);

	*out = NULL;
	if (err || !v)
		return err;
	if (!json_is_string(v))
		return must_be(c, key, "a string");
	*out = arena_strndup(&c->p->arena, json_string_value(v), json_string_length(v));
	return 0;
}

/* *OUT = integer KEY of O in [0, MAX] (-1 when absent). */
static int get_count(const struct ctx *c, json_t *o, const char *key, int required,
		     long long max, long long *out)
{
	int err = 0;
	json_t *v = field(c, o, key, required, &err);

	*out = -1;
	if (err || !v)
		return err;
	if (!json_is_integer(v) || json_integer_value(v) < 0 || json_integer_value(v) > max)
		return must_be(c, key, "a non-negative integer");
	*out = json_integer_value(v);
	return 0;
}

/* Refuse any key of O that is not in KEYS (NULL-terminated). */
static int known_keys(const struct ctx *c, json_t *o, const char *const *keys)
{
	const char *k;
	json_t *v;

	json_object_foreach(o, k, v) {
		unsigned i = 0;
		while (keys[i] && strcmp(keys[i], k))
			i++;
		if (!keys[i])
			return error("%s: %sunknown field '%s'", c->path, c->where, k);
	}
	return 0;
}

/* *OUT = the kind named by "kind" of O. */
static int get_kind(const struct ctx *c, json_t *o, enum obj_kind *out)
{
	const char *s;
	if (get_str(c, o, "kind", 1, &s))
		return -1;
	for (int k = 0; k < OBJ__COUNT; k++)
		if (!strcmp(s, obj_kind_name(k))) {
			*out = k;
			return 0;
		}
	return error("%s: %sunknown kind '%s'", c->path, c->where, s);
}

/* *OUT = the action named by "action" of O. */
static int get_action(const struct ctx *c, json_t *o, enum step_action *out)
{
	const char *s;
	if (get_str(c, o, "action", 1, &s))
		return -1;
	for (int a = STEP_CREATE; a <= STEP_RECREATE; a++)
		if (!strcmp(s, step_action_name(a))) {
			*out = a;
			return 0;
		}
	return error("%s: %sunknown action '%s'", c->path, c->where, s);
}

/* *OUT |= the hazard bits named by "hazards" of O. */
static int get_hazards(const struct ctx *c, json_t *o, unsigned *out)
{
	int err = 0;
	json_t *a = field(c, o, "hazards", 1, &err), *v;
	size_t i;

	if (err)
		return err;
	if (!json_is_array(a))
		return must_be(c, "hazards", "an array of hazard names");
	json_array_foreach(a, i, v) {
		unsigned h = 0;
		if (!json_is_string(v))
			return must_be(c, "hazards", "an array of hazard names");
		while (h < NHAZARDS && strcmp(hazard_keys[h].key, json_string_value(v)))
			h++;
		if (h == NHAZARDS)
			return error("%s: %sunknown hazard '%s'", c->path, c->where,
				     json_string_value(v));
		*out |= hazard_keys[h].bit;
	}
	return 0;
}

/* The dependencies of step S: ids of steps that come before it. */
static int get_deps(const struct ctx *c, json_t *o, struct step *s)
{
	int err = 0;
	json_t *a = field(c, o, "depends_on", 1, &err), *v;
	size_t i;

	if (err)
		return err;
	if (!json_is_array(a))
		return must_be(c, "depends_on", "an array of step ids");
	json_array_foreach(a, i, v) {
		if (!json_is_integer(v))
			return must_be(c, "depends_on", "an array of step ids");
		if (json_integer_value(v) < 1 || json_integer_value(v) >= s->id)
			return error("%s: %sdepends on step %lld, which does not come before it",
				     c->path, c->where, (long long)json_integer_value(v));
		plan_step_depend(c->p, s, (unsigned)json_integer_value(v));
	}
	return 0;
}

static const char *const step_keys[] = {
	"id", "action", "kind", "schema", "name", "target", "reason", "hazards",
	"irreversible", "revokes", "carries", "rows", "bytes", "depends_on", "group", "group_label",
	"no_transaction", "swaps", "batch_key", "spec_hash", "database", "source",
	"secrets", "build", "lock", "view_swap", "swap", "repoint", "cleanup",
	"inverse", NULL,
};

/* *OUT = boolean KEY of O (0 when absent and not REQUIRED). */
static int get_bool(const struct ctx *c, json_t *o, const char *key, int required, int *out)
{
	int err = 0;
	json_t *v = field(c, o, key, required, &err);

	*out = 0;
	if (err || !v)
		return err;
	if (!json_is_boolean(v))
		return must_be(c, key, "true or false");
	*out = json_is_true(v);
	return 0;
}

static int starts(const char *s, const char *prefix)
{
	return !strncmp(s, prefix, strlen(prefix));
}

static int ends(const char *s, const char *suffix)
{
	size_t n = strlen(s), m = strlen(suffix);
	return n >= m && !strcmp(s + n - m, suffix);
}

/*
 * 1 when a statement of step S puts secret R where pgform puts one: the
 * PASSWORD of CREATE ROLE (as a SCRAM verifier, last), or the password
 * option of CREATE or ALTER USER MAPPING (as a literal, last option).  A
 * plan file is untrusted: anywhere else (a comment, a view) the value
 * would be readable by whoever reads the object.
 */
static int secret_in_place(const struct step *s, const char *sql, const struct secret_ref *r,
			   const char *tail)
{
	if (s->kind == OBJ_ROLE)
		return r->verifier && starts(sql, "CREATE ROLE ") && ends(sql, " PASSWORD ") && !*tail;
	if (s->kind == OBJ_USER_MAPPING)
		return !r->verifier && (starts(sql, "CREATE USER MAPPING ") || starts(sql, "ALTER USER MAPPING ")) &&
		       (ends(sql, ", password ") || ends(sql, "ADD password ") || ends(sql, "SET password ")) &&
		       !strcmp(tail, ")");
	return 0;
}

/* The statements KEY of O into phase L of S (absent: none, unless REQUIRED). */
static int get_stmts(const struct ctx *c, json_t *o, const char *key, int required, struct step *s,
		     struct stmt_list *l)
{
	int err = 0;
	json_t *a = field(c, o, key, required, &err), *v;
	size_t i;
	static const char *const stmt_keys[] = { "sql", "secret", "tail", NULL };

	if (err || !a)
		return err;
	if (!json_is_array(a))
		return must_be(c, key, "an array of statements");
	json_array_foreach(a, i, v) {
		if (json_is_string(v)) {
			stmt_add(c->p, l, json_string_value(v), -1, NULL);
			continue;
		}
		json_t *sql = json_object_get(v, "sql"), *k = json_object_get(v, "secret"),
		       *tail = json_object_get(v, "tail");
		if (!json_is_object(v) || !json_is_string(sql) || !json_is_integer(k) || !json_is_string(tail) ||
		    known_keys(c, v, stmt_keys))
			return must_be(c, key, "an array of statements (strings, or objects with sql, secret and tail)");
		if (json_integer_value(k) < 0 || json_integer_value(k) >= (json_int_t)s->nsecrets)
			return error("%s: %s'%s' names secret %lld, which the step does not declare", c->path,
				     c->where, key, (long long)json_integer_value(k));
		if (!secret_in_place(s, json_string_value(sql), &s->secrets[json_integer_value(k)],
				     json_string_value(tail)))
			return error("%s: %s'%s' binds a password outside the password of a role or a user mapping, "
				     "where pgform never puts one", c->path, c->where, key);
		stmt_add(c->p, l, json_string_value(sql), (int)json_integer_value(k), json_string_value(tail));
	}
	return 0;
}

/* "secrets" of O: where each password a statement names is read from. */
static int get_secrets(const struct ctx *c, json_t *o, struct step *s)
{
	json_t *a = json_object_get(o, "secrets"), *v;
	size_t i;
	static const char *const secret_keys[] = { "env", "file", "as", NULL };

	if (!a)
		return 0;
	if (!json_is_array(a))
		return must_be(c, "secrets", "an array");
	s->secrets = arena_alloc(&c->p->arena, (json_array_size(a) + 1) * sizeof(*s->secrets));
	json_array_foreach(a, i, v) {
		struct secret_ref *r = &s->secrets[s->nsecrets];
		json_t *env = json_object_get(v, "env"), *file = json_object_get(v, "file"),
		       *as = json_object_get(v, "as");
		if (!json_is_object(v) || known_keys(c, v, secret_keys) || !json_is_string(as) ||
		    (!json_is_string(env) == !json_is_string(file)) ||
		    (strcmp(json_string_value(as), "literal") && strcmp(json_string_value(as), "scram-verifier")))
			return must_be(c, "secrets", "an array of {\"env\" or \"file\", \"as\": \"literal\" or \"scram-verifier\"}");
		r->env = env ? arena_strdup(&c->p->arena, json_string_value(env)) : NULL;
		r->file = file ? arena_strdup(&c->p->arena, json_string_value(file)) : NULL;
		r->verifier = !strcmp(json_string_value(as), "scram-verifier");
		s->nsecrets++;
	}
	return 0;
}

/* "source" of O: the tenant source a step reads. */
static int get_source(struct ctx *c, json_t *o, struct step *s)
{
	json_t *v = json_object_get(o, "source");
	static const char *const source_keys[] = { "tenant", "server", "template", "columns", NULL };
	struct step_source *src;

	if (!v)
		return 0;
	if (!json_is_object(v) || known_keys(c, v, source_keys))
		return must_be(c, "source", "an object with tenant, server, template and columns");
	src = arena_alloc(&c->p->arena, sizeof(*src));
	if (get_str(c, v, "tenant", 0, &src->tenant) || get_str(c, v, "server", 0, &src->server) ||
	    get_str(c, v, "template", 0, &src->tmpl) || get_str(c, v, "columns", 0, &src->columns))
		return -1;
	s->source = src;
	return 0;
}

/* "lock" of O: names of the views the swap locks first. */
static int get_lock(const struct ctx *c, json_t *o, struct step *s)
{
	json_t *a = json_object_get(o, "lock"), *v;
	size_t i;

	if (!a)
		return 0;
	if (!json_is_array(a))
		return must_be(c, "lock", "an array of names");
	s->lock = arena_alloc(&c->p->arena, (json_array_size(a) + 1) * sizeof(*s->lock));
	json_array_foreach(a, i, v) {
		if (!json_is_string(v))
			return must_be(c, "lock", "an array of names");
		s->lock[s->nlock++] = arena_strdup(&c->p->arena, json_string_value(v));
	}
	return 0;
}

/* The fields of step S from O, but its id and dependencies. */
static int read_step_fields(struct ctx *c, json_t *o, struct step *s)
{
	long long group;

	s->irreversible = NULL;
	if (get_str(c, o, "schema", 0, &s->schema) || get_str(c, o, "name", 0, &s->name) ||
	    get_str(c, o, "target", 1, &s->target) || get_str(c, o, "reason", 0, &s->reason) ||
	    get_hazards(c, o, &s->hazards) ||
	    get_str(c, o, "irreversible", 0, &s->irreversible) ||
	    get_str(c, o, "revokes", 0, &s->revokes) ||
	    get_str(c, o, "carries", 0, &s->carries) ||
	    get_count(c, o, "rows", 0, LLONG_MAX, &s->rows) ||
	    get_count(c, o, "bytes", 0, LLONG_MAX, &s->bytes) ||
	    get_count(c, o, "group", 1, UINT_MAX, &group) ||
	    get_str(c, o, "group_label", 0, &s->group_label) ||
	    get_bool(c, o, "no_transaction", 1, &s->no_transaction) ||
	    get_bool(c, o, "swaps", 1, &s->swaps) ||
	    get_str(c, o, "batch_key", 0, &s->batch_key) ||
	    get_str(c, o, "spec_hash", 0, &s->spec_hash) || get_str(c, o, "database", 0, &s->database) ||
	    get_source(c, o, s) || get_secrets(c, o, s) ||
	    get_stmts(c, o, "build", 0, s, &s->build) || get_lock(c, o, s) ||
	    get_stmts(c, o, "view_swap", 0, s, &s->view_swap) ||
	    get_stmts(c, o, "swap", 1, s, &s->swap) ||
	    get_stmts(c, o, "repoint", 0, s, &s->repoint) ||
	    get_stmts(c, o, "cleanup", 0, s, &s->cleanup) ||
	    get_stmts(c, o, "inverse", !s->irreversible, s, &s->inverse))
		return -1;
	if (s->irreversible && json_object_get(o, "inverse"))
		return error("%s: %san irreversible step has no 'inverse'", c->path, c->where);
	s->group = (unsigned)group;
	return known_keys(c, o, step_keys);
}

/* Step N (1-based) of the file, added to the plan. */
static int read_step(struct ctx *c, json_t *o, unsigned n)
{
	enum step_action action = STEP_CREATE;
	enum obj_kind kind = OBJ_EXTENSION;
	struct step *s;
	long long id;

	snprintf(c->where, sizeof(c->where), "step %u: ", n);
	if (!json_is_object(o))
		return error("%s: step %u must be an object", c->path, n);
	if (get_action(c, o, &action) || get_kind(c, o, &kind))
		return -1;
	s = plan_add_step(c->p, action, NULL);
	s->kind = kind;
	if (get_count(c, o, "id", 1, UINT_MAX, &id))
		return -1;
	if (id != n) {
		char want[32];
		snprintf(want, sizeof(want), "%u", n);
		return must_be(c, "id", want);
	}
	if (get_deps(c, o, s))
		return -1;
	return read_step_fields(c, o, s);
}

int planfile_step_load(struct plan *p, const char *text, const char *where)
{
	struct ctx c = { where, "", p };
	enum step_action action = STEP_CREATE;
	enum obj_kind kind = OBJ_EXTENSION;
	json_error_t jerr;
	json_t *o = json_loads(text, JSON_REJECT_DUPLICATES, &jerr);
	int ret = -1;

	if (!o || !json_is_object(o)) {
		error("%s: the recorded step is not a JSON object: %s", where, o ? "" : jerr.text);
		goto done;
	}
	if (get_action(&c, o, &action) || get_kind(&c, o, &kind))
		goto done;
	struct step *s = plan_add_step(p, action, NULL);
	s->kind = kind;
	ret = read_step_fields(&c, o, s);
done:
	json_decref(o);
	return ret;
}

static const char *const skipped_keys[] = { "kind", "target", "reason", NULL };

/* Left-out object N (1-based) of the file, added to the plan. */
static int read_skipped(struct ctx *c, json_t *o, unsigned n)
{
	enum obj_kind kind = OBJ_EXTENSION;
	const char *target, *reason;

	snprintf(c->where, sizeof(c->where), "skipped %u: ", n);
	if (!json_is_object(o))
		return error("%s: skipped %u must be an object", c->path, n);
	if (get_kind(c, o, &kind) || get_str(c, o, "target", 1, &target) ||
	    get_str(c, o, "reason", 1, &reason) || known_keys(c, o, skipped_keys))
		return -1;
	plan_skip(c->p, kind, target, reason);
	return 0;
}

static const char *const check_keys[] = { "name", "sql", "after_only", NULL };

/* Check N (1-based) of the file, added to the plan. */
static int read_check(struct ctx *c, json_t *o, unsigned n)
{
	const char *name, *sql;
	int after_only;

	snprintf(c->where, sizeof(c->where), "check %u: ", n);
	if (!json_is_object(o))
		return error("%s: check %u must be an object", c->path, n);
	if (get_str(c, o, "name", 1, &name) || get_str(c, o, "sql", 1, &sql) ||
	    get_bool(c, o, "after_only", 0, &after_only) || known_keys(c, o, check_keys))
		return -1;
	plan_add_check(c->p, name, sql, after_only);
	return 0;
}

/* Each element of array KEY of ROOT through READ (with its 1-based number). */
static int read_list(struct ctx *c, json_t *root, const char *key,
		     int (*read)(struct ctx *, json_t *, unsigned))
{
	int err = 0;
	json_t *a = field(c, root, key, 1, &err), *v;
	size_t i;

	if (err)
		return err;
	if (!json_is_array(a))
		return must_be(c, key, "an array");
	json_array_foreach(a, i, v)
		if (read(c, v, (unsigned)i + 1))
			return -1;
	c->where[0] = '\0';
	return 0;
}

/* "format" and "version" say this is a plan this pgform reads. */
static int check_format(const struct ctx *c, json_t *root)
{
	json_t *f = json_object_get(root, "format"), *v = json_object_get(root, "version");

	if (!json_is_string(f) || strcmp(json_string_value(f), PLANFILE_FORMAT))
		return error("%s: not a pgform plan: 'format' must be \"%s\"",
			     c->path, PLANFILE_FORMAT);
	if (!json_is_integer(v))
		return must_be(c, "version", "an integer");
	if (json_integer_value(v) != PLANFILE_VERSION)
		return error("%s: plan version %lld is not supported (this pgform reads version %d); "
			     "make the plan again with this pgform (pgform plan -o FILE)",
			     c->path, (long long)json_integer_value(v), PLANFILE_VERSION);
	return 0;
}

/* {create, rebuild, change, drop}, as plan_count() counts them. */
static json_t *summary_json(const struct plan *p)
{
	struct plan_counts c;
	plan_count(p, &c);
	return json_pack("{s:I, s:I, s:I, s:I}", "create", (json_int_t)c.create,
			 "rebuild", (json_int_t)c.rebuild, "change", (json_int_t)c.change,
			 "drop", (json_int_t)c.drop);
}

/*
 * Every hazard of every step, in plan order (what "hazards" holds): the
 * steps were read from JSON, so their strings are UTF-8.
 */
static json_t *hazards_json(const struct plan *p)
{
	json_t *a = json_array();
	for (unsigned i = 0; i < p->nsteps; i++)
		for (unsigned h = 0; h < NHAZARDS; h++) {
			const struct step *s = p->steps[i];
			if (!(s->hazards & hazard_keys[h].bit))
				continue;
			json_array_append_new(a, json_pack("{s:I, s:s, s:s, s:s, s:s}",
				"step", (json_int_t)s->id, "hazard", hazard_keys[h].key,
				"action", step_action_name(s->action), "kind", obj_kind_name(s->kind),
				"target", step_target(s)));
		}
	return a;
}

/* "summary" and "hazards" are derived: they must say what the steps say. */
static int check_derived(const struct ctx *c, json_t *root)
{
	json_t *summary = summary_json(c->p), *hazards = hazards_json(c->p);
	int ret = 0;

	if (!json_equal(json_object_get(root, "summary"), summary))
		ret = error("%s: 'summary' does not match the steps", c->path);
	else if (!json_equal(json_object_get(root, "hazards"), hazards))
		ret = error("%s: 'hazards' does not match the steps", c->path);
	json_decref(summary);
	json_decref(hazards);
	return ret;
}

/*
 * "plan_hash" is there and is the hash of the file's other bytes, TEXT
 * (LEN bytes): a file changed by hand, or by anything but pgform, is
 * refused.  (Whoever can write the file can compute the hash again: a
 * deploy that must apply what was reviewed says so with --plan-hash.)
 */
static int check_hash(const struct ctx *c, json_t *root, const char *text, size_t len)
{
	json_t *v = json_object_get(root, "plan_hash");
	char hex[PLANFILE_HASH_HEX + 1];

	if (!v)
		return error("%s: 'plan_hash' is missing, so the plan cannot be checked for changes; "
			     "make the plan again with this pgform (pgform plan -o FILE)", c->path);
	if (!json_is_string(v) || json_string_length(v) != PLANFILE_HASH_HEX ||
	    !is_hash_hex(json_string_value(v)))
		return must_be(c, "plan_hash", "32 lower-case hex digits");
	if (planfile_hash_text(text, len, hex, NULL) < 0 || strcmp(hex, json_string_value(v)))
		return error("%s: the plan was changed after it was made: plan_hash does not match its contents",
			     c->path);
	c->p->plan_hash = arena_strdup(&c->p->arena, hex);
	return 0;
}

static const char *const plan_keys[] = {
	"format", "version", "plan_hash", "database", "apply_role", "catalog_fingerprint",
	"desired_fingerprint", "git_commit", "pgform_version", "created_at",
	"catalog_detail", "summary", "hazards", "skipped", "checks", "steps", NULL,
};

/* The plan in ROOT, parsed from TEXT (LEN bytes), into c->p. */
static int read_plan(struct ctx *c, json_t *root, const char *text, size_t len)
{
	struct plan *p = c->p;

	if (!json_is_object(root))
		return error("%s: a plan must be a JSON object", c->path);
	if (check_format(c, root) || check_hash(c, root, text, len) || known_keys(c, root, plan_keys) ||
	    get_str(c, root, "database", 0, &p->database) ||
	    get_str(c, root, "apply_role", 0, &p->apply_role) ||
	    get_str(c, root, "catalog_fingerprint", 0, &p->catalog_fp) ||
	    get_str(c, root, "desired_fingerprint", 0, &p->desired_fp) ||
	    get_str(c, root, "git_commit", 0, &p->git_commit) ||
	    get_str(c, root, "pgform_version", 0, &p->pgform_version) ||
	    get_str(c, root, "created_at", 0, &p->created_at) ||
	    get_str(c, root, "catalog_detail", 0, &p->catalog_detail) ||
	    read_list(c, root, "steps", read_step) ||
	    (json_object_get(root, "checks") && read_list(c, root, "checks", read_check)) ||
	    read_list(c, root, "skipped", read_skipped))
		return -1;
	if (!json_object_get(root, "summary"))
		return error("%s: 'summary' is missing", c->path);
	if (!json_object_get(root, "hazards"))
		return error("%s: 'hazards' is missing", c->path);
	return check_derived(c, root);
}

/* Parse PATH (duplicate keys refused), then read_plan(); P emptied on error. */
int planfile_read(struct plan *p, const char *path)
{
	struct strbuf sb = STRBUF_INIT;
	struct ctx c = { path, "", p };
	json_error_t jerr;
	json_t *root = NULL;
	int ret = 0;

	int r = strbuf_read_file(&sb, path, READ_MAX_DEFAULT);
	if (r < 0) {
		ret = error("cannot read '%s': %s", path, read_file_error(r, READ_MAX_DEFAULT));
		goto done;
	}
	root = json_loadb(sb.buf, sb.len, JSON_REJECT_DUPLICATES, &jerr);
	if (!root) {
		ret = error("%s:%d:%d: %s", path, jerr.line, jerr.column, jerr.text);
		goto done;
	}
	ret = read_plan(&c, root, sb.buf, sb.len);
done:
	if (ret)
		plan_free(p);
	json_decref(root);
	strbuf_release(&sb);
	return ret;
}
