/* out_fairness.h: the fairness figures (fairness.h) as a text section, a Markdown section, an
 * HTML <section> fragment or one JSON object, for `replycov fairness`, `coverage --format json`
 * and `report`. Every figure states the rules and policy it used. pv applies --pseudonymize
 * (authors and texts of the moderation log) and --min-cell (counts below K shown as "<K", and
 * the rates and tests built on them withheld); it may be NULL. */
#ifndef REPLYCOV_OUT_FAIRNESS_H
#define REPLYCOV_OUT_FAIRNESS_H

#include "fairness.h"
#include "i18n.h"
#include "outdoc.h"
#include "privacy.h"

struct doc;
struct tz;

/* The figures as part of a document, in language l, appended to the current section: its own
 * parts through doc_part (sections when the document is the fairness figures alone, headings
 * of the report's "Equal treatment" when d->depth is 1). Threads are named by their post's
 * day (in zone; NULL: UTC) and first words. */
void fairness_doc(struct doc *d, enum ui_lang l, const struct fairness_figures *fig, const struct fairness *fs,
                  const struct privacy *pv, const struct tz *zone);
/* Append the figures in format f (DOC_TEXT, DOC_MD, DOC_HTML or DOC_JSON) to sb. */
void out_fairness(const struct fairness_figures *fig, const struct fairness *fs, const struct privacy *pv,
                  enum doc_format f, struct strbuf *sb);
/* The rules the figures used, in words: "answers by direct, branch, mention; need-reply policy
 * criticism,question; period 2026Q1". */
void fairness_rules_text(const struct fairness *fs, struct strbuf *sb);
/* The same from the parts: RULE_* bits, the policy (coverage_opts), the period as given. */
void rules_summary_text(unsigned rules, int need_all, unsigned need_classes, const char *period, struct strbuf *sb);

#endif
