/*
 * test-subst: placeholders rendered by where they stand, and
 * subst_check(): whether each value stays inside the quotes around it.
 * Each case is a template text, one value for {V}, and what is expected:
 * the rendering, or the trouble with the quote it would end.
 */
#include <string.h>

#include "base/arena.h"
#include "expand/subst.h"
#include "tap.h"

static const struct subst_var vars[] = { { "V", SUBST_LITERAL } };

struct check_case {
	const char *text, *value, *want, *what;
};

/* "fits: RENDERING", "ends QUOTE at {V}#N" or "backslash at {V}#N". */
static const struct check_case cases[] = {
	{ "SELECT '{V}'", "O'Neil", "fits: SELECT 'O''Neil'", "a quote in a literal is doubled" },
	{ "SELECT E'{V}'", "a\\'b", "fits: SELECT E'a\\\\''b'", "E'': backslashes and quotes doubled" },
	{ "SELECT '{V}'", "a\\", "backslash at seg 1 (')", "a backslash in a plain literal" },
	{ "SELECT \"{V}\"", "a\"b", "fits: SELECT \"a\"\"b\"", "a quoted name: quotes doubled" },
	{ "SELECT $q${V}$q$", "it's $x$", "fits: SELECT $q$it's $x$$q$", "another tag in a dollar quote" },
	{ "SELECT $q${V}$q$", "x$q$; DROP TABLE t; --", "ends $q$ at seg 1",
	  "the closing tag in a dollar quote" },
	{ "SELECT $q${V}q$ $q$", "A$", "ends $q$ at seg 1", "a tag made with the text after it" },
	{ "SELECT $q$$${V}q$ $q$", "", "ends $q$ at seg 1", "an empty value joins its neighbours" },
	{ "SELECT $$ {V} $$", "a $$ b", "ends $$ at seg 1", "the empty tag" },
	{ "SELECT {V}", "x'; DROP TABLE t; --", "fits: SELECT 'x''; DROP TABLE t; --'",
	  "outside quotes: a quoted literal" },
	{ "SELECT '{V}', $q${V}$q$", "$q$", "ends $q$ at seg 3", "the first value that breaks out" },
	{ "-- {V}\nSELECT 1", "x\nDROP TABLE t", "fits: -- {V}\nSELECT 1", "comments are not filled" },
};

static void test_check(void)
{
	struct arena a = ARENA_INIT;
	struct strbuf got = STRBUF_INIT, quote = STRBUF_INIT;

	for (size_t i = 0; i < sizeof(cases) / sizeof(*cases); i++) {
		const struct check_case *c = &cases[i];
		const char *values[] = { c->value };
		struct subst_tpl t;
		unsigned seg = 0;
		enum subst_trouble tr;
		subst_compile(&t, &a, c->text, vars, 1, 0);
		strbuf_reset(&got);
		strbuf_reset(&quote);
		tr = subst_check(&t, values, &seg, &quote);
		if (tr == SUBST_FITS) {
			strbuf_addstr(&got, "fits: ");
			subst_render(&t, values, &got);
		} else if (tr == SUBST_BACKSLASH) {
			strbuf_addf(&got, "backslash at seg %u (%s)", seg, quote.buf);
		} else {
			strbuf_addf(&got, "ends %s at seg %u", quote.buf, seg);
		}
		is_str(got.buf, c->want, c->what);
	}
	strbuf_release(&got);
	strbuf_release(&quote);
	arena_free(&a);
}

/* Segments: text, a placeholder, text; "{{" is text written "{", ending a segment. */
static void test_segments(void)
{
	struct arena a = ARENA_INIT;
	struct subst_tpl t;
	subst_compile(&t, &a, "a {V} {{b}", vars, 1, 0);
	is_int(t.nsegs, 4, "text, placeholder, text up to {{, the rest");
	is_int(t.segs[1].var, 0, "the placeholder is {V}");
	is_int(t.segs[2].len, 2, "\" {{\" is written \" {\"");
	is_int(t.segs[2].src_len, 3, "... from three bytes of the text");
	arena_free(&a);
}

int main(void)
{
	test_segments();
	test_check();
	return done_testing();
}
