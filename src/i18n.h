/* i18n.h: the words of every document replycov writes for people (the period report, the
 * post-mortem, the proof sheet, the fairness, times and evidence sections) in English, Spanish
 * and Valencian, and the one place numbers, percentages, waits, dates, times and periods are
 * written the way each language writes them. Each document's words are one table (i18n_*.c),
 * the three languages side by side, so a translator sees and changes them in one place; ids of
 * different tables live in different ranges. Sentences with blanks are printf formats whose
 * conversions are all %s, in the same number in every language (test_report checks it).
 * Diagnostics on stderr stay in English, as everywhere in replycov; so do JSON and CSV. */
#ifndef REPLYCOV_I18N_H
#define REPLYCOV_I18N_H

#include "strbuf.h"

struct tz;

enum ui_lang { UI_EN, UI_ES, UI_CA, UI_N };

/* One text in the three languages (en, es, ca). */
struct i18n_entry {
	const char *s[UI_N];
};

/* A document's words: ids base .. base + n - 1. */
struct i18n_table {
	const char *name;
	int base, n;
	const struct i18n_entry *e;
};

/* The words of the period report and the post-mortem, and the words every document shares
 * (i18n_report.c). */
enum i18n_id {
	/* titles */
	T_REPORT_TITLE,
	T_THREAD_TITLE,
	T_SUB_PERIOD,
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
	T_CH_THIN,
	T_CH_THIN_CELL,
	T_CH_PERSON,
	T_CH_SERIES_PUBLIC,
	T_CH_SERIES_PRIVATE,
	T_CH_OTHERS,
	T_CH_PLATFORM_OTHER,
	T_CH_GROUP_PUBLIC,
	T_CH_GROUP_PRIVATE,
	T_CH_OF_NEED,
	T_CH_WITHHELD,
	T_CH_NOT_SHOWN,
	T_AX_OPEN_ROUNDED,
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
	T_NOTHING_READ,
	T_NOTHING_READ_STDERR,
	T_NOTHING_IN_PERIOD,
	T_NOTHING_IN_PERIOD_DAY,
	/* privacy: nobody named, small counts hidden */
	T_UNNAMED,
	T_NEVER_UNNAMED_ONE,
	T_NEVER_UNNAMED_MANY,
	T_NOTE_UNNAMED,
	T_NOTE_REDACTED,
	T_M_UNNAMED,
	T_CELL_WITHHELD,
	T_NOTE_MIN_CELL,
	T_EVIDENCE_UNNAMED,
	/* how the figures are made */
	T_M_ANSWERED,
	T_M_NEED,
	T_M_COVERAGE,
	T_M_WAITS,
	T_M_WAITS_NONE,
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
	T_F_XLSX,
	T_F_CSV_NOTE,
	T_MORE_ROWS,
	T_PAGE_OF,
	T_SCHEDULE_DESC_ONE,
	T_SCHEDULE_DESC,
	/* standard output */
	T_OUT_WROTE,
	T_OUT_OPEN,
	T_OUT_NO_CHARTS,
	T_OUT_CHARTS_FAILED,
	T_PRIVATE_CONV,
	T_USER_SEVERAL,
	T_USER_NOBODY,
	T_USER_CANDIDATE,
	T_USER_CANDIDATE_ONE,
	T_POST_NO_TEXT,
	/* the classes section: raw shares, or corrected with n labels (ratio_adjust.h) */
	T_CLASSES_RAW,
	T_CLASSES_CORRECTED,
	T_N
};

/* The fairness section and `replycov fairness` (i18n_fair.c). */
enum fair_word {
	TF_BASE = 1000,
	TF_TITLE = TF_BASE,
	TF_INTRO,
	TF_P_METHOD,
	TF_POLICY_TEXT,
	TF_COMPARED_TEXT,
	TF_N_COMPARED,
	TF_N_LEFT_CLASS,
	TF_N_LEFT_MOD,
	TF_N_UNCLASSIFIED,
	TF_TEST_TEXT,
	TF_MIN_CELL,
	TF_P_CLASS,
	TF_P_FREQUENT,
	TF_P_CHANNEL,
	TF_H_GROUP,
	TF_H_RATE,
	TF_H_INTERVAL,
	TF_G_CRITICISM,
	TF_G_REST,
	TF_G_FREQUENT,
	TF_G_EVERYONE,
	TF_G_PUBLIC,
	TF_G_PRIVATE,
	TF_FREQUENT_DEF,
	TF_FREQUENT_COUNTS,
	TF_UNKNOWN_AUTHOR,
	TF_Q_CLASS,
	TF_Q_FREQUENT,
	TF_Q_CHANNEL,
	TF_A_LESS_YES,
	TF_A_LESS_NO,
	TF_A_DIFF_YES,
	TF_A_DIFF_NO,
	TF_A_WITHHELD,
	TF_A_NOTHING,
	TF_WITHHELD,
	TF_P_ORDER,
	TF_ORDER_RULE,
	TF_ORDER_SUMMARY,
	TF_ORDER_SUMMARY_HIDDEN,
	TF_ORDER_NONE,
	TF_ORDER_LONGEST_ONE,
	TF_ORDER_LONGEST,
	TF_H_OUT,
	TF_H_SHARE,
	TF_H_JUMP,
	TF_ORDER_NOT_LISTED,
	TF_ORDER_MORE,
	TF_P_MODERATION,
	TF_MOD_RULE,
	TF_N_MODERATED,
	TF_N_HIDDEN,
	TF_N_DELETED,
	TF_N_SPAM,
	TF_N_UNAPPROVED,
	TF_N_MOD_CRITICISM,
	TF_N_MOD_NEED,
	TF_MOD_SEVERAL,
	TF_MOD_MORE,
	TF_MOD_NONE,
	TF_FLAG_HIDDEN,
	TF_FLAG_DELETED,
	TF_FLAG_SPAM,
	TF_FLAG_UNAPPROVED,
	TF_ST_ANSWERED,
	TF_ST_UNANSWERED,
	TF_ST_NOT_NEEDED,
	TF_ST_NOT_NEEDED_WHY,
	TF_WHY_EMPTY,
	TF_WHY_NO_WORDS,
	TF_WHY_SPAM,
	TF_WHY_DELETED,
	TF_WHY_CLASS,
	TF_CLASS_IS,
	TF_NOT_CLASSIFIED,
	TF_AUTHOR_UNKNOWN,
	TF_MSG_ID,
	TF_NO_TEXT,
	/* fairness words: add above this line */
	TF_END
};

/* The proof sheet, `replycov user` and `report --user` (i18n_proof.c). */
enum proof_word {
	TP_BASE = 2000,
	TP_TITLE = TP_BASE,
	TP_TITLE_OF,
	TP_SEC_LATER,
	TP_SEC_METHOD,
	TP_SUM_NO_MESSAGES,
	TP_SUM_NO_NEED_ONE,
	TP_SUM_NO_NEED_MANY,
	TP_SUM_ONE_ANSWERED,
	TP_SUM_ONE_UNANSWERED,
	TP_SUM_ALL_ANSWERED,
	TP_SUM_NONE_ANSWERED,
	TP_SUM_SOME_ONE,
	TP_SUM_SOME_MANY,
	TP_SUM_OTHERS_ONE,
	TP_SUM_OTHERS_MANY,
	TP_SUM_OTHERS_SINGLE_ANS,
	TP_SUM_OTHERS_SINGLE_UNANS,
	TP_SUM_OTHERS_NONE,
	TP_TAIL_PCT_WAIT,
	TP_TAIL_WAIT,
	TP_TAIL_ONE_WAIT,
	TP_WAIT_SVC_PAREN,
	TP_WAIT_SVC_SEMI,
	TP_F_PERSON,
	TP_F_ACCOUNT,
	TP_V_ACCOUNT,
	TP_F_MESSAGES,
	TP_F_PUBLIC,
	TP_F_PRIVATE,
	TP_F_THREADS,
	TP_F_OUTSIDE,
	TP_F_NEED,
	TP_F_NOT_NEEDED,
	TP_F_MEDIAN,
	TP_V_NO_WAIT,
	TP_F_SAME,
	TP_F_ALL,
	TP_V_SCOPE,
	TP_V_SCOPE_NOWAIT,
	TP_V_SCOPE_NONE,
	TP_F_PERCENTILE,
	TP_V_PERCENTILE,
	TP_MSG_HEADING,
	TP_KIND_PUBLIC,
	TP_KIND_PRIVATE,
	TP_NO_MESSAGES,
	TP_ST_ANSWERED,
	TP_AGENT,
	TP_OFFICIAL,
	TP_ST_UNANSWERED,
	TP_ST_NOT_NEEDED,
	TP_NN_EMPTY,
	TP_NN_NO_WORDS,
	TP_NN_SPAM,
	TP_NN_DELETED,
	TP_NN_CLASS,
	TP_V_CLASS,
	TP_V_CLASS_HUMAN,
	TP_BY_RULES,
	TP_BY_MODEL,
	TP_F_NOTES,
	TP_FLAG_HIDDEN,
	TP_FLAG_DELETED,
	TP_FLAG_SPAM,
	TP_FLAG_UNAPPROVED,
	TP_FLAG_EDITED,
	TP_FLAG_ORPHAN,
	TP_FLAG_APPROX,
	TP_V_WAIT_CAL_SVC,
	TP_V_OUT_OF_HOURS,
	TP_F_REPLY,
	TP_V_QUOTED,
	TP_F_RANK,
	TP_F_RANK_CAL,
	TP_F_RANK_SVC,
	TP_V_RANK,
	TP_V_RANK_NONE,
	TP_V_RANK_HIDDEN,
	TP_SCOPE_SAME,
	TP_SCOPE_ALL,
	TP_F_OVERTAKEN,
	TP_F_LATER,
	TP_V_LATER,
	TP_N_COMMENT,
	TP_N_COMMENTS,
	TP_N_PERSON,
	TP_N_PEOPLE,
	TP_V_LATER_NONE,
	TP_F_REPLY_TO,
	TP_F_BEFORE,
	TP_F_AFTER,
	TP_V_CTX,
	TP_SAME_PERSON,
	TP_LATER_INTRO,
	TP_H_WRITTEN,
	TP_H_BY,
	TP_H_ANSWERED,
	TP_H_RULE,
	TP_H_AFTER,
	TP_RULE_DIRECT,
	TP_RULE_BRANCH,
	TP_RULE_MENTION,
	TP_M_WAITS,
	TP_M_WAITS_CAL,
	TP_M_RANKS,
	TP_M_PRIVACY,
	TP_FOOTER,
	TP_CAND_INTRO,
	TP_H_ID,
	TP_CAND_OFFICIAL,
	TP_CAND_RUN,
	TP_OUT_WROTE,
	/* proof sheet words: add above this line */
	TP_END
};

/* The response-time report, `replycov times` (i18n_times.c). */
enum times_word {
	TT_BASE = 3000,
	TT_TITLE = TT_BASE,
	/* sections */
	TT_SEC_WAITS,
	TT_SEC_BY_THREAD,
	TT_SEC_BY_PLATFORM,
	TT_SEC_BY_CHANNEL,
	TT_SEC_BY_MONTH,
	TT_SEC_BY_AGENT,
	TT_SEC_PLATFORM,
	TT_SEC_HOLIDAYS,
	/* summary */
	TT_F_NEED,
	TT_F_FIRST,
	TT_F_LAST,
	TT_F_OUTSIDE,
	TT_N_OF,
	TT_N_OF_PCT,
	TT_SCHEDULE_ZERO,
	TT_SCHEDULE_ELAPSED,
	TT_NO_SCHEDULE,
	TT_BEFORE_FIRST_ONE,
	TT_BEFORE_FIRST_MANY,
	/* waits */
	TT_MEAN,
	TT_FASTEST90,
	TT_WAITS_NOTE,
	TT_GROUPS_NOTE,
	TT_H_AGENT,
	TT_H_MEDIAN_CAL,
	TT_H_P90_CAL,
	TT_H_MEDIAN,
	TT_H_P90,
	TT_H_MEAN,
	TT_H_FASTEST90,
	TT_H_WITHIN_1H,
	TT_H_SAME_DAY,
	TT_AGENT_NOTE,
	TT_UNSIGNED,
	/* the platform's figure */
	TT_PLATFORM_NONE,
	TT_PLATFORM_VARIANT,
	TT_PLATFORM_NOT_META,
	TT_WINDOW_ONE,
	TT_WINDOW_MANY,
	TT_WINDOW_LAST10,
	TT_H_STEP,
	TT_H_RULE,
	TT_H_RATE,
	TT_H_CHANGE,
	TT_H_TIME,
	TT_STEP_0,
	TT_STEP_1,
	TT_STEP_2,
	TT_STEP_3,
	TT_STEP_4,
	TT_STEP_5,
	TT_STEP_6,
	TT_PP,
	TT_STEPS_NOTE,
	TT_STEPS_KEEP,
	TT_STEPS_NO_SCHEDULE,
	/* holidays */
	TT_H_HOLIDAY,
	TT_H_SCOPE,
	TT_SCOPE_NATIONAL,
	TT_SCOPE_REGIONAL,
	TT_SCOPE_LOCAL,
	TT_SCOPE_OTHER,
	/* times words: add above this line */
	TT_END
};

/* The evidence (what a document was computed from, manifest.c) (i18n_evidence.c). */
enum evidence_word {
	TE_BASE = 4000,
	TE_TITLE = TE_BASE,
	TE_MADE_BY,
	TE_VERSION,
	TE_COMMAND,
	TE_SAME_BYTES,
	TE_H_FILE,
	TE_H_KIND,
	TE_H_MESSAGES,
	TE_H_BYTES,
	TE_SHA,
	TE_NOT_READ,
	TE_ROLE_SCHEDULE,
	TE_ROLE_IMPORT,
	TE_ROLE_LABELS,
	TE_ROLE_MODEL,
	TE_ROLE_UNREADABLE,
	TE_ROLE_UNKNOWN,
	TE_RECORDS,
	TE_FILES_READ,
	TE_FILES_SKIPPED,
	TE_FILES_FAILED,
	TE_MESSAGES_READ,
	TE_ACCEPTED,
	TE_REJECTED,
	TE_LEFT_OUT,
	TE_DUPLICATES,
	TE_CHANGED,
	TE_ORPHANS,
	TE_CYCLES,
	TE_THREADS,
	TE_RULES,
	TE_CLASSIFIER,
	TE_CLASSIFIER_RULES,
	TE_CLASSIFIER_MODEL,
	TE_CLASSIFIER_LABELS,
	TE_OFFICIAL_GIVEN,
	TE_OFFICIAL_AUTO,
	TE_PERIOD_VALUE,
	TE_SCHEDULE_VALUE,
	TE_BEFORE_ZERO,
	TE_BEFORE_ELAPSED,
	TE_PRIVACY,
	TE_NAMES_SHOWN,
	TE_PSEUDONYMS,
	TE_MIN_CELL,
	TE_MORE_INPUTS,
	/* evidence words: add above this line */
	TE_END
};

extern const struct i18n_table i18n_report, i18n_fair, i18n_proof, i18n_times, i18n_evidence;
/* Every table, NULL-terminated (for tests and the phrase check). */
extern const struct i18n_table *const i18n_tables[];

/* The language named by LC_ALL, else LC_MESSAGES, else LANG ("es_ES.UTF-8" -> es, "ca_ES@valencia"
 * -> ca); English when none names es or ca. */
enum ui_lang ui_lang_from_env(void);
/* "en", "es", "ca" (also "va" and "ca-valencia"); -1 otherwise. */
int ui_lang_parse(const char *s);
const char *ui_lang_code(enum ui_lang l);

/* The text of id (of any table) in language l; never NULL. A gap falls back to English. */
const char *tr(enum ui_lang l, int id);
/* id_one when n is 1, else id_many: "1 comment", "2 comments". */
const char *trn(enum ui_lang l, int id_one, int id_many, long long n);

/* The formats (i18n_fmt.c). Each appends to sb. */
/* Short month (1..12) and weekday (0 = Monday) names: "Mar", "mar", "març"; "Mon", "lun", "dl.". */
const char *tr_month(enum ui_lang l, int month);
const char *tr_weekday(enum ui_lang l, int wday);
/* "Mar 2026", "mar 2026", "març 2026" from year * 12 + month - 1. */
void tr_month_label(struct strbuf *sb, enum ui_lang l, int ym);
/* A whole number with the language's grouping: 12,345 (en), 12.345 (es, ca; four digits are
 * not grouped). */
void tr_num(struct strbuf *sb, enum ui_lang l, long long n);
/* n / d as a percentage with one decimal: "45.4%" (en), "45,4 %" (es, ca); "-" when d is 0. */
void tr_pct(struct strbuf *sb, enum ui_lang l, long n, long d);
/* v with decimals digits after the language's decimal sign: "0.0372", "0,0372". */
void tr_dec(struct strbuf *sb, enum ui_lang l, double v, int decimals);
/* A wait in seconds for people: "45 s", "12 min", "1 h 05 min", "3 d 04 h"; "-" when negative. */
void tr_wait(struct strbuf *sb, enum ui_lang l, long long s);
/* An instant in zone (NULL: UTC) as a person writes it: "Mon 2 Mar 2026, 09:58",
 * "lun 2 mar 2026, 09:58", "dl. 2 març 2026, 09:58". */
void tr_datetime(struct strbuf *sb, enum ui_lang l, const struct tz *zone, long long t);
/* The day of an instant: "2 March 2026", "2 de marzo de 2026", "2 de març de 2026" (and
 * "2 d'abril de 2026"). */
void tr_date(struct strbuf *sb, enum ui_lang l, const struct tz *zone, long long t);
/* The same from a day number (days since 1970-01-01), and the short form "2 Mar", "2 mar",
 * "2 març" (a post's day in a table). */
void tr_date_days(struct strbuf *sb, enum ui_lang l, long long day);
void tr_day_short(struct strbuf *sb, enum ui_lang l, const struct tz *zone, long long t);
/* A day with its weekday, for tables by day: "Mon 2 Mar", "lun 2 mar", "dl. 2 març" (year
 * added when with_year). */
void tr_day_label(struct strbuf *sb, enum ui_lang l, long long day, int with_year);
/* A period as --period or --from/--to gave it ("2026Q1", "2026-03", "2026", "FROM..TO" with
 * either side empty) in words: "first quarter of 2026", "primer trimestre de 2026", "March
 * 2026", "del 2 de marzo de 2026 al 15 de abril de 2026"; NULL or "": "every date". capital:
 * the first letter in upper case (at the start of a line). */
void tr_period(struct strbuf *sb, enum ui_lang l, const char *period, int capital);
/* Items joined as a sentence: "a, b and c", "a, b y c", "a, b i c". */
void tr_join(struct strbuf *sb, enum ui_lang l, const char *const *items, size_t n);
/* A thread as people know it: the day of its post and the post's first words, "2 mar · Obrim
 * la convocatòria ACTIVA 2026…"; without words, "2 mar · private conversation" or "2 mar ·
 * post without text". headline: text_headline of the post, or NULL. */
void tr_post_label(struct strbuf *sb, enum ui_lang l, const struct tz *zone, long long t, const char *headline,
                   int private_conv);
/* The classes of bits (1 << enum msg_class) in running text, lower case and joined:
 * "criticism and question", "crítica y pregunta". */
void tr_class_list(struct strbuf *sb, enum ui_lang l, unsigned bits);
/* A class name (enum msg_class, or CLASS_N for not classified). */
const char *tr_class(enum ui_lang l, int cls);

#endif
