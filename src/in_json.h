/* in_json.h: what the JSON adapters share: parsing with a located error message and
 * reading fields case-sensitively. Only in_*.c include this (it brings cJSON in). */
#ifndef REPLYCOV_IN_JSON_H
#define REPLYCOV_IN_JSON_H

#include <cjson/cJSON.h>

#include "record.h"

/* Parse buf[0..len) as one JSON value; on a syntax error report FILE:LINE:COL and return
 * NULL. The caller frees the tree with cJSON_Delete before returning. */
cJSON *json_parse(struct batch *b, const char *buf, size_t len);

/* Parse the one JSON value in buf[start..end) of a larger buffer (a line of JSON lines, the
 * array after a JavaScript assignment) without reporting anything. Returns the tree (the
 * caller frees it), *stop set to the offset in buf just after the value and the blanks that
 * follow it; or NULL with *stop where cJSON failed (the start of the value it could not
 * finish; its last character when the text runs out), for the caller to report with
 * input_offset_loc. */
cJSON *json_parse_span(const char *buf, size_t start, size_t end, size_t *stop);

/* For adapters that call cJSON themselves (JSON lines, several values in one file): a copy of
 * buf[0..len) with every NUL (raw or escaped \u0000) turned into U+FFFD, warned about once as
 * json_parse does, NUL-terminated, its length in *out_len; NULL when buf has no NUL. The
 * caller frees it. */
char *json_nul_free(struct batch *b, const char *buf, size_t len, size_t *out_len);

const cJSON *json_get(const cJSON *obj, const char *key); /* NULL when absent */
const char *json_str(const cJSON *obj, const char *key);  /* string value or NULL */
/* A string or a number as text (ids are sometimes numbers); buf holds at least 32 bytes. */
const char *json_id(const cJSON *obj, const char *key, char *buf);
const cJSON *json_array(const cJSON *obj, const char *key);  /* array or NULL */
const cJSON *json_object(const cJSON *obj, const char *key); /* object or NULL */
int json_true(const cJSON *obj, const char *key);            /* true, or "true"/"1" */

/* Time from a JSON string or number field; sets REC_NO_OFFSET in *flags when a zone was used. */
enum time_status json_time(const cJSON *v, const struct tz *zone, struct when *w, unsigned *flags);

/* Detection helpers over the start of a file (head[0..len), not NUL-terminated).
 * json_head_key: 1 when "key" followed by blanks and ':' occurs outside an escaped string
 * (the quote not preceded by a backslash). json_head_pair: the same key with the string
 * value "value" (exactly). Cheap textual checks: they do not parse. */
int json_head_key(const char *head, size_t len, const char *key);
/* The values of key in the head, one per call, in no particular order: start with
 * *cursor = 0; returns a pointer to the value (past the ':' and blanks) or NULL when there is
 * no further occurrence. */
const char *json_head_next_value(const char *head, size_t len, const char *key, int *cursor);
int json_head_pair(const char *head, size_t len, const char *key, const char *value);

#endif
