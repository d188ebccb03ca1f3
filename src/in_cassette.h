/* in_cassette.h: recorded HTTP sessions in JSON ("cassettes" of betamax, vcrpy's JSON
 * serializer, Ruby and R vcr) keep each API response body as a string. Adapters whose APIs
 * such tools record read every recorded body as if it were a file of its own. YAML cassettes
 * are not read: that would need a YAML reader. Only in_*.c include this (it brings cJSON). */
#ifndef REPLYCOV_IN_CASSETTE_H
#define REPLYCOV_IN_CASSETTE_H

#include <cjson/cJSON.h>

#include "record.h"

/* 1 when head (the file start, not NUL-terminated) is a JSON cassette and one of its
 * recorded request "uri" values contains one of the NULL-terminated needles. */
int cassette_detect(const char *head, size_t len, const char *const *needles);

/* The interactions array of a parsed cassette, or NULL when root is not one. */
const cJSON *cassette_interactions(const cJSON *root);

struct cassette_body {
	const char *method, *uri; /* "?" when the recording lacks them */
	long status;              /* HTTP status, 0 when not recorded */
	cJSON *json;              /* the body parsed; the caller frees it with cJSON_Delete */
};

/* What a file's responses gave: how many were skipped, and the first one skipped. The
 * strings point into the cassette's cJSON tree. */
struct cassette_run {
	long total, skipped;
	long failed; /* responses with an HTTP error status (each warned) */
	long first;  /* 1-based number of the first skipped response */
	const char *first_method, *first_uri, *first_why;
};

/* Parse the body of the next interaction of run. Returns 0 with out->json set, or -1 when
 * the response has no body text, failed (status >= 400: warned, its content is missing) or
 * is not JSON (counted in run). */
int cassette_body(struct batch *b, const cJSON *interaction, struct cassette_run *run, struct cassette_body *out);
/* Count the current response as skipped for reason why (a static string). */
void cassette_skip(struct cassette_run *run, const struct cassette_body *body, const char *why);
/* One warning when some responses were skipped, what naming the adapter's content
 * ("Reddit comments"). Call before freeing the cassette's tree. */
void cassette_report(struct batch *b, const struct cassette_run *run, const char *what);

#endif
