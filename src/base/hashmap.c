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

/* Where KEY is in M, or the empty slot where it would go. */
static size_t uint_slot(const struct uintmap *m, unsigned key)
{
	size_t mask = m->cap - 1, i = (size_t)((key * 0x9E3779B97F4A7C15ULL) >> 32) & mask;
	while (m->keys[i] && m->keys[i] != key)
		i = (i + 1) & mask;
	return i;
}

void *uintmap_get(const struct uintmap *m, unsigned key)
{
	if (!m->cap || !key)
		return NULL;
	size_t i = uint_slot(m, key);
	return m->keys[i] ? m->values[i] : NULL;
}

void *uintmap_put(struct uintmap *m, unsigned key, void *value)
{
	if ((m->count + 1) * 2 > m->cap) {
		struct uintmap g = { NULL, NULL, m->cap ? m->cap * 2 : 64, m->count };
		g.keys = xcalloc(g.cap, sizeof(*g.keys));
		g.values = xcalloc(g.cap, sizeof(*g.values));
		for (size_t i = 0; i < m->cap; i++)
			if (m->keys[i]) {
				size_t j = uint_slot(&g, m->keys[i]);
				g.keys[j] = m->keys[i];
				g.values[j] = m->values[i];
			}
		uintmap_free(m);
		*m = g;
	}
	size_t i = uint_slot(m, key);
	void *prev = m->keys[i] ? m->values[i] : NULL;
	if (!m->keys[i])
		m->count++;
	m->keys[i] = key;
	m->values[i] = value;
	return prev;
}

void uintmap_free(struct uintmap *m)
{
	free(m->keys);
	free(m->values);
	m->keys = NULL;
	m->values = NULL;
	m->cap = m->count = 0;
}
