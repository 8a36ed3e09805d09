/*
 * diff_sql.c: the steps of a plan and their statements: create, alter in
 * place, replace, rebuild by temp-build-and-swap, drop and create again,
 * and drops of what pgform manages but no longer wants.  Every name goes
 * through quote.c.  Writers append statements to a strbuf, each ended by
 * sql_end(), and hand the buffer to the step's phase (stmt_split()); a
 * password goes where secret_here() is called and is named in the step,
 * never written.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <xxhash.h>

#include "base/datecalc.h"
#include "catalog/db.h"
#include "diff/decide.h"
#include "diff/diff_int.h"
#include "sql/quote.h"
#include "expand/render.h"
#include "expand/spechash.h"
#include "base/usage.h"

static const char *adup(struct dctx *x, const struct strbuf *sb)
{
	return arena_strndup(&x->p->arena, sb->buf, sb->len);
}

static const char *rel_word(enum obj_kind k)
{
	return k == OBJ_VIEW ? "VIEW" : k == OBJ_MATVIEW ? "MATERIALIZED VIEW" : "TABLE";
}

static void qrel(struct strbuf *sb, const char *schema, const char *name)
{
	quote_qualified(sb, schema, name);
}

/* "TABLE s.n" as GRANT/REVOKE name it. */
static const char *acl_object(struct dctx *x, const char *schema, const char *name)
{
	struct strbuf sb = STRBUF_INIT;
	strbuf_addstr(&sb, "TABLE ");
	qrel(&sb, schema, name);
	const char *r = adup(x, &sb);
	strbuf_release(&sb);
	return r;
}

/* ---- desired privileges ---- */

static void add_items(struct acl *a, const struct grant_list *g, enum acl_class c)
{
	for (unsigned i = 0; i < g->n; i++) {
		unsigned bits = 0;
		for (unsigned k = 0; k < g->v[i].nprivs; k++)
			bits |= acl_bit_of(g->v[i].privs[k], c);
		acl_add(a, g->v[i].role, bits, g->v[i].with_grant_option);
	}
}

static void add_grant(struct acl *a, const struct grant *g, enum acl_class c)
{
	unsigned bits = 0;
	for (unsigned k = 0; k < g->nprivs; k++)
		bits |= acl_bit_of(g->privs[k], c);
	acl_add(a, g->role, bits, g->with_grant_option);
}

/* Default privileges declared for objects OWNER creates in SCHEMA. */
static void add_defaults(struct dctx *x, struct acl *a, const char *schema, const char *owner,
			 int functions, enum acl_class c)
{
	for (unsigned i = 0; i < x->ngrants; i++) {
		const struct grant *g = x->grants[i];
		if (g->target != (functions ? GRANT_ON_DEFAULT_FUNCTIONS : GRANT_ON_DEFAULT_TABLES))
			continue;
		const char *who = g->for_role ? g->for_role : x->cat->current_user;
		if (strcmp(who, owner) || strcmp(g->target_schema, schema))
			continue;
		add_grant(a, g, c);
	}
}

/* The ACL relation R must have, owned by OWNER. */
static void want_rel_acl(struct dctx *x, const struct relation *r, const char *owner, struct acl *a)
{
	acl_default(a, ACLC_TABLE, owner);
	add_items(a, &r->grants, ACLC_TABLE);
	for (unsigned i = 0; i < x->ngrants; i++) {
		const struct grant *g = x->grants[i];
		if (!g->target_schema || strcmp(g->target_schema, r->h.schema))
			continue;
		if (g->target == GRANT_ON_ALL_TABLES ||
		    (g->target == GRANT_ON_TABLE && !strcmp(g->target_name, r->h.name)))
			add_grant(a, g, ACLC_TABLE);
	}
	add_defaults(x, a, r->h.schema, owner, 0, ACLC_TABLE);
}

static void want_schema_acl(struct dctx *x, const struct object *s, const char *owner, struct acl *a)
{
	acl_default(a, ACLC_SCHEMA, owner);
	for (unsigned i = 0; i < x->ngrants; i++) {
		const struct grant *g = x->grants[i];
		if (g->target == GRANT_ON_SCHEMA &&
		    !strcmp(g->target_schema, s->name))
			add_grant(a, g, ACLC_SCHEMA);
	}
}

static void want_function_acl(struct dctx *x, const struct function *f, const char *owner,
			      struct acl *a)
{
	acl_default(a, ACLC_FUNCTION, owner);
	for (unsigned i = 0; i < x->ngrants; i++) {
		const struct grant *g = x->grants[i];
		if (!g->target_schema || strcmp(g->target_schema, f->h.schema))
			continue;
		if (g->target == GRANT_ON_ALL_FUNCTIONS)
			add_grant(a, g, ACLC_FUNCTION);
		if (g->target == GRANT_ON_FUNCTION) {
			/* "name(args)" compares with the function's own identity */
			struct strbuf sb = STRBUF_INIT;
			strbuf_addf(&sb, "%s(%s)", f->h.name, f->args);
			char *nospace = xstrdup(g->target_name), *o = nospace;
			for (const char *p = g->target_name; *p; p++)
				if (*p != ' ')
					*o++ = *p;
			*o = '\0';
			char *mine = xstrdup(sb.buf);
			o = mine;
			for (const char *p = sb.buf; *p; p++)
				if (*p != ' ')
					*o++ = *p;
			*o = '\0';
			if (!strcasecmp(nospace, mine))
				add_grant(a, g, ACLC_FUNCTION);
			free(nospace);
			free(mine);
			strbuf_release(&sb);
		}
	}
	add_defaults(x, a, f->h.schema, owner, 1, ACLC_FUNCTION);
}

/* The ACL a new relation gets from the owner's default privileges. */
static void created_rel_acl(struct dctx *x, const char *schema, const char *owner, struct acl *a)
{
	acl_default(a, ACLC_TABLE, owner);
	add_defaults(x, a, schema, owner, 0, ACLC_TABLE);
}

/*
 * The ACL of a relation pgform creates in SCHEMA and then gives to OWNER:
 * the creator's default privileges, the creator's own defaults moving to
 * the owner with the ownership.
 */
static void given_rel_acl(struct dctx *x, const char *schema, const char *owner, struct acl *a)
{
	const char *creator = x->cat->current_user;
	created_rel_acl(x, schema, creator, a);
	if (!strcmp(owner, creator))
		return;
	struct acl moved;
	acl_default(&moved, ACLC_TABLE, owner);
	for (unsigned i = 0; i < a->n; i++)
		if (strcmp(a->v[i].grantee, creator))
			acl_add(&moved, a->v[i].grantee[0] ? a->v[i].grantee : "PUBLIC", a->v[i].privs, 0);
	*a = moved;
}

/* ---- statements for attributes ---- */

static void owner_sql(struct strbuf *sb, const char *word, const char *schema, const char *name,
		      const char *owner)
{
	strbuf_addf(sb, "ALTER %s ", word);
	qrel(sb, schema, name);
	strbuf_addstr(sb, " OWNER TO ");
	quote_ident(sb, owner);
	sql_end(sb);
}

static void comment_sql(struct strbuf *sb, const char *word, const char *schema, const char *name,
			const char *comment)
{
	strbuf_addf(sb, "COMMENT ON %s ", word);
	qrel(sb, schema, name);
	strbuf_addstr(sb, " IS ");
	if (comment)
		quote_literal(sb, comment);
	else
		strbuf_addstr(sb, "NULL");
	sql_end(sb);
}

/*
 * Owner, privileges and comment of relation R built as SCHEMA.NAME (its
 * own name, or a temporary one): what a fresh one needs.
 */
static void rel_attrs_new(struct dctx *x, const struct relation *r, const char *name,
			  const char *owner, struct strbuf *sb)
{
	struct acl have, want;
	if (strcmp(owner, x->cat->current_user))
		owner_sql(sb, rel_word(r->h.kind), r->h.schema, name, owner);
	given_rel_acl(x, r->h.schema, owner, &have);
	want_rel_acl(x, r, owner, &want);
	acl_diff_sql(sb, &have, &want, acl_object(x, r->h.schema, name), ACLC_TABLE, owner, 0);
	if (r->comment)
		comment_sql(sb, rel_word(r->h.kind), r->h.schema, name, r->comment);
}

static const char *rel_owner(struct dctx *x, const struct relation *r, const struct live_rel *l)
{
	if (r->owner)
		return r->owner;
	return l ? l->owner : x->cat->current_user;
}

/* ---- relations ---- */

static void create_rel_sql(struct dctx *x, const struct relation *r, const char *name,
			   int index_tmp, struct strbuf *sb);

/*
 * 1 when live PART of day DAY holds what the template gives today: its
 * record says it was built from the same spec (a part with no record,
 * built by hand, is taken as it is).
 */
static int part_is_current(struct dctx *x, const struct relation *r, int day, struct live_rel *part)
{
	const struct record_entry *e = catalog_record(x->cat, OBJ_MATVIEW, part->h.ident);
	char hex[17];
	if (!e || !e->spec_hash)
		return 1;
	struct relation tmp = *r;
	tmp.h.kind = OBJ_MATVIEW;
	tmp.origin = REL_PART;
	tmp.day = day;
	tmp.h.name = part->h.name;
	tmp.h.ident = part->h.ident;
	hash_hex(spec_hash(x->m, &tmp.h), hex);
	return !strcmp(hex, e->spec_hash);
}

/* The SELECT that fills yearly table R: its parts that exist, dblink for the rest. */
static void yearly_query(struct dctx *x, const struct relation *r, int from_parts,
			 struct strbuf *sb, struct strbuf *check)
{
	struct model *m = x->m;
	unsigned n = 0;
	struct strbuf cols = STRBUF_INIT, rq = STRBUF_INIT;
	for (unsigned i = 0; i < r->tmpl->ncolumns; i++) {
		if (i)
			strbuf_addstr(&cols, ", ");
		quote_ident(&cols, r->tmpl->columns[i].name);
	}
	for (int day = r->first_day; day <= r->last_day; day++) {
		char sfx[11];
		struct live_rel *part = NULL;
		date_format_suffix(day, sfx);
		if (from_parts) {
			struct strbuf q = STRBUF_INIT;
			strbuf_addf(&q, "%s.%s_%s", r->h.schema, r->tmpl->name, sfx);
			part = catalog_rel(x->cat, q.buf);
			strbuf_release(&q);
			if (part && part->h.kind != OBJ_MATVIEW)
				part = NULL;
			if (part && !part_is_current(x, r, day, part))
				part = NULL;
		}
		if (n++)
			strbuf_addstr(sb, "\nUNION ALL\n");
		if (part) {
			strbuf_addf(sb, "SELECT %s FROM ", cols.buf);
			qrel(sb, part->h.schema, part->h.name);
			strbuf_addstr(check, check->len ? " + " : "");
			strbuf_addstr(check, "(SELECT count(*) FROM ");
			qrel(check, part->h.schema, part->h.name);
			strbuf_addch(check, ')');
			continue;
		}
		/* a day with no part: straight from the source */
		struct relation tmp = *r;
		tmp.origin = REL_PART;
		tmp.day = day;
		tmp.h.name = arena_printf(&m->arena, "%s_%s", r->tmpl->name, sfx);
		strbuf_reset(&rq);
		render_remote_query(m, &tmp, &rq);
		strbuf_addstr(sb, "SELECT * FROM ");
		render_dblink(m, sb);
		strbuf_addch(sb, '(');
		quote_literal(sb, r->tenant->server);
		strbuf_addstr(sb, ", ");
		quote_literal(sb, rq.buf);
		strbuf_addstr(sb, ") AS t(");
		render_columns(r->tmpl, sb);
		strbuf_addch(sb, ')');
	}
	strbuf_release(&cols);
	strbuf_release(&rq);
}

/* CREATE statement(s) of R under NAME, with indexes named for NAME. */
static void create_rel_sql(struct dctx *x, const struct relation *r, const char *name,
			   int from_parts, struct strbuf *sb)
{
	struct strbuf check = STRBUF_INIT;
	if (r->origin == REL_YEARLY) {
		strbuf_addstr(sb, "CREATE TABLE ");
		qrel(sb, r->h.schema, name);
		strbuf_addstr(sb, " AS\n");
		yearly_query(x, r, from_parts, sb, &check);
		sql_end(sb);
	} else {
		strbuf_addf(sb, "CREATE %s ", rel_word(r->h.kind));
		qrel(sb, r->h.schema, name);
		strbuf_addstr(sb, " AS\n");
		render_query(x->m, r, sb);
		sql_end(sb);
	}
	for (unsigned i = 0; i < render_nindexes(r); i++) {
		struct strbuf iname = STRBUF_INIT;
		index_name(name, i, &iname);
		render_index_named(x->m, r, i, name, iname.buf, sb);
		sql_end(sb);
		strbuf_release(&iname);
	}
	if (check.len) {
		/* the yearly table holds exactly the rows of the parts it was built from */
		struct strbuf body = STRBUF_INIT, msg = STRBUF_INIT;
		strbuf_addstr(&body, "BEGIN IF (SELECT count(*) FROM ");
		qrel(&body, r->h.schema, name);
		strbuf_addf(&body, ") <> (SELECT %s) THEN RAISE EXCEPTION ", check.buf);
		strbuf_addf(&msg, "row count of %s.%s does not match its daily parts", r->h.schema, name);
		quote_literal(&body, msg.buf);
		strbuf_addstr(&body, "; END IF; END");
		strbuf_addstr(sb, "DO ");
		quote_dollar(sb, body.buf);
		sql_end(sb);
		strbuf_release(&body);
		strbuf_release(&msg);
	}
	strbuf_release(&check);
}

static void drop_rel_sql(struct strbuf *sb, enum obj_kind k, const char *schema, const char *name)
{
	strbuf_addf(sb, "DROP %s ", rel_word(k));
	qrel(sb, schema, name);
	sql_end(sb);
}

static long long rows_of(const struct live_rel *l)
{
	return l && l->reltuples >= 0 ? (long long)l->reltuples : -1;
}

/* Append the statements of SB to phase L of S, with the secrets SB names. */
static void add_phase(struct dctx *x, struct step *s, struct stmt_list *l, const struct strbuf *sb)
{
	stmt_split(x->p, s, l, sb->buf, sb->len, x->pending, x->npending);
	x->npending = 0;
}

/* A new step whose swap phase is SQL. */
static struct step *new_step(struct dctx *x, enum step_action a, const struct object *o,
			     const struct strbuf *sql, const char *reason)
{
	struct step *s = plan_add_step(x->p, a, o);
	add_phase(x, s, &s->swap, sql);
	s->reason = reason;
	return s;
}

/* S is undone by the statements of INV (none: nothing to undo). */
static void set_inverse(struct dctx *x, struct step *s, const struct strbuf *inv)
{
	s->inverse.n = 0;
	stmt_split(x->p, s, &s->inverse, inv->buf, inv->len, NULL, 0);
	s->irreversible = NULL;
}

/* Where a password goes in the statement being written to SB. */
static void secret_here(struct dctx *x, struct strbuf *sb, const char *env, const char *file, int verifier)
{
	if (x->npending < sizeof(x->pending) / sizeof(x->pending[0]))
		x->pending[x->npending++] = (struct secret_ref){ env, file, verifier };
	sql_secret(sb);
}

static const char *part_label(struct dctx *x, const struct relation *r)
{
	if (r->origin == REL_PART)
		return arena_printf(&x->p->arena, "daily parts of %s.%s", r->h.schema, r->tmpl->union_view);
	if (r->origin == REL_YEARLY)
		return arena_printf(&x->p->arena, "yearly tables of %s.%s", r->h.schema, r->tmpl->union_view);
	return NULL;
}

/* For a part or yearly table: the tenant source it reads, to name when it fails. */
static const struct step_source *step_source(struct dctx *x, const struct relation *r)
{
	if ((r->origin != REL_PART && r->origin != REL_YEARLY) || !r->tenant || !r->tmpl)
		return NULL;
	struct step_source *src = arena_alloc(&x->p->arena, sizeof(*src));
	struct strbuf cols = STRBUF_INIT;
	render_columns(r->tmpl, &cols);
	src->tenant = r->tenant->key;
	src->server = r->tenant->server;
	src->tmpl = r->tmpl->name;
	src->columns = adup(x, &cols);
	strbuf_release(&cols);
	return src;
}

/* Live views that read relation L directly. */
static unsigned live_dependents(struct dctx *x, const struct live_rel *l, struct live_rel **out,
				unsigned max)
{
	unsigned n = 0;
	for (unsigned i = 0; i < x->cat->m.nobjs && n < max; i++) {
		struct live_rel *v = (struct live_rel *)x->cat->m.objs[i];
		if (v->h.kind != OBJ_VIEW && v->h.kind != OBJ_MATVIEW)
			continue;
		for (unsigned k = 0; k < v->nrefs; k++)
			if (v->refs[k] == l->oid) {
				out[n++] = v;
				break;
			}
	}
	return n;
}

/* Append the live readers of L, transitively, readers of readers first, each once. */
static void readers_outside_in(struct dctx *x, const struct live_rel *l, struct live_rel **out,
			       unsigned *n, unsigned max, char *seen)
{
	struct live_rel *deps[4096];
	unsigned nd = live_dependents(x, l, deps, 4096);
	for (unsigned i = 0; i < nd; i++) {
		if (seen[deps[i]->h.id])
			continue;
		seen[deps[i]->h.id] = 1;
		readers_outside_in(x, deps[i], out, n, max, seen);
		if (*n < max)
			out[(*n)++] = deps[i];
	}
}

/*
 * The views a swap of L locks first, in the order readers take their
 * locks (the public view, then the union view; RENAME then locks L), so a
 * swap never holds a part while waiting for a view a reader holds while
 * waiting for that part.  Quoted qualified names in the plan's arena.
 * (LOCK does not take materialized views; their parts are renamed.)
 */
static const char **lock_list(struct dctx *x, const struct live_rel *l, unsigned *nout)
{
	struct live_rel **list = xcalloc(x->cat->m.nobjs + 1, sizeof(*list));
	char *seen = xcalloc(x->cat->m.nobjs + 1, 1);
	unsigned n = 0, views = 0;
	readers_outside_in(x, l, list, &n, x->cat->m.nobjs, seen);
	for (unsigned i = 0; i < n; i++)
		views += list[i]->h.kind == OBJ_VIEW;
	const char **out = views ? arena_alloc(&x->p->arena, views * sizeof(*out)) : NULL;
	views = 0;
	for (unsigned i = 0; i < n; i++) {
		if (list[i]->h.kind != OBJ_VIEW)
			continue;
		struct strbuf sb = STRBUF_INIT;
		qrel(&sb, list[i]->h.schema, list[i]->h.name);
		out[views++] = adup(x, &sb);
		strbuf_release(&sb);
	}
	free(list);
	free(seen);
	*nout = views;
	return out;
}

/* The LOCK statement of lock_list(), for an undo. */
static void lock_sql(struct dctx *x, const struct live_rel *l, struct strbuf *sb)
{
	struct step tmp;
	memset(&tmp, 0, sizeof(tmp));
	tmp.lock = lock_list(x, l, &tmp.nlock);
	if (!tmp.nlock)
		return;
	step_lock_sql(&tmp, sb);
	sql_end(sb);
}

/* Temporary names: NAME__pgform_new / NAME__pgform_old, shortened to fit. */
static const char *tmp_name(struct dctx *x, const char *name, const char *sfx)
{
	struct strbuf sb = STRBUF_INIT;
	ident_shorten(&sb, name, sfx);
	const char *r = adup(x, &sb);
	strbuf_release(&sb);
	return r;
}

static void rename_sql(struct strbuf *sb, const char *word, const char *schema, const char *from,
		       const char *to)
{
	strbuf_addf(sb, "ALTER %s ", word);
	qrel(sb, schema, from);
	strbuf_addstr(sb, " RENAME TO ");
	quote_ident(sb, to);
	sql_end(sb);
}

/*
 * "VERB VIEW s.NAME AS\n" and V's current definition, with the relations
 * SCHEMA.FROM[i] in it renamed to TO[i] (N of them, maybe none).
 */
static void view_sql(struct strbuf *sb, const char *verb, const struct live_rel *v, const char *name,
		     const char *schema, const char *const *from, const char *const *to, unsigned n)
{
	strbuf_addf(sb, "%s VIEW ", verb);
	qrel(sb, v->h.schema, name);
	strbuf_addstr(sb, " AS\n");
	size_t at = sb->len;
	if (n)
		quote_rename_relations(v->viewdef, schema, from, to, n, sb);
	else
		strbuf_addstr(sb, v->viewdef);
	strbuf_rtrim(sb);
	if (sb->len > at && sb->buf[sb->len - 1] == ';')
		strbuf_setlen(sb, sb->len - 1);
	sql_end(sb);
}

/*
 * Re-point direct view dependents of L with their current definitions,
 * the relations OTHERS (of L's schema, NOTHERS of them) named by their
 * old copies (NAME__pgform_old) instead.
 */
static void repoint_sql(struct dctx *x, const struct live_rel *l, const char *const *others,
			unsigned nothers, struct strbuf *sb)
{
	struct live_rel *deps[4096];
	unsigned n = live_dependents(x, l, deps, 4096);
	const char **to = xcalloc(nothers + 1, sizeof(*to));
	for (unsigned i = 0; i < nothers; i++)
		to[i] = tmp_name(x, others[i], "__pgform_old");
	for (unsigned i = 0; i < n; i++)
		if (deps[i]->h.kind == OBJ_VIEW && deps[i]->viewdef)
			view_sql(sb, "CREATE OR REPLACE", deps[i], deps[i]->h.name, l->h.schema, others, to,
				 nothers);
	free(to);
}

/*
 * The view a rebuild of L swaps by copy (see rebuild_step), or NULL: L's
 * only reader, a view that is not pinned (live_rel.pinned), that the
 * owner's own privileges on are the defaults, whose readers are all
 * views; every definition involved names what it reads qualified (as the
 * catalog reads them, with an empty search_path).
 */
static struct live_rel *copy_swap_view(struct dctx *x, const struct live_rel *l,
				       struct live_rel **readers, unsigned *nreaders)
{
	struct live_rel *deps[2];
	if (live_dependents(x, l, deps, 2) != 1)
		return NULL;
	struct live_rel *v = deps[0];
	if (v->h.kind != OBJ_VIEW || !v->viewdef || v->pinned || !strcmp(l->h.name, l->h.schema) ||
	    !strcmp(v->h.name, v->h.schema))
		return NULL;
	struct acl have, def;
	if (acl_parse(&have, v->acl, ACLC_TABLE, v->owner) < 0 || have.overflow)
		return NULL;
	acl_default(&def, ACLC_TABLE, v->owner);
	for (unsigned i = 0; i < have.n; i++)
		if (!strcmp(have.v[i].grantee, v->owner) &&
		    (have.v[i].privs != def.v[0].privs || have.v[i].grant_opts))
			return NULL;
	*nreaders = live_dependents(x, v, readers, 4096);
	if (*nreaders >= 4096)
		return NULL;
	struct strbuf sb = STRBUF_INIT;
	const char *from[1], *to[1];
	int ok = 1;
	from[0] = l->h.name;
	to[0] = l->h.name;
	ok = quote_rename_relations(v->viewdef, l->h.schema, from, to, 1, &sb) > 0;
	for (unsigned i = 0; i < *nreaders && ok; i++) {
		strbuf_reset(&sb);
		from[0] = to[0] = v->h.name;
		ok = readers[i]->h.kind == OBJ_VIEW && readers[i]->viewdef && !readers[i]->pinned &&
		     quote_rename_relations(readers[i]->viewdef, v->h.schema, from, to, 1, &sb) > 0;
	}
	strbuf_release(&sb);
	return ok ? v : NULL;
}

/*
 * The swap of L's copy-swapped view V (a rebuild's view_swap phase; apply
 * merges those of a batch):
 * serialise with other swaps of V, create V's copy reading the new L,
 * with V's owner, privileges and comment, re-point V's readers to the
 * copy, drop V, give the copy V's name.  Locks come in readers' order
 * (V's readers, V, then L by the renames after it), and the one
 * expensive statement, the copy of a long union, takes no lock a reader
 * waits for.
 */
static void copy_swap_sql(struct dctx *x, const struct live_rel *l, const char *l_new,
			  const struct live_rel *v, struct live_rel **readers, unsigned nreaders,
			  struct strbuf *sb)
{
	const char *v_new = tmp_name(x, v->h.name, "__pgform_new");
	/*
	 * Swaps that re-point the same readers wait for each other (apply -j):
	 * the copy names the other parts as they are when it is made, and two
	 * swaps re-pointing one reader at once would deadlock.
	 */
	unsigned long long key = 0x70676673;
	for (unsigned i = 0; i < nreaders; i++)
		key ^= XXH3_64bits(readers[i]->h.ident, strlen(readers[i]->h.ident));
	if (!nreaders)
		key = XXH3_64bits_withSeed(v->h.ident, strlen(v->h.ident), key);
	strbuf_addf(sb, "SELECT pg_catalog.pg_advisory_xact_lock(%lld)", (long long)key);
	sql_end(sb);
	view_sql(sb, "CREATE", v, v_new, l->h.schema, &l->h.name, &l_new, 1);
	struct acl have, want;
	if (strcmp(v->owner, x->cat->current_user))
		owner_sql(sb, "VIEW", v->h.schema, v_new, v->owner);
	given_rel_acl(x, v->h.schema, v->owner, &have);
	acl_parse(&want, v->acl, ACLC_TABLE, v->owner);
	acl_diff_sql(sb, &have, &want, acl_object(x, v->h.schema, v_new), ACLC_TABLE, v->owner, 0);
	if (v->comment)
		comment_sql(sb, "VIEW", v->h.schema, v_new, v->comment);
	for (unsigned i = 0; i < nreaders; i++)
		view_sql(sb, "CREATE OR REPLACE", readers[i], readers[i]->h.name, v->h.schema, &v->h.name,
			 &v_new, 1);
	drop_rel_sql(sb, OBJ_VIEW, v->h.schema, v->h.name);
	rename_sql(sb, "VIEW", v->h.schema, v_new, v->h.name);
}

/*
 * The phases of rebuild S of R (live L) and its undo: build under
 * NAME__pgform_new; then in one short transaction rename the old one (and
 * its indexes) away and the new one (and its indexes) in, and swap or
 * re-point the views that read it; drop the old one when the apply ends.
 * RENAMES_ONLY (L's view, or NULL): the view is left reading the old copy
 * (a later rebuild of the view's parts swaps it); OTHERS: those earlier
 * rebuilds of the view's parts, whose old copies the undo points the view
 * back to.  Returns the view swapped by copy, or NULL.
 */
static struct live_rel *rebuild_sql(struct dctx *x, struct relation *r, struct live_rel *l,
				    const struct live_rel *renames_only, const char *const *others, unsigned nothers,
				    struct step *s, struct live_rel **readers, unsigned *nreaders)
{
	const char *nw = tmp_name(x, r->h.name, "__pgform_new");
	const char *old = tmp_name(x, r->h.name, "__pgform_old");
	const char *owner = rel_owner(x, r, l);
	const char *word = rel_word(r->h.kind);
	struct dobj *d = &x->d[r->h.id];
	int views = !d->cols_changed && !renames_only;
	struct strbuf sb = STRBUF_INIT, inv = STRBUF_INIT;

	memset(&s->build, 0, sizeof(s->build));
	memset(&s->view_swap, 0, sizeof(s->view_swap));
	memset(&s->swap, 0, sizeof(s->swap));
	memset(&s->repoint, 0, sizeof(s->repoint));
	memset(&s->cleanup, 0, sizeof(s->cleanup));
	s->lock = NULL;
	s->nlock = 0;
	s->swaps = 1;

	create_rel_sql(x, r, nw, 0, &sb);
	rel_attrs_new(x, r, nw, owner, &sb);
	add_phase(x, s, &s->build, &sb);
	strbuf_reset(&sb);

	*nreaders = 0;
	struct live_rel *v = views ? copy_swap_view(x, l, readers, nreaders) : NULL;
	if (v) {
		copy_swap_sql(x, l, nw, v, readers, *nreaders, &sb);
		add_phase(x, s, &s->view_swap, &sb);
		strbuf_reset(&sb);
	} else if (renames_only) {
		/*
		 * The view first, as its readers lock it before its parts: the
		 * renames of a batch then never hold a part a reader holding
		 * another waits for.  (LOCK of a view takes what it reads too.)
		 */
		qrel(&sb, renames_only->h.schema, renames_only->h.name);
		s->lock = arena_alloc(&x->p->arena, sizeof(*s->lock));
		s->lock[0] = adup(x, &sb);
		s->nlock = 1;
		strbuf_reset(&sb);
	} else {
		s->lock = lock_list(x, l, &s->nlock);
	}
	rename_sql(&sb, rel_word(l->h.kind), r->h.schema, r->h.name, old);
	for (unsigned i = 0; i < l->nidx; i++)
		rename_sql(&sb, "INDEX", r->h.schema, l->idx[i].name, tmp_name(x, l->idx[i].name, "__pgform_old"));
	rename_sql(&sb, word, r->h.schema, nw, r->h.name);
	for (unsigned i = 0; i < render_nindexes(r); i++) {
		struct strbuf a = STRBUF_INIT, b = STRBUF_INIT;
		index_name(nw, i, &a);
		index_name(r->h.name, i, &b);
		rename_sql(&sb, "INDEX", r->h.schema, a.buf, b.buf);
		strbuf_release(&a);
		strbuf_release(&b);
	}
	add_phase(x, s, &s->swap, &sb);
	strbuf_reset(&sb);
	if (views && !v) {
		repoint_sql(x, l, NULL, 0, &sb);
		add_phase(x, s, &s->repoint, &sb);
		strbuf_reset(&sb);
	}
	drop_rel_sql(&sb, l->h.kind, r->h.schema, old);
	add_phase(x, s, &s->cleanup, &sb);

	/* undo: swap back while the old one is kept */
	if (!renames_only)
		lock_sql(x, l, &inv);
	rename_sql(&inv, word, r->h.schema, r->h.name, nw);
	for (unsigned i = 0; i < render_nindexes(r); i++) {
		struct strbuf a = STRBUF_INIT, b = STRBUF_INIT;
		index_name(r->h.name, i, &a);
		index_name(nw, i, &b);
		rename_sql(&inv, "INDEX", r->h.schema, a.buf, b.buf);
		strbuf_release(&a);
		strbuf_release(&b);
	}
	rename_sql(&inv, rel_word(l->h.kind), r->h.schema, old, r->h.name);
	for (unsigned i = 0; i < l->nidx; i++)
		rename_sql(&inv, "INDEX", r->h.schema, tmp_name(x, l->idx[i].name, "__pgform_old"), l->idx[i].name);
	if (!d->cols_changed && !renames_only)
		repoint_sql(x, l, others, nothers, &inv);
	drop_rel_sql(&inv, r->h.kind, r->h.schema, nw);
	set_inverse(x, s, &inv);
	strbuf_release(&sb);
	strbuf_release(&inv);
	return v;
}

/*
 * The batch key of rebuild S: rebuilds that re-point the same views the
 * same way (after their own new copy is named as the relation) share it,
 * and apply may swap them in one transaction; renames-only rebuilds share
 * the key of the view they lock.  NULL for a rebuild swapped in a group.
 */
static void set_batch_key(struct dctx *x, struct step *s)
{
	struct strbuf sb = STRBUF_INIT;
	unsigned long long k = 0;
	s->batch_key = NULL;
	if (s->action != STEP_REBUILD || s->group || s->database || s->no_transaction)
		return;
	if (s->view_swap.n && s->schema && s->name) {
		struct strbuf text = STRBUF_INIT;
		const char *from = tmp_name(x, s->name, "__pgform_new"), *to = s->name;
		step_list_text(s, &s->view_swap, &text);
		quote_rename_relations(text.buf, s->schema, &from, &to, 1, &sb);
		strbuf_release(&text);
		k = (unsigned long long)XXH3_64bits(sb.buf, sb.len) | 1;
	} else if (s->repoint.n) {
		step_list_text(s, &s->repoint, &sb);
		k = (unsigned long long)XXH3_64bits(sb.buf, sb.len) | 1;
	} else if (s->nlock) {
		step_lock_sql(s, &sb);
		k = (unsigned long long)XXH3_64bits_withSeed(sb.buf, sb.len, 2) | 1;
	}
	if (k)
		s->batch_key = arena_printf(&x->p->arena, "%016llx", k);
	strbuf_release(&sb);
}

/* Note that step S swaps view V by copy (and re-points READERS). */
static void note_copy_swap(struct dctx *x, const struct step *s, const struct live_rel *v,
			   struct live_rel **readers, unsigned nreaders)
{
	ALLOC_GROW(x->swapped, x->nswapped + nreaders + 1, x->aswapped);
	x->swapped[x->nswapped++] = (struct swapped_view){ v->h.id, s->id };
	for (unsigned i = 0; i < nreaders; i++)
		x->swapped[x->nswapped++] = (struct swapped_view){ readers[i]->h.id, s->id };
}

/*
 * A rebuild whose view swap can wait for the view's last rebuilt part: L
 * is read by one view only, its columns stay, and the plan is not limited
 * to targets (which could leave that last part out).  The view, or NULL.
 */
static struct live_rel *deferrable_view(struct dctx *x, const struct dobj *d, const struct live_rel *l)
{
	struct live_rel *deps[2];
	if (d->cols_changed || x->o->ntargets || live_dependents(x, l, deps, 2) != 1)
		return NULL;
	return deps[0]->h.kind == OBJ_VIEW && deps[0]->viewdef ? deps[0] : NULL;
}

static struct step *rebuild_step(struct dctx *x, struct relation *r, struct live_rel *l,
				 const char *why)
{
	struct dobj *d = &x->d[r->h.id];
	struct live_rel **readers = xcalloc(4096, sizeof(*readers));
	unsigned nreaders = 0;
	struct live_rel *dv = deferrable_view(x, d, l);
	struct step *s = plan_add_step(x->p, STEP_REBUILD, &r->h);
	struct live_rel *v = rebuild_sql(x, r, l, dv, NULL, 0, s, readers, &nreaders);

	s->reason = why;
	s->hazards |= HAZARD_REBUILDS_ROWS;
	s->rows = rows_of(l);
	s->bytes = l->bytes;
	s->group_label = part_label(x, r);
	s->source = step_source(x, r);
	if (d->cols_changed) {
		if (!x->cols_group)
			x->cols_group = ++x->next_group;
		s->group = x->cols_group;
	}
	set_batch_key(x, s);
	x->live_step[l->h.id] = s;
	if (v)
		note_copy_swap(x, s, v, readers, nreaders);
	if (dv) {
		ALLOC_GROW(x->deferred, x->ndeferred + 1, x->adeferred);
		x->deferred[x->ndeferred++] = (struct deferred_swap){ dv->h.id, s, r, l };
	}
	free(readers);
	return s;
}

static int cmp_deferred(const void *a, const void *b)
{
	const struct deferred_swap *p = a, *q = b;
	if (p->view != q->view)
		return p->view < q->view ? -1 : 1;
	return p->step->id < q->step->id ? -1 : p->step->id > q->step->id;
}

/*
 * The rebuilds of one view's parts: every one but the last only renames
 * its part in (the view goes on reading the old copies, all of the same
 * data as before); the last swaps or re-points the view, once, after all
 * of them, and its undo points the view back to their old copies.  So a
 * template change writes (and locks) each union view once per apply, and
 * the plan holds its definition once.
 */
void diff_view_swaps(struct dctx *x)
{
	if (!x->ndeferred)
		return;
	qsort(x->deferred, x->ndeferred, sizeof(*x->deferred), cmp_deferred);
	struct live_rel **readers = xcalloc(4096, sizeof(*readers));
	for (unsigned i = 0; i < x->ndeferred;) {
		unsigned j = i;
		while (j < x->ndeferred && x->deferred[j].view == x->deferred[i].view)
			j++;
		struct deferred_swap *last = &x->deferred[j - 1];
		const char **others = xcalloc(j - i + 1, sizeof(*others));
		unsigned nothers = 0;
		for (unsigned k = i; k + 1 < j; k++) {
			plan_step_depend(x->p, last->step, x->deferred[k].step->id);
			if (!strcmp(x->deferred[k].l->h.schema, last->l->h.schema))
				others[nothers++] = x->deferred[k].l->h.name;
		}
		unsigned nreaders = 0;
		struct live_rel *v = rebuild_sql(x, last->r, last->l, NULL, others, nothers, last->step,
						 readers, &nreaders);
		set_batch_key(x, last->step);
		if (v)
			note_copy_swap(x, last->step, v, readers, nreaders);
		free(others);
		i = j;
	}
	free(readers);
}

/* DROP statements for everything that reads L, readers first, each once. */
static void drop_closure(struct dctx *x, const struct live_rel *l, struct strbuf *sb)
{
	struct live_rel *deps[4096];
	unsigned n = live_dependents(x, l, deps, 4096);
	for (unsigned i = 0; i < n; i++) {
		if (x->dropped[deps[i]->h.id])
			continue;
		drop_closure(x, deps[i], sb);
		if (x->dropped[deps[i]->h.id])
			continue;
		x->dropped[deps[i]->h.id] = 1;
		drop_rel_sql(sb, deps[i]->h.kind, deps[i]->h.schema, deps[i]->h.name);
	}
}

/* CREATE statements of a live view or materialized view, as it is (or as desired). */
static void create_again_sql(struct dctx *x, struct live_rel *v, struct strbuf *sb)
{
	struct object *o = model_find_relation(x->m, v->h.ident);
	if (o && o->kind == v->h.kind) {
		/* it is desired: created as the state says, with its indexes and privileges */
		struct relation *r = (struct relation *)o;
		create_rel_sql(x, r, r->h.name, 0, sb);
		rel_attrs_new(x, r, r->h.name, rel_owner(x, r, v), sb);
		return;
	}
	strbuf_addf(sb, "CREATE %s ", rel_word(v->h.kind));
	qrel(sb, v->h.schema, v->h.name);
	strbuf_addstr(sb, " AS\n");
	strbuf_addstr(sb, v->viewdef ? v->viewdef : "SELECT");
	strbuf_rtrim(sb);
	if (sb->buf[sb->len - 1] == ';')
		strbuf_setlen(sb, sb->len - 1);
	sql_end(sb);
	for (unsigned i = 0; i < v->nidx; i++)
		if (v->idx[i].def) {
			strbuf_addstr(sb, v->idx[i].def);
			sql_end(sb);
		}
	/* its owner and privileges come back as they were */
	struct acl have, want;
	if (strcmp(v->owner, x->cat->current_user))
		owner_sql(sb, rel_word(v->h.kind), v->h.schema, v->h.name, v->owner);
	created_rel_acl(x, v->h.schema, x->cat->current_user, &have);
	acl_rename(&have, x->cat->current_user, v->owner);
	acl_parse(&want, v->acl, ACLC_TABLE, v->owner);
	acl_diff_sql(sb, &have, &want, acl_object(x, v->h.schema, v->h.name), ACLC_TABLE, v->owner, 0);
	if (v->comment)
		comment_sql(sb, rel_word(v->h.kind), v->h.schema, v->h.name, v->comment);
}

/*
 * The readers of L, dropped and created again in the column-changing swap
 * group, after AFTER (the step that changes L), each once, recursively.
 */
static void recreate_dependents(struct dctx *x, struct live_rel *l, struct step *after)
{
	struct live_rel *deps[4096];
	unsigned n = live_dependents(x, l, deps, 4096);
	for (unsigned i = 0; i < n; i++) {
		struct live_rel *v = deps[i];
		struct step *s = x->live_step[v->h.id];
		if (s) {
			plan_step_depend(x->p, s, after->id);
			continue;
		}
		struct strbuf sb = STRBUF_INIT;
		if (!x->dropped[v->h.id]) {
			drop_closure(x, v, &sb);
			x->dropped[v->h.id] = 1;
			drop_rel_sql(&sb, v->h.kind, v->h.schema, v->h.name);
		}
		create_again_sql(x, v, &sb);
		struct step *st = new_step(x, STEP_RECREATE, &v->h, &sb, "reads a relation whose columns change");
		st->swaps = 1;
		step_irreversible(st, "dropped and created again with the relation it reads");
		st->group = after->group;
		st->hazards |= HAZARD_EXCLUSIVE_LOCK;
		if (v->h.kind == OBJ_MATVIEW) {
			st->hazards |= HAZARD_REBUILDS_ROWS;
			st->rows = rows_of(v);
		}
		plan_step_depend(x->p, st, after->id);
		x->live_step[v->h.id] = st;
		struct object *o = model_find_relation(x->m, v->h.ident);
		if (o && o->kind == v->h.kind)
			x->d[o->id].step = st;
		strbuf_release(&sb);
		recreate_dependents(x, v, st);
	}
}

static void alter_rel(struct dctx *x, struct relation *r, struct live_rel *l)
{
	struct strbuf sb = STRBUF_INIT, inv = STRBUF_INIT;
	const char *owner = rel_owner(x, r, l);
	const char *word = rel_word(l->h.kind);
	struct acl have, want;
	acl_parse(&have, l->acl, ACLC_TABLE, l->owner);
	acl_rename(&have, l->owner, owner);
	want_rel_acl(x, r, owner, &want);
	struct decision dc = decide_rel_attrs(owner, l->owner, acl_equal(&have, &want), r->comment, l->comment);
	if (dc.act != DA_ALTER)
		return;
	if (dc.changes & CH_OWNER) {
		owner_sql(&sb, word, r->h.schema, r->h.name, owner);
		owner_sql(&inv, word, r->h.schema, r->h.name, l->owner);
	}
	if (dc.changes & CH_ACL) {
		acl_diff_sql(&sb, &have, &want, acl_object(x, r->h.schema, r->h.name), ACLC_TABLE, owner, 0);
		acl_diff_sql(&inv, &want, &have, acl_object(x, r->h.schema, r->h.name), ACLC_TABLE, owner, 0);
	}
	if (dc.changes & CH_COMMENT) {
		comment_sql(&sb, word, r->h.schema, r->h.name, r->comment);
		comment_sql(&inv, word, r->h.schema, r->h.name, l->comment);
	}
	struct step *s = new_step(x, STEP_ALTER, &r->h, &sb, dc.reason);
	set_inverse(x, s, &inv);
	s->group_label = part_label(x, r);
	x->d[r->h.id].step = s;
	strbuf_release(&sb);
	strbuf_release(&inv);
}

/* "CREATE [OR REPLACE] VIEW s.n AS\n" and QUERY (live text, or R's when QUERY is NULL). */
static void view_def_sql(struct dctx *x, struct strbuf *sb, const char *verb, const struct relation *r,
			 const char *query)
{
	strbuf_addf(sb, "%s VIEW ", verb);
	qrel(sb, r->h.schema, r->h.name);
	strbuf_addstr(sb, " AS\n");
	if (query)
		strbuf_addstr(sb, query);
	else
		render_query(x->m, r, sb);
	sql_end(sb);
}

static void relation_step(struct dctx *x, struct relation *r, struct dobj *d)
{
	struct live_rel *l = (struct live_rel *)d->have;
	struct strbuf sb = STRBUF_INIT, inv = STRBUF_INIT;
	struct rel_facts f = { 0 };
	f.missing = d->status == DS_MISSING;
	f.other_kind = d->status == DS_KIND;
	f.other_kind_name = l ? obj_kind_name(l->h.kind) : NULL;
	f.def_changed = d->status == DS_DEF;
	f.forced = d->forced;
	f.cols_changed = d->cols_changed;
	f.cols_compatible = d->cols_compatible;
	f.why = d->why;
	f.has_viewdef = l && l->viewdef;
	if (f.def_changed && x->live_step[l->h.id]) {
		/* already created again with what reads a changed relation */
		d->step = x->live_step[l->h.id];
		return;
	}
	struct decision dc = decide_relation(r->h.kind, &f);
	switch (dc.act) {
	case DA_CREATE:
		create_rel_sql(x, r, r->h.name, 1, &sb);
		rel_attrs_new(x, r, r->h.name, rel_owner(x, r, NULL), &sb);
		drop_rel_sql(&inv, r->h.kind, r->h.schema, r->h.name);
		d->step = new_step(x, STEP_CREATE, &r->h, &sb, NULL);
		set_inverse(x, d->step, &inv);
		d->step->group_label = part_label(x, r);
		d->step->source = step_source(x, r);
		break;
	case DA_SKIP:
		plan_skip(x->p, r->h.kind, r->h.ident, dc.msg);
		break;
	case DA_REPLACE:
		view_def_sql(x, &sb, "CREATE OR REPLACE", r, NULL);
		d->step = new_step(x, STEP_REPLACE, &r->h, &sb, dc.reason);
		d->step->hazards |= dc.hazards;
		if (l->viewdef) {
			view_def_sql(x, &inv, "CREATE OR REPLACE", r, l->viewdef);
			set_inverse(x, d->step, &inv);
		} else {
			step_irreversible(d->step, dc.irreversible);
		}
		x->live_step[l->h.id] = d->step;
		alter_rel(x, r, l);
		break;
	case DA_RECREATE:
		/* columns change incompatibly: drop and create, with dependents */
		if (!x->cols_group)
			x->cols_group = ++x->next_group;
		drop_closure(x, l, &sb);
		x->dropped[l->h.id] = 1;
		drop_rel_sql(&sb, OBJ_VIEW, r->h.schema, r->h.name);
		view_def_sql(x, &sb, "CREATE", r, NULL);
		rel_attrs_new(x, r, r->h.name, rel_owner(x, r, l), &sb);
		d->step = new_step(x, STEP_RECREATE, &r->h, &sb, dc.reason);
		d->step->swaps = 1;
		step_irreversible(d->step, dc.irreversible);
		d->step->group = x->cols_group;
		d->step->hazards |= dc.hazards;
		x->live_step[l->h.id] = d->step;
		recreate_dependents(x, l, d->step);
		break;
	case DA_REBUILD:
		d->step = rebuild_step(x, r, l, dc.reason);
		if (d->cols_changed)
			recreate_dependents(x, l, d->step);
		break;
	case DA_NONE:
		alter_rel(x, r, l);
		break;
	default:
		break;
	}
	strbuf_release(&sb);
	strbuf_release(&inv);
}

/* ---- other kinds ---- */

static int avail_version(struct dctx *x, const char *name, const char *version)
{
	for (unsigned i = 0; i < x->cat->navail; i++)
		if (!strcmp(x->cat->avail[i].name, name) &&
		    (!version || !strcmp(x->cat->avail[i].version, version)))
			return 1;
	return 0;
}

static int update_path(struct dctx *x, const char *name, const char *from, const char *to)
{
	for (unsigned i = 0; i < x->cat->npaths; i++)
		if (!strcmp(x->cat->paths[i].name, name) && !strcmp(x->cat->paths[i].source, from) &&
		    !strcmp(x->cat->paths[i].target, to))
			return 1;
	return 0;
}

static void versions_list(struct dctx *x, const char *name, struct strbuf *sb)
{
	for (unsigned i = 0; i < x->cat->navail; i++)
		if (!strcmp(x->cat->avail[i].name, name))
			strbuf_addf(sb, "%s%s", sb->len ? ", " : "", x->cat->avail[i].version);
}

/* ALTER EXTENSION E ... */
static void alter_extension_sql(struct strbuf *sb, const char *name, const char *what, const char *value,
				int literal)
{
	strbuf_addstr(sb, "ALTER EXTENSION ");
	quote_ident(sb, name);
	strbuf_addf(sb, " %s ", what);
	if (literal)
		quote_literal(sb, value);
	else
		quote_ident(sb, value);
	sql_end(sb);
}

static int extension_step(struct dctx *x, struct extension *e, struct dobj *d)
{
	struct live_extension *l = (struct live_extension *)d->have;
	struct strbuf sb = STRBUF_INIT, inv = STRBUF_INIT, vl = STRBUF_INIT;
	struct ext_facts f = { 0 };
	versions_list(x, e->h.name, &vl);
	f.available = avail_version(x, e->h.name, NULL);
	f.version_available = avail_version(x, e->h.name, e->version);
	f.versions = vl.buf;
	f.path_up = l && e->version && update_path(x, e->h.name, l->version, e->version);
	f.path_back = l && e->version && update_path(x, e->h.name, e->version, l->version);
	f.cron_database = x->cat->cron_database;
	f.database = x->cat->database;
	struct decision dc = decide_extension(e, l, &f);
	int ret = 0;

	switch (dc.act) {
	case DA_ERROR:
		ret = error("%s", dc.msg);
		break;
	case DA_CREATE:
		strbuf_addstr(&sb, "CREATE EXTENSION IF NOT EXISTS ");
		quote_ident(&sb, e->h.name);
		if (e->ext_schema) {
			strbuf_addstr(&sb, " WITH SCHEMA ");
			quote_ident(&sb, e->ext_schema);
		}
		if (e->version) {
			strbuf_addstr(&sb, " VERSION ");
			quote_literal(&sb, e->version);
		}
		sql_end(&sb);
		strbuf_addstr(&inv, "DROP EXTENSION ");
		quote_ident(&inv, e->h.name);
		sql_end(&inv);
		d->step = new_step(x, STEP_CREATE, &e->h, &sb, NULL);
		set_inverse(x, d->step, &inv);
		break;
	case DA_ALTER:
		if (dc.changes & CH_VERSION) {
			alter_extension_sql(&sb, e->h.name, "UPDATE TO", e->version, 1);
			d->step = new_step(x, STEP_ALTER, &e->h, &sb, arena_strdup(&x->p->arena, dc.msg));
			if (dc.irreversible) {
				step_irreversible(d->step, dc.irreversible);
			} else {
				alter_extension_sql(&inv, e->h.name, "UPDATE TO", l->version, 1);
				set_inverse(x, d->step, &inv);
			}
			d->step->hazards |= dc.hazards;
		}
		if (dc.changes & CH_SCHEMA) {
			strbuf_reset(&sb);
			strbuf_reset(&inv);
			alter_extension_sql(&sb, e->h.name, "SET SCHEMA", e->ext_schema, 0);
			alter_extension_sql(&inv, e->h.name, "SET SCHEMA", l->ext_schema, 0);
			struct step *s = new_step(x, STEP_ALTER, &e->h, &sb, "schema");
			set_inverse(x, s, &inv);
			if (d->step)
				plan_step_depend(x->p, s, d->step->id);
			d->step = s;
		}
		break;
	default:
		break;
	}
	strbuf_release(&sb);
	strbuf_release(&inv);
	strbuf_release(&vl);
	return ret;
}

static void role_options(struct strbuf *sb, const struct role *r)
{
	if (r->login >= 0)
		strbuf_addstr(sb, r->login ? " LOGIN" : " NOLOGIN");
	if (r->superuser >= 0)
		strbuf_addstr(sb, r->superuser ? " SUPERUSER" : " NOSUPERUSER");
	if (r->createdb >= 0)
		strbuf_addstr(sb, r->createdb ? " CREATEDB" : " NOCREATEDB");
	if (r->createrole >= 0)
		strbuf_addstr(sb, r->createrole ? " CREATEROLE" : " NOCREATEROLE");
	if (r->inherit >= 0)
		strbuf_addstr(sb, r->inherit ? " INHERIT" : " NOINHERIT");
	if (r->connection_limit != -2)
		strbuf_addf(sb, " CONNECTION LIMIT %ld", r->connection_limit);
}

static int role_step(struct dctx *x, struct role *r, struct dobj *d)
{
	struct live_role *l = (struct live_role *)d->have;
	struct decision dc = decide_role(r, l);
	if (dc.act == DA_ERROR)
		return error("%s", dc.msg);
	if (dc.act == DA_NONE)
		return 0;
	struct strbuf sb = STRBUF_INIT, inv = STRBUF_INIT;
	if (dc.act == DA_CREATE) {
		strbuf_addstr(&sb, "CREATE ROLE ");
		quote_ident(&sb, r->h.name);
		role_options(&sb, r);
		if (r->password_env || r->password_file) {
			strbuf_addstr(&sb, " PASSWORD ");
			secret_here(x, &sb, r->password_env, r->password_file, 1);
		}
		sql_end(&sb);
		if (r->comment) {
			strbuf_addstr(&sb, "COMMENT ON ROLE ");
			quote_ident(&sb, r->h.name);
			strbuf_addstr(&sb, " IS ");
			quote_literal(&sb, r->comment);
			sql_end(&sb);
		}
		for (unsigned i = 0; i < r->nmember_of; i++) {
			strbuf_addstr(&sb, "GRANT ");
			quote_ident(&sb, r->member_of[i]);
			strbuf_addstr(&sb, " TO ");
			quote_ident(&sb, r->h.name);
			sql_end(&sb);
		}
		strbuf_addstr(&inv, "DROP ROLE ");
		quote_ident(&inv, r->h.name);
		sql_end(&inv);
		d->step = new_step(x, STEP_CREATE, &r->h, &sb, NULL);
		set_inverse(x, d->step, &inv);
		goto done;
	}
	struct role cur = *r;
	cur.login = r->login >= 0 && r->login != l->login ? r->login : -1;
	cur.superuser = r->superuser >= 0 && r->superuser != l->superuser ? r->superuser : -1;
	cur.createdb = r->createdb >= 0 && r->createdb != l->createdb ? r->createdb : -1;
	cur.createrole = r->createrole >= 0 && r->createrole != l->createrole ? r->createrole : -1;
	cur.inherit = r->inherit >= 0 && r->inherit != l->inherit ? r->inherit : -1;
	cur.connection_limit = r->connection_limit != -2 && r->connection_limit != l->connection_limit ?
			       r->connection_limit : -2;
	struct strbuf opts = STRBUF_INIT;
	role_options(&opts, &cur);
	if (opts.len) {
		strbuf_addstr(&sb, "ALTER ROLE ");
		quote_ident(&sb, r->h.name);
		strbuf_addbuf(&sb, &opts);
		sql_end(&sb);
		struct role back = { 0 };
		back.login = cur.login >= 0 ? l->login : -1;
		back.superuser = cur.superuser >= 0 ? l->superuser : -1;
		back.createdb = cur.createdb >= 0 ? l->createdb : -1;
		back.createrole = cur.createrole >= 0 ? l->createrole : -1;
		back.inherit = cur.inherit >= 0 ? l->inherit : -1;
		back.connection_limit = cur.connection_limit != -2 ? l->connection_limit : -2;
		strbuf_addstr(&inv, "ALTER ROLE ");
		quote_ident(&inv, r->h.name);
		role_options(&inv, &back);
		sql_end(&inv);
	}
	strbuf_release(&opts);
	/* memberships are kept exactly */
	for (unsigned i = 0; i < r->nmember_of; i++) {
		unsigned k;
		for (k = 0; k < l->nmember_of && strcmp(l->member_of[k], r->member_of[i]); k++)
			;
		if (k == l->nmember_of) {
			strbuf_addf(&sb, "GRANT ");
			quote_ident(&sb, r->member_of[i]);
			strbuf_addstr(&sb, " TO ");
			quote_ident(&sb, r->h.name);
			sql_end(&sb);
			strbuf_addf(&inv, "REVOKE ");
			quote_ident(&inv, r->member_of[i]);
			strbuf_addstr(&inv, " FROM ");
			quote_ident(&inv, r->h.name);
			sql_end(&inv);
		}
	}
	for (unsigned k = 0; k < l->nmember_of; k++) {
		unsigned i;
		for (i = 0; i < r->nmember_of && strcmp(l->member_of[k], r->member_of[i]); i++)
			;
		if (i == r->nmember_of) {
			strbuf_addf(&sb, "REVOKE ");
			quote_ident(&sb, l->member_of[k]);
			strbuf_addstr(&sb, " FROM ");
			quote_ident(&sb, r->h.name);
			sql_end(&sb);
			strbuf_addf(&inv, "GRANT ");
			quote_ident(&inv, l->member_of[k]);
			strbuf_addstr(&inv, " TO ");
			quote_ident(&inv, r->h.name);
			sql_end(&inv);
		}
	}
	if (r->comment && (!l->comment || strcmp(r->comment, l->comment))) {
		strbuf_addstr(&sb, "COMMENT ON ROLE ");
		quote_ident(&sb, r->h.name);
		strbuf_addstr(&sb, " IS ");
		quote_literal(&sb, r->comment);
		sql_end(&sb);
		strbuf_addstr(&inv, "COMMENT ON ROLE ");
		quote_ident(&inv, r->h.name);
		strbuf_addstr(&inv, " IS ");
		if (l->comment)
			quote_literal(&inv, l->comment);
		else
			strbuf_addstr(&inv, "NULL");
		sql_end(&inv);
	}
	if (sb.len) {
		d->step = new_step(x, STEP_ALTER, &r->h, &sb, dc.reason);
		set_inverse(x, d->step, &inv);
	}
done:
	strbuf_release(&sb);
	strbuf_release(&inv);
	return 0;
}

/* COMMENT ON SCHEMA NAME IS COMMENT (NULL: no comment). */
static void schema_comment_sql(struct strbuf *sb, const char *name, const char *comment)
{
	strbuf_addstr(sb, "COMMENT ON SCHEMA ");
	quote_ident(sb, name);
	strbuf_addstr(sb, " IS ");
	if (comment)
		quote_literal(sb, comment);
	else
		strbuf_addstr(sb, "NULL");
	sql_end(sb);
}

static void schema_owner_sql(struct strbuf *sb, const char *name, const char *owner)
{
	strbuf_addstr(sb, "ALTER SCHEMA ");
	quote_ident(sb, name);
	strbuf_addstr(sb, " OWNER TO ");
	quote_ident(sb, owner);
	sql_end(sb);
}

static void schema_step(struct dctx *x, struct schema *s, struct dobj *d)
{
	struct live_schema *l = (struct live_schema *)d->have;
	struct strbuf sb = STRBUF_INIT, inv = STRBUF_INIT;
	const char *owner = s->owner ? s->owner : l ? l->owner : x->cat->current_user;
	struct acl have, want;
	struct strbuf obj = STRBUF_INIT;
	strbuf_addstr(&obj, "SCHEMA ");
	quote_ident(&obj, s->h.name);
	want_schema_acl(x, &s->h, owner, &want);
	if (l) {
		acl_parse(&have, l->acl, ACLC_SCHEMA, l->owner);
		acl_rename(&have, l->owner, owner);
	}
	struct decision dc = decide_schema(s, l, owner, l ? acl_equal(&have, &want) : 0);
	if (dc.act == DA_CREATE) {
		strbuf_addstr(&sb, "CREATE SCHEMA ");
		quote_ident(&sb, s->h.name);
		if (strcmp(owner, x->cat->current_user)) {
			strbuf_addstr(&sb, " AUTHORIZATION ");
			quote_ident(&sb, owner);
		}
		sql_end(&sb);
		acl_default(&have, ACLC_SCHEMA, owner);
		acl_diff_sql(&sb, &have, &want, obj.buf, ACLC_SCHEMA, owner, 0);
		if (s->comment)
			schema_comment_sql(&sb, s->h.name, s->comment);
		strbuf_addstr(&inv, "DROP SCHEMA ");
		quote_ident(&inv, s->h.name);
		sql_end(&inv);
		d->step = new_step(x, STEP_CREATE, &s->h, &sb, NULL);
		set_inverse(x, d->step, &inv);
	} else if (dc.act == DA_ALTER) {
		if (dc.changes & CH_OWNER) {
			schema_owner_sql(&sb, s->h.name, owner);
			schema_owner_sql(&inv, s->h.name, l->owner);
		}
		if (dc.changes & CH_ACL) {
			acl_diff_sql(&sb, &have, &want, obj.buf, ACLC_SCHEMA, owner, 0);
			acl_diff_sql(&inv, &want, &have, obj.buf, ACLC_SCHEMA, owner, 0);
		}
		if (dc.changes & CH_COMMENT) {
			schema_comment_sql(&sb, s->h.name, s->comment);
			schema_comment_sql(&inv, s->h.name, l->comment);
		}
		d->step = new_step(x, STEP_ALTER, &s->h, &sb, dc.reason);
		set_inverse(x, d->step, &inv);
	}
	strbuf_release(&sb);
	strbuf_release(&inv);
	strbuf_release(&obj);
}

/* "host=h" options of a tenant's server, as PostgreSQL stores them. */
static unsigned server_options(const struct tenant *t, char opts[][320])
{
	unsigned n = 0;
	snprintf(opts[n++], 320, "host=%s", t->host);
	if (t->port)
		snprintf(opts[n++], 320, "port=%d", t->port);
	snprintf(opts[n++], 320, "dbname=%s", t->dbname);
	if (t->sslmode)
		snprintf(opts[n++], 320, "sslmode=%s", t->sslmode);
	if (t->options)
		snprintf(opts[n++], 320, "options=%s", t->options);
	return n;
}

static void option_sql(struct strbuf *sb, const char *verb, const char *opt)
{
	const char *eq = strchr(opt, '=');
	strbuf_addf(sb, "%s%.*s ", verb, (int)(eq - opt), opt);
	quote_literal(sb, eq + 1);
}

static const char *find_option(const char **opts, unsigned n, const char *key, size_t klen)
{
	for (unsigned i = 0; i < n; i++)
		if (!strncmp(opts[i], key, klen) && opts[i][klen] == '=')
			return opts[i];
	return NULL;
}

static void server_step(struct dctx *x, struct server *s, struct dobj *d)
{
	struct live_server *l = (struct live_server *)d->have;
	struct strbuf sb = STRBUF_INIT, inv = STRBUF_INIT, ch = STRBUF_INIT, back = STRBUF_INIT;
	char opts[5][320];
	unsigned n = server_options(s->tenant, opts);
	/* SET an option that is there, ADD one that is not; the undo sets it back or drops it */
	for (unsigned i = 0; l && i < n; i++) {
		size_t klen = (size_t)(strchr(opts[i], '=') - opts[i]);
		const char *cur = find_option(l->options, l->noptions, opts[i], klen);
		if (cur && !strcmp(cur, opts[i]))
			continue;
		option_sql(&ch, cur ? (ch.len ? ", SET " : "SET ") : (ch.len ? ", ADD " : "ADD "), opts[i]);
		if (cur)
			option_sql(&back, back.len ? ", SET " : "SET ", cur);
		else
			strbuf_addf(&back, "%sDROP %.*s", back.len ? ", " : "", (int)klen, opts[i]);
	}
	struct decision dc = decide_server(l, ch.len == 0);
	if (dc.act == DA_CREATE) {
		strbuf_addstr(&sb, "CREATE SERVER ");
		quote_ident(&sb, s->h.name);
		strbuf_addstr(&sb, " FOREIGN DATA WRAPPER dblink_fdw OPTIONS (");
		for (unsigned i = 0; i < n; i++)
			option_sql(&sb, i ? ", " : "", opts[i]);
		strbuf_addch(&sb, ')');
		sql_end(&sb);
		strbuf_addstr(&inv, "DROP SERVER ");
		quote_ident(&inv, s->h.name);
		sql_end(&inv);
		d->step = new_step(x, STEP_CREATE, &s->h, &sb, NULL);
		set_inverse(x, d->step, &inv);
	} else if (dc.act == DA_ALTER) {
		strbuf_addstr(&sb, "ALTER SERVER ");
		quote_ident(&sb, s->h.name);
		strbuf_addstr(&sb, " OPTIONS (");
		strbuf_addbuf(&sb, &ch);
		strbuf_addch(&sb, ')');
		sql_end(&sb);
		strbuf_addstr(&inv, "ALTER SERVER ");
		quote_ident(&inv, s->h.name);
		strbuf_addf(&inv, " OPTIONS (%s)", back.buf);
		sql_end(&inv);
		d->step = new_step(x, STEP_ALTER, &s->h, &sb, dc.reason);
		set_inverse(x, d->step, &inv);
	}
	strbuf_release(&sb);
	strbuf_release(&inv);
	strbuf_release(&ch);
	strbuf_release(&back);
}

static void mapping_for(struct dctx *x, struct strbuf *sb, const struct user_mapping *u)
{
	strbuf_addstr(sb, "USER MAPPING FOR ");
	if (u->role)
		quote_ident(sb, u->role);
	else
		strbuf_addstr(sb, "CURRENT_USER");
	strbuf_addstr(sb, " SERVER ");
	quote_ident(sb, u->server);
	(void)x;
}

static void mapping_step(struct dctx *x, struct user_mapping *u, struct dobj *d)
{
	struct live_mapping *l = (struct live_mapping *)d->have;
	const struct tenant *t = u->tenant;
	struct strbuf sb = STRBUF_INIT, inv = STRBUF_INIT, ch = STRBUF_INIT;
	int wants_password = t->password_env || t->password_file;
	const char *cur = l ? find_option(l->options, l->noptions, "user", 4) : NULL;
	struct decision dc = decide_mapping(l, cur && !strcmp(cur + 5, t->user), wants_password,
					    x->stale_password && x->stale_password[u->h.id]);
	if (dc.act == DA_CREATE) {
		strbuf_addstr(&sb, "CREATE ");
		mapping_for(x, &sb, u);
		strbuf_addstr(&sb, " OPTIONS (user ");
		quote_literal(&sb, t->user);
		if (wants_password) {
			strbuf_addstr(&sb, ", password ");
			secret_here(x, &sb, t->password_env, t->password_file, 0);
		}
		strbuf_addch(&sb, ')');
		sql_end(&sb);
		strbuf_addstr(&inv, "DROP ");
		mapping_for(x, &inv, u);
		sql_end(&inv);
		d->step = new_step(x, STEP_CREATE, &u->h, &sb, NULL);
		set_inverse(x, d->step, &inv);
	} else if (dc.act == DA_ALTER) {
		if (dc.changes & CH_USER) {
			strbuf_addstr(&ch, cur ? "SET user " : "ADD user ");
			quote_literal(&ch, t->user);
		}
		if (dc.changes & (CH_PW_ADD | CH_PW_SET)) {
			strbuf_addstr(&ch, ch.len ? ", " : "");
			strbuf_addstr(&ch, dc.changes & CH_PW_ADD ? "ADD password " : "SET password ");
			secret_here(x, &ch, t->password_env, t->password_file, 0);
		} else if (dc.changes & CH_PW_DROP) {
			strbuf_addstr(&ch, ch.len ? ", DROP password" : "DROP password");
		}
		strbuf_addstr(&sb, "ALTER ");
		mapping_for(x, &sb, u);
		strbuf_addstr(&sb, " OPTIONS (");
		strbuf_addbuf(&sb, &ch);
		strbuf_addch(&sb, ')');
		sql_end(&sb);
		d->step = new_step(x, STEP_ALTER, &u->h, &sb, dc.reason);
		d->step->hazards |= dc.hazards;
		step_irreversible(d->step, dc.irreversible);
	}
	strbuf_release(&ch);
	strbuf_release(&sb);
	strbuf_release(&inv);
}

static const char *create_or_replace(struct dctx *x, const char *sql)
{
	/* the statement as written, made CREATE OR REPLACE */
	const char *p = sql;
	while (*p == ' ' || *p == '\n' || *p == '\t')
		p++;
	if (!strncasecmp(p, "create", 6)) {
		const char *q = p + 6;
		while (*q == ' ' || *q == '\n' || *q == '\t')
			q++;
		if (strncasecmp(q, "or ", 3))
			return arena_printf(&x->p->arena, "CREATE OR REPLACE %s", q);
	}
	return sql;
}

static void function_step(struct dctx *x, struct function *f, struct dobj *d)
{
	struct live_function *l = (struct live_function *)d->have;
	struct strbuf sb = STRBUF_INIT, inv = STRBUF_INIT, obj = STRBUF_INIT;
	const char *owner = l ? l->owner : x->cat->current_user;
	struct acl have, want;
	strbuf_addf(&obj, "%s ", f->procedure ? "PROCEDURE" : "FUNCTION");
	quote_qualified(&obj, f->h.schema, f->h.name);
	strbuf_addf(&obj, "(%s)", f->args);
	want_function_acl(x, f, owner, &want);
	if (l) {
		acl_parse(&have, l->acl, ACLC_FUNCTION, l->owner);
	} else {
		acl_default(&have, ACLC_FUNCTION, owner);
		add_defaults(x, &have, f->h.schema, owner, 1, ACLC_FUNCTION);
	}
	struct decision dc = decide_function(l, d->status == DS_DEF, acl_equal(&have, &want));
	switch (dc.act) {
	case DA_CREATE:
	case DA_REPLACE:
		strbuf_addstr(&sb, create_or_replace(x, f->sql.sql));
		strbuf_rtrim(&sb);
		sql_end(&sb);
		acl_diff_sql(&sb, &have, &want, obj.buf, ACLC_FUNCTION, owner, 0);
		if (dc.act == DA_CREATE) {
			strbuf_addf(&inv, "DROP %s", obj.buf);
			sql_end(&inv);
			d->step = new_step(x, STEP_CREATE, &f->h, &sb, NULL);
			set_inverse(x, d->step, &inv);
			break;
		}
		d->step = new_step(x, STEP_REPLACE, &f->h, &sb, d->why ? d->why : dc.reason);
		d->step->hazards |= dc.hazards;
		if (l->def) {
			/* the definition as it was, and its privileges as they were */
			strbuf_addstr(&inv, l->def);
			strbuf_rtrim(&inv);
			sql_end(&inv);
			acl_diff_sql(&inv, &want, &have, obj.buf, ACLC_FUNCTION, owner, 0);
			set_inverse(x, d->step, &inv);
		} else {
			step_irreversible(d->step, dc.irreversible);
		}
		x->live_step[l->h.id] = d->step;
		break;
	case DA_ALTER:
		acl_diff_sql(&sb, &have, &want, obj.buf, ACLC_FUNCTION, owner, 0);
		acl_diff_sql(&inv, &want, &have, obj.buf, ACLC_FUNCTION, owner, 0);
		d->step = new_step(x, STEP_ALTER, &f->h, &sb, dc.reason);
		set_inverse(x, d->step, &inv);
		break;
	default:
		break;
	}
	strbuf_release(&sb);
	strbuf_release(&inv);
	strbuf_release(&obj);
}

static void cron_args(struct dctx *x, struct strbuf *sb, const struct cron_job *j)
{
	quote_literal(sb, j->schedule);
	strbuf_addstr(sb, ", ");
	quote_literal(sb, j->command.sql);
	strbuf_addstr(sb, ", ");
	quote_literal(sb, j->database ? j->database : x->cat->database);
	strbuf_addstr(sb, ", ");
	quote_literal(sb, j->username ? j->username : x->cat->current_user);
	strbuf_addf(sb, ", %s", j->active ? "true" : "false");
}

static void cron_step(struct dctx *x, struct cron_job *j, struct dobj *d)
{
	struct live_cron *l = (struct live_cron *)d->have;
	struct strbuf sb = STRBUF_INIT, inv = STRBUF_INIT;
	int have_pg_cron = x->cat->has_cron || x->cat->cron_remote || (model_find(x->m, OBJ_EXTENSION, "pg_cron") &&
						x->cat->cron_database &&
						!strcmp(x->cat->cron_database, x->cat->database));
	const char *db = j->database ? j->database : x->cat->database;
	const char *user = j->username ? j->username : l ? l->username : x->cat->current_user;
	struct decision dc = decide_cron(j, l, have_pg_cron, db, user);
	if (dc.act == DA_SKIP) {
		plan_skip(x->p, OBJ_CRON, j->h.ident,
			  arena_printf(&x->p->arena, "pg_cron is not in database '%s' (cron.database_name is '%s')",
				       x->cat->database, x->cat->cron_database ? x->cat->cron_database : "unset"));
		goto done;
	}
	if (dc.act == DA_CREATE) {
		strbuf_addstr(&sb, "SELECT cron.schedule_in_database(");
		quote_literal(&sb, j->h.name);
		strbuf_addstr(&sb, ", ");
		cron_args(x, &sb, j);
		strbuf_addch(&sb, ')');
		sql_end(&sb);
		strbuf_addstr(&inv, "SELECT cron.unschedule(");
		quote_literal(&inv, j->h.name);
		strbuf_addch(&inv, ')');
		sql_end(&inv);
		d->step = new_step(x, STEP_CREATE, &j->h, &sb, NULL);
		set_inverse(x, d->step, &inv);
		if (x->cat->cron_remote)
			d->step->database = x->cat->cron_database;
		goto done;
	}
	if (dc.act == DA_ALTER) {
		struct cron_job cur = *j;
		cur.username = user;
		strbuf_addf(&sb, "SELECT cron.alter_job(%lld, ", l->jobid);
		cron_args(x, &sb, &cur);
		strbuf_addch(&sb, ')');
		sql_end(&sb);
		strbuf_addf(&inv, "SELECT cron.alter_job(%lld, ", l->jobid);
		quote_literal(&inv, l->schedule);
		strbuf_addstr(&inv, ", ");
		quote_literal(&inv, l->command);
		strbuf_addstr(&inv, ", ");
		quote_literal(&inv, l->database);
		strbuf_addstr(&inv, ", ");
		quote_literal(&inv, l->username);
		strbuf_addf(&inv, ", %s)", l->active ? "true" : "false");
		sql_end(&inv);
		d->step = new_step(x, STEP_ALTER, &j->h, &sb, dc.reason);
		set_inverse(x, d->step, &inv);
		if (x->cat->cron_remote)
			d->step->database = x->cat->cron_database;
	}
done:
	strbuf_release(&sb);
	strbuf_release(&inv);
}

/* ---- default privileges ---- */

static void defacl_steps(struct dctx *x)
{
	struct model *m = x->m;
	for (unsigned i = 0; i < m->nobjs; i++) {
		const struct grant *g = (const void *)m->objs[i];
		if (g->h.kind != OBJ_GRANT ||
		    (g->target != GRANT_ON_DEFAULT_TABLES && g->target != GRANT_ON_DEFAULT_FUNCTIONS))
			continue;
		int fn = g->target == GRANT_ON_DEFAULT_FUNCTIONS;
		const char *who = g->for_role ? g->for_role : x->cat->current_user;
		/* handle each (role, schema, type) once: at its first grant */
		int first = 1;
		for (unsigned k = 0; k < i; k++) {
			const struct grant *h = (const void *)m->objs[k];
			if (h->h.kind == OBJ_GRANT && h->target == g->target &&
			    !strcmp(h->target_schema, g->target_schema) &&
			    !strcmp(h->for_role ? h->for_role : x->cat->current_user, who))
				first = 0;
		}
		if (!first)
			continue;
		enum acl_class c = fn ? ACLC_FUNCTION : ACLC_TABLE;
		struct acl want, have;
		memset(&want, 0, sizeof(want));
		for (unsigned k = i; k < m->nobjs; k++) {
			const struct grant *h = (const void *)m->objs[k];
			if (h->h.kind == OBJ_GRANT && h->target == g->target &&
			    !strcmp(h->target_schema, g->target_schema) &&
			    !strcmp(h->for_role ? h->for_role : x->cat->current_user, who))
				add_grant(&want, h, c);
		}
		struct strbuf id = STRBUF_INIT, obj = STRBUF_INIT, sb = STRBUF_INIT, inv = STRBUF_INIT;
		strbuf_addf(&id, "%s:%s:%c", who, g->target_schema, fn ? 'f' : 'r');
		const struct live_defacl *l = (const void *)model_find(&x->cat->m, OBJ_GRANT, id.buf);
		if (l) {
			acl_parse(&have, l->acl, c, who);
			x->live_taken[l->h.id] = 1;
		} else {
			memset(&have, 0, sizeof(have));
		}
		if (acl_equal(&have, &want)) {
			strbuf_release(&id);
			strbuf_release(&obj);
			continue;
		}
		strbuf_addstr(&obj, fn ? "FUNCTIONS" : "TABLES");
		struct strbuf body = STRBUF_INIT, back = STRBUF_INIT;
		acl_diff_sql(&body, &have, &want, obj.buf, c, NULL, 0);
		acl_diff_sql(&back, &want, &have, obj.buf, c, NULL, 0);
		/* prefix every statement with ALTER DEFAULT PRIVILEGES ... */
		struct strbuf prefix = STRBUF_INIT;
		strbuf_addstr(&prefix, "ALTER DEFAULT PRIVILEGES FOR ROLE ");
		quote_ident(&prefix, who);
		strbuf_addstr(&prefix, " IN SCHEMA ");
		quote_ident(&prefix, g->target_schema);
		strbuf_addch(&prefix, ' ');
		for (int pass = 0; pass < 2; pass++) {
			struct strbuf *src = pass ? &back : &body, *dst = pass ? &inv : &sb;
			const char *one = src->buf, *end = src->buf + src->len;
			while (one < end) {
				size_t n = strlen(one);    /* statements end with NUL (sql_end) */
				strbuf_addbuf(dst, &prefix);
				strbuf_add(dst, one, n);
				sql_end(dst);
				one += n + 1;
			}
		}
		struct step *s = new_step(x, STEP_ALTER, &g->h, &sb, "default privileges");
		s->target = arena_printf(&x->p->arena, "default %s in schema %s for %s",
					 fn ? "functions" : "tables", g->target_schema, who);
		set_inverse(x, s, &inv);
		x->d[g->h.id].step = s;
		strbuf_release(&prefix);
		strbuf_release(&body);
		strbuf_release(&back);
		strbuf_release(&id);
		strbuf_release(&obj);
		strbuf_release(&sb);
		strbuf_release(&inv);
	}
}

/* Grants on objects pgform does not manage: only added, never revoked. */
static void unmanaged_grants(struct dctx *x)
{
	struct model *m = x->m;
	for (unsigned i = 0; i < m->nobjs; i++) {
		const struct grant *g = (const void *)m->objs[i];
		if (g->h.kind != OBJ_GRANT || (g->target != GRANT_ON_TABLE && g->target != GRANT_ON_ALL_TABLES))
			continue;
		for (unsigned k = 0; k < x->cat->m.nobjs; k++) {
			struct live_rel *l = (struct live_rel *)x->cat->m.objs[k];
			if ((l->h.kind != OBJ_TABLE && l->h.kind != OBJ_VIEW && l->h.kind != OBJ_MATVIEW) ||
			    x->live_taken[l->h.id] || strcmp(l->h.schema, g->target_schema))
				continue;
			if (g->target == GRANT_ON_TABLE && strcmp(l->h.name, g->target_name))
				continue;
			if (!strncmp(l->h.name, "pgform", 6) && strstr(l->h.name, "__pgform_"))
				continue;
			struct acl have, want;
			acl_parse(&have, l->acl, ACLC_TABLE, l->owner);
			want = have;
			add_grant(&want, g, ACLC_TABLE);
			if (acl_equal(&have, &want))
				continue;
			struct strbuf sb = STRBUF_INIT;
			acl_diff_sql(&sb, &have, &want, acl_object(x, l->h.schema, l->h.name), ACLC_TABLE, l->owner, 1);
			struct step *s = new_step(x, STEP_ALTER, &l->h, &sb,
						  arena_printf(&x->p->arena, "granted by: %s", g->h.ident));
			struct dobj *gd = &x->d[g->h.id];
			(void)gd;
			strbuf_release(&sb);
			(void)s;
		}
	}
}

/* ---- viewdefs needed before statements are written ---- */

static int fetch_defs(struct dctx *x)
{
	struct live_rel **need = xcalloc(x->cat->m.nobjs + 1, sizeof(*need));
	struct live_function **fneed = xcalloc(x->cat->m.nobjs + 1, sizeof(*fneed));
	unsigned n = 0, nf = 0;
	char *mark = xcalloc(x->cat->m.nobjs + 1, 1);
	int ret;
	for (unsigned k = 0; k < x->m->nobjs; k++) {
		struct object *o = x->m->objs[k];
		struct dobj *d = &x->d[o->id];
		if (!d->have || d->status != DS_DEF)
			continue;
		if (o->kind == OBJ_FUNCTION) {
			fneed[nf++] = (struct live_function *)d->have;
			continue;
		}
		if (!is_rel_kind(o->kind))
			continue;
		struct live_rel *l = (struct live_rel *)d->have;
		if (l->h.kind == OBJ_VIEW && !mark[l->h.id]) {
			mark[l->h.id] = 1;
			need[n++] = l;
		}
		/* everything that reads it, transitively, may be re-pointed or re-created */
		struct live_rel *stack[4096];
		unsigned sp = 0;
		stack[sp++] = l;
		while (sp) {
			struct live_rel *cur = stack[--sp], *deps[4096];
			unsigned nd = live_dependents(x, cur, deps, 4096);
			for (unsigned i = 0; i < nd; i++)
				if (!mark[deps[i]->h.id] && sp < 4096) {
					mark[deps[i]->h.id] = 1;
					need[n++] = deps[i];
					stack[sp++] = deps[i];
				}
		}
	}
	ret = catalog_load_viewdefs(x->cat, x->c, need, n);
	if (!ret)
		ret = catalog_load_functiondefs(x->cat, x->c, fneed, nf);
	free(mark);
	free(need);
	free(fneed);
	return ret;
}

int is_rel_kind(enum obj_kind k)
{
	return k == OBJ_TABLE || k == OBJ_MATVIEW || k == OBJ_VIEW;
}

/* The password of a mapping from its variable or file, or NULL. */
static char *mapping_password(const struct tenant *t)
{
	if (t->password_env) {
		const char *v = getenv(t->password_env);
		return v ? xstrdup(v) : NULL;
	}
	if (t->password_file) {
		struct strbuf sb = STRBUF_INIT;
		if (strbuf_read_file(&sb, t->password_file) < 0) {
			strbuf_release(&sb);
			return NULL;
		}
		while (sb.len && (sb.buf[sb.len - 1] == '\n' || sb.buf[sb.len - 1] == '\r'))
			strbuf_setlen(&sb, sb.len - 1);
		return strbuf_detach(&sb, NULL);
	}
	return NULL;
}

/*
 * Which user mappings hold another password than the desired one.  The
 * server compares (pgform reads no password and stores none), in a
 * transaction with statement and parameter logging off, rolled back;
 * only a superuser may turn logging off, so only then is it asked.
 */
static void find_stale_passwords(struct dctx *x)
{
	struct strbuf srv = STRBUF_INIT, usr = STRBUF_INIT, pw = STRBUF_INIT, ids = STRBUF_INIT;
	unsigned n = 0;
	if (!x->cat->is_superuser)
		return;
	strbuf_addch(&srv, '{');
	strbuf_addch(&usr, '{');
	strbuf_addch(&pw, '{');
	strbuf_addch(&ids, '{');
	for (unsigned i = 0; i < x->m->nobjs; i++) {
		struct user_mapping *u = (struct user_mapping *)x->m->objs[i];
		struct live_mapping *l = (struct live_mapping *)x->d[i].have;
		if (u->h.kind != OBJ_USER_MAPPING || !l || !l->has_password)
			continue;
		char *p = mapping_password(u->tenant);
		if (!p)
			continue;
		const char *sep = n++ ? "," : "";
		strbuf_addstr(&srv, sep);
		quote_array_elem(&srv, l->server);
		strbuf_addstr(&usr, sep);
		quote_array_elem(&usr, l->role);
		strbuf_addstr(&pw, sep);
		quote_array_elem(&pw, p);
		strbuf_addf(&ids, "%s%u", sep, i);
		memset(p, 0, strlen(p));
		free(p);
	}
	strbuf_addch(&srv, '}');
	strbuf_addch(&usr, '}');
	strbuf_addch(&pw, '}');
	strbuf_addch(&ids, '}');
	if (n && db_exec(x->c, "cannot compare user mapping passwords",
			 "BEGIN; SET LOCAL log_statement = 'none'; SET LOCAL log_min_duration_statement = -1; "
			 "SET LOCAL log_parameter_max_length = 0; SET LOCAL log_min_error_statement = 'panic'") == 0) {
		const char *params[4] = { srv.buf, usr.buf, pw.buf, ids.buf };
		PGresult *r = PQexecParams(x->c,
			"SELECT v.id FROM unnest($1::text[], $2::text[], $3::text[], $4::int[]) v(srv, usr, pw, id) "
			"JOIN pg_catalog.pg_user_mappings um ON um.srvname = v.srv AND um.usename = v.usr "
			"WHERE NOT coalesce(um.umoptions @> ARRAY['password=' || v.pw], false)",
			4, NULL, params, NULL, NULL, 0);
		if (PQresultStatus(r) == PGRES_TUPLES_OK) {
			x->stale_password = arena_alloc(&x->p->arena, x->m->nobjs + 1);
			for (int i = 0; i < PQntuples(r); i++)
				x->stale_password[atoi(PQgetvalue(r, i, 0))] = 1;
		}
		PQclear(r);
	}
	PQclear(PQexec(x->c, "ROLLBACK"));
	memset(pw.buf, 0, pw.len);
	strbuf_release(&srv);
	strbuf_release(&usr);
	strbuf_release(&pw);
	strbuf_release(&ids);
}

int diff_steps(struct dctx *x)
{
	struct model *m = x->m;
	if (fetch_defs(x) < 0)
		return -1;
	find_stale_passwords(x);
	for (unsigned k = 0; k < m->nobjs; k++) {
		struct object *o = m->objs[m->order[k]];
		struct dobj *d = &x->d[o->id];
		switch (o->kind) {
		case OBJ_EXTENSION:
			if (extension_step(x, (struct extension *)o, d) < 0)
				x->errors++;
			break;
		case OBJ_ROLE:
			if (role_step(x, (struct role *)o, d) < 0)
				x->errors++;
			break;
		case OBJ_SCHEMA:
			schema_step(x, (struct schema *)o, d);
			break;
		case OBJ_SERVER:
			server_step(x, (struct server *)o, d);
			break;
		case OBJ_USER_MAPPING:
			mapping_step(x, (struct user_mapping *)o, d);
			break;
		case OBJ_FUNCTION:
			function_step(x, (struct function *)o, d);
			break;
		case OBJ_TABLE:
		case OBJ_MATVIEW:
		case OBJ_VIEW:
			if (!(o->flags & OBJF_ABSENT))
				relation_step(x, (struct relation *)o, d);
			break;
		case OBJ_CRON:
			cron_step(x, (struct cron_job *)o, d);
			break;
		default:
			break;
		}
	}
	defacl_steps(x);
	unmanaged_grants(x);
	return x->errors ? -1 : 0;
}

/* ---- drops ---- */

/* 1 when NAME is TEMPLATE_YYYY_MM_DD or TEMPLATE_YYYY; *year receives YYYY. */
static int part_name(const char *name, const char *tmpl, int *year)
{
	size_t tl = strlen(tmpl), nl = strlen(name);
	if (nl <= tl + 1 || strncmp(name, tmpl, tl) || name[tl] != '_')
		return 0;
	const char *s = name + tl + 1;
	size_t sl = strlen(s);
	for (size_t i = 0; i < sl; i++)
		if (!((s[i] >= '0' && s[i] <= '9') || ((i == 4 || i == 7) && s[i] == '_')))
			return 0;
	if (sl != 4 && sl != 10)
		return 0;
	*year = atoi(s);
	return 1;
}

/* What pgform manages among live objects that no desired object stands for. */
static const char *managed_reason(struct dctx *x, struct object *l, int *consolidated)
{
	*consolidated = 0;
	if (!is_rel_kind(l->kind))
		return catalog_record(x->cat, l->kind, l->ident) ? "no longer in the desired state" : NULL;
	for (unsigned i = 0; i < x->m->ntenants; i++) {
		struct tenant *t = x->m->tenants[i];
		if (strcmp(t->schema, l->schema))
			continue;
		for (unsigned k = 0; k < t->ntemplates; k++) {
			int year;
			struct template *tm = t->templates[k].tmpl;
			if (tm->partition != PARTITION_DAILY || !part_name(l->name, tm->name, &year))
				continue;
			struct strbuf q = STRBUF_INIT;
			strbuf_addf(&q, "%s.%s_%04d", t->schema, tm->name, year);
			struct object *y = model_find_relation(x->m, q.buf);
			strbuf_release(&q);
			if (y && y->kind == OBJ_TABLE && l->kind == OBJ_MATVIEW) {
				*consolidated = (int)y->id + 1;
				return arena_printf(&x->p->arena, "consolidated into %s", y->ident);
			}
			return "outside the tenant's date range";
		}
	}
	return catalog_record(x->cat, l->kind, l->ident) ? "no longer in the desired state" : NULL;
}

static void drop_sql(struct dctx *x, struct object *l, struct strbuf *sb, struct strbuf *inv)
{
	switch (l->kind) {
	case OBJ_TABLE:
	case OBJ_MATVIEW:
	case OBJ_VIEW:
		drop_rel_sql(sb, l->kind, l->schema, l->name);
		if (l->kind == OBJ_VIEW && ((struct live_rel *)l)->viewdef) {
			strbuf_addstr(inv, "CREATE VIEW ");
			qrel(inv, l->schema, l->name);
			strbuf_addf(inv, " AS\n%s", ((struct live_rel *)l)->viewdef);
			sql_end(inv);
		}
		break;
	case OBJ_SCHEMA:
		strbuf_addstr(sb, "DROP SCHEMA ");
		quote_ident(sb, l->name);
		strbuf_addstr(sb, " CASCADE");
		sql_end(sb);
		break;
	case OBJ_SERVER:
		strbuf_addstr(sb, "DROP SERVER ");
		quote_ident(sb, l->name);
		strbuf_addstr(sb, " CASCADE");
		sql_end(sb);
		break;
	case OBJ_USER_MAPPING: {
		const struct live_mapping *u = (const void *)l;
		strbuf_addstr(sb, "DROP USER MAPPING FOR ");
		quote_ident(sb, u->role);
		strbuf_addstr(sb, " SERVER ");
		quote_ident(sb, u->server);
		sql_end(sb);
		break;
	}
	case OBJ_FUNCTION: {
		const struct live_function *f = (const void *)l;
		strbuf_addf(sb, "DROP %s ", f->prokind == 'p' ? "PROCEDURE" : "FUNCTION");
		quote_qualified(sb, l->schema, l->name);
		strbuf_addf(sb, "(%s)", f->args);
		sql_end(sb);
		break;
	}
	case OBJ_CRON: {
		const struct live_cron *c = (const void *)l;
		strbuf_addf(sb, "SELECT cron.unschedule(%lld)", c->jobid);
		sql_end(sb);
		strbuf_addstr(inv, "SELECT cron.schedule_in_database(");
		quote_literal(inv, c->h.name);
		strbuf_addstr(inv, ", ");
		quote_literal(inv, c->schedule);
		strbuf_addstr(inv, ", ");
		quote_literal(inv, c->command);
		strbuf_addstr(inv, ", ");
		quote_literal(inv, c->database);
		strbuf_addstr(inv, ", ");
		quote_literal(inv, c->username);
		strbuf_addf(inv, ", %s)", c->active ? "true" : "false");
		sql_end(inv);
		break;
	}
	case OBJ_ROLE:
		strbuf_addstr(sb, "DROP ROLE ");
		quote_ident(sb, l->name);
		sql_end(sb);
		break;
	case OBJ_EXTENSION:
		strbuf_addstr(sb, "DROP EXTENSION ");
		quote_ident(sb, l->name);
		sql_end(sb);
		break;
	default:
		break;
	}
}

/*
 * A tenant schema that stays (its drop left out) keeps what is in it and
 * the connection its parts read through (server pgform_SCHEMA and its
 * mappings): nothing of it is dropped piecemeal.
 */
static void hold_schema(struct dctx *x, struct object *s, char *held)
{
	struct catalog *cat = x->cat;
	char server[128];
	snprintf(server, sizeof(server), "pgform_%s", s->name);
	for (unsigned k = 0; k < cat->m.nobjs; k++) {
		struct object *o = cat->m.objs[k];
		if (o->schema && !strcmp(o->schema, s->name))
			held[k] = 1;
		if (o->kind == OBJ_SERVER && !strcmp(o->name, server))
			held[k] = 1;
		if (o->kind == OBJ_USER_MAPPING && !strcmp(((struct live_mapping *)o)->server, server))
			held[k] = 1;
	}
}

/* 1 when the live server NAME is no longer desired and pgform manages it. */
static int server_dropped(struct dctx *x, const char *name)
{
	return !model_find(x->m, OBJ_SERVER, name) && catalog_record(x->cat, OBJ_SERVER, name);
}

void diff_drops(struct dctx *x)
{
	struct catalog *cat = x->cat;
	unsigned n = cat->m.nobjs;
	char *in_dropped_schema = xcalloc(n + 1, 1);
	/* schemas first: a dropped schema takes what is in it along */
	for (int pass = 0; pass < 2; pass++) {
		for (unsigned i = 0; i < n; i++) {
			struct object *l = cat->m.objs[i];
			int consolidated;
			if (x->live_taken[i] || in_dropped_schema[i])
				continue;
			if ((pass == 0) != (l->kind == OBJ_SCHEMA))
				continue;
			if (l->kind == OBJ_GRANT || (l->schema && !strcmp(l->schema, "pgform")) ||
			    !strcmp(l->name, "pgform"))
				continue;
			if (l->kind == OBJ_USER_MAPPING && server_dropped(x, ((struct live_mapping *)l)->server))
				continue; /* DROP SERVER ... CASCADE takes it */
			const char *why = managed_reason(x, l, &consolidated);
			if (!why)
				continue;
			struct drop_facts df = { 0 };
			struct strbuf foreign = STRBUF_INIT;
			df.why = why;
			df.consolidated = consolidated;
			df.allow_destroy = x->o->allow_destroy;
			if (l->kind == OBJ_SCHEMA) {
				/* never take along what pgform does not manage */
				for (unsigned k = 0; k < n; k++) {
					struct object *o = cat->m.objs[k];
					int c2;
					if (!o->schema || strcmp(o->schema, l->name) || o->kind == OBJ_GRANT)
						continue;
					if (managed_reason(x, o, &c2))
						continue;
					if (df.foreign++ < 3)
						strbuf_addf(&foreign, "%s%s", foreign.len ? ", " : "", o->ident);
				}
			}
			df.foreign_list = foreign.buf;
			df.has_inverse = (l->kind == OBJ_VIEW && ((struct live_rel *)l)->viewdef) || l->kind == OBJ_CRON;
			struct decision dc = decide_drop(l->kind, &df);
			strbuf_release(&foreign);
			if (dc.act == DA_SKIP) {
				plan_skip(x->p, l->kind, l->ident, dc.msg);
				if (l->kind == OBJ_SCHEMA)
					hold_schema(x, l, in_dropped_schema);
				continue;
			}
			struct strbuf sb = STRBUF_INIT, inv = STRBUF_INIT;
			if (l->kind == OBJ_SCHEMA) {
				/*
				 * What pgform made in it goes first, readers before what
				 * they read; the schema itself without CASCADE, so anything
				 * else found there at apply time stops the drop.
				 */
				static const enum obj_kind order[] = { OBJ_VIEW, OBJ_MATVIEW, OBJ_TABLE, OBJ_FUNCTION };
				for (unsigned o = 0; o < 4; o++)
					for (unsigned k = 0; k < n; k++) {
						struct object *in = cat->m.objs[k];
						if (in->kind == order[o] && in->schema && !strcmp(in->schema, l->name)) {
							if (in->kind == OBJ_FUNCTION)
								drop_sql(x, in, &sb, &inv);
							else {
								strbuf_addf(&sb, "DROP %s IF EXISTS ", rel_word(in->kind));
								qrel(&sb, in->schema, in->name);
								sql_end(&sb);
							}
						}
					}
				strbuf_reset(&inv);
				strbuf_addstr(&sb, "DROP SCHEMA ");
				quote_ident(&sb, l->name);
				sql_end(&sb);
			} else {
				drop_sql(x, l, &sb, &inv);
			}
			struct step *s = plan_add_step(x->p, STEP_DROP, l);
			if (l->kind == OBJ_CRON && cat->cron_remote)
				s->database = cat->cron_database;
			add_phase(x, s, &s->swap, &sb);
			if (dc.irreversible)
				step_irreversible(s, dc.irreversible);
			else
				set_inverse(x, s, &inv);
			s->reason = why;
			s->hazards |= dc.hazards;
			if (is_rel_kind(l->kind)) {
				s->rows = rows_of((struct live_rel *)l);
				s->bytes = ((struct live_rel *)l)->bytes;
				const char *lab = NULL;
				for (unsigned t = 0; t < x->m->ntenants && !lab; t++)
					for (unsigned k = 0; k < x->m->tenants[t]->ntemplates && !lab; k++) {
						int year;
						struct template *tm = x->m->tenants[t]->templates[k].tmpl;
						if (!strcmp(x->m->tenants[t]->schema, l->schema) &&
						    part_name(l->name, tm->name, &year))
							lab = arena_printf(&x->p->arena, "daily parts of %s.%s",
									   l->schema, tm->union_view);
					}
				s->group_label = lab;
			}
			if (consolidated) {
				struct dobj *yd = &x->d[consolidated - 1];
				if (yd->step)
					plan_step_depend(x->p, s, yd->step->id);
			}
			x->live_step[i] = s;
			if (l->kind == OBJ_SCHEMA) {
				for (unsigned k = 0; k < n; k++)
					if (cat->m.objs[k]->schema && !strcmp(cat->m.objs[k]->schema, l->name))
						in_dropped_schema[k] = 1;
			}
			strbuf_release(&sb);
			strbuf_release(&inv);
		}
	}
	/* a view's own step runs after the swaps that re-point it */
	for (unsigned i = 0; i < n; i++) {
		struct step *s = x->live_step[i];
		if (!s || s->action != STEP_REBUILD || !is_rel_kind(cat->m.objs[i]->kind))
			continue;
		struct live_rel *l = (struct live_rel *)cat->m.objs[i];
		for (unsigned k = 0; k < n; k++) {
			struct live_rel *v = (struct live_rel *)cat->m.objs[k];
			struct step *vs = x->live_step[k];
			if (!vs || vs == s || v->h.kind != OBJ_VIEW)
				continue;
			for (unsigned r = 0; r < v->nrefs; r++)
				if (v->refs[r] == l->oid) {
					plan_step_depend(x->p, vs, s->id);
					break;
				}
		}
	}
	/* a drop waits for every step that stops reading the dropped object */
	for (unsigned i = 0; i < n; i++) {
		struct object *l = cat->m.objs[i];
		struct step *s = x->live_step[i];
		if (!s || s->action != STEP_DROP)
			continue;
		for (unsigned k = 0; k < n; k++) {
			struct live_rel *v = (struct live_rel *)cat->m.objs[k];
			if (!is_rel_kind(v->h.kind) || !x->live_step[k] || x->live_step[k] == s)
				continue;
			for (unsigned r = 0; r < v->nrefs; r++) {
				struct object *t = catalog_by_oid(cat, v->refs[r]);
				int inside = l->kind == OBJ_SCHEMA && t && t->schema && !strcmp(t->schema, l->name);
				if (t == l || inside) {
					plan_step_depend(x->p, s, x->live_step[k]->id);
					break;
				}
			}
		}
		/* a server goes after the mappings and schemas that use it */
		if (l->kind == OBJ_SERVER)
			for (unsigned k = 0; k < n; k++)
				if (x->live_step[k] && x->live_step[k]->action == STEP_DROP &&
				    cat->m.objs[k]->kind == OBJ_SCHEMA)
					plan_step_depend(x->p, s, x->live_step[k]->id);
	}
	free(in_dropped_schema);
}

/*
 * Every other step on a view that a rebuild copies (or on a reader it
 * re-points) runs after that rebuild: the copy is made from the view as
 * it is now, so a change to the view made first would be undone.
 */
void diff_after_copy_swaps(struct dctx *x)
{
	unsigned n = x->cat->m.nobjs;
	if (!x->nswapped)
		return;
	unsigned *first = xcalloc(n + 1, sizeof(unsigned)), *count = xcalloc(n + 1, sizeof(unsigned));
	struct swapped_view *sorted = xcalloc(x->nswapped, sizeof(*sorted));
	for (unsigned i = 0; i < x->nswapped; i++)
		count[x->swapped[i].live]++;
	for (unsigned i = 0, at = 0; i <= n; i++) {
		first[i] = at;
		at += count[i];
		count[i] = 0;
	}
	for (unsigned i = 0; i < x->nswapped; i++) {
		unsigned lv = x->swapped[i].live;
		sorted[first[lv] + count[lv]++] = x->swapped[i];
	}
	/* the views concerned, few: the union views and what reads them */
	unsigned *views = xcalloc(n + 1, sizeof(unsigned)), nviews = 0;
	for (unsigned i = 0; i <= n; i++)
		if (count[i])
			views[nviews++] = i;
	for (unsigned k = 0; k < x->p->nsteps; k++) {
		struct step *t = x->p->steps[k];
		if (!t->schema || !t->name || !is_rel_kind(t->kind))
			continue;
		for (unsigned i = 0; i < nviews; i++) {
			const struct object *o = x->cat->m.objs[views[i]];
			if (strcmp(o->schema, t->schema) || strcmp(o->name, t->name))
				continue;
			for (unsigned j = first[views[i]]; j < first[views[i]] + count[views[i]]; j++)
				if (sorted[j].step != t->id)
					plan_step_depend(x->p, t, sorted[j].step);
		}
	}
	free(views);
	free(sorted);
	free(count);
	free(first);
}
