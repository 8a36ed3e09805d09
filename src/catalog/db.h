/*
 * db: libpq connections and queries, with one-line errors.
 *
 * Connections follow libpq's conventions only: a conninfo string or URI
 * (-d), PG* environment variables, .pgpass and service files.  No
 * password is ever taken on the command line.  Errors are reported with
 * error() on one line (libpq's first line), never with a password in it.
 */
#ifndef PGFORM_DB_H
#define PGFORM_DB_H

#include <libpq-fe.h>

/* Connect (CONNINFO may be NULL: the environment decides); NULL after an error. */
PGconn *db_connect(const char *conninfo);
/* Connect as CONNINFO says, but to database DBNAME. */
PGconn *db_connect_to(const char *conninfo, const char *dbname);
/*
 * A second connection made as C was (same server, database, user and
 * password); NULL, saying nothing, when it cannot be had.
 */
PGconn *db_clone(PGconn *c);
/*
 * Run SQL with text parameters; returns the result (caller PQclear()s)
 * or NULL after reporting "WHAT: message" (what the query was for).
 */
PGresult *db_query(PGconn *c, const char *what, const char *sql, int nparams,
		   const char *const *params);
/* Run one or more statements (no parameters); 0 or -1 after reporting. */
int db_exec(PGconn *c, const char *what, const char *sql);
/*
 * First line of libpq's last error message on C, trimmed; never empty (a
 * lost connection says so, else "unknown error").  Returns BUF.
 */
const char *db_error_line(PGconn *c, char *buf, size_t len);
/*
 * First line of the error of R (which may be NULL), else db_error_line(C);
 * when C is lost, db_error_line(C) first (it holds what the server said
 * before it went, R only that it went).
 */
const char *db_result_error(PGconn *c, const PGresult *r, char *buf, size_t len);
/* Value of column NAME of row I (NULL when SQL NULL). */
const char *db_get(const PGresult *r, int row, int col);

/*
 * The error of RES (on C) on one line: its message, and the first line of
 * its detail in parentheses; never empty (db_result_error() when RES has
 * no message).  Caller frees.
 */
char *db_error_text(PGconn *c, const PGresult *res);
/*
 * Run the statements of BUF (LEN bytes, each ended by a NUL byte, as
 * sql_end() writes them) in one round trip, libpq's pipeline mode: each
 * is a message of its own (the extended protocol refuses a string holding
 * several), and the first that fails stops the rest.  Returns NULL, or
 * the error (caller frees) with *FAILED the index of the statement and
 * *SQLSTATE (when not NULL; caller frees) its SQLSTATE.
 */
char *db_run_stmts(PGconn *c, const char *buf, size_t len, int *failed, char **sqlstate);

/*
 * SQL: true when the current user may turn statement logging off for its
 * transaction (SET LOCAL of the four parameters apply sets before a
 * password goes out): a superuser, or a role granted SET on each of them
 * (GRANT SET ON PARAMETER, PostgreSQL 15).
 */
#define SQL_MAY_QUIET_LOG \
	"((SELECT rolsuper FROM pg_catalog.pg_roles WHERE rolname = current_user) " \
	"OR (pg_catalog.has_parameter_privilege('log_statement', 'SET') " \
	"AND pg_catalog.has_parameter_privilege('log_min_duration_statement', 'SET') " \
	"AND pg_catalog.has_parameter_privilege('log_min_error_statement', 'SET') " \
	"AND pg_catalog.has_parameter_privilege('log_parameter_max_length_on_error', 'SET')))"

#endif
