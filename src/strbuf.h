/* strbuf.h: a growable, always NUL-terminated byte buffer (git's strbuf, trimmed).
 * The buffer owns its bytes; strbuf_release frees them, strbuf_detach hands them over. */
#ifndef REPLYCOV_STRBUF_H
#define REPLYCOV_STRBUF_H

#include <stdarg.h>
#include <stddef.h>

struct strbuf {
	char *buf; /* never NULL after strbuf_init: points at "" until something is added */
	size_t len, alloc;
};

void strbuf_init(struct strbuf *sb);
void strbuf_release(struct strbuf *sb);
char *strbuf_detach(struct strbuf *sb); /* caller frees; sb is re-initialised */
void strbuf_reset(struct strbuf *sb);
void strbuf_add(struct strbuf *sb, const void *p, size_t n);
void strbuf_addstr(struct strbuf *sb, const char *s);
void strbuf_addch(struct strbuf *sb, int c);
/* The decimal form of v, as "%lld" writes it, without printf (rows of millions of messages). */
void strbuf_addint(struct strbuf *sb, long long v);
void strbuf_addf(struct strbuf *sb, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void strbuf_vaddf(struct strbuf *sb, const char *fmt, va_list ap);

#endif
