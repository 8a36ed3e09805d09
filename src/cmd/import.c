/*
 * pgform import: write the YAML of an existing warehouse, so that `plan`
 * right after it has nothing to do (or only moves what pgform does
 * differently, such as passwords in connection strings).
 */
#include <string.h>

#include "cmd/cmd.h"
#include "cmd/opts.h"
#include "catalog/db.h"
#include "import/import.h"
#include "load/load.h"
#include "base/usage.h"

int cmd_import(int argc, char **argv)
{
	static const struct option lo[] = {
		{ "dbname", required_argument, NULL, 'd' },
		{ "out", required_argument, NULL, 'o' },
		{ "today", required_argument, NULL, 'T' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	const char *conninfo = NULL, *dir = NULL, *today_opt = NULL;
	int c, today;
	optind = 1;
	while ((c = opts_next(argc, argv, "d:o:", lo)) != -1) {
		switch (c) {
		case 'd': conninfo = optarg; break;
		case 'o': dir = optarg; break;
		case 'T': today_opt = optarg; break;
		case 'h': return 0;
		default: return 1;
		}
	}
	if (optind < argc)
		return usage_error(argv[0], "unexpected argument '%s'", argv[optind]);
	if (!dir)
		return usage_error(argv[0], "say where to write the state with -o DIR");
	if (today_resolve(today_opt, &today) < 0)
		return 1;
	PGconn *conn = db_connect(conninfo);
	if (!conn)
		return 1;
	int ret = import_run(conn, conninfo, dir, today) < 0 ? 1 : 0;
	PQfinish(conn);
	return ret;
}
