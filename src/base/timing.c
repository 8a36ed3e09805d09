/* timing.c: wall time per phase, see timing.h. */
#include "base/timing.h"

#include <stdio.h>
#include <stdlib.h>
#include <time.h>

static int enabled = -1;
static enum timing_phase current;
static double since, spent[TIMING_NPHASES];

static double now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static int timing_enabled(void)
{
	if (enabled < 0) {
		const char *v = getenv("PGFORM_TIMING");
		enabled = v && *v && !(v[0] == '0' && !v[1]);
	}
	return enabled;
}

enum timing_phase timing_enter(enum timing_phase p)
{
	enum timing_phase prev = current;
	if (!timing_enabled())
		return prev;
	double t = now();
	if (current != TIMING_NONE)
		spent[current] += t - since;
	since = t;
	current = p;
	return prev;
}

void timing_report(const char *command)
{
	static const char *const names[TIMING_NPHASES] = {
		"", "load", "read", "decide", "probe", "order", "render",
	};
	double total = 0;
	if (!timing_enabled())
		return;
	timing_enter(TIMING_NONE);
	for (int i = 1; i < TIMING_NPHASES; i++)
		total += spent[i];
	for (int i = 1; i < TIMING_NPHASES; i++)
		if (spent[i] > 0)
			fprintf(stderr, "timing: %s %-6s %8.3f s\n", command, names[i], spent[i]);
	fprintf(stderr, "timing: %s %-6s %8.3f s\n", command, "total", total);
}
