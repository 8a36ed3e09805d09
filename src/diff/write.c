/*
 * write.c: what every writer shares (statement lists handed to a step's
 * phases, secrets, owners, comments, desired privileges, the readers of a
 * relation), and diff_steps(), which hands each desired object to the
 * writer of its kind.  Writers append statements to a strbuf, each ended
 * by sql_end(), and hand the buffer to a phase (stmt_split()); a password
 * goes where secret_here() is called and is named in the step, never
 * written.  Every name goes through sql/quote.c.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <xxhash.h>

#include "base/datecalc.h"
#include "base/hashmap.h"
#include "base/timing.h"
#include "catalog/db.h"
#include "diff/decide.h"
#include "diff/diff_int.h"
#include "sql/quote.h"
#include "expand/render.h"
#include "expand/spechash.h"
#include "base/usage.h"
#include "diff/write.h"

const char *adup(struct dctx *x, const struct strbuf *sb)
{
	return arena_strndup(&x->p->arena, sb->buf, sb->len);
}

const char *rel_word(enum obj_kind k)
{
	return k == OBJ_VIEW ? "VIEW" : k == OBJ_MATVIEW ? "MATERIALIZED VIEW" : "TABLE";
}

void qrel(struct strbuf *sb, const char *schema, const char *name)
{
	quote_qualified(sb, schema, name);
}

/* "TABLE s.n" as GRANT/REVOKE name it. */
const char *acl_object(struct dctx *x, const char *schema, const char *name)
{
	struct strbuf sb = STRBUF_INIT;
	strbuf_addstr(&sb, "TABLE ");
	qrel(&sb, schema, name);
	const char *r = adup(x, &sb);
	strbuf_release(&sb);
	return r;
}

static void add_items(struct acl *a, const struct grant_list *g, enum acl_class c)
{
	for (unsigned i = 0; i < g->n; i++) {
		unsigned bits = 0;
		for (unsigned k = 0; k < g->v[i].nprivs; k++)
			bits |= acl_bit_of(g->v[i].privs[k], c);
		acl_add(a, g->v[i].role, bits, g->v[i].with_grant_option);
	}
}

void add_grant(struct acl *a, const struct grant *g, enum acl_class c)
{
	unsigned bits = 0;
	for (unsigned k = 0; k < g->nprivs; k++)
		bits |= acl_bit_of(g->privs[k], c);
	acl_add(a, g->role, bits, g->with_grant_option);
}

struct schema_grants {
	const struct grant **v;
	unsigned n;
};

/*
 * The state's grants by the schema they name (a schema, or the tables,
 * functions and default privileges in it), each list in state order:
 * built once per plan, asked for every relation, function and schema.
 */
void grants_index(struct dctx *x)
{
	struct schema_grants *l;
	for (int pass = 0; pass < 2; pass++)
		for (unsigned i = 0; i < x->ngrants; i++) {
			const struct grant *g = x->grants[i];
			if (!g->target_schema)
				continue;
			l = hashmap_get(&x->grants_by_schema, g->target_schema);
			if (!l) {
				l = arena_alloc(&x->p->arena, sizeof(*l));
				hashmap_put(&x->grants_by_schema, g->target_schema, l);
			}
			if (!pass) {
				l->n++;
				continue;
			}
			if (!l->v) {
				l->v = arena_alloc(&x->p->arena, l->n * sizeof(*l->v));
				l->n = 0;
			}
			l->v[l->n++] = g;
		}
}

/* The state's grants naming SCHEMA, in state order (*N of them). */
static const struct grant *const *grants_in(struct dctx *x, const char *schema, unsigned *n)
{
	const struct schema_grants *l = schema ? hashmap_get(&x->grants_by_schema, schema) : NULL;
	*n = l ? l->n : 0;
	return l ? l->v : NULL;
}

/* Default privileges declared for objects OWNER creates in SCHEMA. */
void add_defaults(struct dctx *x, struct acl *a, const char *schema, const char *owner,
			 int functions, enum acl_class c)
{
	unsigned ng;
	const struct grant *const *gs = grants_in(x, schema, &ng);
	for (unsigned i = 0; i < ng; i++) {
		const struct grant *g = gs[i];
		if (g->target != (functions ? GRANT_ON_DEFAULT_FUNCTIONS : GRANT_ON_DEFAULT_TABLES))
			continue;
		const char *who = g->for_role ? g->for_role : x->cat->current_user;
		if (strcmp(who, owner) || strcmp(g->target_schema, schema))
			continue;
		add_grant(a, g, c);
	}
}

/*
 * The ACL relation R must have, owned by OWNER, into A (initialised; what
 * it held is replaced, as by every *_acl() function here).
 */
void want_rel_acl(struct dctx *x, const struct relation *r, const char *owner, struct acl *a)
{
	acl_default(a, ACLC_TABLE, owner);
	add_items(a, &r->grants, ACLC_TABLE);
	unsigned ng;
	const struct grant *const *gs = grants_in(x, r->h.schema, &ng);
	for (unsigned i = 0; i < ng; i++) {
		const struct grant *g = gs[i];
		if (!g->target_schema || strcmp(g->target_schema, r->h.schema))
			continue;
		if (g->target == GRANT_ON_ALL_TABLES ||
		    (g->target == GRANT_ON_TABLE && !strcmp(g->target_name, r->h.name)))
			add_grant(a, g, ACLC_TABLE);
	}
	add_defaults(x, a, r->h.schema, owner, 0, ACLC_TABLE);
}

/* The ACL schema S must have, owned by OWNER. */
void want_schema_acl(struct dctx *x, const struct object *s, const char *owner, struct acl *a)
{
	acl_default(a, ACLC_SCHEMA, owner);
	unsigned ng;
	const struct grant *const *gs = grants_in(x, s->name, &ng);
	for (unsigned i = 0; i < ng; i++) {
		const struct grant *g = gs[i];
		if (g->target == GRANT_ON_SCHEMA &&
		    !strcmp(g->target_schema, s->name))
			add_grant(a, g, ACLC_SCHEMA);
	}
}

/* The ACL function F must have, owned by OWNER. */
void want_function_acl(struct dctx *x, const struct function *f, const char *owner,
			      struct acl *a)
{
	acl_default(a, ACLC_FUNCTION, owner);
	unsigned ng;
	const struct grant *const *gs = grants_in(x, f->h.schema, &ng);
	for (unsigned i = 0; i < ng; i++) {
		const struct grant *g = gs[i];
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
void created_rel_acl(struct dctx *x, const char *schema, const char *owner, struct acl *a)
{
	acl_default(a, ACLC_TABLE, owner);
	add_defaults(x, a, schema, owner, 0, ACLC_TABLE);
}

/*
 * The ACL of a relation pgform creates in SCHEMA and then gives to OWNER:
 * the creator's default privileges, the creator's own defaults moving to
 * the owner with the ownership.
 */
void given_rel_acl(struct dctx *x, const char *schema, const char *owner, struct acl *a)
{
	const char *creator = x->cat->current_user;
	created_rel_acl(x, schema, creator, a);
	if (!strcmp(owner, creator))
		return;
	struct acl moved = ACL_INIT;
	acl_default(&moved, ACLC_TABLE, owner);
	for (unsigned i = 0; i < a->n; i++)
		if (strcmp(a->v[i].grantee, creator))
			acl_grant(&moved, a->v[i].grantee, a->v[i].privs, 0);
	acl_release(a);
	*a = moved;
}

void owner_sql(struct strbuf *sb, const char *word, const char *schema, const char *name,
		      const char *owner)
{
	strbuf_addf(sb, "ALTER %s ", word);
	qrel(sb, schema, name);
	strbuf_addstr(sb, " OWNER TO ");
	quote_ident(sb, owner);
	sql_end(sb);
}

void comment_sql(struct strbuf *sb, const char *word, const char *schema, const char *name,
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
 * own name, or a temporary one): what a fresh one needs.  L: the live
 * relation it replaces, or NULL.
 */
void rel_attrs_new(struct dctx *x, const struct relation *r, const char *name,
			  const char *owner, const struct live_rel *l, struct strbuf *sb)
{
	/* a comment the state leaves out is kept, as it is when nothing is rebuilt */
	const char *comment = r->comment ? r->comment : l ? l->comment : NULL;
	struct acl have = ACL_INIT, want = ACL_INIT;
	if (strcmp(owner, x->cat->current_user))
		owner_sql(sb, rel_word(r->h.kind), r->h.schema, name, owner);
	given_rel_acl(x, r->h.schema, owner, &have);
	want_rel_acl(x, r, owner, &want);
	acl_diff_sql(sb, &have, &want, acl_object(x, r->h.schema, name), ACLC_TABLE, owner, 0);
	acl_release(&have);
	acl_release(&want);
	if (comment)
		comment_sql(sb, rel_word(r->h.kind), r->h.schema, name, comment);
}

const char *rel_owner(struct dctx *x, const struct relation *r, const struct live_rel *l)
{
	if (r->owner)
		return r->owner;
	return l ? l->owner : x->cat->current_user;
}

void drop_rel_sql(struct strbuf *sb, enum obj_kind k, const char *schema, const char *name)
{
	strbuf_addf(sb, "DROP %s ", rel_word(k));
	qrel(sb, schema, name);
	sql_end(sb);
}

long long rows_of(const struct live_rel *l)
{
	return l && l->reltuples >= 0 ? (long long)l->reltuples : -1;
}

/* Append the statements of SB to phase L of S, with the secrets SB names. */
void add_phase(struct dctx *x, struct step *s, struct stmt_list *l, const struct strbuf *sb)
{
	stmt_split(x->p, s, l, sb->buf, sb->len, x->pending, x->npending);
	x->npending = 0;
}

/* A new step whose swap phase is SQL. */
struct step *new_step(struct dctx *x, enum step_action a, const struct object *o,
			     const struct strbuf *sql, const char *reason)
{
	struct step *s = plan_add_step(x->p, a, o);
	add_phase(x, s, &s->swap, sql);
	s->reason = reason;
	return s;
}

/* S is undone by the statements of INV (none: nothing to undo). */
void set_inverse(struct dctx *x, struct step *s, const struct strbuf *inv)
{
	s->inverse.n = 0;
	stmt_split(x->p, s, &s->inverse, inv->buf, inv->len, NULL, 0);
	s->irreversible = NULL;
}

/* Where a password goes in the statement being written to SB. */
void secret_here(struct dctx *x, struct strbuf *sb, const char *env, const char *file, int verifier)
{
	if (x->npending < sizeof(x->pending) / sizeof(x->pending[0]))
		x->pending[x->npending++] = (struct secret_ref){ env, file, verifier };
	sql_secret(sb);
}

const char *part_label(struct dctx *x, const struct relation *r)
{
	return rel_part_label(&x->p->arena, r);
}

/* For a part or yearly table: the tenant source it reads, to name when it fails. */
const struct step_source *step_source(struct dctx *x, const struct relation *r)
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
unsigned live_dependents(struct dctx *x, const struct live_rel *l, struct live_rel **out,
				unsigned max)
{
	return live_readers(x, l->oid, out, max);
}

struct reader_link {
	unsigned oid;   /* what is read */
	unsigned view;  /* live id of the view or materialized view reading it */
};

static int cmp_reader_link(const void *pa, const void *pb)
{
	const struct reader_link *a = pa, *b = pb;
	if (a->oid != b->oid)
		return a->oid < b->oid ? -1 : 1;
	return a->view < b->view ? -1 : a->view > b->view;
}

/*
 * The index of readers: (oid read, live id of the reader) for every view
 * and materialized view of the catalog, sorted, one pair per reader and
 * oid; built at the first question, once per plan.
 */
static void readers_index(struct dctx *x)
{
	struct reader_link *v = NULL;
	unsigned n = 0, alloc = 0;
	for (unsigned i = 0; i < x->cat->m.nobjs; i++) {
		struct live_rel *l = (struct live_rel *)x->cat->m.objs[i];
		if (l->h.kind != OBJ_VIEW && l->h.kind != OBJ_MATVIEW)
			continue;
		ALLOC_GROW(v, n + l->nrefs, alloc);
		for (unsigned k = 0; k < l->nrefs; k++)
			v[n++] = (struct reader_link){ l->refs[k], i };
	}
	if (n)
		qsort(v, n, sizeof(*v), cmp_reader_link);
	unsigned u = 0;
	for (unsigned i = 0; i < n; i++)
		if (!u || v[i].oid != v[u - 1].oid || v[i].view != v[u - 1].view)
			v[u++] = v[i];
	x->readers = v ? v : xcalloc(1, sizeof(*v));
	x->nreaders = u;
}

/* The views and materialized views that read the relation or function OID, in catalog order, into OUT (at most MAX). */
unsigned live_readers(struct dctx *x, unsigned oid, struct live_rel **out, unsigned max)
{
	unsigned lo = 0, hi, n = 0;
	if (!x->readers)
		readers_index(x);
	hi = x->nreaders;
	while (lo < hi) {       /* the first link of OID */
		unsigned mid = lo + (hi - lo) / 2;
		if (x->readers[mid].oid < oid)
			lo = mid + 1;
		else
			hi = mid;
	}
	for (unsigned i = lo; i < x->nreaders && x->readers[i].oid == oid && n < max; i++)
		out[n++] = (struct live_rel *)x->cat->m.objs[x->readers[i].view];
	return n;
}

int is_rel_kind(enum obj_kind k)
{
	return k == OBJ_TABLE || k == OBJ_MATVIEW || k == OBJ_VIEW;
}

int diff_steps(struct dctx *x)
{
	struct model *m = x->m;
	enum timing_phase prev = timing_enter(TIMING_PROBE);
	if (fetch_defs(x) < 0 || fetch_function_blockers(x) < 0)
		return -1;
	find_stale_passwords(x);
	timing_enter(prev);
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

/*
 * S takes away what HAVE grants and WANT does not: the revokes hazard,
 * and what goes, for the plan's hazard line ("SELECT from bi").
 */
void note_revokes(struct dctx *x, struct step *s, const struct acl *have, const struct acl *want,
		  enum acl_class c, const char *owner, const char *what)
{
	struct strbuf sb = STRBUF_INIT;
	if (s->revokes)
		strbuf_addf(&sb, "%s; ", s->revokes);
	size_t at = sb.len;
	if (have && acl_revokes(&sb, have, want, c, owner) == 0)
		strbuf_setlen(&sb, at ? at - 2 : 0);
	else if (!have && what)
		strbuf_addstr(&sb, what);
	if (sb.len > at || (!have && what)) {
		if (what && have)
			strbuf_addf(&sb, " (%s)", what);
		s->revokes = adup(x, &sb);
		s->hazards |= HAZARD_REVOKES;
	}
	strbuf_release(&sb);
}
