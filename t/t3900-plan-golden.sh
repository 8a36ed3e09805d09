#!/bin/bash
test_description='golden plans of the examples (plans/): regenerated in a cluster and compared byte for byte'
. "$(dirname "$0")/test-lib.sh"

# PGFORM_GOLDEN_UPDATE=1 writes the plans into plans/ instead of comparing;
# read every diff before committing it (see plans/README.md).

# The examples connect to their tenants with host: localhost and no port:
# test_start_pg gives the server the test port as its default.
test_start_pg
# The plans name the applying user (the default username of cron jobs):
# plan as role postgres whoever runs the tests.
if [ "$PGUSER" != postgres ]; then
	test_psql -d postgres -c "CREATE ROLE postgres SUPERUSER LOGIN" ||
		BUG "cannot create role postgres"
	PGUSER=postgres
	export PGUSER
fi

PLANS=$REPO/plans
TODAY=2026-11-21

WHADMIN_PASSWORD=whadminpw
PHOOD_RO_PASSWORD=phoodpw
TENANT_A_PASSWORD=tenantpw
TENANT_B_PASSWORD=tenantpw
export WHADMIN_PASSWORD PHOOD_RO_PASSWORD TENANT_A_PASSWORD TENANT_B_PASSWORD

# golden NAME FILE: compare FILE with plans/NAME (or write it there).
golden () {
	if [ -n "$PGFORM_GOLDEN_UPDATE" ]; then
		mkdir -p "$(dirname "$PLANS/$1")" &&
		cp "$2" "$PLANS/$1"
	else
		test_cmp "$PLANS/$1" "$2"
	fi
}

# The sql script without its catalog fingerprint, which covers what differs
# between clusters (role names, installed extension versions).
sql_golden () {
	sed '/^-- catalog fingerprint: [0-9a-f]\{16\}$/d' "$@"
}

test_expect_success 'setup: copies of the examples, tenant sources as examples/warehouse/README.md says' '
	cp -r "$REPO/examples/warehouse" warehouse &&
	cp -r "$REPO/examples/minimal" minimal &&
	test_login_role tenant_reader "$TENANT_A_PASSWORD" &&
	test_createdb tenant_a_src &&
	test_psql -d tenant_a_src -v from=2025-01-01 -v until=$TODAY -f warehouse/source.sql >src_a.out &&
	test_createdb tenant_b_src &&
	test_psql -d tenant_b_src -v from=2026-09-01 -v until=$TODAY -f warehouse/source.sql >src_b.out &&
	echo "3450|2025-01-01|2026-11-21" >expect &&
	tail -n 1 src_a.out >actual &&
	test_cmp expect actual
'

test_expect_success 'warehouse against an empty database: text' '
	pgform plan -f warehouse/pgform.yaml -d dbname=postgres --today $TODAY >empty.txt 2>err &&
	test_line_count = 0 err &&
	golden warehouse/empty.txt empty.txt
'

test_expect_success 'warehouse against an empty database: sql' '
	pgform plan -f warehouse/pgform.yaml -d dbname=postgres --today $TODAY --format sql >plan.sql &&
	grep -q "^-- catalog fingerprint: [0-9a-f]\{16\}$" plan.sql &&
	! grep -q "^-- git commit:" plan.sql &&
	! grep -q "^-- created at:" plan.sql &&
	sql_golden plan.sql >empty.sql &&
	golden warehouse/empty.sql empty.sql
'

test_expect_success 'the golden plans hold no password, path or port' '
	for f in warehouse/empty.txt warehouse/empty.sql; do
		for s in "$WHADMIN_PASSWORD" "$PHOOD_RO_PASSWORD" "$TENANT_A_PASSWORD" "$PGPORT" "$TRASH" "$REPO"; do
			! grep -F "$s" "$PLANS/$f" || return 1
		done
	done
'

test_expect_success 'setup: the warehouse applied as it was on the day before' '
	pgform apply -f warehouse/pgform.yaml -d dbname=postgres --today 2026-11-20 >apply.out 2>&1 &&
	pgform plan -f warehouse/pgform.yaml -d dbname=postgres --today 2026-11-20 >out &&
	echo "$NOCHANGE" >expect &&
	test_cmp expect out &&
	test_psql -d postgres -c "SELECT schema_name, count(*) FROM public.foodlogstats GROUP BY 1 ORDER BY 1" >rows &&
	printf "%s\n" "tenant_a|3445" "tenant_b|405" >expect &&
	test_cmp expect rows
'

test_expect_success 'the applied warehouse, imported into a new directory, plans empty with the imported state' '
	pgform import -d dbname=postgres -o imported --today 2026-11-20 >import.out 2>import.err &&
	pgform plan -f imported/pgform.yaml -d dbname=postgres --today 2026-11-20 >out 2>err &&
	echo "$NOCHANGE" >expect &&
	test_cmp expect out
'

test_expect_success 'warehouse the next day: a part per tenant, union views replaced' '
	pgform plan -f warehouse/pgform.yaml -d dbname=postgres --today $TODAY >next-day.txt &&
	golden warehouse/next-day.txt next-day.txt
'

test_expect_success 'warehouse in the next February: 2026 consolidated into a yearly table' '
	pgform plan -f warehouse/pgform.yaml -d dbname=postgres --today 2027-02-01 >next-february.txt &&
	golden warehouse/next-february.txt next-february.txt
'

test_expect_success 'minimal against an empty database: text and sql' '
	test_createdb minimal &&
	pgform plan -f minimal/pgform.yaml -d dbname=minimal >m-empty.txt &&
	golden minimal/empty.txt m-empty.txt &&
	pgform plan -f minimal/pgform.yaml -d dbname=minimal --format sql >m.sql &&
	sql_golden m.sql >m-empty.sql &&
	golden minimal/empty.sql m-empty.sql
'

test_expect_success 'minimal against a database where the view was made by hand, differently' '
	test_psql -d minimal -c "CREATE SCHEMA app; CREATE VIEW app.hello AS SELECT '"'"'hi'"'"'::text AS greeting" &&
	pgform plan -f minimal/pgform.yaml -d dbname=minimal >m-drifted.txt &&
	golden minimal/drifted.txt m-drifted.txt
'

test_expect_success 'every golden plan has a test (those of diff/ in t5000-git-diff.sh)' '
	(cd "$PLANS" && find . -type f ! -name README.md | sort) >files &&
	cat >expect <<-\EOF &&
	./diff/extension-bumped.txt
	./diff/template-changed.json
	./diff/template-changed.md
	./diff/template-changed.txt
	./diff/tenant-added.txt
	./diff/three-commits.json
	./diff/three-commits.md
	./diff/three-commits.txt
	./minimal/drifted.txt
	./minimal/empty.sql
	./minimal/empty.txt
	./warehouse/empty.sql
	./warehouse/empty.txt
	./warehouse/next-day.txt
	./warehouse/next-february.txt
	EOF
	test_cmp expect files
'

test_done
