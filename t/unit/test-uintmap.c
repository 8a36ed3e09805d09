/*
 * test-uintmap: the map from oids to the catalog's objects.  Keys are
 * checked against a plain array of what was put: many keys (the table
 * grows several times), keys that land in the same slots, a key put
 * twice, keys never put, and the key 0, which no object has.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "base/hashmap.h"
#include "tap.h"

#define N 20000

static unsigned key_of(unsigned i)
{
	/* oids as the catalog gives them: from 16384 up, with gaps, some far apart */
	return i % 7 ? 16384 + i * 3 : 4000000000u - i;
}

int main(void)
{
	struct uintmap m = UINTMAP_INIT;
	static intptr_t want[N];
	unsigned wrong = 0, missing = 0;

	ok(uintmap_get(&m, 16384) == NULL, "an empty map has nothing");
	for (unsigned i = 0; i < N; i++) {
		want[i] = (intptr_t)i + 1;
		if (uintmap_put(&m, key_of(i), (void *)want[i]) != NULL)
			wrong++;
	}
	is_int((long)wrong, 0, "no key was there before it was put");
	is_int((long)m.count, N, "count is the number of keys");
	for (unsigned i = 0; i < N; i++) {
		void *v = uintmap_get(&m, key_of(i));
		if (!v)
			missing++;
		else if ((intptr_t)v != want[i])
			wrong++;
	}
	is_int((long)missing, 0, "every key put is found");
	is_int((long)wrong, 0, "every key gives its own value");
	ok(uintmap_get(&m, 16385) == NULL && uintmap_get(&m, 3999999999u - N) == NULL,
	   "keys never put are not found");
	ok(uintmap_get(&m, 0) == NULL, "the key 0 is never found");
	ok((intptr_t)uintmap_put(&m, key_of(5), "again") == want[5] && m.count == N,
	   "putting a key again returns its old value and keeps the count");
	is_str(uintmap_get(&m, key_of(5)), "again", "and the key gives the new value");

	/* keys whose hashes share their low bits: one long run of probes */
	struct uintmap c = UINTMAP_INIT;
	for (unsigned i = 1; i <= 300; i++)
		uintmap_put(&c, i << 20, (void *)(intptr_t)i);
	for (unsigned i = 1; i <= 300; i++)
		if ((intptr_t)uintmap_get(&c, i << 20) != (intptr_t)i)
			wrong++;
	is_int((long)wrong, 0, "keys that differ in their high bits only are all kept apart");

	uintmap_free(&m);
	uintmap_free(&c);
	ok(m.cap == 0 && m.count == 0 && uintmap_get(&m, key_of(1)) == NULL, "a freed map is empty");
	return done_testing();
}
