/*
 * planfmt: a plan rendered for people and programs.
 *
 * Each renderer appends to the caller's strbuf and never fails; the same
 * plan always gives the same bytes, whether rendered into a strbuf or
 * written to a FILE by planfmt_write().  Names are shown as they are, except
 * that a name cannot break the line or the markup it sits in: control
 * characters become \n, \t, \r or \xNN in text, sql comments and dot
 * labels, and Markdown and HTML specials are escaped in markdown.  Secret
 * markers (<<secret:env:NAME>>) are shown as they are in every format.
 *
 *   text      for review in a terminal (hazards, left out, steps, summary)
 *   sql       a psql script of the steps
 *   (both, and markdown, show the plan hash of a plan saved as a file:
 *   plan.plan_hash, set by planfile)
 *   json      the plan file form, documented in docs/plan-json.md
 *   markdown  a pull-request comment
 *   dot       the DAG for Graphviz
 *
 * Every renderer takes VERBOSE; only text and markdown use it (every
 * step on its own line, with its SQL).  Consecutive steps with the same
 * action and the same group_label fold into one line when there are more
 * than 3 of them, unless VERBOSE.
 */
#ifndef PGFORM_PLANFMT_H
#define PGFORM_PLANFMT_H

#include <stdio.h>

#include "plan/plan.h"
#include "base/strbuf.h"

void planfmt_text(const struct plan *p, int verbose, struct strbuf *out);
void planfmt_sql(const struct plan *p, int verbose, struct strbuf *out);
void planfmt_json(const struct plan *p, int verbose, struct strbuf *out);
/*
 * Markdown for a pull-request comment: a summary table, hazards first,
 * the steps folded in a collapsible section; past PLANFMT_MARKDOWN_MAX
 * characters the remaining hazards, objects left out and steps are only
 * counted (GitHub's limit for a comment is 65,536).
 */
#define PLANFMT_MARKDOWN_MAX 60000
void planfmt_markdown(const struct plan *p, int verbose, struct strbuf *out);
void planfmt_dot(const struct plan *p, int verbose, struct strbuf *out);

/*
 * Render P in FORMAT ("text", "sql", "json", "markdown" or "dot");
 * returns 0, or -1 without a message (and without output) when FORMAT is
 * none of them, so the command can say it as a usage error.
 */
int planfmt_by_name(const char *format, const struct plan *p, int verbose,
		    struct strbuf *out);

/*
 * Write P in FORMAT to OUT as it is rendered, in pieces of about 256 KB
 * (json through planfile_stream()), so a plan of any size takes the
 * memory of one piece: the bytes planfmt_by_name() gives.  Returns 0, -1
 * without a message (and without output) when FORMAT is unknown, or -2
 * when writing to OUT failed (what follows the failure is not written).
 */
int planfmt_write(const char *format, const struct plan *p, int verbose, FILE *out);

#endif
