/*
 * The command table: one entry per subcommand, one file per command under
 * src/cmd/.  A command function parses its own options and calls library
 * code; it returns the process exit code (0 success, 1 error, 2 for
 * `plan --detailed-exitcode` with changes).
 */
#ifndef PGFORM_CMD_H
#define PGFORM_CMD_H

struct command {
	const char *name;
	int (*fn)(int argc, char **argv);
	const char *summary;
};

int cmd_validate(int argc, char **argv);
int cmd_expand(int argc, char **argv);
int cmd_plan(int argc, char **argv);
int cmd_apply(int argc, char **argv);
int cmd_status(int argc, char **argv);
int cmd_rollback(int argc, char **argv);
int cmd_diff(int argc, char **argv);
int cmd_refresh(int argc, char **argv);
int cmd_drift(int argc, char **argv);
int cmd_cleanup(int argc, char **argv);
int cmd_import(int argc, char **argv);

/* Help text of a command (from docs/pgform-CMD.md), or NULL. */
const char *help_text(const char *cmd);
/* Print the help of CMD to stdout; returns 0, or 1 if unknown. */
int help_show(const char *cmd);

extern const struct command commands[];

#endif
