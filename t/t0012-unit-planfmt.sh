#!/bin/sh
cd "$(dirname "$0")/.." && exec "${PGFORM_BUILD:-build}/t/test-planfmt"
