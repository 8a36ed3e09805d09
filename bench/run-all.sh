#!/bin/bash
# bench/run-all.sh: run every benchmark (`make bench` runs bench/run-*.sh).
# Each prints its figures; this fails when one of them broke, after
# running the others.  Pass names to run only those, e.g.
#	bench/run-all.sh plan swap
# The environment knobs of each (TENANTS, RUNS, SKIP_BIG, ...) pass through;
# BENCH_LOG=FILE also appends everything to FILE.
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
names=("$@")
[ ${#names[@]} -gt 0 ] || names=(expand swap warehouse apply plan template refresh)
failed=()
for b in "${names[@]}"; do
	echo "== bench/$b"
	start=$(date +%s)
	if [ -n "${BENCH_LOG:-}" ]; then
		"$here/$b" 2>&1 | tee -a "$BENCH_LOG"
	else
		"$here/$b"
	fi
	rc=$?
	echo "== bench/$b: $( [ $rc = 0 ] && echo done || echo "FAILED (exit $rc)" ) in $(( $(date +%s) - start )) s"
	[ $rc = 0 ] || failed+=("$b")
	echo
done
if [ ${#failed[@]} -gt 0 ]; then
	echo "bench/run-all.sh: broken: ${failed[*]}" >&2
	exit 1
fi
