/* out_fairness.h: the fairness figures (fairness.h) for people, as a part of a document (doc.h)
 * in Spanish, Valencian or English, and as one JSON object, for `replycov fairness`, `coverage
 * --format json` and `report`. Every figure states the rules and policy it used. pv applies
 * --pseudonymize (authors and texts of the moderation log, the posts' first words) and
 * --min-cell (counts below K shown as "<K", and the rates and tests built on them withheld); it
 * may be NULL. */
#ifndef REPLYCOV_OUT_FAIRNESS_H
#define REPLYCOV_OUT_FAIRNESS_H

#include "doc.h"
#include "fairness.h"
#include "i18n.h"
#include "privacy.h"
#include "strbuf.h"

struct tz;

/* The figures as part of a document, in language l: an introduction in the current section,
 * then parts through doc_part (sections when the document is the fairness figures alone,
 * headings of the report's "Equal treatment" when d->depth is 1): how the comparison is made
 * (the rules in force), the three comparisons, the order of answers and the moderation log.
 * Threads are named by their post's day and first words; times are in zone (NULL: UTC). */
void fairness_doc(struct doc *d, enum ui_lang l, const struct fairness_figures *fig, const struct fairness *fs,
                  const struct privacy *pv, const struct tz *zone);
/* Append the figures as one JSON object (English keys and texts) to sb. */
void out_fairness_json(const struct fairness_figures *fig, const struct fairness *fs, const struct privacy *pv,
                       struct strbuf *sb);
/* The same, for callers that name the format: f must be DOC_JSON (documents are built with
 * fairness_doc). */
void out_fairness(const struct fairness_figures *fig, const struct fairness *fs, const struct privacy *pv,
                  enum doc_format f, struct strbuf *sb);
/* The rules the figures used, in English words (the JSON's "summary"): "answers by direct,
 * branch, mention; need-reply policy criticism,question; period 2026Q1". */
void fairness_rules_text(const struct fairness *fs, struct strbuf *sb);
/* The same from the parts: RULE_* bits, the policy (coverage_opts), the period as given. */
void rules_summary_text(unsigned rules, int need_all, unsigned need_classes, const char *period, struct strbuf *sb);

#endif
