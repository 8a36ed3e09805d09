#!/bin/sh
exec "${PGFORM_BUILD:-build}/t/test-uintmap"
