/*
 * pgform rollback [ID]: undo a finished apply (the last one by default)
 * while the objects it swapped out are still kept (apply --keep-old).
 */
#include <stdlib.h>
#include <string.h>

#include "cmd/cmd.h"
#include "cmd/opts.h"
#include "apply/apply.h"
#include "catalog/db.h"
#include "catalog/state.h"
#include "base/usage.h"

int cmd_rollback(int argc, char **argv)
{
	static const struct option lo[] = {
		{ "dbname", required_argument, NULL, 'd' },
		{ "allow-destroy", no_argument, NULL, 'A' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	const char *conninfo = NULL;
	long long id = 0;
	int c, ret = 1, allow_destroy = 0;
	optind = 1;
	while ((c = opts_next(argc, argv, "d:", lo)) != -1) {
		switch (c) {
		case 'd': conninfo = optarg; break;
		case 'A': allow_destroy = 1; break;
		case 'h': return 0;
		default: return 1;
		}
	}
	if (optind < argc) {
		char *end;
		id = strtoll(argv[optind], &end, 10);
		if (*end || id <= 0)
			return usage_error(argv[0], "'%s' is not an apply id", argv[optind]);
		optind++;
	}
	if (optind < argc)
		return usage_error(argv[0], "unexpected argument '%s'", argv[optind]);
	PGconn *conn = db_connect(conninfo);
	if (!conn)
		return 1;
	if (state_lock(conn, 10) == 0) {
		ret = apply_rollback(conn, id, allow_destroy) < 0 ? 1 : 0;
		state_unlock(conn);
	}
	PQfinish(conn);
	return ret;
}
