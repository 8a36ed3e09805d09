/*
 * pgform drift: has anyone changed the warehouse by hand since the last
 * apply?  Compares the live catalog with what the last applies recorded
 * (pgform.stamps: each object's aspects as they left it), not with the
 * YAML: objects changed (definition, owner, privileges, comment, columns,
 * indexes, cron schedule...), dropped, or added inside the schemas
 * pgform made.  Exit 2 when anything drifted.
 */
#include <jansson.h>
#include <stdio.h>
#include <string.h>

#include "cmd/cmd.h"
#include "cmd/opts.h"
#include "catalog/catalog.h"
#include "catalog/db.h"
#include "catalog/state.h"
#include "base/hashmap.h"
#include "base/usage.h"

struct finding {
	char sym;               /* '~' changed, '-' dropped, '+' added */
	const char *kind;       /* the YAML word */
	const char *ident;
	char *what;             /* changed: the aspects, "definition, owner" (malloc'd) */
};

/* The names of the aspects that differ between "a=H b=H" lists WAS and NOW: malloc'd, "" when none. */
static char *aspects_differ(const char *was, const char *now)
{
	struct strbuf out = STRBUF_INIT;
	char *w = xstrdup(was), *save = NULL;
	for (char *t = strtok_r(w, " ", &save); t; t = strtok_r(NULL, " ", &save)) {
		char *eq = strchr(t, '=');
		if (!eq)
			continue;
		/* the same NAME=H in NOW, delimited */
		const char *p = now;
		int same = 0;
		size_t tl = strlen(t);
		while ((p = strstr(p, t))) {
			if ((p == now || p[-1] == ' ') && (p[tl] == ' ' || p[tl] == '\0')) {
				same = 1;
				break;
			}
			p += tl;
		}
		if (!same)
			strbuf_addf(&out, "%s%.*s", out.len ? ", " : "", (int)(eq - t), t);
	}
	free(w);
	return strbuf_detach(&out, NULL);
}

static const char *kind_words(const char *yaml_kind)
{
	for (int k = 0; k < OBJ__COUNT; k++)
		if (!strcmp(obj_kind_name(k), yaml_kind))
			return obj_kind_words(k);
	return yaml_kind;
}

int cmd_drift(int argc, char **argv)
{
	static const struct option lo[] = {
		{ "dbname", required_argument, NULL, 'd' },
		{ "format", required_argument, NULL, 'F' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	const char *conninfo = NULL, *format = "text";
	struct catalog cat;
	struct hashmap live = HASHMAP_INIT, stamped = HASHMAP_INIT;
	struct finding *f = NULL;
	unsigned nf = 0, af = 0;
	PGconn *c = NULL;
	PGresult *st = NULL, *ap = NULL, *own = NULL;
	int ch, ret = 1;

	memset(&cat, 0, sizeof(cat));
	optind = 1;
	while ((ch = opts_next(argc, argv, "d:", lo)) != -1) {
		switch (ch) {
		case 'd': conninfo = optarg; break;
		case 'F': format = optarg; break;
		case 'h': return 0;
		default: return 1;
		}
	}
	if (optind < argc)
		return usage_error(argv[0], "unexpected argument '%s'", argv[optind]);
	if (strcmp(format, "text") && strcmp(format, "json"))
		return usage_error(argv[0], "unknown format '%s'; expected text or json", format);
	if (!(c = db_connect(conninfo)))
		return 1;
	int v = state_exists(c);
	if (v < 0)
		goto done;
	if (!v) {
		error("no apply is recorded in database '%s' (no schema pgform): drift compares the database with "
		      "what the last apply left", PQdb(c));
		goto done;
	}
	cat.conninfo = conninfo ? conninfo : "";
	if (catalog_read(&cat, c, NULL) < 0)
		goto done;
	/* pgform.stamps appeared with schema version 6 */
	st = db_query(c, "cannot read schema pgform", "SELECT pg_catalog.to_regclass('pgform.stamps') IS NULL",
		      0, NULL);
	if (!st)
		goto done;
	if (PQgetvalue(st, 0, 0)[0] == 't') {
		error("the last apply was made by an older pgform, which recorded nothing to compare with; "
		      "apply once with this version");
		goto done;
	}
	PQclear(st);
	st = db_query(c, "cannot read what the last apply recorded (pgform.stamps)",
		      "SELECT kind, ident, aspects FROM pgform.stamps ORDER BY 1, 2", 0, NULL);
	ap = db_query(c, "cannot read the applies",
		      "SELECT max(apply_id)::text, (SELECT finished_at::timestamptz(0)::text FROM pgform.applies "
		      "WHERE id = (SELECT max(apply_id) FROM pgform.stamps)) FROM pgform.stamps", 0, NULL);
	/* the schemas pgform made: what appears in them was put there by hand */
	own = db_query(c, "cannot read pgform's record",
		       "SELECT ident FROM pgform.objects WHERE kind = 'schema' ORDER BY 1", 0, NULL);
	if (!st || !ap || !own)
		goto done;
	if (!PQntuples(st)) {
		error("nothing is recorded to compare with: no complete apply by this version of pgform yet");
		goto done;
	}
	for (unsigned i = 0; i < cat.m.nobjs; i++) {
		struct object *o = cat.m.objs[i];
		hashmap_put(&live, arena_printf(&cat.m.arena, "%s %s", obj_kind_name(o->kind), o->ident), o);
	}
	for (int i = 0; i < PQntuples(st); i++) {
		const char *kind = PQgetvalue(st, i, 0), *ident = PQgetvalue(st, i, 1), *was = PQgetvalue(st, i, 2);
		const char *key = arena_printf(&cat.m.arena, "%s %s", kind, ident);
		struct object *l = hashmap_get(&live, key);
		hashmap_put(&stamped, key, (void *)key);
		struct strbuf now = STRBUF_INIT;
		char *what = NULL;
		if (l) {
			catalog_aspects(l, &now);
			what = aspects_differ(was, now.buf);
			strbuf_release(&now);
			if (!*what) {
				free(what);
				continue;
			}
		}
		ALLOC_GROW(f, nf + 1, af);
		f[nf++] = (struct finding){ l ? '~' : '-', kind, ident, what };
	}
	/* relations and functions added in a schema pgform made */
	for (unsigned i = 0; i < cat.m.nobjs; i++) {
		struct object *o = cat.m.objs[i];
		int mine = 0;
		if (!o->schema || (o->kind != OBJ_TABLE && o->kind != OBJ_VIEW && o->kind != OBJ_MATVIEW &&
				   o->kind != OBJ_FUNCTION) || strstr(o->name, "__pgform_"))
			continue;
		for (int k = 0; k < PQntuples(own) && !mine; k++)
			mine = !strcmp(PQgetvalue(own, k, 0), o->schema);
		if (!mine || hashmap_get(&stamped, arena_printf(&cat.m.arena, "%s %s", obj_kind_name(o->kind), o->ident)))
			continue;
		ALLOC_GROW(f, nf + 1, af);
		f[nf++] = (struct finding){ '+', obj_kind_name(o->kind), o->ident, NULL };
	}
	const char *apply_id = PQgetvalue(ap, 0, 0), *when = PQgetvalue(ap, 0, 1);
	if (!strcmp(format, "json")) {
		json_t *root = json_object(), *arr = json_array();
		json_object_set_new(root, "database", json_string(cat.database));
		json_object_set_new(root, "apply", json_integer(atoll(apply_id)));
		for (unsigned i = 0; i < nf; i++) {
			json_t *o = json_object();
			json_object_set_new(o, "change", json_string(f[i].sym == '~' ? "changed" :
								     f[i].sym == '-' ? "dropped" : "added"));
			json_object_set_new(o, "kind", json_string(f[i].kind));
			json_object_set_new(o, "name", json_string(f[i].ident));
			if (f[i].what) {
				json_t *a = json_array();
				char *w = xstrdup(f[i].what), *save = NULL;
				for (char *t = strtok_r(w, ", ", &save); t; t = strtok_r(NULL, ", ", &save))
					json_array_append_new(a, json_string(t));
				free(w);
				json_object_set_new(o, "aspects", a);
			}
			json_array_append_new(arr, o);
		}
		json_object_set_new(root, "drift", arr);
		char *text = json_dumps(root, JSON_INDENT(2) | JSON_PRESERVE_ORDER | JSON_ENSURE_ASCII);
		printf("%s\n", text);
		free(text);
		json_decref(root);
	} else {
		for (unsigned i = 0; i < nf; i++) {
			if (f[i].sym == '~')
				printf("~ %s %s (changed by hand: %s)\n", kind_words(f[i].kind), f[i].ident, f[i].what);
			else if (f[i].sym == '-')
				printf("- %s %s (dropped by hand)\n", kind_words(f[i].kind), f[i].ident);
			else
				printf("+ %s %s (added by hand in a schema pgform made)\n", kind_words(f[i].kind),
				       f[i].ident);
		}
		if (nf)
			printf("\nDrift: %u object%s differ%s from what apply %s left (%s).\n", nf, nf == 1 ? "" : "s",
			       nf == 1 ? "s" : "", apply_id, when);
		else
			printf("No drift: the database is as apply %s left it (%s).\n", apply_id, when);
	}
	if (fflush(stdout)) {
		error("cannot write the report");
		goto done;
	}
	ret = nf ? 2 : 0;
done:
	for (unsigned i = 0; i < nf; i++)
		free(f[i].what);
	free(f);
	hashmap_free(&live);
	hashmap_free(&stamped);
	PQclear(st);
	PQclear(ap);
	PQclear(own);
	catalog_free(&cat);
	if (c)
		PQfinish(c);
	return ret;
}
