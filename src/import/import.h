/*
 * import: the YAML of an existing warehouse.  Reads the catalog (in bulk,
 * as plan does) and recognises tenants and templates — schemas holding
 * materialized views named TEMPLATE_YYYY_MM_DD over dblink, tables
 * TEMPLATE_YYYY, a union view over them and a public view over the union
 * views — rather than listing every view.  Connection strings found in
 * part definitions become tenant connections whose password goes to an
 * environment variable (named, never written).
 */
#ifndef PGFORM_IMPORT_H
#define PGFORM_IMPORT_H

#include <libpq-fe.h>

/*
 * Write DIR/pgform.yaml, DIR/tenants/KEY.yaml and DIR/sql/functions.sql
 * for the database behind C.  TODAY (days since epoch) decides whether a
 * tenant's range stays open ("until" left out).  Returns 0 or -1.
 */
int import_run(PGconn *c, const char *conninfo, const char *dir, int today);

#endif
