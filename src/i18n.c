/* i18n.c: finding a text in the language tables, and the reader's language (--lang, else the
 * environment). The words themselves are in i18n_*.c; the number and date formats in
 * i18n_fmt.c. */
#include "i18n.h"

#include <stdlib.h>
#include <string.h>

const struct i18n_table *const i18n_tables[] = {&i18n_report, &i18n_fair,     &i18n_proof,
                                                &i18n_times,  &i18n_evidence, NULL};

static const char *const codes[UI_N] = {"en", "es", "ca"};

int ui_lang_parse(const char *s)
{
	if (!s)
		return -1;
	if (!strcmp(s, "en"))
		return UI_EN;
	if (!strcmp(s, "es"))
		return UI_ES;
	if (!strcmp(s, "ca") || !strcmp(s, "va") || !strcmp(s, "ca-valencia"))
		return UI_CA;
	return -1;
}

const char *ui_lang_code(enum ui_lang l)
{
	return codes[l];
}

/* "es_ES.UTF-8", "ca_ES@valencia", "ca", "C": the part before '_', '.', '@'. */
static int from_locale(const char *v)
{
	char lang[8];
	size_t n = 0;

	if (!v || !*v)
		return -1;
	while (v[n] && v[n] != '_' && v[n] != '.' && v[n] != '@' && v[n] != '-' && n < sizeof(lang) - 1) {
		lang[n] = v[n];
		n++;
	}
	lang[n] = '\0';
	if (!strcmp(lang, "es"))
		return UI_ES;
	if (!strcmp(lang, "ca"))
		return UI_CA;
	return UI_EN;
}

enum ui_lang ui_lang_from_env(void)
{
	static const char *const vars[] = {"LC_ALL", "LC_MESSAGES", "LANG"};
	size_t i;

	for (i = 0; i < sizeof(vars) / sizeof(*vars); i++) {
		int l = from_locale(getenv(vars[i]));
		if (l >= 0)
			return (enum ui_lang)l;
	}
	return UI_EN;
}

const char *tr(enum ui_lang l, int id)
{
	size_t k;

	for (k = 0; i18n_tables[k]; k++) {
		const struct i18n_table *t = i18n_tables[k];
		if (id >= t->base && id < t->base + t->n) {
			const struct i18n_entry *e = &t->e[id - t->base];
			/* A gap in a translation falls back to English rather than printing nothing. */
			const char *s = e->s[l] ? e->s[l] : e->s[UI_EN];
			return s ? s : "";
		}
	}
	return "";
}

const char *trn(enum ui_lang l, int id_one, int id_many, long long n)
{
	return tr(l, n == 1 ? id_one : id_many);
}
