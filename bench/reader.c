/*
 * bench/reader.c: a reader for bench/swap.  It runs one query again and
 * again on one connection, sleeping INTERVAL ms between the end of one and
 * the start of the next, and prints a line per query on stdout:
 *
 *	START LATENCY_MS ok
 *	START LATENCY_MS error MESSAGE
 *
 * START is the wall clock (seconds since the epoch, microseconds) when the
 * query was sent.  It never stops on an error (a broken connection is made
 * again); it stops on SIGTERM or SIGINT, or after MAX_SECONDS.
 *
 * usage: reader CONNINFO QUERY [INTERVAL_MS [MAX_SECONDS]]
 *
 * Built by `make bench` (or `make build/bench/reader`) against libpq.
 */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <libpq-fe.h>

static volatile sig_atomic_t stop;

static void on_signal(int sig)
{
	(void)sig;
	stop = 1;
}

static double mono_s(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static double wall_s(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_REALTIME, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* One line of MESSAGE: newlines and tabs become spaces. */
static void print_error(double start, double ms, const char *msg)
{
	printf("%.6f %.3f error ", start, ms);
	for (const char *p = msg; *p; p++)
		putchar(*p == '\n' || *p == '\t' || *p == '\r' ? ' ' : *p);
	putchar('\n');
}

static void sleep_ms(long ms)
{
	struct timespec ts = { ms / 1000, (ms % 1000) * 1000000L };
	while (!stop && nanosleep(&ts, &ts) == -1 && errno == EINTR)
		;
}

int main(int argc, char **argv)
{
	if (argc < 3 || argc > 5) {
		fprintf(stderr, "usage: reader CONNINFO QUERY [INTERVAL_MS [MAX_SECONDS]]\n");
		return 2;
	}
	const char *conninfo = argv[1], *query = argv[2];
	long interval = argc > 3 ? atol(argv[3]) : 10;
	double max_s = argc > 4 ? atof(argv[4]) : 0;

	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_signal;
	sigaction(SIGTERM, &sa, NULL);
	sigaction(SIGINT, &sa, NULL);
	setvbuf(stdout, NULL, _IOLBF, 0);

	PGconn *conn = PQconnectdb(conninfo);
	if (PQstatus(conn) != CONNECTION_OK) {
		fprintf(stderr, "reader: %s", PQerrorMessage(conn));
		PQfinish(conn);
		return 1;
	}
	double t_end = max_s > 0 ? mono_s() + max_s : 0;
	unsigned long n = 0, errors = 0;
	while (!stop && (t_end == 0 || mono_s() < t_end)) {
		if (PQstatus(conn) != CONNECTION_OK) {
			double w = wall_s(), t0 = mono_s();
			PQreset(conn);
			if (PQstatus(conn) != CONNECTION_OK) {
				print_error(w, (mono_s() - t0) * 1e3, PQerrorMessage(conn));
				errors++;
				sleep_ms(interval);
				continue;
			}
		}
		double w = wall_s(), t0 = mono_s();
		PGresult *res = PQexec(conn, query);
		double ms = (mono_s() - t0) * 1e3;
		ExecStatusType st = PQresultStatus(res);
		if (st == PGRES_TUPLES_OK || st == PGRES_COMMAND_OK) {
			printf("%.6f %.3f ok\n", w, ms);
		} else {
			print_error(w, ms, PQresultErrorMessage(res)[0] ? PQresultErrorMessage(res)
									  : PQerrorMessage(conn));
			errors++;
		}
		PQclear(res);
		n++;
		sleep_ms(interval);
	}
	PQfinish(conn);
	fprintf(stderr, "reader: %lu queries, %lu errors\n", n, errors);
	return 0;
}
