# pgform — hand-written Makefile.
#
#   make            build ./pgform
#   make check      install what is missing, build (warnings are errors), run the suite
#   make asan       the same suite under AddressSanitizer + UBSan
#   make demo       plan and apply examples/warehouse on a throwaway cluster
#   make man        man pages from docs/pgform*.md into $(BUILD)/man
#   make completion bash and zsh completion into $(BUILD)/completion
#   make install    PREFIX=/usr/local DESTDIR= (binary, man pages, completion)
#   make deb        the Debian package into $(BUILD)/deb (docs/packaging.md)
#   make bench      run the benchmarks under bench/

PREFIX  ?= /usr/local
DESTDIR ?=
MANDIR  ?= $(PREFIX)/share/man
BASHCOMPDIR ?= $(PREFIX)/share/bash-completion/completions
ZSHCOMPDIR  ?= $(PREFIX)/share/zsh/site-functions
BUILD   ?= build
CC      ?= cc
PKG_CONFIG ?= pkg-config
PKGS    := libpq yaml-0.1 libgit2 libxxhash jansson

OPT     ?= -O2 -g
# Warnings are errors in developer builds; a package build (debian/rules)
# passes WERROR= so that a newer compiler's new warning does not stop it.
WERROR  ?= -Werror
WARN    := -Wall -Wextra $(WERROR) -Wshadow -Wstrict-prototypes -Wno-unused-parameter
SANFLAGS :=
ifeq ($(SAN),1)
SANFLAGS := -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined
OPT      := -O1 -g
endif
# The fuzz targets (make fuzz): clang's libFuzzer, with ASan and UBSan.
ifeq ($(SAN),fuzz)
SANFLAGS := -fsanitize=address,undefined,fuzzer-no-link -fno-omit-frame-pointer -fno-sanitize-recover=undefined
OPT      := -O1 -g
endif

PKG_CFLAGS = $(shell $(PKG_CONFIG) --cflags $(PKGS) 2>/dev/null)
PKG_LIBS   = $(shell $(PKG_CONFIG) --libs $(PKGS) 2>/dev/null)
# libpg_query (PostgreSQL's own parser; Debian's libpg-query-dev) ships no
# .pc file, so pkg-config cannot name it: every link below (pgform, unit
# tests, benches) adds -lpg_query by hand next to $(PKG_LIBS).
ALL_CFLAGS = -std=c11 -D_GNU_SOURCE $(OPT) $(WARN) $(SANFLAGS) -Isrc $(PKG_CFLAGS) $(CPPFLAGS) $(CFLAGS)
ALL_LDFLAGS = $(SANFLAGS) -pthread $(LDFLAGS)

# Sources live in one folder per layer (docs/design.md); src/main.c holds the
# table of commands.  Unit tests and benches link every layer but cmd/.
SRCS     := $(sort $(wildcard src/*.c src/*/*.c))
LIB_SRCS := $(filter-out src/main.c src/cmd/%,$(SRCS))
OBJS     := $(patsubst src/%.c,$(BUILD)/obj/%.o,$(SRCS)) $(BUILD)/obj/helptext.o
LIB_OBJS := $(patsubst src/%.c,$(BUILD)/obj/%.o,$(LIB_SRCS))
DOCS_CMD := $(sort $(wildcard docs/pgform.md docs/pgform-*.md))
MANPAGES := $(patsubst docs/%.md,$(BUILD)/man/%.1,$(DOCS_CMD))
COMPLETIONS := $(BUILD)/completion/pgform.bash $(BUILD)/completion/_pgform
VERSION  := $(shell sed -n 's/^\#define PGFORM_VERSION "\(.*\)"$$/\1/p' src/base/version.h)
UNIT_SRCS := $(sort $(wildcard t/unit/test-*.c))
UNIT_BINS := $(patsubst t/unit/%.c,$(BUILD)/t/%,$(UNIT_SRCS))
FUZZ_SRCS := $(sort $(wildcard fuzz/fuzz-*.c))
FUZZ_BINS := $(patsubst fuzz/%.c,$(BUILD)/fuzz/%,$(FUZZ_SRCS))
SECONDS ?= 60
BENCH_SRCS := $(sort $(wildcard bench/*.c))
BENCH_BINS := $(patsubst bench/%.c,$(BUILD)/bench/%,$(BENCH_SRCS))

PROVE_JOBS ?= 2

.PHONY: all check asan demo install uninstall clean deps deps-quiet unit bench test-only pgform fuzz fuzz-run man completion deb
.DELETE_ON_ERROR:

all: pgform

pgform: $(BUILD)/pgform
	@if [ "$(BUILD)" = build ]; then ln -sf $(BUILD)/pgform pgform; fi

$(BUILD)/pgform: $(OBJS)
	$(CC) $(ALL_LDFLAGS) -o $@ $(OBJS) $(PKG_LIBS) -lpg_query -lm

$(BUILD)/obj/%.o: src/%.c $(wildcard src/*/*.h) | deps-quiet
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -c -o $@ $<

# Help texts: docs/pgform-CMD.md become a C table (generated, not checked in).
$(BUILD)/helptext.c: $(DOCS_CMD) .ci/helptext.awk
	@mkdir -p $(dir $@)
	awk -f .ci/helptext.awk $(DOCS_CMD) > $@

$(BUILD)/obj/helptext.o: $(BUILD)/helptext.c
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -c -o $@ $<

# Man pages (section 1): each docs/pgform*.md through .ci/manpage.awk, with
# the one-line summaries of the table of commands in src/main.c.
man: $(MANPAGES)

$(BUILD)/man/%.1: docs/%.md .ci/manpage.awk src/main.c src/base/version.h
	@mkdir -p $(dir $@)
	awk -v version=$(VERSION) -f .ci/manpage.awk src/main.c $< > $@

# Shell completion: the options of every command as the docs list them
# (.ci/options.awk) put into the hand-written completion/*.in.
completion: $(COMPLETIONS)

$(BUILD)/completion/options.tsv: $(DOCS_CMD) .ci/options.awk
	@mkdir -p $(dir $@)
	awk -f .ci/options.awk $(DOCS_CMD) > $@
	@! grep -q "'" $@ || { echo "error: an option in docs/ holds a quote" >&2; rm -f $@; exit 1; }

$(BUILD)/completion/pgform.bash: completion/pgform.bash.in $(BUILD)/completion/options.tsv
	awk -f .ci/fill.awk $(BUILD)/completion/options.tsv $< > $@

$(BUILD)/completion/_pgform: completion/_pgform.in $(BUILD)/completion/options.tsv
	awk -f .ci/fill.awk $(BUILD)/completion/options.tsv $< > $@

$(BUILD)/t/%: t/unit/%.c t/unit/tap.h $(LIB_OBJS)
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -It/unit -o $@ $< $(LIB_OBJS) $(ALL_LDFLAGS) $(PKG_LIBS) -lpg_query -lm

$(BUILD)/fuzz/%: fuzz/%.c $(LIB_OBJS)
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -fsanitize=fuzzer -o $@ $< $(LIB_OBJS) $(ALL_LDFLAGS) $(PKG_LIBS) -lpg_query -lm

$(BUILD)/bench/%: bench/%.c $(LIB_OBJS)
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -o $@ $< $(LIB_OBJS) $(ALL_LDFLAGS) $(PKG_LIBS) -lpg_query -lm

unit: $(UNIT_BINS)

# Install what a fresh Debian machine lacks (no-op when everything is there).
deps:
	@.ci/deps

# Before compiling: only when pkg-config cannot find a library.
deps-quiet:
	@{ $(PKG_CONFIG) --exists $(PKGS) 2>/dev/null && test -f /usr/include/pg_query.h; } || .ci/deps

test-only: $(BUILD)/pgform $(UNIT_BINS)
	PGFORM_BUILD=$(abspath $(BUILD)) prove -j$(PROVE_JOBS) --timer t/t[0-9]*.sh

check: deps
	$(MAKE) BUILD=build test-only

asan: deps
	$(MAKE) BUILD=build-asan SAN=1 test-only

# make fuzz SECONDS=N: each fuzz target for N seconds under ASan and UBSan,
# from a seed corpus of the examples and the test inputs (fuzz/README.md).
fuzz: deps
	$(MAKE) BUILD=build-fuzz SAN=fuzz CC=clang fuzz-run

fuzz-run: $(FUZZ_BINS)
	@fuzz/run $(BUILD) $(SECONDS)

demo: deps pgform
	examples/warehouse/demo.sh

bench: deps pgform $(BENCH_BINS)
	@for b in bench/run-*.sh; do echo "== $$b"; $$b || exit 1; done

install: $(BUILD)/pgform $(MANPAGES) $(COMPLETIONS)
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/doc/pgform $(DESTDIR)$(PREFIX)/share/pgform/schemas
	install -d $(DESTDIR)$(MANDIR)/man1 $(DESTDIR)$(BASHCOMPDIR) $(DESTDIR)$(ZSHCOMPDIR)
	install -m 755 $(BUILD)/pgform $(DESTDIR)$(PREFIX)/bin/pgform
	install -m 644 docs/*.md $(DESTDIR)$(PREFIX)/share/doc/pgform/
	install -m 644 schemas/*.json $(DESTDIR)$(PREFIX)/share/pgform/schemas/
	install -m 644 $(MANPAGES) $(DESTDIR)$(MANDIR)/man1/
	install -m 644 $(BUILD)/completion/pgform.bash $(DESTDIR)$(BASHCOMPDIR)/pgform
	install -m 644 $(BUILD)/completion/_pgform $(DESTDIR)$(ZSHCOMPDIR)/_pgform

uninstall:
	rm -f $(DESTDIR)$(PREFIX)/bin/pgform
	rm -f $(patsubst $(BUILD)/man/%,$(DESTDIR)$(MANDIR)/man1/%,$(MANPAGES))
	rm -f $(DESTDIR)$(BASHCOMPDIR)/pgform $(DESTDIR)$(ZSHCOMPDIR)/_pgform
	rm -rf $(DESTDIR)$(PREFIX)/share/doc/pgform $(DESTDIR)$(PREFIX)/share/pgform

# The Debian package: dpkg-buildpackage on a copy of the tree (the files
# git knows, else all but build output) in $(BUILD)/deb/pgform-VERSION, so
# the .deb, .buildinfo and .changes land in $(BUILD)/deb; then lintian,
# which fails the target on an error.  .ci/deb-deps installs the tools.
DEB_DIR := $(BUILD)/deb
deb:
	@.ci/deb-deps
	rm -rf $(DEB_DIR) && mkdir -p $(DEB_DIR)/pgform-$(VERSION)
	if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then \
		git ls-files -co --exclude-standard; \
	else \
		find . -path ./build -prune -o -path './build-*' -prune -o -path ./t/trash -prune -o -type f -print; \
	fi | tar -cf - -T - | tar -xf - -C $(DEB_DIR)/pgform-$(VERSION)
	cd $(DEB_DIR)/pgform-$(VERSION) && dpkg-buildpackage -us -uc -b
	lintian --fail-on error --info $(DEB_DIR)/pgform_$(VERSION)_*.changes | tee $(DEB_DIR)/lintian.txt

clean:
	rm -rf build build-asan build-fuzz pgform t/trash debian/.debhelper debian/pgform debian/files debian/*.substvars debian/debhelper-build-stamp
