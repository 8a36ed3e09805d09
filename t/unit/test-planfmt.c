/*
 * Unit tests for planfmt and planfile: small plans built by hand, each
 * rendering compared exactly with a file under t/expect/t0012/ (found
 * through $PGFORM_SRC, else from the current directory), then saved
 * plans: a byte-identical round trip and the exact messages of bad files.
 *
 * When an output differs, it is kept in the scratch directory (named in
 * a "#" line) so it can be compared with the expected file.
 */
#include <fcntl.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <xxhash.h>

#include "plan/plan.h"
#include "plan/planfile.h"
#include "output/planfmt.h"
#include "sql/quote.h"
#include "base/strbuf.h"
#include "tap.h"

static char tmpdir[] = "/tmp/pgform-t0012-XXXXXX";
static int keep_tmpdir;

/* The path of FILE in the scratch directory (static buffer, one at a time). */
static const char *tmp_path(const char *file)
{
	static struct strbuf sb = STRBUF_INIT;
	strbuf_reset(&sb);
	strbuf_addf(&sb, "%s/%s", tmpdir, file);
	return sb.buf;
}

static void write_file(const char *path, const char *text)
{
	FILE *f = fopen(path, "w");
	if (f) {
		fputs(text, f);
		fclose(f);
	}
}

/* The contents of PATH, or "" (the caller owns SB). */
static const char *slurp(struct strbuf *sb, const char *path)
{
	strbuf_reset(sb);
	if (strbuf_read_file(sb, path, READ_MAX_DEFAULT) < 0)
		strbuf_reset(sb);
	return sb->buf;
}

/* GOT must equal t/expect/t0012/NAME; a different GOT is kept in tmpdir. */
static void check_expect(const char *name, const struct strbuf *got)
{
	struct strbuf path = STRBUF_INIT, want = STRBUF_INIT;
	const char *src = getenv("PGFORM_SRC");
	int same;

	if (src && *src)
		strbuf_addf(&path, "%s/", src);
	strbuf_addf(&path, "t/expect/t0012/%s", name);
	if (strbuf_read_file(&want, path.buf, READ_MAX_DEFAULT) < 0)
		strbuf_addstr(&want, "(missing expected file)");
	same = !strcmp(got->buf, want.buf);
	ok(same, "%s", name);
	if (!same) {
		write_file(tmp_path(name), got->buf);
		printf("#   got %s, expected %s\n", tmp_path(name), path.buf);
		keep_tmpdir = 1;
	}
	strbuf_release(&path);
	strbuf_release(&want);
}

/* Statements of TEXT (";\n" between them) appended to phase L of S. */
static void set_stmts(struct plan *p, struct step *s, struct stmt_list *l, const char *text)
{
	struct strbuf sb = STRBUF_INIT;
	const char *at = text;

	for (;;) {
		const char *end = strstr(at, ";\n");
		if (!end) {
			strbuf_addstr(&sb, at);
			sql_end(&sb);
			break;
		}
		strbuf_add(&sb, at, (size_t)(end - at));
		sql_end(&sb);
		at = end + 2;
		if (!*at)
			break;
	}
	stmt_split(p, s, l, sb.buf, sb.len, NULL, 0);
	strbuf_release(&sb);
}

/* S is undone by the statements of TEXT. */
static void set_inverse(struct plan *p, struct step *s, const char *text)
{
	set_stmts(p, s, &s->inverse, text);
	s->irreversible = NULL;
}

/* A step for an object KIND SCHEMA.NAME, with its SQL (its swap phase) and reason. */
static struct step *add(struct plan *p, enum step_action a, enum obj_kind kind,
			const char *schema, const char *name, const char *sql,
			const char *reason)
{
	struct object o = { .kind = kind };
	struct step *s;

	o.schema = schema ? arena_strdup(&p->arena, schema) : NULL;
	o.name = arena_strdup(&p->arena, name);
	o.ident = schema ? arena_printf(&p->arena, "%s.%s", schema, name) : o.name;
	s = plan_add_step(p, a, &o);
	if (sql)
		set_stmts(p, s, &s->swap, sql);
	s->reason = reason ? arena_strdup(&p->arena, reason) : NULL;
	return s;
}

/*
 * The plan most tests render: creates (one with a password marker), a
 * group of 5 daily parts, a union view, a swap of a rebuilt materialized
 * view and the view over it in one group, an extension update outside
 * any transaction, a drop holding data, a hostile name, and a schema
 * left out.
 */
static void build_plan(struct plan *p)
{
	struct step *s;
	char name[64], sql[512];

	p->database = "warehouse";
	p->catalog_fp = "0123456789abcdef";
	p->desired_fp = "fedcba9876543210";
	p->git_commit = "3f2a1b0c9d8e7f6a5b4c3d2e1f0a9b8c7d6e5f4a";
	p->pgform_version = "0.1.0";
	p->created_at = "2025-06-01T12:00:00Z";

	s = add(p, STEP_CREATE, OBJ_ROLE, NULL, "app_reader", NULL, "missing");
	{
		static const struct secret_ref pw = { "APP_READER_PASSWORD", NULL, 1 };
		struct strbuf sb = STRBUF_INIT;
		strbuf_addstr(&sb, "CREATE ROLE app_reader LOGIN PASSWORD ");
		sql_secret(&sb);
		sql_end(&sb);
		stmt_split(p, s, &s->swap, sb.buf, sb.len, &pw, 1);
		strbuf_release(&sb);
	}
	set_inverse(p, s, "DROP ROLE app_reader");
	s = add(p, STEP_CREATE, OBJ_SCHEMA, NULL, "tenant_b",
		"CREATE SCHEMA tenant_b", "missing");
	set_inverse(p, s, "DROP SCHEMA tenant_b");
	for (int d = 1; d <= 5; d++) {
		snprintf(name, sizeof(name), "foodlogstats_2025_01_%02d", d);
		snprintf(sql, sizeof(sql),
			 "CREATE MATERIALIZED VIEW tenant_b.%s AS\n"
			 "  SELECT * FROM tenant_b.remote_foodlog('2025-01-%02d');\n"
			 "CREATE UNIQUE INDEX ON tenant_b.%s (day)", name, d, name);
		s = add(p, STEP_CREATE, OBJ_MATVIEW, "tenant_b", name, sql, "missing");
		set_inverse(p, s, arena_printf(&p->arena, "DROP MATERIALIZED VIEW tenant_b.%s", name));
		s->group_label = "daily parts of tenant_b.foodlogstats";
		plan_step_depend(p, s, 2);
	}
	s = add(p, STEP_CREATE, OBJ_VIEW, "tenant_b", "foodlogstats",
		"CREATE VIEW tenant_b.foodlogstats AS\n"
		"  SELECT * FROM tenant_b.foodlogstats_2025_01_01\n"
		"  UNION ALL SELECT * FROM tenant_b.foodlogstats_2025_01_02\n"
		"  UNION ALL SELECT * FROM tenant_b.foodlogstats_2025_01_03\n"
		"  UNION ALL SELECT * FROM tenant_b.foodlogstats_2025_01_04\n"
		"  UNION ALL SELECT * FROM tenant_b.foodlogstats_2025_01_05",
		"missing");
	set_inverse(p, s, "DROP VIEW tenant_b.foodlogstats");
	for (unsigned d = 3; d <= 7; d++)
		plan_step_depend(p, s, d);

	s = add(p, STEP_REBUILD, OBJ_MATVIEW, "public", "daily_summary",
		"CREATE MATERIALIZED VIEW public.daily_summary_pgform_new AS\n"
		"  SELECT day, sum(n) AS n FROM public.foodlogstats GROUP BY day;\n"
		"ALTER MATERIALIZED VIEW public.daily_summary RENAME TO daily_summary_pgform_old;\n"
		"ALTER MATERIALIZED VIEW public.daily_summary_pgform_new RENAME TO daily_summary;\n",
		"query changed");
	set_inverse(p, s, "ALTER MATERIALIZED VIEW public.daily_summary RENAME TO daily_summary_pgform_new;\n"
		    "ALTER MATERIALIZED VIEW public.daily_summary_pgform_old RENAME TO daily_summary");
	s->hazards = HAZARD_REBUILDS_ROWS;
	s->rows = 48210;
	s->bytes = 5242880;
	s->group = 1;
	s = add(p, STEP_REPLACE, OBJ_VIEW, "public", "daily_report",
		"CREATE OR REPLACE VIEW public.daily_report AS\n"
		"  SELECT day, n FROM public.daily_summary",
		"depends on public.daily_summary");
	set_inverse(p, s, "CREATE OR REPLACE VIEW public.daily_report AS\n"
		     "  SELECT day, n FROM public.daily_summary_pgform_old");
	s->hazards = HAZARD_EXCLUSIVE_LOCK;
	s->group = 1;
	plan_step_depend(p, s, 9);

	s = add(p, STEP_ALTER, OBJ_EXTENSION, NULL, "pg_cron",
		"ALTER EXTENSION pg_cron UPDATE TO '1.6'", "version 1.5 -> 1.6");
	set_inverse(p, s, "ALTER EXTENSION pg_cron UPDATE TO '1.5'");
	s->group = 2;
	s->no_transaction = 1;

	s = add(p, STEP_DROP, OBJ_TABLE, "tenant_a", "foodlogstats_2023",
		"DROP TABLE tenant_a.foodlogstats_2023", "not in the desired state");
	s->hazards = HAZARD_DROPS_DATA | HAZARD_IRREVERSIBLE;
	s->rows = 12345;
	s->bytes = 1258291;

	s = add(p, STEP_CREATE, OBJ_VIEW, "public", "we\"ird|*`_<b>\nx",
		"CREATE VIEW public.\"we\"\"ird|*`_<b>\nx\" AS SELECT 1", "missing");
	set_inverse(p, s, "DROP VIEW public.\"we\"\"ird|*`_<b>\nx\"");
	plan_step_depend(p, s, 2);

	plan_skip(p, OBJ_SCHEMA, "tenant_c", "drops data; run with --allow-destroy");
}

/*
 * Rebuilds: 4 daily parts that fold (hazards too, rows and bytes
 * summed), 3 views with one label that do not fold, and a rebuild of
 * unknown size.
 */
static void build_rebuild_plan(struct plan *p)
{
	static const char *const views[] = { "weekly", "monthly", "yearly" };
	struct step *s;
	char name[64];

	for (int d = 1; d <= 4; d++) {
		snprintf(name, sizeof(name), "foodlogstats_2024_01_%02d", d);
		s = add(p, STEP_REBUILD, OBJ_MATVIEW, "tenant_a", name,
			"REFRESH MATERIALIZED VIEW tenant_a.x", "template changed");
		s->group_label = "daily parts of tenant_a.foodlogstats";
		s->hazards = HAZARD_REBUILDS_ROWS;
		s->rows = 1000;
		s->bytes = 524288;
	}
	for (int v = 0; v < 3; v++) {
		s = add(p, STEP_RECREATE, OBJ_VIEW, "tenant_a", views[v],
			"CREATE VIEW tenant_a.x AS SELECT 1", "depends on tenant_a.foodlogstats");
		s->group_label = "views over tenant_a.foodlogstats";
	}
	s = add(p, STEP_REBUILD, OBJ_MATVIEW, "public", "top_foods",
		"REFRESH MATERIALIZED VIEW public.top_foods", "--replace");
	s->hazards = HAZARD_REBUILDS_ROWS;
}

/* TEXT is valid JSON, byte for byte what jansson dumps for its value. */
static void json_is_jansson_dump(const char *text)
{
	json_t *j = json_loads(text, JSON_REJECT_DUPLICATES, NULL);
	char *s = j ? json_dumps(j, JSON_INDENT(2) | JSON_PRESERVE_ORDER | JSON_ENSURE_ASCII) : NULL;
	struct strbuf want = STRBUF_INIT;

	strbuf_addf(&want, "%s\n", s ? s : "(not json)");
	is_str(text, want.buf, "json form is what jansson dumps for it");
	strbuf_release(&want);
	free(s);
	json_decref(j);
}

/* Each format of the main plan, and text of the rebuild and empty plans. */
static void test_renderers(void)
{
	struct plan p = { 0 }, r = { 0 }, empty = { 0 };
	struct strbuf out = STRBUF_INIT, again = STRBUF_INIT;

	build_plan(&p);
	planfmt_text(&p, 0, &out);
	check_expect("plan.txt", &out);
	strbuf_reset(&out);
	planfmt_text(&p, 1, &out);
	check_expect("plan-verbose.txt", &out);
	strbuf_reset(&out);
	planfmt_sql(&p, 0, &out);
	check_expect("plan.sql", &out);
	strbuf_reset(&out);
	planfmt_json(&p, 0, &out);
	check_expect("plan.json", &out);
	json_is_jansson_dump(out.buf);
	strbuf_reset(&out);
	planfmt_markdown(&p, 0, &out);
	check_expect("plan.md", &out);
	strbuf_reset(&out);
	planfmt_markdown(&p, 1, &out);
	check_expect("plan-verbose.md", &out);
	strbuf_reset(&out);
	planfmt_dot(&p, 0, &out);
	check_expect("plan.dot", &out);

	build_rebuild_plan(&r);
	strbuf_reset(&out);
	planfmt_text(&r, 0, &out);
	check_expect("rebuild.txt", &out);

	strbuf_reset(&out);
	planfmt_text(&empty, 0, &out);
	is_str(out.buf, "No changes. The database matches the desired state.\n",
	       "empty plan as text");
	strbuf_reset(&out);
	planfmt_markdown(&empty, 0, &out);
	is_str(out.buf, "### pgform plan\n\nNo changes. The database matches the desired state.\n",
	       "empty plan as markdown");

	strbuf_reset(&out);
	is_int(planfmt_by_name("yaml", &p, 0, &out), -1, "unknown format name");
	is_int(out.len, 0, "unknown format name writes nothing");
	is_int(planfmt_by_name("dot", &p, 0, &out), 0, "format by name");
	planfmt_dot(&p, 0, &again);
	is_str(out.buf, again.buf, "format by name renders the same");

	strbuf_release(&out);
	strbuf_release(&again);
	plan_free(&p);
	plan_free(&r);
}

/* Sizes for people, and a name that is not UTF-8 in JSON. */
static void test_details(void)
{
	static const long long bytes[] = { 0, 1023, 1024, 1048575, 1610612736 };
	struct plan p = { 0 };
	struct strbuf out = STRBUF_INIT;
	struct step *s;

	for (unsigned i = 0; i < 5; i++) {
		s = add(&p, STEP_DROP, OBJ_TABLE, "t", "x", "DROP TABLE t.x", NULL);
		s->hazards = HAZARD_DROPS_DATA;
		s->rows = i == 1 ? 1 : -1;
		s->bytes = bytes[i];
	}
	s = add(&p, STEP_CREATE, OBJ_USER_MAPPING, NULL, "caf\xe9", "SELECT 1", NULL);
	s->target = NULL;
	planfmt_text(&p, 0, &out);
	is_str(out.buf,
	       "! drops data: - table t.x (0 bytes)\n"
	       "! drops data: - table t.x (1 row, 1023 bytes)\n"
	       "! drops data: - table t.x (1.0 kB)\n"
	       "! drops data: - table t.x (1.0 MB)\n"
	       "! drops data: - table t.x (1.5 GB)\n"
	       "\n"
	       "- table t.x\n"
	       "- table t.x\n"
	       "- table t.x\n"
	       "- table t.x\n"
	       "- table t.x\n"
	       "+ user mapping caf\xe9\n"
	       "\n"
	       "Plan: 1 to create, 0 to rebuild, 0 to change, 5 to drop.\n",
	       "sizes, and a step without target shows its name");
	strbuf_reset(&out);
	planfmt_json(&p, 0, &out);
	ok(strstr(out.buf, "\"name\": \"caf\\uFFFD\"") &&
	   strstr(out.buf, "\"target\": \"caf\\uFFFD\""),
	   "bytes that are not UTF-8 become U+FFFD in JSON");
	json_is_jansson_dump(out.buf);
	strbuf_release(&out);
	plan_free(&p);
}

/* Save, read back, save again: the same bytes, mode 0600, no PATH.tmp. */
static void test_round_trip(void)
{
	struct plan p = { 0 }, q = { 0 };
	struct strbuf a = STRBUF_INIT, b = STRBUF_INIT, json = STRBUF_INIT;
	struct strbuf t1 = STRBUF_INIT, t2 = STRBUF_INIT;
	struct stat st;
	char first[4096];

	build_plan(&p);
	snprintf(first, sizeof(first), "%s", tmp_path("plan.json"));
	is_int(planfile_write(&p, first, NULL), 0, "plan saved");
	ok(!stat(first, &st) && (st.st_mode & 0777) == 0600, "saved plan has mode 0600");
	ok(access(tmp_path("plan.json.tmp"), F_OK), "no temporary file is left");
	planfmt_json(&p, 0, &json);
	is_str(slurp(&a, first), json.buf, "saved plan is the json form");

	is_int(planfile_read(&q, first), 0, "plan read back");
	is_int(q.nsteps, p.nsteps, "every step read back");
	is_int(planfile_write(&q, tmp_path("again.json"), NULL), 0, "plan saved again");
	is_str(slurp(&b, tmp_path("again.json")), a.buf, "round trip gives identical bytes");
	ok(q.plan_hash && strstr(a.buf, q.plan_hash), "plan read back holds the plan_hash of its file");
	p.plan_hash = q.plan_hash;
	planfmt_text(&p, 1, &t1);
	planfmt_text(&q, 1, &t2);
	is_str(t2.buf, t1.buf, "plan read back renders the same");

	strbuf_release(&a);
	strbuf_release(&b);
	strbuf_release(&json);
	strbuf_release(&t1);
	strbuf_release(&t2);
	plan_free(&p);
	plan_free(&q);
}

/* planfile_read of PATH, with stderr captured in SB. */
static int read_capture(struct plan *q, const char *path, struct strbuf *sb)
{
	char errpath[4096];
	int saved, fd, ret;

	snprintf(errpath, sizeof(errpath), "%s", tmp_path("stderr"));
	fflush(stderr);
	saved = dup(2);
	fd = open(errpath, O_WRONLY | O_CREAT | O_TRUNC, 0600);
	dup2(fd, 2);
	close(fd);
	ret = planfile_read(q, path);
	fflush(stderr);
	dup2(saved, 2);
	close(saved);
	slurp(sb, errpath);
	unlink(errpath);
	return ret;
}

/* Read a bad file NAME holding TEXT: -1, the message "error: PATH" WANT, an empty plan. */
static void check_bad(const char *name, const char *text, const char *want, const char *what)
{
	struct plan q = { 0 };
	struct strbuf err = STRBUF_INIT, msg = STRBUF_INIT;
	char path[4096];

	snprintf(path, sizeof(path), "%s", tmp_path(name));
	write_file(path, text);
	is_int(read_capture(&q, path, &err), -1, what);
	strbuf_addf(&msg, "error: %s%s\n", path, want);
	is_str(err.buf, msg.buf, what);
	ok(q.nsteps == 0 && q.nskipped == 0 && !q.database, "%s: plan left empty", what);
	plan_free(&q);
	unlink(path);
	strbuf_release(&err);
	strbuf_release(&msg);
}

/*
 * TEXT sealed again: its plan_hash line set to the hash of the rest, as
 * whoever can write a plan file can do (it then passes the check of
 * changes, and only --plan-hash tells it from the plan reviewed).
 */
static char *reseal(char *text)
{
	char hex[PLANFILE_HASH_HEX + 1];
	size_t at;

	if (planfile_hash_text(text, strlen(text), hex, &at) == 0)
		memcpy(text + at, hex, PLANFILE_HASH_HEX);
	return text;
}

/* The saved main plan with PATCH applied to its JSON, as text, sealed again. */
static char *patched(void (*patch)(json_t *))
{
	struct plan p = { 0 };
	struct strbuf sb = STRBUF_INIT;
	json_t *j;
	char *s;

	build_plan(&p);
	planfmt_json(&p, 0, &sb);
	j = json_loads(sb.buf, 0, NULL);
	patch(j);
	s = json_dumps(j, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
	json_decref(j);
	strbuf_release(&sb);
	plan_free(&p);
	return reseal(s);
}

/* The saved main plan as text, with the first FROM replaced by TO (not sealed again). */
static char *edited(const char *from, const char *to)
{
	struct plan p = { 0 };
	struct strbuf sb = STRBUF_INIT, out = STRBUF_INIT;
	const char *hit;

	build_plan(&p);
	planfmt_json(&p, 0, &sb);
	hit = strstr(sb.buf, from);
	if (hit) {
		strbuf_add(&out, sb.buf, (size_t)(hit - sb.buf));
		strbuf_addstr(&out, to);
		strbuf_addstr(&out, hit + strlen(from));
	} else {
		strbuf_addstr(&out, "(not found)");
	}
	strbuf_release(&sb);
	plan_free(&p);
	return strbuf_detach(&out, NULL);
}

static void hash_not_hex(json_t *j)
{
	json_object_set_new(j, "plan_hash", json_string("not a hash"));
}

static void sql_is_number(json_t *j)
{
	json_t *s = json_array_get(json_object_get(j, "steps"), 2);
	json_object_set_new(s, "swap", json_integer(42));
}

/* A statement that names a secret the step does not declare. */
static void secret_undeclared(json_t *j)
{
	json_t *s = json_array_get(json_object_get(j, "steps"), 1);
	json_array_append_new(json_object_get(s, "swap"),
			      json_pack("{s:s, s:i, s:s}", "sql", "COMMENT ON SCHEMA tenant_b IS ", "secret", 0,
					"tail", ""));
}

static void depends_later(json_t *j)
{
	json_t *s = json_array_get(json_object_get(j, "steps"), 1);
	json_array_append_new(json_object_get(s, "depends_on"), json_integer(5));
}

static void summary_wrong(json_t *j)
{
	json_object_set_new(json_object_get(j, "summary"), "drop", json_integer(0));
}

static void unknown_field(json_t *j)
{
	json_t *s = json_array_get(json_object_get(j, "steps"), 0);
	json_object_set_new(s, "password", json_string("hunter2"));
}

static void test_bad_files(void)
{
	char *s;

	check_bad("bad-format.json", "{\"format\": \"terraform-plan\", \"version\": 1}\n",
		  ": not a pgform plan: 'format' must be \"pgform-plan\"", "wrong format name");
	check_bad("bad-version.json", "{\"format\": \"pgform-plan\", \"version\": 1}\n",
		  ": plan version 1 is not supported (this pgform reads version 2); "
		  "make the plan again with this pgform (pgform plan -o FILE)",
		  "wrong version");
	s = patched(sql_is_number);
	check_bad("bad-sql.json", s, ": step 3: 'swap' must be an array of statements", "swap is a number");
	free(s);
	s = patched(secret_undeclared);
	check_bad("bad-secret.json", s, ": step 2: 'swap' names secret 0, which the step does not declare",
		  "a statement names a secret its step does not declare");
	free(s);
	s = patched(depends_later);
	check_bad("bad-deps.json", s, ": step 2: depends on step 5, which does not come before it",
		  "dependency on a later step");
	free(s);
	s = patched(summary_wrong);
	check_bad("bad-summary.json", s, ": 'summary' does not match the steps",
		  "summary that does not match");
	free(s);
	s = patched(unknown_field);
	check_bad("bad-field.json", s, ": step 1: unknown field 'password'", "unknown field");
	free(s);
	check_bad("bad-json.json", "{\"format\": \"pgform-plan\",\n",
		  ":2:0: string or '}' expected near end of file", "not json");
	check_bad("no-hash.json", "{\"format\": \"pgform-plan\", \"version\": 2}\n",
		  ": 'plan_hash' is missing, so the plan cannot be checked for changes; "
		  "make the plan again with this pgform (pgform plan -o FILE)", "no plan_hash");
	s = patched(hash_not_hex);
	check_bad("bad-hash.json", s, ": 'plan_hash' must be 32 lower-case hex digits", "plan_hash not hex");
	free(s);
	s = edited("CREATE SCHEMA tenant_b", "CREATE SCHEMA tenant_x");
	check_bad("edited.json", s, ": the plan was changed after it was made: plan_hash does not match its contents",
		  "a statement edited");
	free(s);
	s = edited("\"git_commit\": \"3f2a", "\"git_commit\": \"0000");
	check_bad("edited-commit.json", s,
		  ": the plan was changed after it was made: plan_hash does not match its contents",
		  "git_commit edited");
	free(s);
	s = edited("\"database\": \"warehouse\",\n", "");
	check_bad("no-database.json", s,
		  ": the plan was changed after it was made: plan_hash does not match its contents",
		  "database removed");
	free(s);
	s = edited("{\n", "{\n\n");
	check_bad("blank-line.json", s,
		  ": the plan was changed after it was made: plan_hash does not match its contents",
		  "a blank line added (the bytes are what is hashed)");
	free(s);
	s = edited("  \"plan_hash\": \"", "  \"plan_hash\":  \"");
	check_bad("hash-line.json", s,
		  ": the plan was changed after it was made: plan_hash does not match its contents",
		  "the plan_hash line written otherwise");
	free(s);
}

/*
 * The plan_hash is XXH3-128 of the file without its plan_hash line, as
 * xxh128sum prints it (computed here with xxHash itself); a resealed file
 * reads back with the new hash.
 */
static void test_plan_hash(void)
{
	struct plan p = { 0 }, q = { 0 };
	struct strbuf json = STRBUF_INIT, rest = STRBUF_INIT, out = STRBUF_INIT;
	char hash[PLANFILE_HASH_HEX + 1], want[PLANFILE_HASH_HEX + 1], again[PLANFILE_HASH_HEX + 1];
	const char *line, *end;
	XXH128_canonical_t canon;
	char *s;

	build_plan(&p);
	planfile_format(&p, &json, hash);
	line = strstr(json.buf, "\n  \"plan_hash\": \"");
	{
		static const char head[] = "{\n  \"format\": \"pgform-plan\",\n  \"version\": 2,\n  \"plan_hash\": \"";
		ok(line && !strncmp(json.buf, head, strlen(head)), "plan_hash comes after version");
	}
	end = line ? strchr(line + 1, '\n') : NULL;
	if (line && end) {
		strbuf_add(&rest, json.buf, (size_t)(line + 1 - json.buf));
		strbuf_addstr(&rest, end + 1);
	}
	XXH128_canonicalFromHash(&canon, XXH3_128bits(rest.buf, rest.len));
	for (unsigned k = 0; k < 16; k++)
		snprintf(want + 2 * k, 3, "%02x", canon.digest[k]);
	is_str(hash, want, "plan_hash is XXH3-128 of the file without its plan_hash line");
	ok(line && !strncmp(line + 17, want, PLANFILE_HASH_HEX) && line[17 + PLANFILE_HASH_HEX] == '"',
	   "the file holds it");
	is_int(planfile_hash_text(json.buf, json.len, again, NULL), 0, "planfile_hash_text finds the line");
	is_str(again, want, "planfile_hash_text gives the same hash");
	is_int(planfile_hash_text(rest.buf, rest.len, again, NULL), -1, "no plan_hash line: no hash");

	p.plan_hash = arena_strdup(&p.arena, hash);
	planfmt_text(&p, 0, &out);
	s = arena_printf(&p.arena, "Plan: 9 to create, 1 to rebuild, 2 to change, 1 to drop. 1 left out.\nPlan hash: %s\n", hash);
	ok(out.len > strlen(s) && !strcmp(out.buf + out.len - strlen(s), s), "text ends with the plan hash");
	strbuf_reset(&out);
	planfmt_markdown(&p, 0, &out);
	s = arena_printf(&p.arena, "### pgform plan\n\nPlan hash: `%s`\n\n| create |", hash);
	ok(!strncmp(out.buf, s, strlen(s)), "markdown shows the plan hash under its title");
	strbuf_reset(&out);
	planfmt_sql(&p, 0, &out);
	s = arena_printf(&p.arena, "-- created at: 2025-06-01T12:00:00Z\n-- plan hash: %s\n", hash);
	ok(strstr(out.buf, s) != NULL, "sql shows the plan hash in its header");
	strbuf_reset(&out);
	planfmt_json(&p, 0, &out);
	is_str(out.buf, json.buf, "json is the same whatever plan_hash the plan holds");

	s = patched(summary_wrong);
	{
		char path[4096];
		snprintf(path, sizeof(path), "%s", tmp_path("resealed.json"));
		write_file(path, s);
		free(s);
		s = edited("CREATE SCHEMA tenant_b", "CREATE SCHEMA tenant_x");
		write_file(path, reseal(s));
		is_int(planfile_read(&q, path), 0, "an edited file sealed again reads back");
		ok(q.plan_hash && strcmp(q.plan_hash, hash), "with another plan_hash");
		unlink(path);
	}
	free(s);
	strbuf_release(&json);
	strbuf_release(&rest);
	strbuf_release(&out);
	plan_free(&p);
	plan_free(&q);
}

/* planfile_stream's sink for the test: appends to the strbuf at CTX; fails past LIMIT bytes. */
static size_t sink_limit, sink_calls;
static int sink_sb(const void *buf, size_t len, void *ctx)
{
	struct strbuf *sb = ctx;
	sink_calls++;
	if (sink_limit && sb->len + len > sink_limit)
		return -1;
	strbuf_add(sb, buf, len);
	return 0;
}

/*
 * A plan of thousands of steps (megabytes of JSON) streamed in pieces
 * gives the bytes and the hash planfile_format() gives for it at once;
 * a sink that fails stops the stream and its error comes back.
 */
static void test_stream(void)
{
	struct plan p = { 0 };
	struct strbuf whole = STRBUF_INIT, streamed = STRBUF_INIT;
	char h1[PLANFILE_HASH_HEX + 1], h2[PLANFILE_HASH_HEX + 1];

	build_plan(&p);
	for (unsigned i = 0; i < 6000; i++) {
		struct step *s = add(&p, STEP_CREATE, OBJ_MATVIEW, "tenant_big",
				     arena_printf(&p.arena, "part_%05u \"\xc3\xa9\xff", i),
				     "CREATE MATERIALIZED VIEW x AS SELECT 'a''b', E'\\n' -- \xe2\x82\xac\n",
				     "new");
		set_inverse(&p, s, "DROP MATERIALIZED VIEW x");
		s->hazards = i % 7 ? 0 : HAZARD_REBUILDS_ROWS;
		s->rows = i % 3 ? -1 : (long long)i * 1000;
	}
	planfile_format(&p, &whole, h1);
	ok(whole.len > 3 * 256 * 1024, "the big plan is %zu bytes (several pieces)", whole.len);
	sink_limit = sink_calls = 0;
	is_int(planfile_stream(&p, sink_sb, &streamed, h2), 0, "streamed");
	ok(sink_calls > 3, "in %zu pieces", sink_calls);
	ok(streamed.len == whole.len && !memcmp(streamed.buf, whole.buf, whole.len),
	   "streamed bytes are planfile_format()'s");
	is_str(h2, h1, "with the same plan_hash");
	strbuf_reset(&streamed);
	sink_limit = 300 * 1024;
	is_int(planfile_stream(&p, sink_sb, &streamed, NULL), -1, "a failing sink's error comes back");
	ok(streamed.len <= sink_limit, "and nothing is written after it");
	sink_limit = 0;
	strbuf_release(&whole);
	strbuf_release(&streamed);
	plan_free(&p);
}

/* A FILE for planfmt_write() (fopencookie): what reaches it, in how many writes, the largest. */
struct counted {
	struct strbuf sb;
	size_t calls, largest;
	size_t limit;  /* a write past this many bytes fails (0: none) */
};

static ssize_t counted_write(void *cookie, const char *buf, size_t len)
{
	struct counted *c = cookie;

	c->calls++;
	if (len > c->largest)
		c->largest = len;
	if (c->limit && c->sb.len + len > c->limit)
		return -1;
	strbuf_add(&c->sb, buf, len);
	return (ssize_t)len;
}

static FILE *counted_open(struct counted *c, size_t limit)
{
	static const cookie_io_functions_t io = { .write = counted_write };

	*c = (struct counted){ .sb = STRBUF_INIT, .limit = limit };
	return fopencookie(c, "w", io);
}

/*
 * A plan whose every section runs to several pieces: thousands of
 * daily parts in runs that fold, most with hazards, some with build and
 * cleanup parts or no SQL of their own, in swap groups, and thousands of
 * objects left out.
 */
static void build_big_plan(struct plan *p)
{
	build_plan(p);
	for (unsigned i = 0; i < 6000; i++) {
		const char *name = arena_printf(&p->arena, "x%u_2025_%02u_%02u", i / 50, i % 50 / 28 + 1, i % 28 + 1);
		struct step *s = add(p, i / 50 % 3 ? STEP_CREATE : STEP_REBUILD, OBJ_MATVIEW, "tenant_big", name,
				     i % 11 ? arena_printf(&p->arena, "CREATE MATERIALIZED VIEW tenant_big.%s AS\n"
							   "  SELECT * FROM tenant_big.remote('%u')  \n", name, i)
					    : NULL,
				     i % 50 < 45 ? "missing" : "template changed");
		set_inverse(p, s, arena_printf(&p->arena, "DROP MATERIALIZED VIEW tenant_big.%s", name));
		s->group_label = arena_printf(&p->arena, "daily parts of tenant_big.x%u", i / 50);
		if (i % 4)
			s->hazards = HAZARD_REBUILDS_ROWS | (i % 8 == 1 ? HAZARD_EXCLUSIVE_LOCK : 0);
		s->rows = i % 5 ? (long long)i * 100 : -1;
		s->bytes = i % 6 ? (long long)i * 8192 : -1;
		if (i % 5 == 0)
			set_stmts(p, s, &s->build, arena_printf(&p->arena, "CREATE TABLE tenant_big.%s_new ()", name));
		if (i % 3 == 0)
			set_stmts(p, s, &s->cleanup, arena_printf(&p->arena, "DROP MATERIALIZED VIEW tenant_big.%s_old", name));
		if (i % 50 >= 40)
			s->group = 100 + i / 50;
		if (i > 0 && i % 50)
			plan_step_depend(p, s, s->id - 1);
	}
	for (unsigned i = 0; i < 3000; i++)
		plan_skip(p, OBJ_SCHEMA, arena_printf(&p->arena, "tenant_gone_%04u", i),
			  "drops data; run with --allow-destroy");
}

/*
 * Each format of a plan of megabytes written to a FILE gives the bytes
 * planfmt_by_name() gives, in pieces (a write of the whole output at
 * once is what streaming does away with); a FILE that cannot be written
 * gives -2, whether it fails at once or part way.
 */
static void test_write(void)
{
	static const char *const names[] = { "text", "sql", "markdown", "dot", "json" };
	struct plan p = { 0 };
	struct strbuf want = STRBUF_INIT;
	struct counted c;
	FILE *f;

	build_big_plan(&p);
	for (unsigned i = 0; i < sizeof(names) / sizeof(names[0]); i++)
		for (int verbose = 0; verbose < 2; verbose++) {
			strbuf_reset(&want);
			planfmt_by_name(names[i], &p, verbose, &want);
			f = counted_open(&c, 0);
			ok(planfmt_write(names[i], &p, verbose, f) == 0, "%s%s written", names[i], verbose ? " -v" : "");
			fclose(f);
			ok(c.sb.len == want.len && !memcmp(c.sb.buf, want.buf, want.len),
			   "%s%s: the %zu bytes of the strbuf, in %zu writes", names[i], verbose ? " -v" : "",
			   want.len, c.calls);
			if (want.len > 600 * 1024)
				ok(c.largest <= 320 * 1024, "%s%s: no write over 320 KB (largest %zu)",
				   names[i], verbose ? " -v" : "", c.largest);
			strbuf_release(&c.sb);
		}

	for (unsigned i = 0; i < sizeof(names) / sizeof(names[0]); i++) {
		f = fopen("/dev/full", "w");
		ok(f != NULL, "/dev/full opens");
		if (!f)
			continue;
		ok(planfmt_write(names[i], &p, 1, f) == -2, "%s to /dev/full: -2", names[i]);
		fclose(f);
		/* markdown is capped near 60,000 characters: it fails half way instead */
		strbuf_reset(&want);
		planfmt_by_name(names[i], &p, 1, &want);
		f = counted_open(&c, want.len < 1200 * 1024 ? want.len / 2 : 600 * 1024);
		ok(planfmt_write(names[i], &p, 1, f) == -2, "%s failing part way: -2", names[i]);
		fclose(f);
		strbuf_release(&c.sb);
	}
	is_int(planfmt_write("yaml", &p, 0, stdout), -1, "unknown format: -1");
	strbuf_release(&want);
	plan_free(&p);
}

/*
 * The blank line after the hazards when they fill exactly one piece
 * (256 KB: 4,096 lines of 64 bytes) and the step after them has none:
 * the piece goes out before that step, and the line is still due.
 */
static void test_write_section(void)
{
	struct plan p = { 0 };
	struct strbuf want = STRBUF_INIT;
	struct counted c;
	struct step *s;
	FILE *f;

	for (unsigned i = 0; i < 4096; i++) {
		s = add(&p, STEP_DROP, OBJ_TABLE, "t", arena_printf(&p.arena, "n%038u", i), "DROP TABLE x", NULL);
		s->hazards = HAZARD_DROPS_DATA;
	}
	add(&p, STEP_CREATE, OBJ_SCHEMA, NULL, "s", "CREATE SCHEMA s", NULL);
	planfmt_text(&p, 0, &want);
	ok(want.len > 262144 && strchr(want.buf, '\n') == want.buf + 63 && want.buf[262144] == '\n',
	   "hazards: 4,096 lines of 64 bytes, then a blank line");
	f = counted_open(&c, 0);
	ok(planfmt_write("text", &p, 0, f) == 0, "written");
	fclose(f);
	ok(c.sb.len == want.len && !memcmp(c.sb.buf, want.buf, want.len), "the bytes of the strbuf");
	strbuf_release(&c.sb);
	strbuf_release(&want);
	plan_free(&p);
}

/*
 * Markdown for a plan with thousands of hazards and objects left out:
 * each section stops past PLANFMT_MARKDOWN_MAX and says how many lines
 * it left out, so the whole comment stays under GitHub's 65,536.
 */
static void test_markdown_cap(void)
{
	struct plan p = { 0 };
	struct strbuf out = STRBUF_INIT;
	const char *hz, *lo, *more;
	unsigned shown = 0, left = 0;

	for (unsigned i = 0; i < 5000; i++) {
		struct step *s = add(&p, STEP_DROP, OBJ_TABLE, "tenant_a", arena_printf(&p.arena, "events_%05u", i),
				     "DROP TABLE x", NULL);
		s->hazards = HAZARD_DROPS_DATA | HAZARD_EXCLUSIVE_LOCK;
	}
	for (unsigned i = 0; i < 4000; i++)
		plan_skip(&p, OBJ_SCHEMA, arena_printf(&p.arena, "tenant_gone_%04u", i),
			  "drops data; run with --allow-destroy");
	planfmt_markdown(&p, 0, &out);
	ok(out.len < 65536, "the comment is %zu characters, under 65,536", out.len);
	hz = strstr(out.buf, "\n#### Hazards\n\n");
	lo = strstr(out.buf, "\n#### Left out\n\n");
	ok(hz && lo && hz < lo, "hazards, then left out");
	for (const char *c = hz; c && c < lo; c = strchr(c + 1, '\n'))
		shown += !strncmp(c, "\n- ⚠️ **", strlen("\n- ⚠️ **"));
	more = hz ? strstr(hz, "\n- … and ") : NULL;
	ok(more && more < lo && sscanf(more, "\n- … and %u more hazards: ", &left) == 1,
	   "the hazards end with how many were left out");
	ok(shown > 100 && shown < 10000, "%u hazard lines shown", shown);
	is_int(shown + left, 10000, "shown and left out make every hazard");
	left = 0;
	more = lo ? strstr(lo, "\n- … and ") : NULL;
	/* the hazards filled the comment: the objects left out are only counted */
	ok(more && sscanf(more, "\n- … and %u more objects left out: ", &left) == 1,
	   "left out says how many objects it does not list");
	is_int(left, 4000, "all 4,000 of them");
	ok(strstr(out.buf, "- … and 5000 more steps (0 to create, 0 to rebuild, 0 to change, 5000 to drop)") != NULL,
	   "the steps are only counted");
	strbuf_release(&out);
	plan_free(&p);
}

/*
 * The sql format's order of units against a reference that scans every
 * unit for the first ready one each time (what the heap replaced):
 * random plans of steps, some in swap groups, with dependencies on
 * earlier and on later steps (none making a cycle between units), give
 * the same order of steps both ways.
 */
static unsigned lcg_state;

static unsigned lcg(void)
{
	lcg_state = lcg_state * 1103515245u + 12345u;
	return (lcg_state >> 16) & 0x7fff;
}

#define ORDER_MAX 48

static void test_sql_order(void)
{
	unsigned differ = 0, forward = 0, grouped = 0;
	for (unsigned round = 0; round < 300; round++) {
		struct plan p = { 0 };
		struct strbuf out = STRBUF_INIT, want = STRBUF_INIT, got = STRBUF_INIT;
		unsigned n, unit[ORDER_MAX], nunits = 0, gunit[8] = { 0 }, rank[ORDER_MAX], waits[ORDER_MAX] = { 0 };
		unsigned char done[ORDER_MAX] = { 0 };
		struct step *st[ORDER_MAX];
		lcg_state = round + 1;
		n = 2 + lcg() % (ORDER_MAX - 2);
		for (unsigned i = 0; i < n; i++) {
			const char *name = arena_printf(&p.arena, "v%u", i + 1);
			st[i] = add(&p, STEP_CREATE, OBJ_VIEW, "app", name,
				    arena_printf(&p.arena, "CREATE VIEW app.%s AS SELECT %u", name, i + 1), "missing");
			/* a group is named by a step id, as the diff names them */
			unsigned g = lcg() % 3 ? 0 : 1 + lcg() % (n < 7 ? n : 7);
			st[i]->group = g;
			/* units as the sql format makes them: a step alone, or the steps of a group */
			if (g && gunit[g])
				unit[i] = gunit[g] - 1;
			else {
				unit[i] = nunits++;
				if (g)
					gunit[g] = unit[i] + 1;
			}
			grouped += g != 0;
		}
		/* a hidden order of the units every dependency follows */
		for (unsigned u = 0; u < nunits; u++)
			rank[u] = u;
		for (unsigned u = nunits; u > 1; u--) {
			unsigned k = lcg() % u, t = rank[u - 1];
			rank[u - 1] = rank[k];
			rank[k] = t;
		}
		for (unsigned i = 0; i < n; i++)
			for (unsigned d = lcg() % 4; d; d--) {
				unsigned j = lcg() % n;
				if (unit[j] == unit[i] || rank[unit[j]] >= rank[unit[i]])
					continue;
				unsigned before = st[i]->ndeps;
				plan_step_depend(&p, st[i], j + 1);
				if (st[i]->ndeps > before) {
					waits[unit[i]]++;
					forward += j > i;
				}
			}
		/* the reference: the first ready unit in plan order, found by scanning them all */
		for (unsigned left = nunits; left; left--) {
			unsigned u = 0;
			while (u < nunits && (done[u] || waits[u]))
				u++;
			if (u == nunits)
				break;
			done[u] = 1;
			for (unsigned i = 0; i < n; i++)
				if (unit[i] == u)
					strbuf_addf(&want, "%u ", i + 1);
			for (unsigned i = 0; i < n; i++)
				for (unsigned d = 0; d < st[i]->ndeps; d++)
					if (unit[st[i]->deps[d] - 1] == u)
						waits[unit[i]]--;
		}
		planfmt_sql(&p, 0, &out);
		for (const char *c = out.buf; (c = strstr(c, "\n-- step ")); c++) {
			unsigned id = (unsigned)strtoul(c + 9, NULL, 10);
			strbuf_addf(&got, "%u ", id);
		}
		if (strcmp(want.buf, got.buf) && differ++ < 3) {
			printf("# round %u: want %s\n#   got %s\n", round, want.buf, got.buf);
			for (unsigned i = 0; i < n; i++) {
				printf("#   step %u group %u unit %u deps", i + 1, st[i]->group, unit[i]);
				for (unsigned d = 0; d < st[i]->ndeps; d++)
					printf(" %u", st[i]->deps[d]);
				printf("\n");
			}
		}
		strbuf_release(&out);
		strbuf_release(&want);
		strbuf_release(&got);
		plan_free(&p);
	}
	is_int(differ, 0, "the sql format orders 300 random plans as the reference does");
	ok(forward > 100 && grouped > 100, "those plans have dependencies on later steps (%u) and grouped steps (%u)",
	   forward, grouped);
}

int main(void)
{
	if (!mkdtemp(tmpdir)) {
		perror("mkdtemp");
		return 1;
	}
	test_renderers();
	test_details();
	test_round_trip();
	test_bad_files();
	test_plan_hash();
	test_stream();
	test_write();
	test_write_section();
	test_markdown_cap();
	test_sql_order();
	if (!keep_tmpdir && !tap_failed) {
		static const char *const files[] = { "plan.json", "again.json", NULL };
		for (int i = 0; files[i]; i++)
			unlink(tmp_path(files[i]));
		rmdir(tmpdir);
	} else
		printf("# scratch files kept in %s\n", tmpdir);
	return done_testing();
}
