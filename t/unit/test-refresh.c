/*
 * test-refresh: what pgform refresh computes without a database: the
 * estimate of a run from recorded durations (views on the connection
 * free first, after what they read), and the report of a finished run,
 * as text and JSON.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "refresh/refresh.h"
#include "tap.h"

/*
 * A set of views named by letters, each "NAME:MS:DEP,DEP" (MS the last
 * recorded duration in ms, -1 unknown; DEPs earlier letters), in run order.
 */
static void make_set(struct refresh_set *s, const char *spec)
{
	static struct relation rels[26];
	char *copy = strdup(spec), *save = NULL;
	memset(s, 0, sizeof(*s));
	s->v = calloc(26, sizeof(*s->v));
	for (char *tok = strtok_r(copy, " ", &save); tok; tok = strtok_r(NULL, " ", &save)) {
		struct refresh_item *it = &s->v[s->n];
		char *ms = strchr(tok, ':'), *deps = ms ? strchr(ms + 1, ':') : NULL;
		memset(it, 0, sizeof(*it));
		it->ident = arena_printf(&s->arena, "rpt.%c", tok[0]);
		rels[s->n].h.schema = "rpt";
		rels[s->n].h.name = it->ident + 4;
		it->rel = &rels[s->n];
		it->last_ms = ms ? atof(ms + 1) : -1;
		it->ok_age_s = -1;
		it->rows = -1;
		it->deps = arena_alloc(&s->arena, 26 * sizeof(unsigned));
		for (char *d = deps ? deps + 1 : NULL; d && *d; d++)
			if (*d != ',') {
				it->deps[it->ndeps++] = (unsigned)(*d - 'a');
				if (it->level <= s->v[*d - 'a'].level)
					it->level = s->v[*d - 'a'].level + 1;
			}
		if (it->level + 1 > s->nlevels)
			s->nlevels = it->level + 1;
		s->n++;
	}
	free(copy);
}

static void test_estimate(void)
{
	struct refresh_set s;
	unsigned unknown;

	make_set(&s, "a:1000 b:1000 c:2000 d:500:a");
	ok(refresh_estimate(&s, 1, &unknown) == 4.5 && unknown == 0, "one connection: the sum");
	/* a and b at once; c on the first free (a's) at 1 s, d after a: 1 .. 1.5 on b's */
	ok(refresh_estimate(&s, 2, &unknown) == 3.0, "two connections: c ends last, at 3 s");
	ok(refresh_estimate(&s, 8, &unknown) == 2.0, "more connections than views: the longest chain");
	refresh_set_free(&s);

	make_set(&s, "a:1000 b:-1:a c:1000:b");
	ok(refresh_estimate(&s, 4, &unknown) == 2.0, "a view never refreshed counts as 0 s");
	is_int(unknown, 1, "... and is counted");
	refresh_set_free(&s);
}

static void test_report(void)
{
	struct refresh_set s;
	struct refresh_result r = { 7, 2, 1.5, 2, 1, 1, "1 refresh failed (--max-failures 1)" };
	struct strbuf out = STRBUF_INIT;

	make_set(&s, "a:0 b:0 c:0 d:0:c");
	s.v[0].state = IT_OK; s.v[0].seconds = 0.25; s.v[0].rows = 1; s.v[0].method = RM_CONCURRENTLY;
	s.v[1].state = IT_OK; s.v[1].seconds = 1.25; s.v[1].rows = 30; s.v[1].method = RM_PLAIN;
	s.v[2].state = IT_FAILED; s.v[2].error = strdup("division by zero"); s.v[2].attempts = 2;
	s.v[3].state = IT_NOT_STARTED; s.v[3].reason = "reads rpt.c, which failed";
	refresh_report_text(&s, &r, 4, &out);
	is_str(out.buf,
	       "Refresh run 7: 2 of 4 materialized views refreshed in 1.5 s on 2 connections; 1 failed, 1 not started.\n"
	       "Stopped: 1 refresh failed (--max-failures 1).\n"
	       "Slowest:\n"
	       "      1.25 s  rpt.b (plain, 30 rows)\n"
	       "      0.25 s  rpt.a (concurrently, 1 row)\n"
	       "Failed:\n"
	       "  rpt.c (2 attempts): division by zero\n"
	       "Not started:\n"
	       "  rpt.d: reads rpt.c, which failed\n", "the text report");
	strbuf_reset(&out);
	refresh_report_json(&s, &r, 4, &out);
	ok(strstr(out.buf, "\"status\": \"stopped\"") && strstr(out.buf, "\"not_started\": 1") &&
	   strstr(out.buf, "\"error\": \"division by zero\"") && strstr(out.buf, "\"jobs\": 2"),
	   "the JSON report: status, counts, failures, the connections that refreshed");
	strbuf_release(&out);
	refresh_set_free(&s);
}

int main(void)
{
	test_estimate();
	test_report();
	return done_testing();
}
