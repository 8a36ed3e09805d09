/*
 * uheap: a min-heap of unsigned numbers in an array the caller sizes
 * (room for every number it will hold at once): the smallest on top.
 * Toposorts use it to take the ready item that comes first in order.
 */
#ifndef PGFORM_UHEAP_H
#define PGFORM_UHEAP_H

struct uheap {
	unsigned *v;
	unsigned n;
};

void uheap_push(struct uheap *h, unsigned x);
/* The smallest number, taken off; H must not be empty. */
unsigned uheap_pop(struct uheap *h);

#endif
