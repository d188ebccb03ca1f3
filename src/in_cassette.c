/* in_cassette.c: unwrapping JSON recorded-HTTP cassettes for the adapters (see
 * in_cassette.h). It knows where the recorders put request and response; it knows nothing
 * of what the bodies mean. */
#include "in_cassette.h"
#include "in_json.h"

#include <string.h>

/* needle in hay[0..n) (memmem is a GNU extension). */
static const char *find(const char *hay, size_t n, const char *needle)
{
	size_t nl = strlen(needle), i;

	for (i = 0; nl && i + nl <= n; i++)
		if (hay[i] == needle[0] && !memcmp(hay + i, needle, nl))
			return hay + i;
	return NULL;
}

int cassette_detect(const char *head, size_t len, const char *const *needles)
{
	static const char *const uri_key = "\"uri\"";
	size_t i = 0, from;

	while (i < len && (head[i] == ' ' || head[i] == '\n' || head[i] == '\r' || head[i] == '\t'))
		i++;
	if (i == len || head[i] != '{')
		return 0;
	if (!json_head_key(head, len, "interactions") && !json_head_key(head, len, "http_interactions"))
		return 0;
	/* Every unescaped "uri": "VALUE" in the head; a needle must lie inside VALUE. */
	for (from = 0; from < len;) {
		const char *p = find(head + from, len - from, uri_key);
		size_t v, end, k;
		if (!p)
			break;
		v = (size_t)(p - head);
		from = v + 1;
		if (v && head[v - 1] == '\\')
			continue;
		v += strlen(uri_key);
		while (v < len &&
		       (head[v] == ' ' || head[v] == ':' || head[v] == '\n' || head[v] == '\r' || head[v] == '\t'))
			v++;
		if (v >= len || head[v] != '"')
			continue;
		for (end = ++v; end < len && head[end] != '"'; end++)
			;
		for (k = 0; needles[k]; k++)
			if (find(head + v, end - v, needles[k]))
				return 1;
	}
	return 0;
}

const cJSON *cassette_interactions(const cJSON *root)
{
	const cJSON *a = json_array(root, "interactions");

	return a ? a : json_array(root, "http_interactions");
}

void cassette_skip(struct cassette_run *run, const struct cassette_body *body, const char *why)
{
	if (!run->skipped++) {
		run->first = run->total;
		run->first_method = body->method;
		run->first_uri = body->uri;
		run->first_why = why;
	}
}

int cassette_body(struct batch *b, const cJSON *interaction, struct cassette_run *run, struct cassette_body *out)
{
	const cJSON *req = json_object(interaction, "request");
	const cJSON *resp = json_object(interaction, "response");
	const cJSON *status = json_get(resp, "status");
	const cJSON *body = json_get(resp, "body");
	const char *text = NULL;

	run->total++;
	out->method = json_str(req, "method");
	out->uri = json_str(req, "uri");
	if (!out->method)
		out->method = "?";
	if (!out->uri)
		out->uri = "?";
	out->json = NULL;
	out->status = 0;
	/* betamax and vcrpy: {"code": 200, "message": "OK"}; some recorders: a bare number */
	if (cJSON_IsObject(status))
		status = json_get(status, "code");
	if (cJSON_IsNumber(status))
		out->status = (long)status->valuedouble;
	if (cJSON_IsString(body))
		text = body->valuestring;
	else
		text = json_str(body, "string");
	if (out->status >= 400) {
		/* a failed request may be a page of messages that never came: say so each time */
		run->failed++;
		diag_warn(&(struct loc){.file = b->file},
		          "recorded response %ld (%s %s) failed with status %ld: its content is missing", run->total,
		          out->method, out->uri, out->status);
		return -1;
	}
	if (!text || !*text) {
		cassette_skip(run, out, json_get(body, "base64_string") ? "body recorded in base64" : "no body text");
		return -1;
	}
	out->json = cJSON_ParseWithLengthOpts(text, strlen(text), NULL, 0);
	if (!out->json) {
		cassette_skip(run, out, "body is not JSON");
		return -1;
	}
	return 0;
}

void cassette_report(struct batch *b, const struct cassette_run *run, const char *what)
{
	if (run->skipped)
		diag_warn(&(struct loc){.file = b->file},
		          "%ld of %ld recorded responses hold no %s, skipped (the first: response %ld, %s %s: %s)",
		          run->skipped, run->total, what, run->first, run->first_method, run->first_uri,
		          run->first_why);
}
