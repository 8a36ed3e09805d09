#!/bin/bash
test_description='make deb: the Debian package builds, is lintian clean of errors, and runs'
. "$(dirname "$0")/test-lib.sh"

# Building the package needs the packaging tools (.ci/deb-deps installs
# them); without them this script is skipped, never failed.
for tool in dpkg-buildpackage dh lintian fakeroot; do
	command -v $tool >/dev/null ||
		test_skip_all "$tool is missing (.ci/deb-deps installs the Debian packaging tools)"
done

VERSION=$(sed -n 's/^#define PGFORM_VERSION "\(.*\)"$/\1/p' "$REPO/src/base/version.h")
DEB=$TRASH/b/deb/pgform_${VERSION}_$(dpkg --print-architecture).deb

test_expect_success 'make deb builds the package and lintian reports no error' '
	make -s -C "$REPO" BUILD="$TRASH/b" deb >out 2>err ||
		{ tail -40 err; exit 1; }
	test -f "$DEB" &&
	! grep "^E: " "$TRASH/b/deb/lintian.txt" &&
	test_diag "lintian: $(grep -c "^W: " "$TRASH/b/deb/lintian.txt") warnings," \
		"$(grep -c "^I: " "$TRASH/b/deb/lintian.txt") infos; .deb $(stat -c %s "$DEB") bytes"
'

test_expect_success 'the package holds the binary, a man page per command, and the completion' '
	dpkg-deb -c "$DEB" | awk "{print \$6}" | sed "s|^\./||" >files &&
	for f in usr/bin/pgform usr/share/man/man1/pgform.1.gz \
		usr/share/bash-completion/completions/pgform \
		usr/share/zsh/vendor-completions/_pgform \
		usr/share/doc/pgform/copyright usr/share/doc/pgform/changelog.gz; do
		grep -qx "$f" files || { echo "$f missing" && exit 1; }
	done &&
	for d in "$REPO"/docs/pgform-*.md; do
		m=$(basename "$d" .md).1.gz &&
		grep -qx "usr/share/man/man1/$m" files || { echo "$m missing" && exit 1; }
	done
'

test_expect_success 'its pgform runs: --version, and man reads its pages' '
	dpkg-deb -x "$DEB" root &&
	root/usr/bin/pgform --version >out &&
	echo "pgform $VERSION" >expect &&
	test_cmp expect out &&
	MANPATH=$PWD/root/usr/share/man LC_ALL=C.UTF-8 MANWIDTH=80 man pgform-plan >out 2>err &&
	test_cmp /dev/null err &&
	grep -q "^       pgform-plan - " out
'

test_expect_success 'it depends on the shared libraries it links (shlibs), none by hand' '
	dpkg-deb -f "$DEB" Depends | tr "," "\n" | sed "s/^ *//; s/ .*//" | sort >deps &&
	for p in libc6 libpq5 libyaml-0-2 libjansson4 libxxhash0; do
		grep -qx "$p" deps || { echo "$p missing" && cat deps && exit 1; }
	done &&
	grep -q "^libgit2-" deps &&
	grep -q "^libpg-query" deps
'

test_done
