/* pgform refresh: not built yet; says so and exits 1. */
#include "cmd/cmd.h"
#include "cmd/opts.h"

int cmd_refresh(int argc, char **argv)
{
	int r = opts_help_only(argc, argv);
	if (r >= 0)
		return r;
	return cmd_not_built("refresh");
}
