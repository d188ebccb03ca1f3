/* runopts.c: parsing the shared options. Values are checked here, once. */
#include "runopts.h"
#include "cmd.h"
#include "diag.h"
#include "util_tz.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

void runopts_init(struct runopts *r)
{
	memset(r, 0, sizeof(*r));
	r->cov.rules = RULE_ALL;
	r->cov.official = &r->official;
	r->cov.need_classes = (1u << CLASS_CRITICISM) | (1u << CLASS_QUESTION);
	r->format = OUT_TEXT;
	r->lang = ui_lang_from_env();
	agents_init(&r->agents);
	strbuf_init(&r->period_text);
	{
		long n = sysconf(_SC_NPROCESSORS_ONLN);
		r->jobs = n > 0 ? (n > 64 ? 64 : (int)n) : 1;
	}
}

void runopts_release(struct runopts *r)
{
	if (r->have_classes)
		class_source_close(&r->classes);
	if (r->have_hours)
		hours_release(&r->hours);
	schedule_free(r->schedule);
	agents_release(&r->agents);
	free(r->agent_patterns);
	if (r->have_pseudonyms)
		pseudonyms_release(&r->pseudonyms);
	if (r->have_scrub)
		pseudonyms_release(&r->scrub);
	strbuf_release(&r->period_text);
	if (r->zone)
		tz_free(r->zone);
	official_names_release(&r->official);
}

static int parse_day(const char *s, long long *day)
{
	int y, m, d, n = 0;
	static const int dm[12] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

	if (strlen(s) != 10 || sscanf(s, "%4d-%2d-%2d%n", &y, &m, &d, &n) != 3 || n != 10 || m < 1 || m > 12 || d < 1 ||
	    d > dm[m - 1] || y < 1)
		return -1;
	if (m == 2 && d == 29 && !((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
		return -1;
	*day = tz_days_from_civil(y, m, d);
	return 0;
}

/* 2026Q1, 2026-03, 2026: first day and the day after the last. */
static int parse_period(const char *s, long long *first, long long *after)
{
	int y, q, m, n = 0;
	size_t len = strlen(s);

	if (len == 6 && sscanf(s, "%4dQ%1d%n", &y, &q, &n) == 2 && n == 6 && q >= 1 && q <= 4 && y >= 1) {
		*first = tz_days_from_civil(y, 3 * q - 2, 1);
		*after = q == 4 ? tz_days_from_civil(y + 1, 1, 1) : tz_days_from_civil(y, 3 * q + 1, 1);
		return 0;
	}
	if (len == 7 && sscanf(s, "%4d-%2d%n", &y, &m, &n) == 2 && n == 7 && m >= 1 && m <= 12 && y >= 1) {
		*first = tz_days_from_civil(y, m, 1);
		*after = m == 12 ? tz_days_from_civil(y + 1, 1, 1) : tz_days_from_civil(y, m + 1, 1);
		return 0;
	}
	if (len == 4 && sscanf(s, "%4d%n", &y, &n) == 1 && n == 4 && y >= 1) {
		*first = tz_days_from_civil(y, 1, 1);
		*after = tz_days_from_civil(y + 1, 1, 1);
		return 0;
	}
	return -1;
}

static long long midnight(const struct schedule *s, long long day)
{
	int y, m, d;
	long long utc;

	tz_civil_from_days(day, &y, &m, &d);
	tz_local_to_utc(s->zone, y, m, d, 0, 0, 0, &utc);
	return utc;
}

int runopts_setup(struct runopts *r)
{
	long long first = 0, after = 0;
	int ret;

	if (r->period && (r->from || r->to)) {
		diag_print("error: give --period or --from/--to, not both");
		return 2;
	}
	ret = class_source_open(&r->classes, r->model_file, r->labels_file);
	if (ret == 2)
		return 2;
	r->have_classes = 1;
	r->schedule =
	    r->schedule_file ? schedule_load(r->schedule_file) : schedule_always(r->zone ? tz_name(r->zone) : "UTC");
	if (!r->schedule)
		return 2;
	r->waits.from = LLONG_MIN;
	r->waits.to = LLONG_MAX;
	if (r->period) {
		if (parse_period(r->period, &first, &after)) {
			diag_print("error: --period takes 2026Q1, 2026-03 or 2026, not '%s'", r->period);
			return 2;
		}
		r->waits.from = midnight(r->schedule, first);
		r->waits.to = midnight(r->schedule, after);
		strbuf_addstr(&r->period_text, r->period);
	} else if (r->from || r->to) {
		if ((r->from && parse_day(r->from, &first)) || (r->to && parse_day(r->to, &after))) {
			diag_print("error: --from and --to take a date YYYY-MM-DD, not '%s'",
			           r->from && parse_day(r->from, &first) ? r->from : r->to);
			return 2;
		}
		if (r->from)
			r->waits.from = midnight(r->schedule, first);
		if (r->to)
			r->waits.to = midnight(r->schedule, after + 1); /* --to is inclusive */
		if (r->waits.to <= r->waits.from) {
			diag_print("error: --to is before --from");
			return 2;
		}
		strbuf_addf(&r->period_text, "%s..%s", r->from ? r->from : "", r->to ? r->to : "");
	}
	hours_init(&r->hours, r->schedule);
	r->have_hours = 1;
	r->waits.hours = &r->hours;
	r->waits.elapsed_before_opening = r->elapsed_before_opening;
	r->waits.agents = &r->agents;
	r->cov.classes = &r->classes;
	if (r->period || r->from || r->to) {
		r->cov.from = r->waits.from;
		r->cov.to = r->waits.to;
		/* the pipeline counts the messages dated in the period: none is said so, and exits 1 */
		r->in.period = r->period_text.buf;
		r->in.from = r->waits.from;
		r->in.to = r->waits.to;
	}
	if (r->pseudonym_key) {
		if (pseudonyms_load(&r->pseudonyms, r->pseudonym_key))
			return 2;
		r->have_pseudonyms = 1;
		r->privacy.ps = &r->pseudonyms;
	}
	return ret;
}

void runopts_documents(struct runopts *r)
{
	if (r->names || r->have_pseudonyms || r->have_scrub)
		return;
	privacy_anonymous(&r->privacy, &r->scrub, tr(r->lang, T_UNNAMED));
	r->have_scrub = 1;
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
			diag_print(
			    "error: --rules takes a comma-separated list of direct, branch, mention (or all), not '%s'",
			    arg);
			return -1;
		}
		r->cov.rules = (unsigned)bits;
		return 1;
	case OPT_NEED_REPLY:
		if (!strcmp(arg, "all")) {
			r->cov.need_all = 1;
		} else if (!strcmp(arg, "auto")) {
			r->cov.need_all = 0;
			r->cov.need_classes = (1u << CLASS_CRITICISM) | (1u << CLASS_QUESTION);
		} else {
			/* a list of the classes that need a reply: "criticism,question,thanks" */
			unsigned set = label_set_parse(arg);
			const char *p;
			for (p = arg; *p; p++)
				if (*p == ',')
					set = 0;
			if (!set) {
				struct strbuf sb;
				char *copy = xstrdup(arg), *tok = copy, *comma;
				strbuf_init(&sb);
				set = 0;
				for (;;) {
					int k;
					comma = strchr(tok, ',');
					if (comma)
						*comma = '\0';
					k = class_parse(tok);
					if (k < 0) {
						set = 0;
						break;
					}
					set |= 1u << k;
					if (!comma)
						break;
					tok = comma + 1;
				}
				free(copy);
				strbuf_release(&sb);
			}
			if (!set) {
				diag_print("error: --need-reply takes auto, all, or a comma-separated list of classes "
				           "(criticism, question, thanks, other), not '%s'",
				           arg);
				return -1;
			}
			r->cov.need_all = 0;
			r->cov.need_classes = set;
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
	case OPT_MODEL:
		r->model_file = arg;
		return 1;
	case OPT_LABELS:
		r->labels_file = arg;
		return 1;
	case OPT_SCHEDULE:
		r->schedule_file = arg;
		return 1;
	case OPT_PERIOD:
		r->period = arg;
		return 1;
	case OPT_FROM:
		r->from = arg;
		return 1;
	case OPT_TO:
		r->to = arg;
		return 1;
	case OPT_AGENT:
		if (agents_add(&r->agents, arg))
			return -1;
		XGROW(r->agent_patterns, r->cap_agent_patterns, r->n_agent_patterns + 1);
		r->agent_patterns[r->n_agent_patterns++] = arg;
		return 1;
	case OPT_PSEUDONYMIZE:
		if (!*arg) {
			diag_print("error: --pseudonymize needs a key file");
			return -1;
		}
		r->pseudonym_key = arg;
		return 1;
	case OPT_MIN_CELL: {
		char *end;
		long k = strtol(arg, &end, 10);
		if (*end || end == arg || k < 1 || k > 1000000) {
			diag_print("error: --min-cell takes a count from 1 to 1000000, not '%s'", arg);
			return -1;
		}
		r->privacy.min_cell = k;
		return 1;
	}
	case OPT_NAMES:
		r->names = 1;
		return 1;
	case OPT_ORG:
		if (!*arg) {
			diag_print("error: --org needs the organisation's name");
			return -1;
		}
		r->org = arg;
		return 1;
	case OPT_LANG: {
		int l = ui_lang_parse(arg);
		if (l < 0) {
			diag_print("error: --lang takes es, ca or en, not '%s'", arg);
			return -1;
		}
		r->lang = (enum ui_lang)l;
		return 1;
	}
	case OPT_BEFORE_OPENING:
		if (!strcmp(arg, "elapsed")) {
			r->elapsed_before_opening = 1;
		} else if (strcmp(arg, "zero")) {
			diag_print("error: --before-opening takes zero or elapsed, not '%s'", arg);
			return -1;
		}
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

enum runopts_parsed runopts_parse(struct runopts *r, int argc, char **argv, const struct option *opts,
                                  const char *formats, runopts_extra_fn *extra, void *ctx, int min_args)
{
	int c;

	optind = 0; /* 0, not 1: glibc then resets its state and lets options follow the inputs */
	while ((c = getopt_long(argc, argv, RUNOPTS_SHORT, opts, NULL)) != -1) {
		int h;
		if (c == OPT_HELP)
			return RUNOPTS_HELP;
		h = extra ? extra(c, optarg, ctx) : 0;
		if (!h)
			h = runopts_handle(r, c, optarg, formats);
		if (h < 0)
			return RUNOPTS_BAD;
		if (!h)
			return RUNOPTS_USAGE;
	}
	return argc - optind < min_args ? RUNOPTS_USAGE : RUNOPTS_OK;
}

int runopts_fail(struct runopts *r, enum runopts_parsed why, const struct cmd *cmd)
{
	runopts_release(r);
	if (why == RUNOPTS_HELP)
		return cmd_usage(cmd, 0);
	return why == RUNOPTS_BAD ? EXIT_USAGE : cmd_usage(cmd, 1);
}
