#include "catalog/db.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/strbuf.h"
#include "base/usage.h"

/* First line of MSG (libpq messages end with a newline) into BUF, without severity words. */
static const char *first_line(const char *msg, char *buf, size_t len)
{
	size_t n = 0;
	if (!msg)
		msg = "";
	while (*msg && *msg != '\n' && n + 1 < len) {
		if (!strncmp(msg, "ERROR:  ", 8) || !strncmp(msg, "FATAL:  ", 8)) {
			msg += 8;
			continue;
		}
		buf[n++] = *msg++;
	}
	buf[n] = '\0';
	return buf;
}

/*
 * The reason said when libpq gives none: a connection that is gone says
 * so, anything else is "unknown error".  Never empty.
 */
static const char *no_reason(PGconn *c, char *buf, size_t len)
{
	snprintf(buf, len, "%s", c && PQstatus(c) == CONNECTION_BAD ?
		 "the connection to the server was lost" : "unknown error");
	return buf;
}

const char *db_error_line(PGconn *c, char *buf, size_t len)
{
	first_line(c ? PQerrorMessage(c) : NULL, buf, len);
	return *buf ? buf : no_reason(c, buf, len);
}

const char *db_result_error(PGconn *c, const PGresult *r, char *buf, size_t len)
{
	/* a lost connection: libpq's message on it starts with the server's last word */
	if (c && PQstatus(c) == CONNECTION_BAD)
		return db_error_line(c, buf, len);
	first_line(r ? PQresultErrorMessage(r) : NULL, buf, len);
	return *buf ? buf : db_error_line(c, buf, len);
}

/* Server notices (NOTICE, WARNING) are not pgform's output. */
static void quiet(void *arg, const char *msg)
{
	(void)arg;
	(void)msg;
}

/* A password written in CONNINFO shows in the process list and in shell history: say so. */
static void warn_password_in_conninfo(const char *conninfo)
{
	static int warned;      /* once per run, however many connections */
	PQconninfoOption *opts = !warned && conninfo && *conninfo ? PQconninfoParse(conninfo, NULL) : NULL;
	for (PQconninfoOption *o = opts; o && o->keyword; o++)
		if (!strcmp(o->keyword, "password") && o->val && *o->val) {
			warning("a password given in -d shows in the process list and in shell history; "
				"set PGPASSWORD or use a password file (~/.pgpass) instead");
			warned = 1;
			break;
		}
	PQconninfoFree(opts);
}

PGconn *db_connect(const char *conninfo)
{
	char buf[512];
	warn_password_in_conninfo(conninfo);
	PGconn *c = PQconnectdb(conninfo ? conninfo : "");
	if (!c) {
		error("cannot connect to the database: out of memory");
		return NULL;
	}
	if (PQstatus(c) != CONNECTION_OK) {
		const char *db = PQdb(c);
		error("cannot connect to database '%s': %s", db ? db : "",
		      db_error_line(c, buf, sizeof(buf)));
		PQfinish(c);
		return NULL;
	}
	PQsetNoticeProcessor(c, quiet, NULL);
	/*
	 * If pgform dies, its session stops within about a second, even in
	 * the middle of a long statement, instead of holding the apply lock
	 * (PostgreSQL 14 and later; an older server ignores it).
	 */
	PQclear(PQexec(c, "SET client_connection_check_interval = '1s'"));
	return c;
}

PGconn *db_connect_to(const char *conninfo, const char *dbname)
{
	char buf[512];
	const char *keys[] = { "dbname", "dbname", NULL };
	const char *vals[] = { conninfo ? conninfo : "", dbname, NULL };
	PGconn *c = PQconnectdbParams(keys, vals, 1);
	if (!c || PQstatus(c) != CONNECTION_OK) {
		error("cannot connect to database '%s': %s", dbname, c ? db_error_line(c, buf, sizeof(buf)) : "out of memory");
		PQfinish(c);
		return NULL;
	}
	PQsetNoticeProcessor(c, quiet, NULL);
	/* as db_connect() */
	PQclear(PQexec(c, "SET client_connection_check_interval = '1s'"));
	return c;
}

PGconn *db_clone(PGconn *c)
{
	PQconninfoOption *opts = PQconninfo(c);
	unsigned n = 0, k = 0;
	for (PQconninfoOption *o = opts; o && o->keyword; o++)
		n++;
	if (!n) {
		PQconninfoFree(opts);
		return NULL;
	}
	const char **keys = xcalloc(n + 1, sizeof(*keys)), **vals = xcalloc(n + 1, sizeof(*vals));
	/* the server C reached, not another one of a list of hosts */
	for (PQconninfoOption *o = opts; o->keyword; o++) {
		const char *v = !strcmp(o->keyword, "host") ? PQhost(c) : !strcmp(o->keyword, "port") ? PQport(c) :
				!strcmp(o->keyword, "hostaddr") && o->val ? PQhostaddr(c) : o->val;
		if (v && *v) {
			keys[k] = o->keyword;
			vals[k++] = v;
		}
	}
	PGconn *d = PQconnectdbParams(keys, vals, 0);
	free(keys);
	free(vals);
	PQconninfoFree(opts);
	if (d && PQstatus(d) != CONNECTION_OK) {
		PQfinish(d);
		d = NULL;
	}
	if (d)
		PQsetNoticeProcessor(d, quiet, NULL);
	return d;
}

PGresult *db_query(PGconn *c, const char *what, const char *sql, int nparams,
		   const char *const *params)
{
	char buf[512];
	PGresult *r = PQexecParams(c, sql, nparams, NULL, params, NULL, NULL, 0);
	ExecStatusType st = PQresultStatus(r);
	if (st == PGRES_TUPLES_OK || st == PGRES_COMMAND_OK)
		return r;
	error("%s: %s", what, db_result_error(c, r, buf, sizeof(buf)));
	PQclear(r);
	return NULL;
}

int db_exec(PGconn *c, const char *what, const char *sql)
{
	char buf[512];
	PGresult *r = PQexec(c, sql);
	ExecStatusType st = PQresultStatus(r);
	if (st == PGRES_TUPLES_OK || st == PGRES_COMMAND_OK) {
		PQclear(r);
		return 0;
	}
	error("%s: %s", what, db_result_error(c, r, buf, sizeof(buf)));
	PQclear(r);
	return -1;
}

const char *db_get(const PGresult *r, int row, int col)
{
	if (PQgetisnull(r, row, col))
		return NULL;
	return PQgetvalue(r, row, col);
}

char *db_error_text(PGconn *c, const PGresult *res)
{
	const char *msg = res ? PQresultErrorField(res, PG_DIAG_MESSAGE_PRIMARY) : NULL;
	const char *detail = res ? PQresultErrorField(res, PG_DIAG_MESSAGE_DETAIL) : NULL;
	struct strbuf sb = STRBUF_INIT;
	char buf[512];
	if (!msg || !*msg)
		msg = db_result_error(c, res, buf, sizeof(buf));
	for (const char *p = msg; *p && *p != '\n'; p++)
		strbuf_addch(&sb, *p);
	if (detail && *detail) {
		strbuf_addstr(&sb, " (");
		for (const char *p = detail; *p && *p != '\n'; p++)
			strbuf_addch(&sb, *p);
		strbuf_rtrim(&sb);
		strbuf_addch(&sb, ')');
	}
	return strbuf_detach(&sb, NULL);
}

char *db_run_stmts(PGconn *c, const char *buf, size_t len, int *failed, char **sqlstate)
{
	const char *at = buf, *end = buf + len;
	char line[512];
	char *err = NULL;
	int sent = 0, i;
	*failed = -1;
	if (!PQenterPipelineMode(c))
		return xstrdup("cannot send statements: the connection is busy");
	while (at < end) {
		size_t n = strlen(at);
		if (n && !PQsendQueryParams(c, at, 0, NULL, NULL, NULL, NULL, 0)) {
			err = xstrdup(db_error_line(c, line, sizeof(line)));
			*failed = sent;
			break;
		}
		sent += n > 0;
		at += n + 1;
	}
	if (!PQpipelineSync(c) && !err)
		err = xstrdup(db_error_line(c, line, sizeof(line)));
	/* every statement's results, then the end of the pipeline */
	for (i = 0; i < sent; i++) {
		PGresult *r;
		while ((r = PQgetResult(c))) {
			if (PQresultStatus(r) == PGRES_FATAL_ERROR && !err) {
				err = db_error_text(c, r);
				*failed = i;
				if (sqlstate) {
					const char *ss = PQresultErrorField(r, PG_DIAG_SQLSTATE);
					*sqlstate = xstrdup(ss ? ss : "");
				}
			}
			PQclear(r);
		}
	}
	for (;;) {
		PGresult *r = PQgetResult(c);
		if (!r)
			break;
		int sync = PQresultStatus(r) == PGRES_PIPELINE_SYNC;
		PQclear(r);
		if (sync)
			break;
	}
	if (!PQexitPipelineMode(c) && !err)
		err = xstrdup(db_error_line(c, line, sizeof(line)));
	if (err && !*err) {
		free(err);
		err = xstrdup(PQstatus(c) == CONNECTION_BAD ? "the connection to the server was lost" :
			      "the server gave no reason");
	}
	return err;
}
