/*
 * report.c: a refresh set before it runs (the dry run: order, levels,
 * methods, estimate) and after (counts, slowest views, failures, what was
 * not started), as text or JSON (jansson).
 */
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "refresh/refresh.h"
#include "base/usage.h"

/* How many of the slowest views a report lists. */
#define REPORT_SLOWEST 5

double refresh_estimate(const struct refresh_set *s, unsigned jobs, unsigned *unknown)
{
	/* the run simulated: each view on the connection free first, after what it reads */
	double *free_at = xcalloc(jobs ? jobs : 1, sizeof(double));
	double *end = xcalloc(s->n + 1, sizeof(double)), total = 0;
	*unknown = 0;
	for (unsigned i = 0; i < s->n; i++) {
		const struct refresh_item *it = &s->v[i];
		double d = it->last_ms >= 0 ? it->last_ms / 1000 : 0, ready = 0;
		if (it->last_ms < 0)
			(*unknown)++;
		for (unsigned k = 0; k < it->ndeps; k++)
			if (end[it->deps[k]] > ready)
				ready = end[it->deps[k]];
		unsigned best = 0;
		for (unsigned j = 1; j < jobs; j++)
			if (free_at[j] < free_at[best])
				best = j;
		double start = free_at[best] > ready ? free_at[best] : ready;
		end[i] = start + d;
		free_at[best] = end[i];
		if (end[i] > total)
			total = end[i];
	}
	free(free_at);
	free(end);
	return total;
}

static void size_words(char *buf, size_t len, long long b)
{
	if (b >= 1LL << 30)
		snprintf(buf, len, "%.1f GB", (double)b / (1LL << 30));
	else if (b >= 1LL << 20)
		snprintf(buf, len, "%.1f MB", (double)b / (1LL << 20));
	else
		snprintf(buf, len, "%lld kB", (b + 1023) / 1024);
}

void refresh_plan_text(const struct refresh_set *s, unsigned jobs, struct strbuf *out)
{
	unsigned unknown;
	double est = refresh_estimate(s, jobs, &unknown);
	strbuf_addf(out, "Would refresh %u materialized view%s in %u level%s on %u connection%s, "
		    "estimated %.1f s", s->n, s->n == 1 ? "" : "s", s->nlevels, s->nlevels == 1 ? "" : "s",
		    jobs, jobs == 1 ? "" : "s", est);
	if (unknown)
		strbuf_addf(out, " (%u never refreshed by pgform, counted as 0 s)", unknown);
	strbuf_addstr(out, ".\n");
	strbuf_addf(out, "%-5s  %-12s  %10s  %9s  %s\n", "level", "method", "size", "last", "view");
	for (unsigned i = 0; i < s->n; i++) {
		const struct refresh_item *it = &s->v[i];
		char sz[32], last[32] = "-";
		size_words(sz, sizeof(sz), it->size);
		if (it->last_ms >= 0)
			snprintf(last, sizeof(last), "%.2f s", it->last_ms / 1000);
		strbuf_addf(out, "%5u  %-12s  %10s  %9s  %s", it->level, refresh_method_name(it->method), sz, last,
			    it->ident);
		for (unsigned k = 0; k < it->ndeps; k++)
			strbuf_addf(out, "%s%s", k ? ", " : "  (after ", s->v[it->deps[k]].ident);
		strbuf_addstr(out, it->ndeps ? ")\n" : "\n");
	}
}

static void dump_json(json_t *j, struct strbuf *out)
{
	char *text = json_dumps(j, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
	strbuf_addstr(out, text);
	strbuf_addch(out, '\n');
	free(text);
	json_decref(j);
}

static json_t *num_or_null(double v, int known)
{
	return known ? json_real(v) : json_null();
}

void refresh_plan_json(const struct refresh_set *s, unsigned jobs, struct strbuf *out)
{
	unsigned unknown;
	double est = refresh_estimate(s, jobs, &unknown);
	json_t *j = json_object(), *views = json_array();
	json_object_set_new(j, "dry_run", json_true());
	json_object_set_new(j, "jobs", json_integer(jobs));
	json_object_set_new(j, "views", json_integer(s->n));
	json_object_set_new(j, "levels", json_integer(s->nlevels));
	json_object_set_new(j, "estimate_s", json_real(est));
	json_object_set_new(j, "without_duration", json_integer(unknown));
	for (unsigned i = 0; i < s->n; i++) {
		const struct refresh_item *it = &s->v[i];
		json_t *v = json_object(), *deps = json_array();
		json_object_set_new(v, "name", json_string(it->ident));
		json_object_set_new(v, "level", json_integer(it->level));
		json_object_set_new(v, "method", json_string(refresh_method_name(it->method)));
		json_object_set_new(v, "size_bytes", json_integer(it->size));
		json_object_set_new(v, "last_duration_s", num_or_null(it->last_ms / 1000, it->last_ms >= 0));
		json_object_set_new(v, "last_status", it->last_status ? json_string(it->last_status) : json_null());
		for (unsigned k = 0; k < it->ndeps; k++)
			json_array_append_new(deps, json_string(s->v[it->deps[k]].ident));
		json_object_set_new(v, "after", deps);
		json_array_append_new(views, v);
	}
	json_object_set_new(j, "order", views);
	dump_json(j, out);
}

static int cmp_slow(const void *pa, const void *pb)
{
	const struct refresh_item *a = *(const struct refresh_item *const *)pa;
	const struct refresh_item *b = *(const struct refresh_item *const *)pb;
	if (a->seconds != b->seconds)
		return a->seconds > b->seconds ? -1 : 1;
	return strcmp(a->ident, b->ident);
}

/* The refreshed items, slowest first (caller frees); *N how many. */
static const struct refresh_item **slowest(const struct refresh_set *s, unsigned *n)
{
	const struct refresh_item **v = xcalloc(s->n + 1, sizeof(*v));
	*n = 0;
	for (unsigned i = 0; i < s->n; i++)
		if (s->v[i].state == IT_OK)
			v[(*n)++] = &s->v[i];
	qsort(v, *n, sizeof(*v), cmp_slow);
	return v;
}

static const char *run_status(const struct refresh_result *r)
{
	return r->breaker ? "stopped" : r->nfailed || r->nnot_started ? "failed" : "ok";
}

void refresh_report_text(const struct refresh_set *s, const struct refresh_result *r,
			 unsigned jobs, struct strbuf *out)
{
	if (r->jobs)
		jobs = r->jobs;
	if (!s->n) {
		strbuf_addstr(out, "Nothing to refresh: no materialized view of the state in the database is selected.\n");
		return;
	}
	unsigned n;
	const struct refresh_item **v = slowest(s, &n);
	strbuf_addf(out, "Refresh run %lld: %u of %u materialized view%s refreshed in %.1f s on %u connection%s; "
		    "%u failed, %u not started.\n", r->run_id, r->nok, s->n, s->n == 1 ? "" : "s", r->elapsed_s,
		    jobs, jobs == 1 ? "" : "s", r->nfailed, r->nnot_started);
	if (r->breaker)
		strbuf_addf(out, "Stopped: %s.\n", r->breaker);
	if (n)
		strbuf_addstr(out, "Slowest:\n");
	for (unsigned i = 0; i < n && i < REPORT_SLOWEST; i++)
		if (v[i]->rows < 0)
			strbuf_addf(out, "  %8.2f s  %s (%s, rows not counted)\n", v[i]->seconds, v[i]->ident,
				    refresh_method_name(v[i]->method));
		else
			strbuf_addf(out, "  %8.2f s  %s (%s, %lld row%s)\n", v[i]->seconds, v[i]->ident,
				    refresh_method_name(v[i]->method), v[i]->rows, v[i]->rows == 1 ? "" : "s");
	free(v);
	if (r->nfailed)
		strbuf_addstr(out, "Failed:\n");
	for (unsigned i = 0; i < s->n; i++)
		if (s->v[i].state == IT_FAILED)
			strbuf_addf(out, "  %s (%u attempt%s): %s\n", s->v[i].ident, s->v[i].attempts,
				    s->v[i].attempts == 1 ? "" : "s", s->v[i].error);
	if (r->nnot_started)
		strbuf_addstr(out, "Not started:\n");
	for (unsigned i = 0; i < s->n; i++)
		if (s->v[i].state == IT_NOT_STARTED)
			strbuf_addf(out, "  %s: %s\n", s->v[i].ident, s->v[i].reason);
}

void refresh_report_json(const struct refresh_set *s, const struct refresh_result *r,
			 unsigned jobs, struct strbuf *out)
{
	if (r->jobs)
		jobs = r->jobs;
	unsigned n;
	const struct refresh_item **v = slowest(s, &n);
	json_t *j = json_object(), *counts = json_object(), *slow = json_array();
	json_t *failed = json_array(), *skipped = json_array();
	json_object_set_new(j, "run_id", r->run_id ? json_integer(r->run_id) : json_null());
	json_object_set_new(j, "status", json_string(run_status(r)));
	json_object_set_new(j, "jobs", json_integer(jobs));
	json_object_set_new(j, "elapsed_s", json_real(r->elapsed_s));
	json_object_set_new(counts, "selected", json_integer(s->n));
	json_object_set_new(counts, "ok", json_integer(r->nok));
	json_object_set_new(counts, "failed", json_integer(r->nfailed));
	json_object_set_new(counts, "not_started", json_integer(r->nnot_started));
	json_object_set_new(j, "counts", counts);
	json_object_set_new(j, "breaker", r->breaker ? json_string(r->breaker) : json_null());
	for (unsigned i = 0; i < n && i < REPORT_SLOWEST; i++) {
		json_t *x = json_object();
		json_object_set_new(x, "name", json_string(v[i]->ident));
		json_object_set_new(x, "seconds", json_real(v[i]->seconds));
		json_object_set_new(x, "rows", v[i]->rows >= 0 ? json_integer(v[i]->rows) : json_null());
		json_object_set_new(x, "method", json_string(refresh_method_name(v[i]->method)));
		json_array_append_new(slow, x);
	}
	free(v);
	for (unsigned i = 0; i < s->n; i++) {
		const struct refresh_item *it = &s->v[i];
		json_t *x = json_object();
		json_object_set_new(x, "name", json_string(it->ident));
		if (it->state == IT_FAILED) {
			json_object_set_new(x, "method", json_string(refresh_method_name(it->method)));
			json_object_set_new(x, "attempts", json_integer(it->attempts));
			json_object_set_new(x, "error", json_string(it->error));
			json_array_append_new(failed, x);
		} else if (it->state == IT_NOT_STARTED) {
			json_object_set_new(x, "reason", json_string(it->reason));
			json_array_append_new(skipped, x);
		} else {
			json_decref(x);
		}
	}
	json_object_set_new(j, "slowest", slow);
	json_object_set_new(j, "failures", failed);
	json_object_set_new(j, "not_started", skipped);
	dump_json(j, out);
}
