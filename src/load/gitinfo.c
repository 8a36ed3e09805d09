#include "load/gitinfo.h"

#include <git2.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

void git_init_once(void)
{
	static int done;
	if (!done) {
		git_libgit2_init();
		done = 1;
		atexit((void (*)(void))git_libgit2_shutdown);
	}
}

static int is_dirty(git_repository *repo)
{
	git_status_options opts;
	git_status_list *st = NULL;
	int dirty = 0;
	git_status_options_init(&opts, GIT_STATUS_OPTIONS_VERSION);
	opts.show = GIT_STATUS_SHOW_INDEX_AND_WORKDIR;
	opts.flags = GIT_STATUS_OPT_EXCLUDE_SUBMODULES;
	if (git_status_list_new(&st, repo, &opts) == 0) {
		dirty = git_status_list_entrycount(st) > 0;
		git_status_list_free(st);
	}
	return dirty;
}

/*
 * Could DIR be in a git working tree?  No when neither it nor a directory
 * above it has a .git (and GIT_DIR does not name one elsewhere): then the
 * answer costs no start of libgit2, which loads the system's certificates
 * (several ms, for every plan of a state outside git).  Yes when unsure.
 */
static int maybe_in_repo(const char *dir)
{
	char p[PATH_MAX], buf[PATH_MAX + 8];
	struct stat st;
	if (getenv("GIT_DIR") || !realpath(dir, p))
		return 1;
	for (;;) {
		int root = !strcmp(p, "/");
		snprintf(buf, sizeof(buf), "%s/.git", root ? "" : p);
		if (lstat(buf, &st) == 0)
			return 1;
		char *slash = strrchr(p, '/');
		if (root || !slash)
			return 0;
		slash[slash == p] = '\0';  /* "/a" goes to "/" */
	}
}

const char *git_commit_of(const char *path, struct arena *a)
{
	git_buf root = { 0 };
	git_repository *repo = NULL;
	git_oid oid;
	char hex[GIT_OID_HEXSZ + 1];
	char dir[PATH_MAX];
	const char *ret = NULL;
	const char *slash;

	slash = strrchr(path, '/');
	if (slash)
		snprintf(dir, sizeof(dir), "%.*s", (int)(slash - path), path);
	else
		snprintf(dir, sizeof(dir), ".");
	if (!maybe_in_repo(dir))
		return NULL;
	git_init_once();
	if (git_repository_discover(&root, dir, 0, getenv("GIT_CEILING_DIRECTORIES")) < 0)
		goto done;
	if (git_repository_open(&repo, root.ptr) < 0)
		goto done;
	if (git_reference_name_to_id(&oid, repo, "HEAD") < 0)
		goto done;
	git_oid_tostr(hex, sizeof(hex), &oid);
	ret = arena_printf(a, "%s%s", hex, is_dirty(repo) ? "-dirty" : "");
done:
	git_repository_free(repo);
	git_buf_dispose(&root);
	return ret;
}

long git_ahead_of(const char *commit, long *behind)
{
	git_buf root = { 0 };
	git_repository *repo = NULL;
	git_oid head, dep;
	size_t ahead = 0, back = 0;
	long ret = -1;
	char hex[GIT_OID_HEXSZ + 1];

	git_init_once();
	if (!commit || strlen(commit) < GIT_OID_HEXSZ)
		return -1;
	memcpy(hex, commit, GIT_OID_HEXSZ);
	hex[GIT_OID_HEXSZ] = '\0';
	if (git_repository_discover(&root, ".", 0, getenv("GIT_CEILING_DIRECTORIES")) < 0 ||
	    git_repository_open(&repo, root.ptr) < 0 || git_reference_name_to_id(&head, repo, "HEAD") < 0 ||
	    git_oid_fromstr(&dep, hex) < 0 || git_graph_ahead_behind(&ahead, &back, repo, &head, &dep) < 0)
		goto done;
	if (behind)
		*behind = (long)back;
	ret = (long)ahead;
done:
	git_repository_free(repo);
	git_buf_dispose(&root);
	return ret;
}
