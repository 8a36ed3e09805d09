#include "base/hashmap.h"
#include <stdlib.h>

#include <string.h>
#include <xxhash.h>

#include "base/usage.h"

/* Slot for KEY: the one holding it, or the empty one where it would go. */
static struct hashmap_entry *find_slot(const struct hashmap *m, const char *key,
				       size_t len, unsigned long long h)
{
	size_t mask = m->cap - 1, i = (size_t)h & mask;
	for (;;) {
		struct hashmap_entry *e = &m->slots[i];
		if (!e->key || (e->hash == h && e->keylen == len &&
				!memcmp(e->key, key, len)))
			return e;
		i = (i + 1) & mask;
	}
}

static void grow(struct hashmap *m)
{
	struct hashmap_entry *old = m->slots;
	size_t oldcap = m->cap;
	m->cap = oldcap ? oldcap * 2 : 64;
	m->slots = xcalloc(m->cap, sizeof(*m->slots));
	for (size_t i = 0; i < oldcap; i++)
		if (old[i].key)
			*find_slot(m, old[i].key, old[i].keylen, old[i].hash) = old[i];
	free(old);
}

void *hashmap_getn(const struct hashmap *m, const char *key, size_t len)
{
	if (!m->cap)
		return NULL;
	struct hashmap_entry *e = find_slot(m, key, len, XXH3_64bits(key, len));
	return e->key ? e->value : NULL;
}

void *hashmap_get(const struct hashmap *m, const char *key)
{
	return hashmap_getn(m, key, strlen(key));
}

void *hashmap_put(struct hashmap *m, const char *key, void *value)
{
	size_t len = strlen(key);
	unsigned long long h = XXH3_64bits(key, len);
	if ((m->count + 1) * 4 > m->cap * 3)
		grow(m);
	struct hashmap_entry *e = find_slot(m, key, len, h);
	if (e->key) {
		void *prev = e->value;
		e->value = value;
		return prev;
	}
	e->key = key;
	e->keylen = len;
	e->hash = h;
	e->value = value;
	m->count++;
	return NULL;
}

void hashmap_free(struct hashmap *m)
{
	free(m->slots);
	m->slots = NULL;
	m->cap = m->count = 0;
}
