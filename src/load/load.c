/*
 * load.c: files and includes, the top of the format, and the sections
 * that declare global things (extensions, roles, schemas, grants,
 * functions, checks).  Views, templates, tenants and cron: load_rel.c.
 */
#include "load/load.h"

#include <errno.h>
#include <glob.h>
#include <limits.h>
#include <stdint.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "base/datecalc.h"
#include "load/load_int.h"
#include "load/gitsrc.h"
#include "sql/acl.h"
#include "sql/quote.h"
#include "sql/sqltok.h"
#include "base/usage.h"

static const char *const top_keys[] = {
	"pgform", "include", "extensions", "roles", "schemas", "grants",
	"functions", "views", "materialized_views", "templates", "tenants",
	"cron", "checks", "exclusive", NULL,
};

const char *ld_str(struct loader *ld, const char *s)
{
	return s ? arena_strdup(&ld->m->arena, s) : NULL;
}

void ld_role_ref(struct loader *ld, struct object *needs, const char *role,
		 struct srcpos pos)
{
	struct role_refs *r = &ld->roles;
	if (!role)
		return;
	ALLOC_GROW(r->v, r->n + 1, r->alloc);
	r->v[r->n].role = role;
	r->v[r->n].pos = pos;
	r->v[r->n].needs = needs;
	r->v[r->n].grantee = 0;
	r->n++;
}

void ld_grantee_ref(struct loader *ld, struct object *needs, const char *role,
		    struct srcpos pos)
{
	ld_role_ref(ld, needs, role, pos);
	if (role)
		ld->roles.v[ld->roles.n - 1].grantee = 1;
}

int ld_check_keys(struct loader *ld, struct yfile *f, const yaml_node_t *map,
		  const char *const *allowed, const char *what)
{
	int unknown = ycheck_keys(f, map, allowed, what, ld->d);
	if (unknown) {
		ALLOC_GROW(ld->odd_maps, ld->nodd_maps + 1, ld->aodd_maps);
		ld->odd_maps[ld->nodd_maps++] = map;
	}
	return unknown;
}

void ld_missing(struct loader *ld, const yaml_node_t *map, struct srcpos pos,
		const char *fmt, ...)
{
	struct strbuf sb = STRBUF_INIT;
	va_list ap;
	for (unsigned i = 0; i < ld->nodd_maps; i++)
		if (ld->odd_maps[i] == map)
			return;
	va_start(ap, fmt);
	strbuf_vaddf(&sb, fmt, ap);
	va_end(ap);
	diag_error(ld->d, pos, "%s", sb.buf);
	strbuf_release(&sb);
}

void ld_sqltext(struct loader *ld, struct yfile *f, const yaml_node_t *v,
		struct sqltext *out)
{
	memset(out, 0, sizeof(*out));
	out->sql = ld_str(ld, yscalar(v));
	out->pos = ycontent_pos(f, v);
	if (yis_block(v)) {
		out->block = 1;
		out->indent = out->pos.col - 1;
	}
	if (yis_scalar(v) && v->data.scalar.style != YAML_LITERAL_SCALAR_STYLE) {
		struct strbuf sb = STRBUF_INIT;
		yscalar_raw(f, v, &sb, &out->style);
		out->raw = arena_strndup(&ld->m->arena, sb.buf, sb.len);
		strbuf_release(&sb);
	}
}

int ld_name_fits(struct loader *ld, struct srcpos pos, const char *name,
		 const char *what)
{
	if (!*name) {
		diag_error(ld->d, pos, "%s has an empty name", what);
		return -1;
	}
	if (ident_too_long(name)) {
		diag_error(ld->d, pos, "%s name '%s' is %zu bytes; PostgreSQL names are at most %d",
			   what, name, strlen(name), PG_IDENT_MAX);
		return -1;
	}
	return 0;
}

/*
 * NAME fits (ld_name_fits) and is written as docs/format.md says a name
 * is: an ASCII letter or _, then letters, digits, _, $ and the characters
 * of EXTRA.  Reports at POS the first character that is not.
 */
static int name_chars_ok(struct loader *ld, struct srcpos pos, const char *name,
			 const char *what, const char *extra)
{
	const unsigned char *s = (const unsigned char *)name;
	struct strbuf ch = STRBUF_INIT;
	size_t i;
	if (ld_name_fits(ld, pos, name, what) < 0)
		return -1;
	for (i = 0; s[i]; i++) {
		int letter = (s[i] >= 'a' && s[i] <= 'z') || (s[i] >= 'A' && s[i] <= 'Z') || s[i] == '_';
		int later = (s[i] >= '0' && s[i] <= '9') || s[i] == '$' || strchr(extra, s[i]);
		if (!letter && !(i && later))
			break;
	}
	if (!s[i])
		return 0;
	if (s[i] < 0x20 || s[i] == 0x7f) {
		strbuf_addf(&ch, "U+%04X", s[i]);
	} else {
		size_t n = 1;
		while (s[i + n] && (s[i + n] & 0xc0) == 0x80)
			n++;
		strbuf_addf(&ch, "'%.*s'", (int)n, name + i);
	}
	if (!i || ((s[i] >= '0' && s[i] <= '9') || s[i] == '$' || strchr(extra, s[i])))
		diag_error(ld->d, pos, "%s name '%s' must start with a letter (A-Z, a-z) or _, not %s",
			   what, name, ch.buf);
	else
		diag_error(ld->d, pos, "%s name '%s' holds %s; a name is a letter (A-Z, a-z) or _, "
			   "then letters, digits, _%s or $", what, name, ch.buf, *extra ? ", -" : "");
	strbuf_release(&ch);
	return -1;
}

int ld_name_ok(struct loader *ld, struct srcpos pos, const char *name,
	       const char *what)
{
	return name_chars_ok(ld, pos, name, what, "");
}

int ld_qualified(struct loader *ld, struct srcpos pos, const char *qname,
		 const char *what, const char **schema, const char **name)
{
	const char *dot = strchr(qname, '.');
	if (!dot) {
		*schema = "public";
		*name = ld_str(ld, qname);
	} else {
		if (strchr(dot + 1, '.')) {
			diag_error(ld->d, pos, "%s name '%s' must be 'schema.name'", what, qname);
			return -1;
		}
		*schema = arena_strndup(&ld->m->arena, qname, (size_t)(dot - qname));
		*name = ld_str(ld, dot + 1);
	}
	if (ld_name_ok(ld, pos, *schema, what) < 0 || ld_name_ok(ld, pos, *name, what) < 0)
		return -1;
	return 0;
}

/* Directory part of PATH ("" for a bare file name), with its slash. */
static const char *dir_prefix(struct loader *ld, const char *path)
{
	const char *slash = strrchr(path, '/');
	if (!slash)
		return "";
	return arena_strndup(&ld->m->arena, path, (size_t)(slash - path) + 1);
}

/* PATH made relative to the directory of FROM (absolute paths kept). */
static const char *relative_to(struct loader *ld, const char *from, const char *path)
{
	if (path[0] == '/')
		return ld_str(ld, path);
	return arena_printf(&ld->m->arena, "%s%s", dir_prefix(ld, from), path);
}

int ld_read(struct loader *ld, const char *path, struct strbuf *sb)
{
	return ld->src ? gitsrc_read(ld->src, path, ld->max_file, sb) : strbuf_read_file(sb, path, ld->max_file);
}

void ld_unreadable(struct loader *ld, struct srcpos pos, const char *what, const char *path,
		   int r)
{
	if (ld->src && r == READ_UNREADABLE && errno == ENOENT)
		diag_error(ld->d, pos, "%s '%s' is not in revision %s (commit %.12s)", what, path,
			   gitsrc_rev(ld->src), gitsrc_commit(ld->src));
	else if (r == YFILE_NOT_REGULAR)
		diag_error(ld->d, pos, "'%s' is not a regular file", path);
	else if (r == YFILE_TOO_BIG)
		diag_error(ld->d, pos,
			   "'%s' is larger than %zu bytes, the most pgform reads from one file "
			   "(PGFORM_MAX_FILE_SIZE)", path, ld->max_file);
	else
		diag_error(ld->d, pos, "cannot read %s '%s': %s", what, path, strerror(errno));
}

int ld_sql(struct loader *ld, struct yfile *f, yaml_node_t *map, const char *key,
	   const char *what, int required, struct sqltext *out)
{
	yaml_node_t *kn = NULL, *v = yget(f, map, key, &kn);
	yaml_node_t *fk = NULL, *fv = yget(f, map, "sql_file", &fk);
	memset(out, 0, sizeof(*out));
	if (v && fv) {
		diag_error(ld->d, ypos(f, fk), "%s has both '%s' and 'sql_file'; give one",
			   what, key);
		return -1;
	}
	if (!v && !fv) {
		if (required) {
			ld_missing(ld, map, ypos(f, map), "%s needs '%s' or 'sql_file'", what, key);
			return -1;
		}
		return 0;
	}
	if (v) {
		if (yexpect_scalar(f, v, arena_printf(&ld->m->arena, "'%s' of %s", key, what), ld->d) < 0)
			return -1;
		ld_sqltext(ld, f, v, out);
		return 1;
	}
	if (yexpect_scalar(f, fv, arena_printf(&ld->m->arena, "'sql_file' of %s", what), ld->d) < 0)
		return -1;
	const char *path = relative_to(ld, f->path, yscalar(fv));
	struct strbuf sb = STRBUF_INIT;
	unsigned line, col, byte, code;
	size_t at;
	int r;
	if ((r = ld_read(ld, path, &sb)) < 0) {
		ld_unreadable(ld, ypos(f, fv), "sql_file", path, r);
		strbuf_release(&sb);
		return -1;
	}
	if (utf8_check(sb.buf, sb.len, &line, &col, &byte)) {
		struct srcpos p = { path, line, col };
		diag_error(ld->d, p, "file is not valid UTF-8 (byte 0x%02x)", byte);
		strbuf_release(&sb);
		return -1;
	}
	if (ctrl_check(sb.buf, sb.len, &at, &code)) {
		struct sqltext whole = { sb.buf, { path, 1, 1 }, 0, 0, NULL, 0 };
		diag_error(ld->d, sqltext_offset_pos(&whole, at),
			   "the file holds the control character U+%04X; only tab, newline and carriage return may appear",
			   code);
		strbuf_release(&sb);
		return -1;
	}
	out->sql = arena_strndup(&ld->m->arena, sb.buf, sb.len);
	out->pos.file = path;
	out->pos.line = out->pos.col = 1;
	strbuf_release(&sb);
	return 1;
}

/*
 * The scalars of the list under KEY as texts, each placed at its first
 * content character (TEXT) or at the scalar itself (names: a message
 * about the whole value points at its start).
 */
static int scalar_list(struct loader *ld, struct yfile *f, yaml_node_t *map,
		       const char *key, const char *what, int text,
		       struct sqltext **out, unsigned *n)
{
	yaml_node_t *v = yget(f, map, key, NULL), *it;
	const char *itwhat = arena_printf(&ld->m->arena, "an item of '%s' of %s", key, what);
	unsigned i = 0;
	int bad = 0;
	*out = NULL;
	*n = 0;
	if (!v)
		return 0;
	if (yexpect_seq(f, v, arena_printf(&ld->m->arena, "'%s' of %s", key, what), ld->d) < 0)
		return -1;
	size_t cnt = (size_t)(v->data.sequence.items.top - v->data.sequence.items.start);
	*out = arena_alloc(&ld->m->arena, (cnt + 1) * sizeof(**out));
	YSEQ_FOREACH(f, v, it) {
		if (yexpect_scalar(f, it, itwhat, ld->d) < 0) {
			bad = 1;
			continue;
		}
		ld_sqltext(ld, f, it, &(*out)[i]);
		if (!text)
			(*out)[i].pos = ypos(f, it);
		i++;
	}
	*n = i;
	return bad ? -1 : 1;
}

int ld_sqllist(struct loader *ld, struct yfile *f, yaml_node_t *map,
	       const char *key, const char *what, struct sqltext **out, unsigned *n)
{
	return scalar_list(ld, f, map, key, what, 1, out, n);
}

int ld_strlist(struct loader *ld, struct yfile *f, yaml_node_t *map,
	       const char *key, const char *what, const char ***out,
	       unsigned *n, struct srcpos **pos_out)
{
	struct sqltext *t;
	int r = scalar_list(ld, f, map, key, what, 0, &t, n);
	*out = NULL;
	if (pos_out)
		*pos_out = NULL;
	if (!t)
		return r;
	*out = arena_alloc(&ld->m->arena, (*n + 1) * sizeof(char *));
	if (pos_out)
		*pos_out = arena_alloc(&ld->m->arena, (*n + 1) * sizeof(struct srcpos));
	for (unsigned i = 0; i < *n; i++) {
		(*out)[i] = t[i].sql;
		if (pos_out)
			(*pos_out)[i] = t[i].pos;
	}
	return r;
}

static const char *const schema_privs[] = { "USAGE", "CREATE", "ALL", NULL };
static const char *const table_privs[] = {
	"SELECT", "INSERT", "UPDATE", "DELETE", "TRUNCATE", "REFERENCES",
	"TRIGGER", "ALL", NULL,
};
static const char *const function_privs[] = { "EXECUTE", "ALL", NULL };

int ld_privileges(struct loader *ld, struct yfile *f, yaml_node_t *seq,
		  int target, const char *what, const char ***out, unsigned *n)
{
	const char *const *allowed = target == 's' ? schema_privs :
				     target == 'f' ? function_privs : table_privs;
	const char *tname = target == 's' ? "a schema" : target == 'f' ? "a function" : "a table";
	yaml_node_t *it;
	unsigned i = 0;
	int bad = 0;
	if (yexpect_seq(f, seq, arena_printf(&ld->m->arena, "'privileges' of %s", what), ld->d) < 0)
		return -1;
	size_t cnt = (size_t)(seq->data.sequence.items.top - seq->data.sequence.items.start);
	if (!cnt) {
		diag_error(ld->d, ypos(f, seq), "'privileges' of %s is empty", what);
		return -1;
	}
	*out = arena_alloc(&ld->m->arena, cnt * sizeof(char *));
	YSEQ_FOREACH(f, seq, it) {
		char up[32];
		const char *s = yscalar(it);
		const char *const *a;
		size_t k;
		if (yexpect_scalar(f, it, arena_printf(&ld->m->arena, "a privilege of %s", what), ld->d) < 0) {
			bad = 1;
			continue;
		}
		for (k = 0; s[k] && k < sizeof(up) - 1; k++)
			up[k] = (char)(s[k] >= 'a' && s[k] <= 'z' ? s[k] - 32 : s[k]);
		up[k] = '\0';
		if (!strcmp(up, "ALL PRIVILEGES"))
			strcpy(up, "ALL");
		for (a = allowed; *a; a++)
			if (!strcmp(*a, up))
				break;
		if (!*a) {
			const char *g = suggest(up, allowed);
			struct strbuf sb = STRBUF_INIT;
			if (g) {
				strbuf_addf(&sb, "did you mean '%s'?", g);
			} else {
				strbuf_addstr(&sb, "expected ");
				diag_add_choices(&sb, allowed, "%s", "or");
			}
			diag_error(ld->d, ypos(f, it), "privilege '%s' does not apply to %s; %s",
				   s, tname, sb.buf);
			strbuf_release(&sb);
			bad = 1;
			continue;
		}
		for (unsigned j = 0; j < i; j++)
			if (!strcmp((*out)[j], *a)) {
				diag_error(ld->d, ypos(f, it), "privilege '%s' is listed twice", s);
				bad = 1;
			}
		(*out)[i++] = *a;
	}
	*n = i;
	return bad ? -1 : 0;
}

static const char *const grant_item_keys[] = {
	"role", "privileges", "with_grant_option", NULL,
};

int ld_grant_items(struct loader *ld, struct yfile *f, yaml_node_t *map,
		   const char *what, struct object *needs, struct grant_list *out)
{
	yaml_node_t *v = yget(f, map, "grants", NULL), *it;
	const char *lwhat = arena_printf(&ld->m->arena, "'grants' of %s", what);
	const char *gwhat = arena_printf(&ld->m->arena, "a grant of %s", what);
	int bad = 0;
	memset(out, 0, sizeof(*out));
	if (!v)
		return 0;
	if (yexpect_seq(f, v, lwhat, ld->d) < 0)
		return -1;
	size_t cnt = (size_t)(v->data.sequence.items.top - v->data.sequence.items.start);
	out->v = arena_alloc(&ld->m->arena, (cnt + 1) * sizeof(*out->v));
	YSEQ_FOREACH(f, v, it) {
		struct obj_grant_item *g = &out->v[out->n];
		yaml_node_t *pv, *k = NULL, *rv = NULL;
		int ok = 1;
		memset(g, 0, sizeof(*g));
		if (yexpect_map(f, it, gwhat, ld->d) < 0) {
			bad = 1;
			continue;
		}
		if (yget(f, it, "on", &k)) {
			diag_error(ld->d, ypos(f, k),
				   "a grant of %s applies to it; remove 'on'", what);
			bad = 1;
			continue;
		}
		if (ld_check_keys(ld, f, it, grant_item_keys, gwhat))
			ok = 0;
		g->pos = ypos(f, it);
		int rr = yget_str(f, it, "role", gwhat, &g->role, &rv, ld->d);
		if (rr == 0)
			ld_missing(ld, it, ypos(f, it), "%s needs 'role'", gwhat);
		if (rr > 0) {
			g->role = ld_str(ld, g->role);
			ld_grantee_ref(ld, needs, g->role, ypos(f, rv));
		} else {
			ok = 0;
		}
		pv = yget(f, it, "privileges", NULL);
		if (!pv) {
			ld_missing(ld, it, ypos(f, it), "%s needs 'privileges'", gwhat);
			ok = 0;
		} else if (ld_privileges(ld, f, pv, 't', gwhat, &g->privs, &g->nprivs) < 0) {
			ok = 0;
		}
		if (yget_bool(f, it, "with_grant_option", gwhat, &g->with_grant_option, ld->d) < 0)
			ok = 0;
		if (rr > 0 && g->with_grant_option && !strcmp(g->role, "PUBLIC")) {
			diag_error(ld->d, g->pos, "grant option cannot be granted to PUBLIC");
			ok = 0;
		}
		if (!ok) {
			bad = 1;
			continue;
		}
		out->n++;
	}
	return bad ? -1 : 1;
}

/* ---- extensions ---- */

static const char *const extension_keys[] = { "version", "schema", "checks", NULL };

/*
 * What PostgreSQL refuses in an extension version name (extension.c,
 * check_valid_version_name()), or NULL: a version is part of the names of
 * the update scripts ("ext--1.0--1.1.sql").
 */
static const char *version_name_problem(const char *v)
{
	size_t n = strlen(v);
	if (!n)
		return "it is empty";
	if (strstr(v, "--"))
		return "it contains '--' (which separates the versions in an update script's name)";
	if (v[0] == '-' || v[n - 1] == '-')
		return "it begins or ends with '-'";
	if (strchr(v, '/') || strchr(v, '\\'))
		return "it contains '/' or '\\'";
	return NULL;
}

void ld_extensions(struct loader *ld, struct yfile *f, yaml_node_t *n)
{
	yaml_node_t *k, *v;
	if (yexpect_map(f, n, "'extensions'", ld->d) < 0)
		return;
	YMAP_FOREACH(f, n, k, v) {
		const char *name = ykey_name(f, k, "'extensions'", ld->d);
		const char *what;
		struct extension *e;
		struct object *prev;
		if (!name)
			continue;
		what = arena_printf(&ld->m->arena, "extension '%s'", name);
		if (name_chars_ok(ld, ypos(f, k), name, "extension", "-") < 0)
			continue;
		if ((prev = model_find(ld->m, OBJ_EXTENSION, name))) {
			diag_error(ld->d, ypos(f, k), "duplicate extension '%s' (first at %s:%u:%u)",
				   name, prev->pos.file, prev->pos.line, prev->pos.col);
			continue;
		}
		if (!yis_null(v) && yexpect_map(f, v, what, ld->d) < 0)
			continue;
		if (yis_map(v))
			ld_check_keys(ld, f, v, extension_keys, what);
		name = ld_str(ld, name);
		e = (struct extension *)model_add(ld->m, sizeof(*e), OBJ_EXTENSION, NULL,
						  name, name, ypos(f, k));
		if (!yis_map(v))
			continue;
		yaml_node_t *vn = NULL;
		if (yget_str(f, v, "version", what, &e->a.version, &vn, ld->d) > 0) {
			const char *bad = version_name_problem(e->a.version);
			if (bad)
				diag_error(ld->d, ypos(f, vn), "invalid version '%s' of extension '%s': %s",
					   e->a.version, name, bad);
			e->a.version = ld_str(ld, e->a.version);
		}
		if (yget_str(f, v, "schema", what, &e->a.schema, NULL, ld->d) > 0)
			e->a.schema = ld_str(ld, e->a.schema);
		struct sqltext *checks;
		unsigned nc;
		if (ld_sqllist(ld, f, v, "checks", what, &checks, &nc) > 0) {
			for (unsigned i = 0; i < nc; i++) {
				const char *cname = arena_printf(&ld->m->arena, "extension %s check %u", name, i + 1);
				struct check *c = (struct check *)model_add(ld->m, sizeof(*c), OBJ_CHECK,
									   NULL, cname, cname, checks[i].pos);
				c->sql = checks[i];
				c->origin = what;
				model_depend(ld->m, &c->h, e->h.id);
				refs_parse_check(ld, c);
			}
			e->nchecks = nc;
		}
	}
}

/* ---- roles ---- */

static const char *const role_keys[] = {
	"login", "password_env", "password_file", "superuser", "createdb",
	"createrole", "inherit", "connection_limit", "member_of", "comment",
	"managed", NULL,
};

/* An environment variable name: [A-Za-z_][A-Za-z0-9_]*. */
static int env_name_ok(const char *s)
{
	if (!*s || (*s >= '0' && *s <= '9'))
		return 0;
	for (; *s; s++)
		if (!((*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z') ||
		      (*s >= '0' && *s <= '9') || *s == '_'))
			return 0;
	return 1;
}

int ld_secret(struct loader *ld, struct yfile *f, yaml_node_t *map,
	      const char *what, const char **env, const char **file)
{
	yaml_node_t *en = NULL, *fn = NULL;
	int r1 = yget_str(f, map, "password_env", what, env, &en, ld->d);
	int r2 = yget_str(f, map, "password_file", what, file, &fn, ld->d);
	if (r1 < 0 || r2 < 0)
		return -1;
	if (r1 > 0 && r2 > 0) {
		diag_error(ld->d, ypos(f, fn),
			   "%s has both password_env and password_file; give one", what);
		return -1;
	}
	if (r1 > 0 && !env_name_ok(*env)) {
		/* it may be the password itself: never show it */
		diag_error(ld->d, ypos(f, en),
			   "'password_env' of %s must name an environment variable (letters, digits "
			   "and _, not starting with a digit); the value is not shown, it may be a password",
			   what);
		return -1;
	}
	if (r1 > 0)
		*env = ld_str(ld, *env);
	if (r2 > 0)
		*file = relative_to(ld, f->path, *file);
	return 0;
}

/* A managed role R (declared at POS) must not take a name PostgreSQL keeps for itself. */
static void reserved_role(struct loader *ld, struct srcpos pos, const struct role *r)
{
	if (!r->managed || strncmp(r->h.name, "pg_", 3))
		return;
	diag_error(ld->d, pos,
		   "role name '%s' is reserved: PostgreSQL keeps names starting with pg_ for its own roles "
		   "(a predefined role is named in grants and member_of without being declared; "
		   "declare one that exists with managed: false)", r->h.name);
}

void ld_roles(struct loader *ld, struct yfile *f, yaml_node_t *n)
{
	yaml_node_t *k, *v;
	if (yexpect_map(f, n, "'roles'", ld->d) < 0)
		return;
	YMAP_FOREACH(f, n, k, v) {
		const char *name = ykey_name(f, k, "'roles'", ld->d), *what;
		struct role *r;
		struct object *prev;
		struct srcpos *mpos;
		yaml_node_t *cv = NULL;
		long cl;
		if (!name)
			continue;
		what = arena_printf(&ld->m->arena, "role '%s'", name);
		if (ld_name_ok(ld, ypos(f, k), name, "role") < 0)
			continue;
		if (!strcmp(name, "PUBLIC") || !strcmp(name, "public")) {
			diag_error(ld->d, ypos(f, k), "'%s' is the public pseudo-role; it cannot be declared", name);
			continue;
		}
		if ((prev = model_find(ld->m, OBJ_ROLE, name))) {
			diag_error(ld->d, ypos(f, k), "duplicate role '%s' (first at %s:%u:%u)",
				   name, prev->pos.file, prev->pos.line, prev->pos.col);
			continue;
		}
		if (!yis_null(v) && yexpect_map(f, v, what, ld->d) < 0)
			continue;
		if (yis_map(v))
			ld_check_keys(ld, f, v, role_keys, what);
		name = ld_str(ld, name);
		r = (struct role *)model_add(ld->m, sizeof(*r), OBJ_ROLE, NULL, name, name, ypos(f, k));
		r->a.login = r->a.superuser = r->a.createdb = r->a.createrole = r->a.inherit = -1;
		r->a.connection_limit = -2;
		r->managed = 1;
		if (!yis_map(v)) {
			reserved_role(ld, ypos(f, k), r);
			continue;
		}
		yget_bool(f, v, "login", what, &r->a.login, ld->d);
		yget_bool(f, v, "superuser", what, &r->a.superuser, ld->d);
		yget_bool(f, v, "createdb", what, &r->a.createdb, ld->d);
		yget_bool(f, v, "createrole", what, &r->a.createrole, ld->d);
		yget_bool(f, v, "inherit", what, &r->a.inherit, ld->d);
		yget_bool(f, v, "managed", what, &r->managed, ld->d);
		if (yget_int(f, v, "connection_limit", what, -1, INT_MAX, &cl, ld->d) > 0)
			r->a.connection_limit = cl;
		ld_secret(ld, f, v, what, &r->password_env, &r->password_file);
		if (yget_str(f, v, "comment", what, &r->comment, &cv, ld->d) > 0) {
			r->comment = ld_str(ld, r->comment);
			ld_no_marker(ld, f, cv, "comment", what);
		}
		ld_strlist(ld, f, v, "member_of", what, &r->a.member_of, &r->a.nmember_of, &mpos);
		for (unsigned i = 0; i < r->a.nmember_of; i++)
			ld_grantee_ref(ld, &r->h, r->a.member_of[i], mpos[i]);
		reserved_role(ld, ypos(f, k), r);
		if (!r->managed && (r->password_env || r->password_file || r->a.login >= 0 ||
				    r->a.superuser >= 0 || r->a.createdb >= 0 || r->a.createrole >= 0 ||
				    r->a.inherit >= 0 || r->a.connection_limit != -2 || r->a.nmember_of)) {
			diag_error(ld->d, ypos(f, k),
				   "role '%s' is not managed (managed: false); it takes no attributes",
				   name);
		}
	}
}

/* ---- schemas ---- */

static const char *const schema_keys[] = { "owner", "comment", "exclusive", NULL };

void ld_schemas(struct loader *ld, struct yfile *f, yaml_node_t *n)
{
	yaml_node_t *k, *v;
	if (yexpect_map(f, n, "'schemas'", ld->d) < 0)
		return;
	YMAP_FOREACH(f, n, k, v) {
		const char *name = ykey_name(f, k, "'schemas'", ld->d), *what;
		struct schema *s;
		struct object *prev;
		yaml_node_t *ov = NULL, *cv = NULL;
		if (!name)
			continue;
		what = arena_printf(&ld->m->arena, "schema '%s'", name);
		if (ld_name_ok(ld, ypos(f, k), name, "schema") < 0)
			continue;
		if ((prev = model_find(ld->m, OBJ_SCHEMA, name))) {
			diag_error(ld->d, ypos(f, k), "duplicate schema '%s' (first at %s:%u:%u)",
				   name, prev->pos.file, prev->pos.line, prev->pos.col);
			continue;
		}
		if (!yis_null(v) && yexpect_map(f, v, what, ld->d) < 0)
			continue;
		if (yis_map(v))
			ld_check_keys(ld, f, v, schema_keys, what);
		name = ld_str(ld, name);
		s = (struct schema *)model_add(ld->m, sizeof(*s), OBJ_SCHEMA, NULL, name, name, ypos(f, k));
		if (!yis_map(v))
			continue;
		if (yget_str(f, v, "owner", what, &s->owner, &ov, ld->d) > 0) {
			s->owner = ld_str(ld, s->owner);
			ld_role_ref(ld, &s->h, s->owner, ypos(f, ov));
		}
		if (yget_str(f, v, "comment", what, &s->comment, &cv, ld->d) > 0) {
			s->comment = ld_str(ld, s->comment);
			ld_no_marker(ld, f, cv, "comment", what);
		}
		yget_bool(f, v, "exclusive", what, &s->exclusive, ld->d);
	}
}

/* ---- grants ---- */

static const char *const grant_keys[] = {
	"role", "privileges", "on", "with_grant_option", "for_role", NULL,
};

/* Lower-case copy of S with runs of blanks folded to one space. */
static char *fold_spaces(struct loader *ld, const char *s)
{
	char *out = arena_alloc(&ld->m->arena, strlen(s) + 1), *o = out;
	int sp = 0;
	while (*s == ' ' || *s == '\t')
		s++;
	for (; *s; s++) {
		if (*s == ' ' || *s == '\t') {
			sp = 1;
			continue;
		}
		if (sp && o != out)
			*o++ = ' ';
		sp = 0;
		*o++ = *s;
	}
	*o = '\0';
	return out;
}

static int starts_ci(const char *s, const char *prefix)
{
	return !strncasecmp(s, prefix, strlen(prefix));
}

/* Parse the `on:` of a grant into g; reports at POS. */
static int parse_grant_target(struct loader *ld, struct srcpos pos, const char *on,
			      struct grant *g)
{
	static const struct { const char *prefix; int target; } forms[] = {
		{ "all tables in schema ", GRANT_ON_ALL_TABLES },
		{ "all functions in schema ", GRANT_ON_ALL_FUNCTIONS },
		{ "default tables in schema ", GRANT_ON_DEFAULT_TABLES },
		{ "default functions in schema ", GRANT_ON_DEFAULT_FUNCTIONS },
		{ "schema ", GRANT_ON_SCHEMA },
		{ "table ", GRANT_ON_TABLE },
		{ "function ", GRANT_ON_FUNCTION },
	};
	char *t = fold_spaces(ld, on);
	for (size_t i = 0; i < sizeof(forms) / sizeof(forms[0]); i++) {
		const char *rest;
		if (!starts_ci(t, forms[i].prefix))
			continue;
		rest = t + strlen(forms[i].prefix);
		g->target = forms[i].target;
		if (!*rest)
			break;
		if (g->target == GRANT_ON_TABLE) {
			if (ld_qualified(ld, pos, rest, "table", &g->target_schema, &g->target_name) < 0)
				return -1;
		} else if (g->target == GRANT_ON_FUNCTION) {
			const char *paren = strchr(rest, '(');
			const char *dot = strchr(rest, '.');
			if (!paren || !dot || dot > paren || rest[strlen(rest) - 1] != ')') {
				diag_error(ld->d, pos, "grant target '%s' must be 'function schema.name(argtypes)'", on);
				return -1;
			}
			g->target_schema = arena_strndup(&ld->m->arena, rest, (size_t)(dot - rest));
			g->target_name = ld_str(ld, dot + 1);
		} else {
			if (strchr(rest, ' ') || strchr(rest, '.')) {
				diag_error(ld->d, pos, "grant target '%s': expected one schema name after 'schema'", on);
				return -1;
			}
			g->target_schema = ld_str(ld, rest);
		}
		memcpy(t, forms[i].prefix, strlen(forms[i].prefix));
		g->on = t;
		return 0;
	}
	diag_error(ld->d, pos,
		   "unknown grant target '%s'; expected 'schema S', 'table S.N', 'function S.F(args)', "
		   "'all tables in schema S', 'all functions in schema S', 'default tables in schema S' "
		   "or 'default functions in schema S'", on);
	return -1;
}

/* The identity of a top-level grant: "PRIVS on TARGET to ROLE [for ROLE]". */
static const char *grant_ident(struct loader *ld, const struct grant *g)
{
	struct strbuf id = STRBUF_INIT;
	const char *ident;
	for (unsigned i = 0; i < g->nprivs; i++)
		strbuf_addf(&id, "%s%s", i ? "," : "", g->privs[i]);
	strbuf_addf(&id, " on %s to %s", g->on, g->role);
	if (g->for_role)
		strbuf_addf(&id, " for %s", g->for_role);
	ident = ld_str(ld, id.buf);
	strbuf_release(&id);
	return ident;
}

/*
 * The keys of grant IT into TMP, each checked even when another is bad.
 * Returns 0 when the grant is whole, -1 after a problem.
 */
static int grant_read(struct loader *ld, struct yfile *f, yaml_node_t *it, struct grant *tmp,
		      yaml_node_t **role_node, yaml_node_t **for_role_node)
{
	const char *what = "a grant", *on;
	yaml_node_t *pv, *onv = NULL;
	int ok = 1, rr, ro;

	ld_check_keys(ld, f, it, grant_keys, what);
	rr = yget_str(f, it, "role", what, &tmp->role, role_node, ld->d);
	if (rr == 0)
		ld_missing(ld, it, ypos(f, it), "a grant needs 'role'");
	ro = yget_str(f, it, "on", what, &on, &onv, ld->d);
	if (ro == 0)
		ld_missing(ld, it, ypos(f, it), "a grant needs 'on'");
	if (ro > 0 && parse_grant_target(ld, ypos(f, onv), on, tmp) < 0)
		ro = -1;
	pv = yget(f, it, "privileges", NULL);
	if (!pv) {
		ld_missing(ld, it, ypos(f, it), "a grant needs 'privileges'");
		ok = 0;
	} else if (ro > 0) {
		int target_class = tmp->target == GRANT_ON_SCHEMA ? 's' :
				   (tmp->target == GRANT_ON_FUNCTION || tmp->target == GRANT_ON_ALL_FUNCTIONS ||
				    tmp->target == GRANT_ON_DEFAULT_FUNCTIONS) ? 'f' : 't';
		if (ld_privileges(ld, f, pv, target_class, what, &tmp->privs, &tmp->nprivs) < 0)
			ok = 0;
	}
	if (yget_bool(f, it, "with_grant_option", what, &tmp->with_grant_option, ld->d) < 0)
		ok = 0;
	if (rr > 0 && tmp->with_grant_option && !strcmp(tmp->role, "PUBLIC")) {
		diag_error(ld->d, ypos(f, it), "grant option cannot be granted to PUBLIC");
		ok = 0;
	}
	int rf = yget_str(f, it, "for_role", what, &tmp->for_role, for_role_node, ld->d);
	if (rf > 0 && ro > 0 && tmp->target != GRANT_ON_DEFAULT_TABLES &&
	    tmp->target != GRANT_ON_DEFAULT_FUNCTIONS) {
		diag_error(ld->d, ypos(f, *for_role_node),
			   "'for_role' applies only to 'default ...' grant targets");
		ok = 0;
	}
	if (rf > 0)
		tmp->for_role = ld_str(ld, tmp->for_role);
	else
		tmp->for_role = NULL;
	if (rr > 0)
		tmp->role = ld_str(ld, tmp->role);
	return ok && rr > 0 && ro > 0 && rf >= 0 ? 0 : -1;
}

void ld_grants(struct loader *ld, struct yfile *f, yaml_node_t *n)
{
	yaml_node_t *it;
	if (yexpect_seq(f, n, "'grants'", ld->d) < 0)
		return;
	YSEQ_FOREACH(f, n, it) {
		struct grant tmp, *g;
		yaml_node_t *rn = NULL, *frn = NULL;
		struct object *prev;
		const char *ident;
		memset(&tmp, 0, sizeof(tmp));
		if (yexpect_map(f, it, "a grant", ld->d) < 0)
			continue;
		if (grant_read(ld, f, it, &tmp, &rn, &frn) < 0)
			continue;
		ident = grant_ident(ld, &tmp);
		if ((prev = model_find(ld->m, OBJ_GRANT, ident))) {
			diag_error(ld->d, ypos(f, it), "duplicate grant '%s' (first at %s:%u:%u)",
				   ident, prev->pos.file, prev->pos.line, prev->pos.col);
			continue;
		}
		g = (struct grant *)model_add(ld->m, sizeof(*g), OBJ_GRANT, tmp.target_schema,
					      ident, ident, ypos(f, it));
		tmp.h = g->h;
		*g = tmp;
		ld_grantee_ref(ld, &g->h, g->role, ypos(f, rn));
		if (frn)
			ld_role_ref(ld, &g->h, g->for_role, ypos(f, frn));
	}
}

/* ---- checks ---- */

static const char *const check_keys[] = { "name", "sql", "sql_file", NULL };

void ld_checks(struct loader *ld, struct yfile *f, yaml_node_t *n)
{
	yaml_node_t *it;
	if (yexpect_seq(f, n, "'checks'", ld->d) < 0)
		return;
	YSEQ_FOREACH(f, n, it) {
		const char *name;
		const char *what = "a check";
		struct sqltext sql;
		struct check *c;
		struct object *prev;
		if (yexpect_map(f, it, what, ld->d) < 0)
			continue;
		ld_check_keys(ld, f, it, check_keys, what);
		int rn = yget_str(f, it, "name", what, &name, NULL, ld->d);
		if (rn == 0)
			ld_missing(ld, it, ypos(f, it), "a check needs 'name'");
		if (rn > 0)
			what = arena_printf(&ld->m->arena, "check '%s'", name);
		if (ld_sql(ld, f, it, "sql", what, 1, &sql) < 0 || rn <= 0)
			continue;
		if ((prev = model_find(ld->m, OBJ_CHECK, name))) {
			diag_error(ld->d, ypos(f, it), "duplicate check '%s' (first at %s:%u:%u)",
				   name, prev->pos.file, prev->pos.line, prev->pos.col);
			continue;
		}
		name = ld_str(ld, name);
		c = (struct check *)model_add(ld->m, sizeof(*c), OBJ_CHECK, NULL, name, name, ypos(f, it));
		c->sql = sql;
		c->origin = "checks";
		refs_parse_check(ld, c);
	}
}

/*
 * exclusive: [extensions]: what the state owns wholly in the database,
 * so that what it does not declare there is dropped (see the schemas'
 * own 'exclusive' for what is in a schema).
 */
static void ld_exclusive(struct loader *ld, struct yfile *f, yaml_node_t *n)
{
	yaml_node_t *it;
	if (yexpect_seq(f, n, "'exclusive'", ld->d) < 0)
		return;
	YSEQ_FOREACH(f, n, it) {
		if (yexpect_scalar(f, it, "an item of 'exclusive'", ld->d) < 0)
			continue;
		if (!strcmp(yscalar(it), "extensions"))
			ld->m->extensions_exclusive = 1;
		else
			diag_error(ld->d, ypos(f, it), "'exclusive' names '%s', which the state cannot own wholly "
				   "(allowed: extensions; a schema is owned with 'exclusive: true' under 'schemas')",
				   yscalar(it));
	}
}

/* ---- files and includes ---- */

static int has_glob_chars(const char *s)
{
	return strpbrk(s, "*?[") != NULL;
}

static void load_file(struct loader *ld, const char *path, struct srcpos from, int entry);

/*
 * glob()'s error handler: a directory that does not exist just matches
 * nothing; any other directory that cannot be read stops the expansion.
 */
static int glob_trouble(const char *path, int err)
{
	(void)path;
	return err != ENOENT && err != ENOTDIR;
}

static void load_includes(struct loader *ld, struct yfile *f, yaml_node_t *inc)
{
	yaml_node_t *it;
	if (yexpect_seq(f, inc, "'include'", ld->d) < 0)
		return;
	YSEQ_FOREACH(f, inc, it) {
		const char *pat, *full;
		glob_t g;
		if (yexpect_scalar(f, it, "an item of 'include'", ld->d) < 0)
			continue;
		pat = yscalar(it);
		full = relative_to(ld, f->path, pat);
		if (!has_glob_chars(pat)) {
			load_file(ld, full, ypos(f, it), 0);
			continue;
		}
		if (ld->src) {
			char **v = NULL;
			size_t n = 0;
			if (gitsrc_glob(ld->src, full, &v, &n) < 0)
				diag_error(ld->d, ypos(f, it), "cannot expand include pattern '%s' in revision %s",
					   pat, gitsrc_rev(ld->src));
			else if (!n)
				diag_error(ld->d, ypos(f, it), "include pattern '%s' matches no file in revision %s",
					   pat, gitsrc_rev(ld->src));
			for (size_t i = 0; i < n; i++) {
				load_file(ld, ld_str(ld, v[i]), ypos(f, it), 0);
				free(v[i]);
			}
			free(v);
			continue;
		}
		memset(&g, 0, sizeof(g));
		int r = glob(full, 0, glob_trouble, &g);
		if (r == GLOB_NOMATCH) {
			diag_error(ld->d, ypos(f, it), "include pattern '%s' matches no file", pat);
		} else if (r) {
			diag_error(ld->d, ypos(f, it),
				   "cannot expand include pattern '%s': a directory on its way cannot be read",
				   pat);
		} else {
			for (size_t i = 0; i < g.gl_pathc; i++)
				load_file(ld, ld_str(ld, g.gl_pathv[i]), ypos(f, it), 0);
		}
		globfree(&g);
	}
}

/* Canonical identity of a path for loop detection. */
static const char *canon(struct loader *ld, const char *path)
{
	char buf[PATH_MAX];
	if (ld->src) {
		char *c = gitsrc_canon(ld->src, path);
		const char *r = ld_str(ld, c);
		free(c);
		return r;
	}
	if (realpath(path, buf))
		return ld_str(ld, buf);
	return path;
}

void ld_no_marker(struct loader *ld, struct yfile *f, const yaml_node_t *v, const char *noun,
		  const char *desc)
{
	struct sqltext t;
	if (!v || v->type != YAML_SCALAR_NODE)
		return;
	ld_sqltext(ld, f, v, &t);
	refs_no_marker(ld, &t, noun, desc);
}

/*
 * Every scalar of F (keys too) free of control characters: a
 * double-quoted YAML string can write any ("\0", "\x07"), and a NUL would
 * cut the text short wherever it is used.  Each is reported at its place.
 */
static void check_controls(struct loader *ld, struct yfile *f)
{
	for (yaml_node_t *n = f->doc.nodes.start; n < f->doc.nodes.top; n++) {
		struct sqltext t;
		size_t at;
		unsigned code;
		if (n->type != YAML_SCALAR_NODE ||
		    !ctrl_check((const char *)n->data.scalar.value, n->data.scalar.length, &at, &code))
			continue;
		ld_sqltext(ld, f, n, &t);
		diag_error(ld->d, sqltext_offset_pos(&t, at),
			   "a value holds the control character U+%04X; only tab, newline and carriage return may appear",
			   code);
	}
}

/* `pgform: 1`: required in the entry file, optional in fragments. */
static void check_version(struct loader *ld, struct yfile *f, int entry)
{
	yaml_node_t *k = NULL, *v = yget(f, f->root, "pgform", &k);
	struct srcpos top = { f->path, 1, 1 };
	const char *s;
	if (!v) {
		if (entry)
			diag_error(ld->d, top, "missing 'pgform: 1' (the format version) in the entry file");
		return;
	}
	s = yscalar(v);
	if (!s || yis_null(v))
		diag_error(ld->d, ypos(f, v), "'pgform' must be an integer, found %s; write 'pgform: 1'",
			   ytype(v));
	else if (v->data.scalar.style != YAML_PLAIN_SCALAR_STYLE)
		diag_error(ld->d, ypos(f, v),
			   "'pgform' must be an integer, found a quoted string; write 'pgform: 1'");
	else if (strcmp(s, "1"))
		diag_error(ld->d, ypos(f, v),
			   "unsupported format version '%s'; this pgform reads 'pgform: 1'", s);
}

/*
 * Read PATH (named at FROM; no file for the entry file) and the files it
 * includes, depth first, each once; an include loop is an error.
 */
static void load_file(struct loader *ld, const char *path, struct srcpos from, int entry)
{
	const char *id = canon(ld, path);
	struct yfile *f;

	for (unsigned i = 0; i < ld->nstack; i++) {
		if (strcmp(canon(ld, ld->stack[i]), id))
			continue;
		struct strbuf sb = STRBUF_INIT;
		for (unsigned j = i; j < ld->nstack; j++)
			strbuf_addf(&sb, "%s -> ", ld->stack[j]);
		strbuf_addstr(&sb, path);
		diag_error(ld->d, from, "include loop: %s", sb.buf);
		strbuf_release(&sb);
		return;
	}
	/* a file reached twice (two fragments include it) is read once */
	for (unsigned i = 0; i < ld->nfiles; i++)
		if (!strcmp(canon(ld, ld->files[i]->path), id))
			return;
	f = xcalloc(1, sizeof(*f));
	ALLOC_GROW(ld->files, ld->nfiles + 1, ld->afiles);
	ld->files[ld->nfiles++] = f;
	int r;
	if (ld->src) {
		struct strbuf sb = STRBUF_INIT;
		r = ld_read(ld, path, &sb);
		if (r == 0)
			r = yfile_parse(f, path, &sb, ld->d);
		strbuf_release(&sb);
		if (r == YFILE_UNREADABLE && errno == ENOENT && !from.file) {
			/* the entry file */
			ld_unreadable(ld, from, "file", path, r);
			return;
		}
	} else {
		r = yfile_load(f, path, ld->max_file, ld->d);
	}
	if (r < -1 && from.file) {
		/* name the include that points at the file */
		ld_unreadable(ld, from, "include", path, r);
		return;
	}
	if (r < -1) {
		struct srcpos top = { path, 1, 1 };
		if (r == YFILE_UNREADABLE)
			diag_error(ld->d, top, "cannot read file: %s", strerror(errno));
		else
			ld_unreadable(ld, top, "file", path, r);
		return;
	}
	if (r < 0)
		return;
	check_controls(ld, f);
	ld_check_keys(ld, f, f->root, top_keys, "the top level");
	check_version(ld, f, entry);
	yaml_node_t *inc = yget(f, f->root, "include", NULL);
	if (inc) {
		ALLOC_GROW(ld->stack, ld->nstack + 1, ld->astack);
		ld->stack[ld->nstack++] = path;
		load_includes(ld, f, inc);
		ld->nstack--;
	}
}

/* Run SECTION over every file that has it, in file order. */
static void each_section(struct loader *ld, const char *key,
			 void (*fn)(struct loader *, struct yfile *, yaml_node_t *))
{
	for (unsigned i = 0; i < ld->nfiles; i++) {
		struct yfile *f = ld->files[i];
		yaml_node_t *v;
		if (!f->root || !(v = yget(f, f->root, key, NULL)))
			continue;
		if (yis_null(v))
			continue;
		fn(ld, f, v);
	}
}

static void views_plain(struct loader *ld, struct yfile *f, yaml_node_t *n)
{
	ld_views(ld, f, n, 0);
}

static void views_mat(struct loader *ld, struct yfile *f, yaml_node_t *n)
{
	ld_views(ld, f, n, 1);
}

/*
 * The most bytes read from one file: $PGFORM_MAX_FILE_SIZE (a positive
 * number of bytes) or YREAD_MAX_DEFAULT.  Returns 0, or -1 after
 * reporting a bad value.
 */
static int max_file_size(struct loader *ld)
{
	const char *v = getenv("PGFORM_MAX_FILE_SIZE");
	unsigned long long n = 0;
	ld->max_file = YREAD_MAX_DEFAULT;
	if (!v || !*v)
		return 0;
	for (const char *p = v; *p; p++) {
		if (*p < '0' || *p > '9' || n > (SIZE_MAX - 10) / 10) {
			n = 0;
			break;
		}
		n = n * 10 + (unsigned long long)(*p - '0');
	}
	if (!n) {
		diag_object_error(ld->d, "PGFORM_MAX_FILE_SIZE",
				  "'%s' is not a number of bytes (a whole number above 0)", v);
		return -1;
	}
	ld->max_file = (size_t)n;
	return 0;
}

int model_load(struct model *m, const char *entry, int today)
{
	return model_load_rev(m, entry, today, NULL);
}

int model_load_rev(struct model *m, const char *entry, int today, const char *rev)
{
	struct loader ld;
	struct srcpos none = { NULL, 0, 0 };

	memset(&ld, 0, sizeof(ld));
	ld.m = m;
	ld.d = &m->diags;
	m->today = today;
	m->entry = arena_strdup(&m->arena, entry);
	if (max_file_size(&ld) < 0) {
		diags_sort(&m->diags, NULL, 0);
		return -1;
	}
	if (rev) {
		ld.src = gitsrc_open(entry, rev);
		if (!ld.src)
			return -1;      /* reported */
		m->rev = arena_strdup(&m->arena, rev);
		m->rev_commit = arena_strdup(&m->arena, gitsrc_commit(ld.src));
	}
	load_file(&ld, m->entry, none, 1);

	each_section(&ld, "extensions", ld_extensions);
	each_section(&ld, "roles", ld_roles);
	each_section(&ld, "schemas", ld_schemas);
	each_section(&ld, "functions", ld_functions);
	each_section(&ld, "templates", ld_templates);
	each_section(&ld, "views", views_plain);
	each_section(&ld, "materialized_views", views_mat);
	each_section(&ld, "tenants", ld_tenants);
	each_section(&ld, "cron", ld_cron);
	each_section(&ld, "grants", ld_grants);
	each_section(&ld, "checks", ld_checks);
	each_section(&ld, "exclusive", ld_exclusive);
	ld_check_values(&ld);
	gitsrc_close(ld.src);
	ld.src = NULL;

	m->files = xcalloc(ld.nfiles + 1, sizeof(char *));
	for (unsigned i = 0; i < ld.nfiles; i++) {
		m->files[i] = ld.files[i]->path;
		yfile_free(ld.files[i]);
		free(ld.files[i]);
	}
	m->nfiles = ld.nfiles;
	free(ld.files);
	free(ld.stack);
	free(ld.odd_maps);

	if (!m->diags.nerrors) {
		expand_tenants(m);
		expand_cron(m);
	}
	if (!m->diags.nerrors)
		refs_resolve(m, &ld.roles, &ld.sqlrefs);
	if (!m->diags.nerrors)
		model_sort(m);
	free(ld.roles.v);
	free(ld.sqlrefs.v);
	diags_sort(&m->diags, m->files, m->nfiles);
	return m->diags.nerrors ? -1 : 0;
}

int today_resolve(const char *opt, int *out)
{
	const char *v = opt ? opt : getenv("PGFORM_TODAY");
	if (!v || !*v) {
		*out = date_today_utc();
		return 0;
	}
	if (date_parse(v, out) < 0)
		return error("%s '%s' is not a date YYYY-MM-DD",
			     opt ? "--today" : "PGFORM_TODAY", v);
	return 0;
}
