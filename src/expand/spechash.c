#include "expand/spechash.h"

#include <stdio.h>
#include <string.h>
#include <xxhash.h>

#include "expand/render.h"

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

static void relation_spec(struct model *m, XXH3_state_t *st, const struct relation *r)
{
	struct strbuf sb = STRBUF_INIT;
	put_int(st, r->origin);
	if (r->origin == REL_YEARLY) {
		render_columns(r->tmpl, &sb);
		put(st, sb.buf);
		put_int(st, r->first_day);
		put_int(st, r->last_day);
		strbuf_reset(&sb);
		/* where the rows come from */
		render_remote_query(m, r, &sb);
		put(st, sb.buf);
		put(st, r->tenant->server);
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

unsigned long long spec_hash(struct model *m, const struct object *o)
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
		relation_spec(m, st, (const struct relation *)o);
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

void hash_hex(unsigned long long h, char out[17])
{
	snprintf(out, 17, "%016llx", h);
}

unsigned long long model_hash(struct model *m)
{
	XXH3_state_t *st = XXH3_createState();
	unsigned long long h;
	XXH3_64bits_reset(st);
	for (unsigned i = 0; i < m->nobjs; i++) {
		unsigned long long x = spec_hash(m, m->objs[m->order[i]]);
		XXH3_64bits_update(st, &x, sizeof(x));
	}
	h = XXH3_64bits_digest(st);
	XXH3_freeState(st);
	return h;
}
