/*
 * pgform cleanup [--yes]: list leftover temporary objects (old copies
 * kept by apply --keep-old, builds of interrupted applies); --yes drops them.
 */
#include <stdio.h>
#include <string.h>

#include "cmd/cmd.h"
#include "cmd/opts.h"
#include "apply/apply.h"
#include "catalog/db.h"
#include "catalog/state.h"
#include "base/usage.h"

int cmd_cleanup(int argc, char **argv)
{
	static const struct option lo[] = {
		{ "dbname", required_argument, NULL, 'd' },
		{ "yes", no_argument, NULL, 'y' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	const char *conninfo = NULL;
	int c, yes = 0, ret = 1;
	optind = 1;
	while ((c = opts_next(argc, argv, "d:y", lo)) != -1) {
		switch (c) {
		case 'd': conninfo = optarg; break;
		case 'y': yes = 1; break;
		case 'h': return 0;
		default: return 1;
		}
	}
	if (optind < argc)
		return usage_error(argv[0], "unexpected argument '%s'", argv[optind]);
	PGconn *conn = db_connect(conninfo);
	if (!conn)
		return 1;
	if (yes && state_lock(conn, 10) != 0)
		goto done;
	int n = apply_cleanup(conn, yes);
	if (n >= 0) {
		if (!n)
			info("no leftover temporary objects");
		else if (yes)
			info("dropped %d leftover temporary object%s", n, n == 1 ? "" : "s");
		else
			info("%d leftover temporary object%s; `pgform cleanup --yes` drops them", n, n == 1 ? "" : "s");
		ret = 0;
	}
	if (yes)
		state_unlock(conn);
done:
	PQfinish(conn);
	return ret;
}
