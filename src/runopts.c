/* runopts.c: parsing the shared options. Values are checked here, once. */
#include "runopts.h"
#include "diag.h"
#include "util_tz.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

void runopts_init(struct runopts *r)
{
	memset(r, 0, sizeof(*r));
	r->cov.rules = RULE_ALL;
	r->cov.official = &r->official;
	r->format = OUT_TEXT;
	{
		long n = sysconf(_SC_NPROCESSORS_ONLN);
		r->jobs = n > 0 ? (n > 64 ? 64 : (int)n) : 1;
	}
}

void runopts_release(struct runopts *r)
{
	if (r->zone)
		tz_free(r->zone);
	official_names_release(&r->official);
}

int runopts_handle(struct runopts *r, int c, const char *arg, const char *formats)
{
	int bits;

	switch (c) {
	case OPT_INPUT_FORMAT:
		if (!input_format_find(arg)) {
			diag_print("error: unknown input format '%s' (see 'replycov formats')", arg);
			return -1;
		}
		r->in.format = arg;
		return 1;
	case OPT_TZ:
		if (r->zone)
			tz_free(r->zone);
		r->zone = tz_load(arg);
		if (!r->zone) {
			diag_print("error: unknown time zone '%s' (an IANA name such as Europe/Madrid)", arg);
			return -1;
		}
		r->in.tz = r->zone;
		return 1;
	case OPT_OFFICIAL:
		if (!*arg) {
			diag_print("error: --official needs an id or a name");
			return -1;
		}
		official_names_add(&r->official, arg);
		return 1;
	case OPT_RULES:
		bits = rules_parse(arg);
		if (bits <= 0) {
			diag_print("error: --rules takes a comma-separated list of direct, branch, mention (or all), not '%s'", arg);
			return -1;
		}
		r->cov.rules = (unsigned)bits;
		return 1;
	case OPT_NEED_REPLY:
		if (!strcmp(arg, "all"))
			r->cov.need_all = 1;
		else if (!strcmp(arg, "auto"))
			r->cov.need_all = 0;
		else {
			diag_print("error: --need-reply takes auto or all, not '%s'", arg);
			return -1;
		}
		return 1;
	case OPT_FORMAT: {
		size_t n = strlen(arg);
		const char *p = strstr(formats, arg);
		if (!n || !p || (p != formats && p[-1] != ',') || (p[n] && p[n] != ',')) {
			diag_print("error: --format takes one of %s, not '%s'", formats, arg);
			return -1;
		}
		r->format = !strcmp(arg, "json") ? OUT_JSON : !strcmp(arg, "csv") ? OUT_CSV : OUT_TEXT;
		return 1;
	}
	case 'o':
		r->output = arg;
		return 1;
	case 'j': {
		char *end;
		long n = strtol(arg, &end, 10);
		if (*end || n < 1 || n > 256) {
			diag_print("error: -j takes a number of parallel jobs from 1 to 256, not '%s'", arg);
			return -1;
		}
		r->jobs = (int)n;
		return 1;
	}
	default:
		return 0;
	}
}
