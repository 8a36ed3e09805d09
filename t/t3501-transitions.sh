#!/bin/bash
# The second half of the transition cases of t/cases: t3500 runs the first
# half, so that `prove -j2` runs the two side by side, each on its own
# cluster (roles are per cluster).
TRANSITIONS_HALF=0
. "$(dirname "$0")/t3500-transitions.sh"
