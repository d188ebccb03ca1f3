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

	size_t off;
	struct loc loc = { .file = b->file };

	if (!root) {
		size_t k;
		off = end && end >= buf ? (size_t)(end - buf) : 0;
		input_offset_loc(buf, len, off, &loc.line, &loc.col);
		for (k = off + 1; k < len && (buf[k] == ' ' || buf[k] == '\n' || buf[k] == '\r' || buf[k] == '\t'); k++)
			;
		if (off + 1 >= len || k >= len)
			diag_error(&loc, "JSON ends too early (truncated file?)");
		else
			diag_error(&loc, "JSON syntax error near '%.12s'", buf + off);
		return NULL;
	}
	for (off = (size_t)(end - buf); off < len && (buf[off] == ' ' || buf[off] == '\n' || buf[off] == '\r' || buf[off] == '\t'); off++)
		;
	if (off < len) {
		input_offset_loc(buf, len, off, &loc.line, &loc.col);
		diag_error(&loc, "unexpected data after the JSON value (several JSON documents in one file?)");
		cJSON_Delete(root);
		return NULL;
	}
	return root;
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
