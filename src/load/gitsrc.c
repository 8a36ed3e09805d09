#include "load/gitsrc.h"

#include <errno.h>
#include <fnmatch.h>
#include <git2.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "base/usage.h"
#include "load/gitinfo.h"

struct gitsrc {
	git_repository *repo;
	git_commit *commit;
	git_tree *tree;
	char *rev;
	char hex[GIT_OID_HEXSZ + 1];
	char *workdir;          /* real path of the working tree, no trailing '/' */
	char *cwd;              /* real path of the current directory */
};

/* Join DIR and PATH and resolve "." and ".." by their letters: a malloc'd path. */
static char *lexical(const char *dir, const char *path)
{
	struct strbuf in = STRBUF_INIT, out = STRBUF_INIT;
	if (path[0] != '/')
		strbuf_addf(&in, "%s/", dir);
	strbuf_addstr(&in, path);
	char *save = NULL;
	for (char *c = strtok_r(in.buf, "/", &save); c; c = strtok_r(NULL, "/", &save)) {
		if (!strcmp(c, "."))
			continue;
		if (!strcmp(c, "..")) {
			char *slash = strrchr(out.buf ? out.buf : "", '/');
			strbuf_setlen(&out, slash ? (size_t)(slash - out.buf) : 0);
			continue;
		}
		strbuf_addch(&out, '/');
		strbuf_addstr(&out, c);
	}
	if (!out.len)
		strbuf_addch(&out, '/');
	strbuf_release(&in);
	return strbuf_detach(&out, NULL);
}

/* PATH's place in the tree ("dir/file.yaml"), or NULL when it lies outside the working tree. */
static char *tree_path(const struct gitsrc *g, const char *path)
{
	char *full = lexical(g->cwd, path);
	size_t n = strlen(g->workdir);
	char *rel = NULL;
	if (!strncmp(full, g->workdir, n) && full[n] == '/' && full[n + 1])
		rel = xstrdup(full + n + 1);
	free(full);
	return rel;
}

static char *real_dir(const char *p)
{
	char buf[PATH_MAX];
	if (!realpath(p, buf))
		return NULL;
	size_t n = strlen(buf);
	while (n > 1 && buf[n - 1] == '/')
		buf[--n] = '\0';
	return xstrdup(buf);
}

struct gitsrc *gitsrc_open(const char *entry, const char *rev)
{
	struct gitsrc *g = xcalloc(1, sizeof(*g));
	git_buf root = { 0 };
	git_object *obj = NULL;
	char dir[PATH_MAX];
	const char *slash = strrchr(entry, '/');
	struct stat st;

	git_init_once();
	if (slash)
		snprintf(dir, sizeof(dir), "%.*s", (int)(slash - entry) + (slash == entry), entry);
	else
		snprintf(dir, sizeof(dir), ".");
	if (stat(dir, &st) || !S_ISDIR(st.st_mode))
		snprintf(dir, sizeof(dir), ".");
	g->rev = xstrdup(rev);
	g->cwd = real_dir(".");
	if (!g->cwd) {
		error("--rev: cannot resolve the current directory: %s", strerror(errno));
		goto fail;
	}
	if (git_repository_discover(&root, dir, 0, getenv("GIT_CEILING_DIRECTORIES")) < 0) {
		error("--rev %s: '%s' is not in a git repository", rev, dir);
		goto fail;
	}
	if (git_repository_open(&g->repo, root.ptr) < 0) {
		error("--rev %s: cannot open the repository at '%s': %s", rev, root.ptr,
		      git_error_last() ? git_error_last()->message : "unknown error");
		goto fail;
	}
	if (git_repository_is_bare(g->repo)) {
		error("--rev %s: '%s' is a bare repository; --rev reads the state by its path in a repository "
		      "with a working tree", rev, root.ptr);
		goto fail;
	}
	g->workdir = real_dir(git_repository_workdir(g->repo));
	if (!g->workdir) {
		error("--rev %s: cannot resolve the working tree '%s'", rev, git_repository_workdir(g->repo));
		goto fail;
	}
	if (git_revparse_single(&obj, g->repo, rev) < 0) {
		if (git_repository_is_shallow(g->repo))
			error("--rev %s: no such revision in this shallow clone; its history may be cut off "
			      "before it (git fetch --unshallow)", rev);
		else
			error("--rev %s: unknown revision in the repository at '%s'", rev, g->workdir);
		goto fail;
	}
	if (git_object_peel((git_object **)&g->commit, obj, GIT_OBJECT_COMMIT) < 0) {
		error("--rev %s: names no commit", rev);
		goto fail;
	}
	if (git_commit_tree(&g->tree, g->commit) < 0) {
		error("--rev %s: cannot read the tree of commit %s", rev,
		      git_oid_tostr(g->hex, sizeof(g->hex), git_commit_id(g->commit)));
		goto fail;
	}
	git_oid_tostr(g->hex, sizeof(g->hex), git_commit_id(g->commit));
	git_object_free(obj);
	git_buf_dispose(&root);
	return g;
fail:
	git_object_free(obj);
	git_buf_dispose(&root);
	gitsrc_close(g);
	return NULL;
}

void gitsrc_close(struct gitsrc *g)
{
	if (!g)
		return;
	git_tree_free(g->tree);
	git_commit_free(g->commit);
	git_repository_free(g->repo);
	free(g->rev);
	free(g->workdir);
	free(g->cwd);
	free(g);
}

const char *gitsrc_rev(const struct gitsrc *g)
{
	return g->rev;
}

const char *gitsrc_commit(const struct gitsrc *g)
{
	return g->hex;
}

int gitsrc_read(struct gitsrc *g, const char *path, size_t max, struct strbuf *sb)
{
	char *rel = tree_path(g, path);
	git_tree_entry *e = NULL;
	git_blob *blob = NULL;
	int ret = -1;
	if (!rel || git_tree_entry_bypath(&e, g->tree, rel) < 0) {
		errno = ENOENT;
		ret = READ_UNREADABLE;
		goto done;
	}
	if (git_tree_entry_type(e) != GIT_OBJECT_BLOB || git_tree_entry_filemode(e) == GIT_FILEMODE_LINK) {
		ret = READ_NOT_REGULAR;
		goto done;
	}
	if (git_blob_lookup(&blob, g->repo, git_tree_entry_id(e)) < 0) {
		errno = EIO;
		ret = READ_UNREADABLE;
		goto done;
	}
	if ((size_t)git_blob_rawsize(blob) > max) {
		ret = READ_TOO_BIG;
		goto done;
	}
	strbuf_add(sb, git_blob_rawcontent(blob), (size_t)git_blob_rawsize(blob));
	ret = 0;
done:
	git_blob_free(blob);
	git_tree_entry_free(e);
	free(rel);
	return ret;
}

struct walk {
	const char *pattern;    /* in the tree */
	char **v;
	size_t n, a;
};

static int walk_cb(const char *root, const git_tree_entry *e, void *data)
{
	struct walk *w = data;
	if (git_tree_entry_type(e) != GIT_OBJECT_BLOB)
		return 0;
	struct strbuf p = STRBUF_INIT;
	strbuf_addf(&p, "%s%s", root, git_tree_entry_name(e));
	if (!fnmatch(w->pattern, p.buf, FNM_PATHNAME | FNM_PERIOD)) {
		ALLOC_GROW(w->v, w->n + 1, w->a);
		w->v[w->n++] = strbuf_detach(&p, NULL);
	}
	strbuf_release(&p);
	return 0;
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

int gitsrc_glob(struct gitsrc *g, const char *pattern, char ***out, size_t *n)
{
	struct walk w = { 0 };
	char *rel = tree_path(g, pattern);
	*out = NULL;
	*n = 0;
	if (!rel)
		return 0;
	w.pattern = rel;
	if (git_tree_walk(g->tree, GIT_TREEWALK_PRE, walk_cb, &w) < 0) {
		for (size_t i = 0; i < w.n; i++)
			free(w.v[i]);
		free(w.v);
		free(rel);
		return -1;
	}
	qsort(w.v, w.n, sizeof(*w.v), cmp_str);
	/* back to loader paths: relative to the current directory when the pattern was */
	for (size_t i = 0; i < w.n; i++) {
		struct strbuf p = STRBUF_INIT;
		strbuf_addf(&p, "%s/%s", g->workdir, w.v[i]);
		if (pattern[0] != '/') {
			size_t c = strlen(g->cwd);
			if (!strncmp(p.buf, g->cwd, c) && p.buf[c] == '/') {
				char *r = xstrdup(p.buf + c + 1);
				strbuf_reset(&p);
				strbuf_addstr(&p, r);
				free(r);
			}
		}
		free(w.v[i]);
		w.v[i] = strbuf_detach(&p, NULL);
	}
	free(rel);
	*out = w.v;
	*n = w.n;
	return 0;
}

char *gitsrc_canon(const struct gitsrc *g, const char *path)
{
	char *rel = tree_path(g, path);
	return rel ? rel : xstrdup(path);
}
