/*
 * tap.h: a tiny TAP producer for pgform's C unit tests.
 *
 *   ok(cond, "name", ...)      one test
 *   is_str(got, want, "name")  string equality, prints both on failure
 *   is_int(got, want, "name")  integer equality
 *   done_testing()             prints the plan, returns the exit code
 */
#ifndef PGFORM_TAP_H
#define PGFORM_TAP_H

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

static int tap_count, tap_failed;

static int tap_ok(int cond, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
static int tap_ok(int cond, const char *fmt, ...)
{
	va_list ap;
	tap_count++;
	printf("%sok %d - ", cond ? "" : "not ", tap_count);
	va_start(ap, fmt);
	vprintf(fmt, ap);
	va_end(ap);
	putchar('\n');
	if (!cond)
		tap_failed++;
	fflush(stdout);
	return cond;
}

#define ok(cond, ...) tap_ok(!!(cond), __VA_ARGS__)

static int tap_is_str(const char *got, const char *want, const char *name)
{
	int c = (got == NULL && want == NULL) ||
		(got && want && strcmp(got, want) == 0);
	tap_ok(c, "%s", name);
	if (!c)
		printf("#   got:      '%s'\n#   expected: '%s'\n",
		       got ? got : "(null)", want ? want : "(null)");
	return c;
}
#define is_str(got, want, name) tap_is_str((got), (want), (name))

static int tap_is_int(long long got, long long want, const char *name)
{
	int c = got == want;
	tap_ok(c, "%s", name);
	if (!c)
		printf("#   got:      %lld\n#   expected: %lld\n", got, want);
	return c;
}
#define is_int(got, want, name) tap_is_int((long long)(got), (long long)(want), (name))

static int done_testing(void)
{
	printf("1..%d\n", tap_count);
	return tap_failed ? 1 : 0;
}

#endif
