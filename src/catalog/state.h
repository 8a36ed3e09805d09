/*
 * state: pgform's own schema in the warehouse, created and versioned by
 * apply.  It records every apply (who, when, which plan, which commit),
 * every step (its SQL with secrets as markers, status, times, error) and,
 * per managed object, the fingerprint of its desired spec and a stamp of
 * its catalog rows, which plan reads to skip comparing definitions.
 */
#ifndef PGFORM_STATE_H
#define PGFORM_STATE_H

#include <libpq-fe.h>

#define STATE_VERSION 6
#define STATE_VERSION_TEXT "6"

/*
 * SQL: the size in bytes of relation ALIAS (a pg_class row) with its
 * indexes and TOAST table, from the statistics in pg_class (relpages, as
 * the last VACUUM, ANALYZE, CREATE INDEX or plain REFRESH left them):
 * unlike pg_total_relation_size() it takes no lock, so it never waits for
 * a refresh holding one.
 */
#define SQL_REL_SIZE(alias) \
	"((SELECT coalesce(sum(x.relpages), 0) FROM pg_catalog.pg_class x WHERE x.oid = " alias ".reltoastrelid " \
	"OR x.oid = " alias ".oid OR x.oid IN (SELECT i.indexrelid FROM pg_catalog.pg_index i " \
	"WHERE i.indrelid = " alias ".oid))::bigint * current_setting('block_size')::bigint)"

/* Create or upgrade schema pgform; 0 or -1 after reporting. */
int state_ensure(PGconn *c);
/* 1 when schema pgform exists (with its tables), 0 when not, -1 on error. */
int state_exists(PGconn *c);
/* The advisory lock key of applies: hashtext('pgform apply'), computed by the server. */
#define STATE_LOCK_KEY "hashtext('pgform apply')"
/*
 * SQL: true when backend PIDEXPR holds the apply lock of this database.
 * An apply whose row says running while its backend does not hold the
 * lock (gone, or another session) was interrupted.
 */
#define STATE_LOCK_HELD_BY(pidexpr) \
	"EXISTS (SELECT 1 FROM pg_catalog.pg_locks l WHERE l.locktype = 'advisory' AND l.granted " \
	"AND l.pid = " pidexpr " AND l.objid = (" STATE_LOCK_KEY ")::oid " \
	"AND l.database = (SELECT d.oid FROM pg_catalog.pg_database d WHERE d.datname = current_database()))"

/*
 * Take the apply lock (a session advisory lock of this database).
 * Returns 0; 1 when a live apply holds it (after reporting which: apply
 * id, backend pid, client address, start time); -1 on error.  When the
 * holder is an apply whose pgform process on this machine is gone, wait
 * up to WAIT_S seconds for its session to end, then end it, saying so.
 */
int state_lock(PGconn *c, double wait_s);

/* This machine's name and pgform's pid, recorded with an apply (so a later one can tell it is gone). */
void state_client(char *host, size_t len, long *pid);
void state_unlock(PGconn *c);

#endif
