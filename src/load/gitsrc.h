/*
 * gitsrc: the state files as they are at a git revision (libgit2), read
 * from the repository's objects: no checkout, no temporary file.
 *
 * Paths are the loader's (relative to the current directory, or
 * absolute); each is mapped to its place in the repository's tree.
 */
#ifndef PGFORM_GITSRC_H
#define PGFORM_GITSRC_H

#include <stddef.h>

#include "base/strbuf.h"

struct gitsrc;

/*
 * Open revision REV (anything `git rev-parse` takes: a commit, branch,
 * tag, HEAD~2) of the repository holding ENTRY's directory (or the
 * current directory).  NULL after reporting (unknown revision, no
 * repository, a bare one, a revision beyond a shallow clone's history).
 */
struct gitsrc *gitsrc_open(const char *entry, const char *rev);
void gitsrc_close(struct gitsrc *g);

/* The revision as given, and its commit (40 hex digits). */
const char *gitsrc_rev(const struct gitsrc *g);
const char *gitsrc_commit(const struct gitsrc *g);

/*
 * Read PATH at the revision into SB, as strbuf_read_file() does: 0, or
 * READ_NOT_REGULAR (a directory), READ_TOO_BIG (more than MAX bytes), or
 * READ_UNREADABLE with errno ENOENT (not in the revision).
 */
int gitsrc_read(struct gitsrc *g, const char *path, size_t max, struct strbuf *sb);

/*
 * The files of the revision matching glob PATTERN (a loader path; * ? [
 * do not match '/'), sorted, as loader paths; *N of them in a malloc'd
 * array of malloc'd strings.  0, or -1 on a repository error.
 */
int gitsrc_glob(struct gitsrc *g, const char *pattern, char ***out, size_t *n);

/* A path's place in the revision's tree, for telling two loader paths apart: malloc'd. */
char *gitsrc_canon(const struct gitsrc *g, const char *path);

#endif
