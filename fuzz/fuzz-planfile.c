/*
 * fuzz-planfile: the plan-file reader on arbitrary bytes (libFuzzer).  A
 * saved plan is untrusted input: whatever the bytes, planfile_read() must
 * refuse or accept them, never crash, hang or leak; a plan it accepts is
 * written again and read again, and must give the same bytes (the round
 * trip promised by planfile.h).
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "base/strbuf.h"
#include "plan/plan.h"
#include "plan/planfile.h"

static char dir[] = "/tmp/pgform-fuzz-plan-XXXXXX";
static char path[sizeof(dir) + 16], again[sizeof(dir) + 16];

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	if (!mkdtemp(dir))
		abort();
	snprintf(path, sizeof(path), "%s/plan.json", dir);
	snprintf(again, sizeof(again), "%s/again.json", dir);
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	FILE *f = fopen(path, "wb");
	struct plan p, q;
	if (!f)
		abort();
	if (size && fwrite(data, 1, size, f) != size)
		abort();
	fclose(f);
	memset(&p, 0, sizeof(p));
	if (planfile_read(&p, path) == 0) {
		struct strbuf one = STRBUF_INIT, two = STRBUF_INIT;
		planfile_format(&p, &one, NULL);
		if (planfile_write(&p, again, NULL) < 0)
			abort();
		memset(&q, 0, sizeof(q));
		if (planfile_read(&q, again) < 0)
			abort();        /* what it wrote, it must read */
		planfile_format(&q, &two, NULL);
		if (one.len != two.len || memcmp(one.buf, two.buf, one.len))
			abort();        /* and the same bytes again */
		plan_free(&q);
		strbuf_release(&one);
		strbuf_release(&two);
	}
	plan_free(&p);
	return 0;
}
