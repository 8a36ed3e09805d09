/*
 * gitinfo: the git commit the state files come from (libgit2), so plans
 * and applies record what was deployed.
 */
#ifndef PGFORM_GITINFO_H
#define PGFORM_GITINFO_H

#include "base/arena.h"

/*
 * The HEAD commit (40 hex digits) of the repository holding PATH, with
 * "-dirty" appended when tracked files differ from it; NULL when PATH is
 * not in a git repository (the search stops at $GIT_CEILING_DIRECTORIES,
 * as git's does).  The string is allocated from A.
 */
const char *git_commit_of(const char *path, struct arena *a);

/*
 * How many commits HEAD of the repository holding the current directory
 * has that COMMIT (40 hex digits, "-dirty" allowed) has not: >= 0, or -1
 * when there is no repository, COMMIT is not in it, or HEAD does not
 * descend from it (*BEHIND, when not NULL, gets the commits COMMIT has
 * that HEAD has not).
 */
long git_ahead_of(const char *commit, long *behind);

/* libgit2's global state, set up once per process (and torn down at exit). */
void git_init_once(void);

#endif
