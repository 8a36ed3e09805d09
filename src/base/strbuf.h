/*
 * strbuf: the one way pgform builds text (SQL, messages, output).
 *
 * A strbuf owns a NUL-terminated buffer; `buf` is never NULL (an empty
 * strbuf points at a shared empty string until it first grows).
 * strbuf_release() frees and reinitialises; strbuf_detach() hands the
 * buffer to the caller, who frees it with free().
 */
#ifndef PGFORM_STRBUF_H
#define PGFORM_STRBUF_H

#include <stdarg.h>
#include <stddef.h>

struct strbuf {
	size_t alloc;
	size_t len;
	char *buf;
};

extern char strbuf_slopbuf[];
#define STRBUF_INIT { 0, 0, strbuf_slopbuf }

void strbuf_init(struct strbuf *sb, size_t hint);
void strbuf_release(struct strbuf *sb);
char *strbuf_detach(struct strbuf *sb, size_t *len_out);
void strbuf_grow(struct strbuf *sb, size_t extra);
void strbuf_reset(struct strbuf *sb);
void strbuf_setlen(struct strbuf *sb, size_t len);

void strbuf_add(struct strbuf *sb, const void *data, size_t len);
void strbuf_addstr(struct strbuf *sb, const char *s);
void strbuf_addch(struct strbuf *sb, int c);
void strbuf_addbuf(struct strbuf *sb, const struct strbuf *other);
void strbuf_addf(struct strbuf *sb, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
void strbuf_vaddf(struct strbuf *sb, const char *fmt, va_list ap);
/* Insert LEN bytes of DATA at POS (0 <= POS <= len). */
void strbuf_insert(struct strbuf *sb, size_t pos, const void *data, size_t len);
/* Append n copies of c. */
void strbuf_addchars(struct strbuf *sb, int c, size_t n);
/* Trim trailing whitespace. */
void strbuf_rtrim(struct strbuf *sb);
/* The most bytes read from one file unless $PGFORM_MAX_FILE_SIZE says otherwise (16 MiB). */
#define READ_MAX_DEFAULT ((size_t)16 << 20)
/* The most bytes of a password file (password_file:) read. */
#define SECRET_FILE_MAX ((size_t)64 << 10)
/* strbuf_read_file(): the file could not be read (errno says why). */
#define READ_UNREADABLE (-2)
/* ... it is not a regular file (a directory, FIFO, device): nothing was read. */
#define READ_NOT_REGULAR (-3)
/* ... it holds more than the most bytes allowed. */
#define READ_TOO_BIG (-4)

/*
 * Append PATH whole to SB when it is a regular file of at most MAX bytes.
 * It is opened without waiting (a FIFO with no writer does not block) and
 * checked before anything is read; no more than MAX + 1 bytes are read,
 * whatever its size said.  Returns 0, or READ_UNREADABLE (errno set),
 * READ_NOT_REGULAR or READ_TOO_BIG.
 */
int strbuf_read_file(struct strbuf *sb, const char *path, size_t max);
/* Why strbuf_read_file() returned R (< 0): "not a regular file", ... (errno kept for READ_UNREADABLE). */
const char *read_file_error(int r, size_t max);

#endif
