/* test_phrases.c: every document kind, built in Spanish and in Valencian on the samples, holds
 * no phrase of the English column of the language tables. It runs the replycov built next to it
 * (the period report with --user, the post-mortem of a thread, the proof sheet in text,
 * Markdown and HTML, the fairness figures and the response times), takes the text a reader sees
 * (HTML tags and entities and Markdown escapes removed), and looks for each English fragment
 * (the English text of an entry cut at its %s blanks) as whole words; a command's name after
 * "replycov" is a name, not prose. Set aside: fragments that
 * the Spanish or Valencian column also uses (a name like "SHA-256", "Canal"), and fragments found
 * in what people wrote in the inputs (names and messages may be English): the "message" and
 * "name" values of the Facebook exports and the rows (not the header) of the CSV files.
 * Words written into the code instead of the tables are caught too: common English words
 * (function words and the words of replycov's trade) that neither Spanish nor Valencian uses
 * must not appear, unless the inputs' people wrote them. */
#include "i18n.h"
#include "strbuf.h"
#include "unit.h"
#include "util.h"

#include <cjson/cJSON.h>
#include <ctype.h>
#include <dirent.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define SAMPLES "samples"
#define COMMON                                                                                                         \
	" --official 104520000000001 --schedule " SAMPLES "/schedule-valencia-2026.txt --period 2026Q1 " SAMPLES       \
	"/facebook " SAMPLES "/private/messages.csv"

static char bin[4096], tmp[] = "/tmp/replycov-phrases-XXXXXX";

/* '-' and '/' join words, so that a file name (messages-by-month.png) or a style rule
 * (break-after) is not read as English prose. */
static int is_word(unsigned char c)
{
	return isalnum(c) || c >= 0x80 || c == '_' || c == '-' || c == '/';
}

/* needle in hay as whole words. */
static const char *find_word(const char *hay, const char *needle)
{
	size_t n = strlen(needle);
	const char *p = hay;

	while ((p = strstr(p, needle))) {
		int left = p == hay || !is_word((unsigned char)p[-1]) || !is_word((unsigned char)needle[0]);
		int right = !is_word((unsigned char)p[n]) || !is_word((unsigned char)needle[n - 1]);
		if (left && right)
			return p;
		p++;
	}
	return NULL;
}

static void read_file(const char *path, struct strbuf *sb)
{
	FILE *fp = fopen(path, "rb");
	char buf[8192];
	size_t n;

	if (!fp)
		return;
	while ((n = fread(buf, 1, sizeof(buf), fp)) > 0)
		strbuf_add(sb, buf, n);
	fclose(fp);
}

/* What a reader sees: tags dropped, entities and backslash escapes decoded. */
static void visible(const char *s, struct strbuf *out)
{
	static const struct {
		const char *ent, *ch;
	} ents[] = {{"&amp;", "&"}, {"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&#39;", "'"}};
	size_t i;

	while (*s) {
		if (!strncmp(s, "<style>", 7) && strstr(s, "</style>")) {
			s = strstr(s, "</style>") + 8;
			continue;
		}
		if (*s == '<') {
			const char *e = strchr(s, '>');
			if (!e)
				break;
			strbuf_addch(out, ' ');
			s = e + 1;
			continue;
		}
		if (*s == '&') {
			for (i = 0; i < sizeof(ents) / sizeof(*ents); i++)
				if (!strncmp(s, ents[i].ent, strlen(ents[i].ent)))
					break;
			if (i < sizeof(ents) / sizeof(*ents)) {
				strbuf_addstr(out, ents[i].ch);
				s += strlen(ents[i].ent);
				continue;
			}
		}
		/* a command's name ("replycov thread") is a name, not prose */
		if (!strncmp(s, "replycov ", 9)) {
			s += 9;
			while (*s && !isspace((unsigned char)*s))
				s++;
			strbuf_addstr(out, "replycov");
			continue;
		}
		if (*s == '\\' && s[1] && ispunct((unsigned char)s[1]))
			s++;
		strbuf_addch(out, *s++);
	}
}

/* The "message" and "name" values of a JSON tree. */
static void json_words(const cJSON *j, struct strbuf *sb)
{
	const cJSON *c;

	for (c = j ? j->child : NULL; c; c = c->next) {
		if (cJSON_IsString(c) && c->string && (!strcmp(c->string, "message") || !strcmp(c->string, "name"))) {
			strbuf_addstr(sb, c->valuestring);
			strbuf_addch(sb, '\n');
		}
		json_words(c, sb);
	}
}

/* What people wrote in the export at path (a folder: every file in it). */
static void read_people(const char *path, struct strbuf *sb)
{
	DIR *d = opendir(path);
	struct dirent *e;
	struct strbuf raw;

	if (d) {
		while ((e = readdir(d))) {
			struct strbuf p;
			if (e->d_name[0] == '.')
				continue;
			strbuf_init(&p);
			strbuf_addf(&p, "%s/%s", path, e->d_name);
			read_people(p.buf, sb);
			strbuf_release(&p);
		}
		closedir(d);
		return;
	}
	strbuf_init(&raw);
	read_file(path, &raw);
	if (raw.len && raw.buf[0] == '{') {
		cJSON *j = cJSON_Parse(raw.buf);
		json_words(j, sb);
		cJSON_Delete(j);
	} else if (raw.len) {
		const char *nl = strchr(raw.buf, '\n');
		strbuf_addstr(sb, nl ? nl + 1 : ""); /* the rows, not the English column names */
	}
	strbuf_release(&raw);
}

/* Run one command (stdout into FILE in the temporary folder); 0 when it ran. */
static int run(const char *args, const char *file)
{
	struct strbuf cmd;
	int rc;

	strbuf_init(&cmd);
	strbuf_addf(&cmd, "'%s' --quiet %s > '%s/%s' 2>/dev/null", bin, args, tmp, file);
	rc = system(cmd.buf);
	strbuf_release(&cmd);
	/* 0, or 1 for data warnings: the documents are written either way */
	return rc == -1 || !WIFEXITED(rc) || WEXITSTATUS(rc) > 1;
}

struct fragment {
	char *text;
	const char *table;
	int id;
};

static int other_langs_use(const char *f)
{
	size_t k;
	int i, l;

	for (k = 0; i18n_tables[k]; k++)
		for (i = 0; i < i18n_tables[k]->n; i++)
			for (l = UI_ES; l < UI_N; l++) {
				const char *s = i18n_tables[k]->e[i].s[l];
				if (s && find_word(s, f))
					return 1;
			}
	return 0;
}

/* The English fragments worth looking for: cut at %s, trimmed, with a letter in them and at least
 * four characters. */
static struct fragment *fragments(size_t *n)
{
	struct fragment *v = NULL;
	size_t cap = 0, k;
	int i;

	*n = 0;
	for (k = 0; i18n_tables[k]; k++)
		for (i = 0; i < i18n_tables[k]->n; i++) {
			const char *s = i18n_tables[k]->e[i].s[UI_EN], *p;
			if (!s)
				continue;
			for (p = s; *p;) {
				const char *end = strstr(p, "%s"), *a = p, *b;
				size_t len;
				int letters = 0;
				if (!end)
					end = p + strlen(p);
				b = end;
				while (a < b && (isspace((unsigned char)*a) || strchr(".,;:()·\"'", *a)))
					a++;
				while (b > a && (isspace((unsigned char)b[-1]) || strchr(".,;:()·\"'", b[-1])))
					b--;
				len = (size_t)(b - a);
				for (const char *q = a; q < b; q++)
					letters += isalpha((unsigned char)*q) != 0;
				if (len >= 4 && letters >= 3) {
					char *f = xmalloc(len + 1);
					memcpy(f, a, len);
					f[len] = '\0';
					if (other_langs_use(f)) {
						free(f);
					} else {
						XGROW(v, cap, *n + 1);
						v[*n].text = f;
						v[*n].table = i18n_tables[k]->name;
						v[*n].id = i18n_tables[k]->base + i;
						(*n)++;
					}
				}
				p = *end ? end + 2 : end;
			}
		}
	return v;
}

static const char *const english_words[] = {
    "the",        "of",         "and",     "was",     "were",     "with",     "which",      "is",       "are",
    "by",         "from",       "not",     "none",    "every",    "than",     "their",      "this",     "that",
    "answered",   "answer",     "answers", "reply",   "replies",  "waited",   "wait",       "waits",    "comment",
    "comments",   "thread",     "threads", "citizen", "citizens", "official", "account",    "rules",    "rule",
    "period",     "service",    "hours",   "median",  "rate",     "interval", "group",      "order",    "moderated",
    "moderation", "unanswered", "needing", "needs",   "private",  "public",   "messages",   "message",  "status",
    "class",      "later",      "earlier", "before",  "after",    "written",  "percentile", "calendar", "time"};

int main(int argc, char **argv)
{
	static const char *const langs[] = {"es", "ca"};
	static const char *const docs[] = {"report/report.html", "report/report.md", "thread/report.html",
	                                   "thread/report.md",   "report.txt",       "thread.txt",
	                                   "user.txt",           "user.md",          "user.html",
	                                   "fairness.txt",       "times.txt"};
	struct strbuf data, out, seen, args;
	struct fragment *fr;
	size_t nfr, i, k, l;
	char *slash;

	unit_name = "test_phrases";
	(void)argc;
	snprintf(bin, sizeof(bin), "%s", argv[0]);
	slash = strrchr(bin, '/');
	snprintf(slash ? slash + 1 : bin, sizeof(bin) - (size_t)(slash ? slash + 1 - bin : 0), "replycov");
	if (access(bin, X_OK) || access(SAMPLES, R_OK)) {
		printf("test_phrases: skipped: %s or %s missing (run from the project root after make)\n", bin,
		       SAMPLES);
		return unit_end();
	}
	if (!mkdtemp(tmp)) {
		CHECK(!"mkdtemp");
		return unit_end();
	}
	strbuf_init(&data);
	strbuf_init(&out);
	strbuf_init(&seen);
	strbuf_init(&args);
	read_people(SAMPLES "/facebook", &data);
	read_people(SAMPLES "/private/messages.csv", &data);
	CHECK(strstr(data.buf, "Aisha Bello") != NULL); /* the person of the proof sheet */
	fr = fragments(&nfr);
	CHECK(nfr > 300); /* the tables are there */
	for (l = 0; l < 2; l++) {
#define RUN(file, fmt, ...)                                                                                            \
	do {                                                                                                           \
		strbuf_reset(&args);                                                                                   \
		strbuf_addf(&args, fmt, __VA_ARGS__);                                                                  \
		if (run(args.buf, file)) {                                                                             \
			printf("test_phrases: replycov %s failed\n", args.buf);                                        \
			unit_fail++;                                                                                   \
		} else {                                                                                               \
			unit_pass++;                                                                                   \
		}                                                                                                      \
	} while (0)
		RUN("report.txt", "report --lang %s --user 'Aisha Bello' -o '%s/report'" COMMON, langs[l], tmp);
		RUN("thread.txt", "thread --lang %s facebook/104520000000001_1220000438400853 -o '%s/thread'" COMMON,
		    langs[l], tmp);
		RUN("user.txt", "user --lang %s 'Aisha Bello'" COMMON, langs[l]);
		RUN("user.md", "user --lang %s --format md 'Aisha Bello'" COMMON, langs[l]);
		RUN("user.html", "user --lang %s --format html 'Aisha Bello'" COMMON, langs[l]);
		RUN("fairness.txt", "fairness --lang %s" COMMON, langs[l]);
		RUN("times.txt", "times --lang %s" COMMON, langs[l]);
#undef RUN
		for (k = 0; k < sizeof(docs) / sizeof(*docs); k++) {
			struct strbuf path, raw;
			int fails_before = unit_fail;
			strbuf_init(&path);
			strbuf_init(&raw);
			strbuf_addf(&path, "%s/%s", tmp, docs[k]);
			read_file(path.buf, &raw);
			if (!raw.len) {
				printf("test_phrases: %s: %s is empty\n", langs[l], docs[k]);
				CHECK(0);
			}
			strbuf_reset(&out);
			visible(raw.buf, &out);
			for (i = 0; i < nfr; i++) {
				const char *at = find_word(out.buf, fr[i].text);
				if (!at || find_word(data.buf, fr[i].text))
					continue;
				/* one line per fragment and document, with what surrounds it */
				{
					const char *from = at - out.buf > 30 ? at - 30 : out.buf;
					size_t len = strlen(from), want = (size_t)(at - from) + strlen(fr[i].text) + 30;
					strbuf_reset(&seen);
					strbuf_add(&seen, from, want < len ? want : len);
				}
				for (char *c = seen.buf; *c; c++)
					if (*c == '\n')
						*c = ' ';
				printf("test_phrases: --lang %s %s: English \"%s\" (%s %d): ...%s...\n", langs[l],
				       docs[k], fr[i].text, fr[i].table, fr[i].id, seen.buf);
				unit_fail++;
			}
			for (i = 0; i < sizeof(english_words) / sizeof(*english_words); i++) {
				const char *at = find_word(out.buf, english_words[i]);
				if (!at || find_word(data.buf, english_words[i]) || other_langs_use(english_words[i]))
					continue;
				{
					const char *from = at - out.buf > 40 ? at - 40 : out.buf;
					size_t len = strlen(from), want = (size_t)(at - from) + 60;
					strbuf_reset(&seen);
					strbuf_add(&seen, from, want < len ? want : len);
				}
				for (char *c = seen.buf; *c; c++)
					if (*c == '\n')
						*c = ' ';
				printf("test_phrases: --lang %s %s: English word \"%s\": ...%s...\n", langs[l], docs[k],
				       english_words[i], seen.buf);
				unit_fail++;
			}
			if (unit_fail == fails_before)
				unit_pass++; /* one check per document: it holds no English */
			strbuf_release(&path);
			strbuf_release(&raw);
		}
	}
	strbuf_reset(&args);
	strbuf_addf(&args, "rm -rf '%s'", tmp);
	if (system(args.buf))
		printf("test_phrases: could not remove %s\n", tmp);
	for (i = 0; i < nfr; i++)
		free(fr[i].text);
	free(fr);
	strbuf_release(&data);
	strbuf_release(&out);
	strbuf_release(&seen);
	strbuf_release(&args);
	return unit_end();
}
