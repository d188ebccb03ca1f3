/* in_json.c: cJSON glue shared by the JSON adapters. cJSON gives no line numbers, so the
 * error offset is turned into line:column here. */
#include "in_json.h"
#include "input.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

cJSON *json_parse(struct batch *b, const char *buf, size_t len)
{
	const char *end = NULL;
	cJSON *root = cJSON_ParseWithLengthOpts(buf, len, &end, 0);

	if (!root) {
		struct loc loc = { .file = b->file };
		size_t off = end && end >= buf ? (size_t)(end - buf) : 0;
		input_offset_loc(buf, len, off, &loc.line, &loc.col);
		if (off >= len)
			diag_error(&loc, "JSON ends too early (truncated file?)");
		else
			diag_error(&loc, "JSON syntax error near '%.12s'", buf + off);
		return NULL;
	}
	return root;
}

cJSON *json_parse_span(const char *buf, size_t start, size_t end, size_t *stop)
{
	const char *e = NULL;
	cJSON *v = end > start ? cJSON_ParseWithLengthOpts(buf + start, end - start, &e, 0) : NULL;
	size_t off = e && e >= buf + start ? (size_t)(e - buf) : end;

	if (off > end)
		off = end;
	/* cJSON leaves trailing blanks unread unless it is told to want the end of the text. */
	while (v && off < end && (buf[off] == ' ' || buf[off] == '\t' || buf[off] == '\n' || buf[off] == '\r'))
		off++;
	*stop = off;
	return v;
}

const cJSON *json_get(const cJSON *obj, const char *key)
{
	return cJSON_IsObject(obj) ? cJSON_GetObjectItemCaseSensitive(obj, key) : NULL;
}

const char *json_str(const cJSON *obj, const char *key)
{
	const cJSON *v = json_get(obj, key);
	return cJSON_IsString(v) ? v->valuestring : NULL;
}

const char *json_id(const cJSON *obj, const char *key, char *buf)
{
	const cJSON *v = json_get(obj, key);

	if (cJSON_IsString(v))
		return v->valuestring;
	if (cJSON_IsNumber(v) && isfinite(v->valuedouble) && fabs(v->valuedouble) < 9.007199254740992e15) {
		snprintf(buf, 32, "%.0f", v->valuedouble);
		return buf;
	}
	return NULL;
}

const cJSON *json_array(const cJSON *obj, const char *key)
{
	const cJSON *v = json_get(obj, key);
	return cJSON_IsArray(v) ? v : NULL;
}

const cJSON *json_object(const cJSON *obj, const char *key)
{
	const cJSON *v = json_get(obj, key);
	return cJSON_IsObject(v) ? v : NULL;
}

int json_true(const cJSON *obj, const char *key)
{
	const cJSON *v = json_get(obj, key);

	if (cJSON_IsTrue(v))
		return 1;
	if (cJSON_IsString(v))
		return !strcmp(v->valuestring, "true") || !strcmp(v->valuestring, "1");
	if (cJSON_IsNumber(v))
		return v->valuedouble != 0;
	return 0;
}

enum time_status json_time(const cJSON *v, const struct tz *zone, struct when *w, unsigned *flags)
{
	enum time_status st;

	if (cJSON_IsNumber(v))
		return time_from_number(v->valuedouble, w);
	if (!cJSON_IsString(v))
		return TIME_BAD;
	st = time_parse(v->valuestring, zone, w);
	if (st == TIME_OK && !w->has_offset)
		*flags |= REC_NO_OFFSET;
	return st;
}
