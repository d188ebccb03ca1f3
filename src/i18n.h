/* i18n.h: the words of the reports (`report`, `thread`) in English, Spanish and Valencian.
 * Every label and sentence is one entry of the table in i18n.c, the three languages side by
 * side, so a translator sees and changes them in one place. Sentences with blanks are printf
 * formats whose conversions are all %s, in the same number in every language (a unit test
 * checks it). Diagnostics on stderr stay in English, as everywhere in replycov. */
#ifndef REPLYCOV_I18N_H
#define REPLYCOV_I18N_H

#include "strbuf.h"

enum ui_lang { UI_EN, UI_ES, UI_CA, UI_N };

enum i18n_id {
	/* titles */
	T_REPORT_TITLE,
	T_THREAD_TITLE,
	T_SUB_PERIOD,
	T_SUB_ALL,
	T_SUB_THREAD,
	T_TOC,
	T_FOOTER,
	/* sections */
	T_SEC_SUMMARY,
	T_SEC_MESSAGES,
	T_SEC_COVERAGE,
	T_SEC_WAITS,
	T_SEC_CLASSES,
	T_SEC_HEAT,
	T_SEC_THREADS,
	T_SEC_PLATFORMS,
	T_SEC_NEVER,
	T_SEC_METHOD,
	T_SEC_FILES,
	T_SEC_INPUTS,
	T_SEC_FAIRNESS,
	T_SEC_PROOF,
	T_SEC_TIMELINE,
	T_SEC_BACKLOG,
	T_SEC_STATUS,
	T_SEC_ACTIVE,
	T_SEC_UNANSWERED,
	/* figures */
	T_FIGURE,
	T_VALUE,
	T_THREADS,
	T_MESSAGES,
	T_CITIZEN_MESSAGES,
	T_CITIZEN_COMMENTS,
	T_OFFICIAL_REPLIES,
	T_NEED_REPLY,
	T_ANSWERED,
	T_UNANSWERED,
	T_NOT_NEEDED,
	T_COVERAGE,
	T_COVERAGE_STRICT,
	T_CITIZENS,
	T_NEVER_ANSWERED,
	T_MEDIAN_CAL,
	T_P90_CAL,
	T_MEDIAN_SVC,
	T_P90_SVC,
	T_SCHEDULE,
	T_NO_SCHEDULE,
	T_POLICY,
	T_POLICY_ALL,
	T_POLICY_CLASSES,
	T_RULES,
	T_RULE_DIRECT,
	T_RULE_BRANCH,
	T_RULE_MENTION,
	T_PERIOD,
	T_ZONE,
	T_OFFICIAL_ACCOUNT,
	T_NO_OFFICIAL,
	T_FIRST_MESSAGE,
	T_LAST_MESSAGE,
	T_POST,
	T_OUT_OF_HOURS,
	T_SAME_DAY,
	/* sentences */
	T_SUMMARY_SENTENCE,
	T_SUMMARY_WAIT,
	T_SUMMARY_NOTHING,
	T_SUMMARY_PRIVATE_PUBLIC,
	T_WITHIN_1H,
	T_WITHIN_24H,
	/* classes, channels */
	T_CLASS_CRITICISM,
	T_CLASS_QUESTION,
	T_CLASS_THANKS,
	T_CLASS_OTHER,
	T_CLASS_NONE,
	T_PUBLIC,
	T_PRIVATE,
	T_KEY_PUBLIC,
	T_KEY_PRIVATE,
	T_PUBLIC_SHORT,
	T_PRIVATE_SHORT,
	T_ALL,
	T_OTHER_SERIES,
	/* charts */
	T_CH_MESSAGES,
	T_CH_MESSAGES_DESC,
	T_CH_COVERAGE,
	T_CH_COVERAGE_DESC,
	T_CH_WAITS_MONTH,
	T_CH_WAITS_MONTH_DESC,
	T_CH_CLASSES,
	T_CH_CLASSES_DESC,
	T_CH_HEAT,
	T_CH_HEAT_DESC,
	T_CH_TIMELINE,
	T_CH_TIMELINE_DAY,
	T_CH_TIMELINE_DESC,
	T_CH_BACKLOG,
	T_CH_BACKLOG_DESC,
	T_CH_WAITS,
	T_CH_WAITS_DESC,
	T_CH_STATUS,
	T_CH_STATUS_DESC,
	T_CH_CITIZENS,
	T_CH_CITIZENS_DESC,
	T_AX_MONTH,
	T_AX_MESSAGES,
	T_AX_COVERAGE,
	T_AX_WAIT_SVC_H,
	T_AX_SHARE,
	T_AX_HOUR,
	T_AX_HEAT_CB,
	T_AX_TIME,
	T_AX_PER_HOUR,
	T_AX_PER_DAY,
	T_AX_OPEN,
	T_AX_WAIT_LOG,
	T_AX_WITHIN,
	T_AX_COMMENTS,
	T_MEDIAN,
	T_P90,
	T_CALENDAR,
	T_SERVICE,
	T_COMMENTS,
	/* table headers */
	T_H_MONTH,
	T_H_DAY,
	T_H_HOUR,
	T_H_THREAD,
	T_H_PLATFORM,
	T_H_CHANNEL,
	T_H_NAME,
	T_H_TIME,
	T_H_CLASS,
	T_H_TEXT,
	T_H_OPEN_END,
	T_H_MAX_OPEN,
	T_H_WITHIN,
	T_H_OFFICIAL,
	T_H_FILE,
	T_H_FORMAT,
	T_H_READ,
	T_H_REJECTED,
	T_H_STATUS,
	T_H_WAIT,
	T_H_ID,
	/* notices */
	T_NO_GNUPLOT,
	T_NO_GNUPLOT_NODIR,
	T_CHART_MISSING,
	T_CHART_MISSING_NODIR,
	T_CHART_FAILED,
	T_CHART_FAILED_NODIR,
	T_CHART_EMPTY,
	T_SHOWN_OF,
	T_NO_OFFICIAL_NOTICE,
	T_HEAT_BLANK,
	T_UNDER_MINUTE,
	T_NOTHING_UNANSWERED,
	/* how the figures are made */
	T_M_ANSWERED,
	T_M_NEED,
	T_M_COVERAGE,
	T_M_WAITS,
	T_M_ZONE,
	T_M_PERIOD,
	T_M_CLASSES,
	T_M_NO_PERIOD,
	/* the files */
	T_F_HTML,
	T_F_MD,
	T_F_CHARTS,
	T_F_COMMENTS,
	T_F_CITIZENS,
	T_F_THREADS,
	T_F_MONTHS,
	T_F_CSV_NOTE,
	T_MANIFEST_NOTE,
	/* standard output */
	T_OUT_WROTE,
	T_OUT_OPEN,
	T_OUT_NO_CHARTS,
	T_OUT_CHARTS_FAILED,
	T_OUT_SPAN,
	T_N
};

/* The language named by LC_ALL, else LC_MESSAGES, else LANG ("es_ES.UTF-8" -> es, "ca_ES@valencia"
 * -> ca); English when none names es or ca. */
enum ui_lang ui_lang_from_env(void);
/* "en", "es", "ca" (also "va" and "ca-valencia"); -1 otherwise. */
int ui_lang_parse(const char *s);
const char *ui_lang_code(enum ui_lang l);

/* The text of id in language l; never NULL. */
const char *tr(enum ui_lang l, enum i18n_id id);
/* Short month (1..12) and weekday (0 = Monday) names. */
const char *tr_month(enum ui_lang l, int month);
const char *tr_weekday(enum ui_lang l, int wday);
/* "Mar 2026", "mar 2026", "març 2026" from year * 12 + month - 1. */
void tr_month_label(struct strbuf *sb, enum ui_lang l, int ym);
/* A whole number with the language's grouping: 12,345 (en), 12.345 (es, ca; four digits are
 * not grouped). */
void tr_num(struct strbuf *sb, enum ui_lang l, long long n);
/* n / d as a percentage with one decimal: "45.4%" (en), "45,4 %" (es, ca); "-" when d is 0. */
void tr_pct(struct strbuf *sb, enum ui_lang l, long n, long d);
/* A wait in seconds for people ("1h 43m", as elsewhere in replycov); "-" when negative. */
void tr_wait(struct strbuf *sb, long long s);
/* A class name (enum msg_class, or CLASS_N for not classified). */
const char *tr_class(enum ui_lang l, int cls);

/* For tests: the number of entries and the text of entry i in language l (may be NULL when
 * the table has a gap). */
const char *i18n_entry(int i, enum ui_lang l);

#endif
