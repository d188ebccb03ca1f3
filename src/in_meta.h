/* in_meta.h: what the Meta adapters (instagram-graph, facebook-conversations, messenger-dyi)
 * share: Graph API URL pieces, bounded sniffing for detect(), the repair of the Latin-1
 * mojibake of "Download Your Information" files, and the wrong-type warning. Only in_*.c
 * include this (it brings cJSON in). */
#ifndef REPLYCOV_IN_META_H
#define REPLYCOV_IN_META_H

#include <stddef.h>

#include <cjson/cJSON.h>

#include "diag.h"
#include "strbuf.h"

/* Object id and edge of a Graph API URL ("https://graph.facebook.com/v19.0/ID/EDGE?..." or
 * graph.instagram.com): returns 1 and fills obj/edge (edge "" when the URL has none), 0 when
 * url is not a Graph URL or the id does not fit in cap bytes. */
int meta_graph_url(const char *url, char *obj, size_t cap, char *edge, size_t ecap);
/* The value of query parameter key in url, copied into out (at most cap-1 bytes, cut at the
 * next '&' or '#'); 1 when present and non-empty. */
int meta_url_param(const char *url, const char *key, char *out, size_t cap);

/* 1 when head[0..len) starts (after blanks) with '{' or '['. */
int meta_json_start(const char *head, size_t len);
/* 1 when needle occurs in head[0..len) (never reads past len). */
int meta_has(const char *head, size_t len, const char *needle);
/* The next JSON member "key": at or after *pos in head[0..len): returns the value's first byte
 * (blanks skipped) and moves *pos past it, or NULL when there is none. The value may be cut
 * by len: check the bytes left before reading on. */
const char *meta_next_value(const char *head, size_t len, const char *key, size_t *pos);
/* 1 when some member "key" has a string value starting with prefix. */
int meta_key_prefix(const char *head, size_t len, const char *key, const char *prefix);

/* Meta DYI files write each UTF-8 byte as its own \u00XX escape, so a decoded string holds
 * one code point per byte ("Ã©" for "é"). When every code point of s is below U+0100 and
 * those bytes form valid UTF-8 that differs from s, the repaired text is appended to out and
 * 1 returned; otherwise out is left alone and 0 returned (s is fine, or not mojibake). */
int meta_fix_mojibake(const char *s, struct strbuf *out);

/* Warn once per file (bit in *warned) when o's member key exists with a type outside want
 * (cJSON type bits; null is always fine): the adapter ignores such a field. The message
 * names it path, or key when path is NULL. */
void meta_check_type(const cJSON *o, const char *key, const char *path, int want, unsigned *warned, unsigned bit,
                     const struct loc *loc);

#endif
