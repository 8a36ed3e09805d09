/*
 * timing: wall time spent in each phase of a command, printed to stderr
 * when the environment sets PGFORM_TIMING=1 (see docs/benchmarks.md).
 *
 * A command calls timing_enter() as it starts a phase; the time since the
 * previous call is added to the phase that was running.  timing_enter()
 * returns that phase, so a nested phase (a probe inside decide) gives the
 * time back with timing_enter(previous).  timing_report() adds the last
 * stretch and prints one line per phase that took any time.  Nothing is
 * measured or printed when PGFORM_TIMING is unset or 0.
 */
#ifndef PGFORM_TIMING_H
#define PGFORM_TIMING_H

enum timing_phase {
	TIMING_NONE,
	TIMING_LOAD,    /* state files: load and expand */
	TIMING_READ,    /* catalog read */
	TIMING_DECIDE,  /* matching, deciding and writing steps */
	TIMING_PROBE,   /* what the diff asks the server (definitions, dependents) */
	TIMING_ORDER,   /* dependencies between steps, sort */
	TIMING_RENDER,  /* the plan's output */
	TIMING_NPHASES
};

enum timing_phase timing_enter(enum timing_phase p);
void timing_report(const char *command);

#endif
