/*
 * fuzz-load: the state loader on arbitrary bytes (libFuzzer).  The input
 * is written to a pgform.yaml of its own and loaded as `pgform validate`
 * loads it: whatever the bytes, the loader must report problems, never
 * crash, hang or leak (ASan and UBSan watch).  Includes and sql_file:s
 * the input names are looked up beside it, in a directory of the run's.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "base/datecalc.h"
#include "load/load.h"
#include "model/model.h"

static char dir[] = "/tmp/pgform-fuzz-load-XXXXXX";
static char path[sizeof(dir) + 16];
static int today;

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	if (!mkdtemp(dir))
		abort();
	snprintf(path, sizeof(path), "%s/pgform.yaml", dir);
	if (date_parse("2026-03-01", &today) < 0)
		abort();
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	FILE *f = fopen(path, "wb");
	struct model m;
	if (!f)
		abort();
	if (size && fwrite(data, 1, size, f) != size)
		abort();
	fclose(f);
	memset(&m, 0, sizeof(m));
	model_load(&m, path, today);
	diags_print(&m.diags, stderr);
	model_free(&m);
	return 0;
}
