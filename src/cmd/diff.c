/*
 * pgform diff REV1 [REV2]: what changes between the desired states of two
 * git revisions (REV2 defaults to the working tree), without a database,
 * shown as a plan would show it.
 */
#include <jansson.h>
#include <stdio.h>
#include <string.h>

#include "cmd/cmd.h"
#include "cmd/opts.h"
#include "diff/statediff.h"
#include "load/load.h"
#include "output/planfmt.h"
#include "plan/planfile.h"
#include "base/usage.h"

/* Print M's diagnostics, each line prefixed with REV ("HEAD~1:file:3:4: error: ..."). */
static void print_diags(struct model *m, const char *rev)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&buf, &len);
	if (!f) {
		diags_print(&m->diags, stderr);
		return;
	}
	diags_print(&m->diags, f);
	fclose(f);
	for (char *line = buf, *nl; line && *line; line = nl ? nl + 1 : NULL) {
		nl = strchr(line, '\n');
		if (nl)
			*nl = '\0';
		/* a line naming a file names it at its revision, as git does: REV:PATH */
		if (rev && *line && strncmp(line, "error: ", 7) && strncmp(line, "warning: ", 9) && *line != ' ')
			fprintf(stderr, "%s:%s\n", rev, line);
		else
			fprintf(stderr, "%s\n", line);
		if (!nl)
			break;
	}
	free(buf);
}

/* "HEAD~1 (3f2a1b0c9d8e)" or "the working tree". */
static const char *side_name(struct arena *a, const struct model *m)
{
	if (!m->rev)
		return "the working tree";
	return arena_printf(a, "%s (%.12s)", m->rev, m->rev_commit);
}

static json_t *side_json(const struct model *m)
{
	json_t *o = json_object();
	json_object_set_new(o, "revision", m->rev ? json_string(m->rev) : json_null());
	json_object_set_new(o, "commit", m->rev ? json_string(m->rev_commit) : json_null());
	return o;
}

static void diff_json(const struct plan *p, const struct model *a, const struct model *b, struct strbuf *out)
{
	struct plan_counts c;
	json_t *root = json_object(), *sum = json_object(), *changes = json_array();
	plan_count(p, &c);
	json_object_set_new(root, "format", json_string("pgform-diff"));
	json_object_set_new(root, "version", json_integer(1));
	json_object_set_new(root, "from", side_json(a));
	json_object_set_new(root, "to", side_json(b));
	json_object_set_new(sum, "create", json_integer(c.create));
	json_object_set_new(sum, "rebuild", json_integer(c.rebuild));
	json_object_set_new(sum, "change", json_integer(c.change));
	json_object_set_new(sum, "drop", json_integer(c.drop));
	json_object_set_new(root, "summary", sum);
	for (unsigned i = 0; i < p->nsteps; i++) {
		const struct step *s = p->steps[i];
		json_t *o = json_object();
		json_object_set_new(o, "action", json_string(step_action_name(s->action)));
		json_object_set_new(o, "kind", json_string(obj_kind_name(s->kind)));
		json_object_set_new(o, "target", json_string(s->target));
		if (s->reason)
			json_object_set_new(o, "reason", json_string(s->reason));
		if (s->group_label)
			json_object_set_new(o, "group", json_string(s->group_label));
		json_object_set_new(o, "hazards", planfile_hazard_names(s->hazards));
		json_array_append_new(changes, o);
	}
	json_object_set_new(root, "changes", changes);
	char *text = json_dumps(root, JSON_INDENT(2) | JSON_PRESERVE_ORDER | JSON_ENSURE_ASCII);
	strbuf_addstr(out, text);
	strbuf_addch(out, '\n');
	free(text);
	json_decref(root);
}

int cmd_diff(int argc, char **argv)
{
	static const struct option lo[] = {
		{ "file", required_argument, NULL, 'f' },
		{ "today", required_argument, NULL, 'T' },
		{ "format", required_argument, NULL, 'F' },
		{ "detailed-exitcode", no_argument, NULL, 'E' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	const char *file = "pgform.yaml", *today_opt = NULL, *format = "text", *rev1, *rev2 = NULL;
	struct model a = { 0 }, b = { 0 };
	struct plan p;
	struct strbuf sb = STRBUF_INIT;
	int c, today, detailed = 0, ret = 1;

	memset(&p, 0, sizeof(p));
	optind = 1;
	while ((c = opts_next(argc, argv, "f:", lo)) != -1) {
		switch (c) {
		case 'f': file = optarg; break;
		case 'T': today_opt = optarg; break;
		case 'F': format = optarg; break;
		case 'E': detailed = 1; break;
		case 'h': return 0;
		default: return 1;
		}
	}
	if (optind >= argc)
		return usage_error(argv[0], "name the revision to compare from (and, after it, the one to compare "
				   "with; default: the working tree)");
	rev1 = argv[optind++];
	if (optind < argc)
		rev2 = argv[optind++];
	if (optind < argc)
		return usage_error(argv[0], "unexpected argument '%s'", argv[optind]);
	if (strcmp(format, "text") && strcmp(format, "json") && strcmp(format, "markdown"))
		return usage_error(argv[0], "unknown format '%s'; expected text, json or markdown", format);
	if (today_resolve(today_opt, &today) < 0)
		return 1;
	if (model_load_rev(&a, file, today, rev1) < 0) {
		print_diags(&a, rev1);
		goto done;
	}
	if (model_load_rev(&b, file, today, rev2) < 0) {
		print_diags(&b, rev2);
		goto done;
	}
	statediff(&p, &a, &b);
	const char *from = side_name(&p.arena, &a), *to = side_name(&p.arena, &b);
	if (!strcmp(format, "json")) {
		diff_json(&p, &a, &b, &sb);
	} else if (!strcmp(format, "markdown")) {
		p.title = arena_printf(&p.arena, "pgform diff %s → %s", from, to);
		if (p.nsteps)
			planfmt_markdown(&p, 0, &sb);
		else
			strbuf_addf(&sb, "### %s\n\nNo differences.\n", p.title);
	} else {
		strbuf_addf(&sb, "pgform diff %s → %s\n\n", from, to);
		if (p.nsteps)
			planfmt_text(&p, 0, &sb);
		else
			strbuf_addstr(&sb, "No differences.\n");
	}
	fwrite(sb.buf, 1, sb.len, stdout);
	if (fflush(stdout)) {
		error("cannot write the diff");
		goto done;
	}
	ret = detailed && p.nsteps ? 2 : 0;
done:
	strbuf_release(&sb);
	plan_free(&p);
	model_free(&a);
	model_free(&b);
	return ret;
}
