/*
 * test-docw: the streaming JSON/YAML writer gives, byte for byte, what
 * jansson's json_dumps() gives for the same tree (JSON_PRESERVE_ORDER |
 * JSON_ENSURE_ASCII, compact and JSON_INDENT(2)): every single byte and
 * code point class as a string, and a few thousand random trees; and
 * YAML in pgform's block style for fixed cases.
 */
#include <jansson.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "base/docw.h"
#include "base/strbuf.h"
#include "tap.h"

static uint64_t rng = 0x9e3779b97f4a7c15u;

static unsigned rnd(unsigned n)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return (unsigned)(rng % n);
}

/* What jansson writes for the string S (NULL when it refuses S). */
static char *jansson_str(const char *s)
{
	json_t *j = json_string(s);
	char *out = j ? json_dumps(j, JSON_ENCODE_ANY | JSON_ENSURE_ASCII) : NULL;
	json_decref(j);
	return out;
}

/* 1 when json_quote(S) is what jansson writes; prints both otherwise. */
static int same_string(const char *s, const char *label)
{
	struct strbuf sb = STRBUF_INIT;
	char *want = jansson_str(s);
	int r;

	json_quote(&sb, s);
	r = want && !strcmp(sb.buf, want);
	if (!r)
		printf("# %s: got %s, expected %s\n", label, sb.buf, want ? want : "(refused)");
	free(want);
	strbuf_release(&sb);
	return r;
}

/* Append code point CP as UTF-8. */
static void add_utf8(struct strbuf *sb, unsigned cp)
{
	if (cp < 0x80) {
		strbuf_addch(sb, (int)cp);
	} else if (cp < 0x800) {
		strbuf_addch(sb, (int)(0xc0 | (cp >> 6)));
		strbuf_addch(sb, (int)(0x80 | (cp & 0x3f)));
	} else if (cp < 0x10000) {
		strbuf_addch(sb, (int)(0xe0 | (cp >> 12)));
		strbuf_addch(sb, (int)(0x80 | ((cp >> 6) & 0x3f)));
		strbuf_addch(sb, (int)(0x80 | (cp & 0x3f)));
	} else {
		strbuf_addch(sb, (int)(0xf0 | (cp >> 18)));
		strbuf_addch(sb, (int)(0x80 | ((cp >> 12) & 0x3f)));
		strbuf_addch(sb, (int)(0x80 | ((cp >> 6) & 0x3f)));
		strbuf_addch(sb, (int)(0x80 | (cp & 0x3f)));
	}
}

/* A random code point: mostly ASCII (every class of it), some of each width. */
static unsigned rnd_cp(void)
{
	static const char ascii[] = "ab \"\\/\n\t\r\b\f\x01\x1f\x7f'{}:,";
	unsigned cp;
	switch (rnd(8)) {
	case 0: return (unsigned char)ascii[rnd(sizeof(ascii) - 1)];
	case 1: return 0x80 + rnd(0x780);
	case 2:
		do
			cp = 0x800 + rnd(0x10000 - 0x800);
		while (cp >= 0xd800 && cp <= 0xdfff);
		return cp;
	case 3: return 0x10000 + rnd(0x100000);
	default: return 0x20 + rnd(0x5f);
	}
}

static void random_string(struct strbuf *sb)
{
	unsigned n = rnd(40);
	strbuf_reset(sb);
	for (unsigned i = 0; i < n; i++)
		add_utf8(sb, rnd_cp());
}

static void test_strings(void)
{
	struct strbuf sb = STRBUF_INIT;
	char one[2] = { 0, 0 };
	int all = 1;

	for (int c = 1; c < 0x80; c++) {
		one[0] = (char)c;
		all &= same_string(one, "byte");
	}
	ok(all, "every ASCII byte alone is escaped as jansson does");
	all = 1;
	for (unsigned cp = 0x80; cp < 0x110000; cp += (cp < 0x800 ? 1 : 97)) {
		if (cp >= 0xd800 && cp <= 0xdfff)
			continue;
		strbuf_reset(&sb);
		strbuf_addstr(&sb, "x");
		add_utf8(&sb, cp);
		strbuf_addstr(&sb, "0123456789");
		all &= same_string(sb.buf, "code point");
	}
	ok(all, "code points of every width (surrogate pairs past U+FFFF) as jansson");
	all = 1;
	for (int i = 0; i < 20000; i++) {
		random_string(&sb);
		all &= same_string(sb.buf, "random");
	}
	ok(all, "20,000 random strings as jansson writes them");
	for (size_t len = 0; len < 24; len++) {
		strbuf_reset(&sb);
		strbuf_addchars(&sb, 'a', len);
		strbuf_addch(&sb, '"');
		strbuf_addchars(&sb, 'b', 24 - len);
		all &= same_string(sb.buf, "quote at each place");
	}
	ok(all, "a quote at every offset of a word-at-a-time scan");

	strbuf_reset(&sb);
	json_quote(&sb, "a\xff" "b\xc3(\xed\xa0\x80z");
	is_str(sb.buf, "\"a\\uFFFDb\\uFFFD(\\uFFFD\\uFFFD\\uFFFDz\"",
	       "a byte that starts no valid UTF-8 becomes \\uFFFD");
	strbuf_release(&sb);
}

/* A random tree of depth at most DEPTH, written both to jansson and to W. */
static json_t *random_tree(struct docw *w, int depth, struct strbuf *tmp)
{
	unsigned k = depth > 0 ? rnd(7) : 3 + rnd(4);
	json_t *j;

	switch (k) {
	case 0: case 1: {
		unsigned n = rnd(4);
		j = json_object();
		docw_object(w);
		for (unsigned i = 0; i < n; i++) {
			char key[16];
			snprintf(key, sizeof(key), "k%u\"%u", i, rnd(3));
			docw_key(w, key);
			json_object_set_new(j, key, random_tree(w, depth - 1, tmp));
		}
		docw_end(w);
		return j;
	}
	case 2: {
		unsigned n = rnd(4);
		j = json_array();
		docw_array(w);
		for (unsigned i = 0; i < n; i++)
			json_array_append_new(j, random_tree(w, depth - 1, tmp));
		docw_end(w);
		return j;
	}
	case 3: {
		long long v = (long long)rnd(2000000) - 1000000;
		docw_int(w, v);
		return json_integer(v);
	}
	case 4:
		k = rnd(2);
		docw_bool(w, (int)k);
		return json_boolean(k);
	default:
		random_string(tmp);
		docw_str(w, tmp->buf);
		return json_string(tmp->buf);
	}
}

static void test_trees(int indent)
{
	struct strbuf sb = STRBUF_INIT, tmp = STRBUF_INIT;
	int all = 1;

	for (int i = 0; i < 3000; i++) {
		struct docw w;
		json_t *j;
		char *want;
		strbuf_reset(&sb);
		docw_init(&w, &sb, DOCW_JSON, indent);
		j = random_tree(&w, 4, &tmp);
		want = json_dumps(j, JSON_ENCODE_ANY | JSON_PRESERVE_ORDER | JSON_ENSURE_ASCII |
				  (indent ? JSON_INDENT(indent) : JSON_COMPACT));
		if (!want || strcmp(want, sb.buf)) {
			all = 0;
			printf("# got:\n%s\n# expected:\n%s\n", sb.buf, want ? want : "(null)");
			i = 3000;
		}
		free(want);
		json_decref(j);
	}
	ok(all, "3,000 random trees as json_dumps() writes them (%s)",
	   indent ? "JSON_INDENT(2)" : "JSON_COMPACT");
	strbuf_release(&sb);
	strbuf_release(&tmp);
}

static void test_yaml(void)
{
	struct strbuf sb = STRBUF_INIT;
	struct docw w;

	docw_init(&w, &sb, DOCW_YAML, 0);
	docw_yaml_root(&w, 2, 1);
	docw_object(&w);
	docw_kstr(&w, "kind", "view");
	docw_kstr(&w, "query", "SELECT 1\nFROM t\n");
	docw_key(&w, "empty");
	docw_array(&w);
	docw_end(&w);
	docw_key(&w, "none");
	docw_object(&w);
	docw_end(&w);
	docw_key(&w, "list");
	docw_array(&w);
	docw_str(&w, "yes");
	docw_int(&w, 5);
	docw_object(&w);
	docw_key(&w, "a b:");
	docw_bool(&w, 1);
	docw_kstr(&w, "c", "d");
	docw_end(&w);
	docw_object(&w);
	docw_end(&w);
	docw_end(&w);
	docw_key(&w, "map");
	docw_object(&w);
	docw_kstr(&w, "x", "1");
	docw_end(&w);
	docw_end(&w);
	is_str(sb.buf,
	       "kind: view\n"
	       "  query: |\n"
	       "    SELECT 1\n"
	       "    FROM t\n"
	       "  empty: []\n"
	       "  none: {}\n"
	       "  list:\n"
	       "  - \"yes\"\n"
	       "  - 5\n"
	       "  - \"a b:\": true\n"
	       "    c: d\n"
	       "  - {}\n"
	       "  map:\n"
	       "    x: \"1\"",
	       "YAML: plain, quoted and block scalars, empty and nested containers");
	is_int(w.depth, 0, "every container closed: back at the root");
	strbuf_reset(&sb);
	docw_init(&w, &sb, DOCW_YAML, 0);
	docw_object(&w);
	docw_end(&w);
	is_str(sb.buf, "{}", "YAML: an empty root object");
	strbuf_release(&sb);
}

int main(void)
{
	test_strings();
	test_trees(0);
	test_trees(2);
	test_yaml();
	return done_testing();
}
