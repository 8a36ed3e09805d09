/*
 * hashmap: string keys to pointers, open addressing, xxHash.
 * Keys are not copied: they must outlive the map (arena strings do).
 * hashmap_free() frees the table only.
 *
 * uintmap: the same for unsigned keys other than 0 (oids), with no
 * string to format or hash.
 */
#ifndef PGFORM_HASHMAP_H
#define PGFORM_HASHMAP_H

#include <stddef.h>

struct hashmap_entry {
	const char *key;
	size_t keylen;
	unsigned long long hash;
	void *value;
};

struct hashmap {
	struct hashmap_entry *slots;
	size_t cap, count;
};

#define HASHMAP_INIT { NULL, 0, 0 }

/* Value for KEY, or NULL. */
void *hashmap_get(const struct hashmap *m, const char *key);
void *hashmap_getn(const struct hashmap *m, const char *key, size_t len);
/* Set KEY to VALUE; returns the previous value or NULL. */
void *hashmap_put(struct hashmap *m, const char *key, void *value);
void hashmap_free(struct hashmap *m);

struct uintmap {
	unsigned *keys;         /* 0: empty */
	void **values;
	size_t cap, count;
};

#define UINTMAP_INIT { NULL, NULL, 0, 0 }

/* Value for KEY (not 0), or NULL. */
void *uintmap_get(const struct uintmap *m, unsigned key);
/* Set KEY (not 0) to VALUE; returns the previous value or NULL. */
void *uintmap_put(struct uintmap *m, unsigned key, void *value);
void uintmap_free(struct uintmap *m);

#endif
