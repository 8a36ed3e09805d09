#include "expand/spechash.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <xxhash.h>

#include "expand/render.h"
#include "base/strbuf.h"
#include "base/usage.h"

static void put(XXH3_state_t *st, const char *s)
{
	if (!s)
		s = "\x01";
	XXH3_64bits_update(st, s, strlen(s) + 1);
}

static void put_int(XXH3_state_t *st, long long v)
{
	char b[32];
	snprintf(b, sizeof(b), "%lld", v);
	put(st, b);
}

/*
 * PostgreSQL's own name of type T (its aliases of Table 8.1, lower case,
 * blanks collapsed): "timestamptz" and "TIMESTAMP WITH TIME ZONE" are
 * "timestamp with time zone", "int" is "integer", "varchar(9)" is
 * "character varying(9)".  Modifiers and [] are kept as written.
 */
static void canon_type(const char *t, struct strbuf *out)
{
	static const char *const alias[][2] = {
		{ "int", "integer" }, { "int4", "integer" }, { "int2", "smallint" }, { "int8", "bigint" },
		{ "bool", "boolean" }, { "float4", "real" }, { "float8", "double precision" },
		{ "float", "double precision" }, { "decimal", "numeric" }, { "varchar", "character varying" },
		{ "char", "character" }, { "varbit", "bit varying" }, { "timestamptz", "timestamp with time zone" },
		{ "timestamp", "timestamp without time zone" }, { "timetz", "time with time zone" },
		{ "time", "time without time zone" }, { "serial", "integer" }, { "bigserial", "bigint" },
	};
	struct strbuf base = STRBUF_INIT;
	const char *mod = t + strcspn(t, "([");
	for (const char *p = t; p < mod; p++) {
		char ch = *p >= 'A' && *p <= 'Z' ? (char)(*p + 32) : *p;
		if (ch == ' ' || ch == '\t' || ch == '\n') {
			if (base.len && base.buf[base.len - 1] != ' ')
				strbuf_addch(&base, ' ');
			continue;
		}
		strbuf_addch(&base, ch);
	}
	strbuf_rtrim(&base);
	const char *name = base.buf;
	for (size_t i = 0; i < sizeof(alias) / sizeof(alias[0]); i++)
		if (!strcmp(name, alias[i][0]))
			name = alias[i][1];
	strbuf_addstr(out, name);
	for (const char *p = mod; *p; p++)
		if (*p != ' ')
			strbuf_addch(out, *p);
	strbuf_release(&base);
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/*
 * A yearly table's spec: its rows come from the remote query, which is not
 * in the catalog, so only the record can tell it changed.  LEGACY: as the
 * spec was first written (columns, query and indexes as spelt); else
 * types by PostgreSQL's names, the query without trailing blanks and the
 * indexes in order, so a state written another way (by import) matches.
 */
static void yearly_spec(struct model *m, XXH3_state_t *st, const struct relation *r, int legacy)
{
	struct strbuf sb = STRBUF_INIT;
	const struct template *t = r->tmpl;
	if (legacy) {
		render_columns(t, &sb);
	} else {
		for (unsigned i = 0; i < t->ncolumns; i++) {
			strbuf_addstr(&sb, i ? ", " : "");
			strbuf_addstr(&sb, t->columns[i].name);
			strbuf_addch(&sb, ' ');
			canon_type(t->columns[i].type, &sb);
		}
	}
	put(st, sb.buf);
	put_int(st, r->first_day);
	put_int(st, r->last_day);
	strbuf_reset(&sb);
	/* where the rows come from */
	render_remote_query(m, r, &sb);
	if (!legacy)
		strbuf_rtrim(&sb);
	put(st, sb.buf);
	put(st, r->tenant->server);
	unsigned n = render_nindexes(r);
	char **idx = xcalloc(n + 1, sizeof(*idx));
	for (unsigned i = 0; i < n; i++) {
		strbuf_reset(&sb);
		render_index(m, r, i, &sb);
		idx[i] = strbuf_detach(&sb, NULL);
	}
	if (!legacy)
		qsort(idx, n, sizeof(*idx), cmp_str);
	for (unsigned i = 0; i < n; i++) {
		put(st, idx[i]);
		free(idx[i]);
	}
	free(idx);
	strbuf_release(&sb);
}

static void relation_spec(struct model *m, XXH3_state_t *st, const struct relation *r, int legacy)
{
	struct strbuf sb = STRBUF_INIT;
	put_int(st, r->origin);
	if (r->origin == REL_YEARLY) {
		yearly_spec(m, st, r, legacy);
		strbuf_release(&sb);
		return;
	} else {
		render_query(m, r, &sb);
		put(st, sb.buf);
	}
	for (unsigned i = 0; i < render_nindexes(r); i++) {
		strbuf_reset(&sb);
		render_index(m, r, i, &sb);
		put(st, sb.buf);
	}
	if (r->h.kind == OBJ_MATVIEW && r->origin == REL_USER) {
		put_int(st, r->refresh);
		put(st, r->refresh_stmt);
	}
	strbuf_release(&sb);
}

static unsigned long long spec_hash_as(struct model *m, const struct object *o, int legacy)
{
	XXH3_state_t *st = XXH3_createState();
	unsigned long long h;
	XXH3_64bits_reset(st);
	put(st, obj_kind_name(o->kind));
	put(st, o->ident);
	switch (o->kind) {
	case OBJ_EXTENSION: {
		const struct extension *e = (const void *)o;
		put(st, e->a.version);
		put(st, e->a.schema);
		break;
	}
	case OBJ_ROLE: {
		const struct role *r = (const void *)o;
		put_int(st, r->a.login);
		put_int(st, r->a.superuser);
		put_int(st, r->a.createdb);
		put_int(st, r->a.createrole);
		put_int(st, r->a.inherit);
		put_int(st, r->a.connection_limit);
		put(st, r->password_env);
		put(st, r->password_file);
		for (unsigned i = 0; i < r->a.nmember_of; i++)
			put(st, r->a.member_of[i]);
		break;
	}
	case OBJ_SERVER: {
		const struct tenant *t = ((const struct server *)o)->tenant;
		put(st, t->host);
		put_int(st, t->port);
		put(st, t->dbname);
		put(st, t->sslmode);
		put(st, t->options);
		break;
	}
	case OBJ_USER_MAPPING: {
		const struct user_mapping *u = (const void *)o;
		put(st, u->tenant->user);
		put(st, u->tenant->password_env);
		put(st, u->tenant->password_file);
		break;
	}
	case OBJ_FUNCTION:
		put(st, ((const struct function *)o)->sql.sql);
		break;
	case OBJ_TABLE:
	case OBJ_MATVIEW:
	case OBJ_VIEW:
		relation_spec(m, st, (const struct relation *)o, legacy);
		break;
	case OBJ_CRON: {
		const struct cron_job *c = (const void *)o;
		put(st, c->schedule);
		put(st, c->command.sql);
		put(st, c->database);
		put(st, c->username);
		put_int(st, c->active);
		break;
	}
	case OBJ_CHECK:
		put(st, ((const struct check *)o)->sql.sql);
		break;
	default:
		break;
	}
	h = XXH3_64bits_digest(st);
	XXH3_freeState(st);
	return h;
}

unsigned long long spec_hash(struct model *m, const struct object *o)
{
	return spec_hash_as(m, o, 0);
}

unsigned long long spec_hash_legacy(struct model *m, const struct object *o)
{
	return spec_hash_as(m, o, 1);
}

void hash_hex(unsigned long long h, char out[17])
{
	snprintf(out, 17, "%016llx", h);
}

/*
 * 1 when O's spec_hash() is its spec_hash_legacy() and depends on O
 * alone: not a yearly table (spelt otherwise at first), not a view over
 * parts (which leaves out the parts a plan finds will not be built).
 */
static int spec_alone(const struct object *o)
{
	if (o->kind != OBJ_TABLE && o->kind != OBJ_MATVIEW && o->kind != OBJ_VIEW)
		return 1;
	const struct relation *r = (const void *)o;
	return r->origin != REL_YEARLY && r->origin != REL_UNION && r->origin != REL_PUBLIC;
}

unsigned long long model_hash(struct model *m)
{
	return model_hash_known(m, NULL);
}

unsigned long long model_hash_known(struct model *m, const unsigned long long *known)
{
	XXH3_state_t *st = XXH3_createState();
	unsigned long long h;
	XXH3_64bits_reset(st);
	for (unsigned i = 0; i < m->nobjs; i++) {
		const struct object *o = m->objs[m->order[i]];
		/* as first defined: the fingerprints of plans made before stay what they were */
		unsigned long long x = known && spec_alone(o) ? known[o->id] : spec_hash_legacy(m, o);
		XXH3_64bits_update(st, &x, sizeof(x));
	}
	if (m->extensions_exclusive)    /* only when set: other states keep their fingerprints */
		XXH3_64bits_update(st, "exclusive: [extensions]", 23);
	h = XXH3_64bits_digest(st);
	XXH3_freeState(st);
	return h;
}
