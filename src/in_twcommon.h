/* in_twcommon.h: what the Twitter adapters (in_twitter.c, in_twarchive.c, in_twcs.c) share:
 * Twitter's HTML escaping of tweet text, ids written as floats by spreadsheet tools, and
 * thread roots derived from reply links when an export names no conversation. */
#ifndef REPLYCOV_IN_TWCOMMON_H
#define REPLYCOV_IN_TWCOMMON_H

#include <stddef.h>

#include "strbuf.h"

/* Append s to out with the three entities Twitter writes in text (&amp; &lt; &gt;) decoded,
 * in one pass; anything else (including "&quot;", which a person typed) is kept as it is. */
void tw_unescape(const char *s, struct strbuf *out);

/* A tweet id as an integer string: "119237", " 119237.0 " and "119237.00" give "119237" in
 * out (cap bytes, at least 32). Returns 1, or 0 when s is not such a number (empty, "1e5",
 * "12.5", too long) and out is left empty. */
int tw_int_id(const char *s, char *out, size_t cap);

/* Order of ids: decimal ids by value ("9" before "10"), anything else by bytes. */
int tw_id_cmp(const char *a, const char *b);

/* The root of each record's reply chain within one file: roots[i] is the id of the first
 * ancestor of record i (itself included) that has no parent, or, where the chain leaves the
 * file, the id of the missing tweet it leads to. That is what conversation_id would say when
 * the missing tweet opened the conversation, and it keeps the thread id from being the id of
 * a record that is not the thread's post (the core takes a parent equal to the thread id for
 * "top level", which would cut such a record's replies off). A cycle gets its smallest id
 * (tw_id_cmp order), whatever record the walk started from; the core then sees the record
 * answering that id as top level, so the cycle is cut there. Returns the number of cycles. parents[i] may be NULL or
 * "". The strings of roots point into ids and parents. Iterative: any depth, O(n). When an id appears twice, the first
 * is the ancestor the others' chains go through. */
size_t tw_roots(size_t n, const char *const *ids, const char *const *parents, const char **roots);

#endif
