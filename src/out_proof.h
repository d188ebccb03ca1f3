/* out_proof.h: the proof sheet (proof.h) as a document for people (doc.h, in the reader's
 * language) or as JSON for programs, and the list of people a name matched. The person is
 * always named in their own sheet; everyone else goes through pv (--pseudonymize), and the
 * counts of other people's messages through --min-cell. */
#ifndef REPLYCOV_OUT_PROOF_H
#define REPLYCOV_OUT_PROOF_H

#include "coverage.h"
#include "doc.h"
#include "i18n.h"
#include "manifest.h"
#include "privacy.h"
#include "proof.h"

struct tz;

struct proof_doc {
	const struct proof_sheet *s;
	const struct privacy *pv; /* may be NULL */
	/* The document: times written in this zone (NULL: UTC). JSON: times in this zone, NULL:
	 * as each export wrote them. */
	const struct tz *zone;
	const char *schedule_file;  /* NULL: no --schedule, service-hour waits not shown */
	const char *rules;          /* the rules in words for JSON (rules_summary_text) */
	const struct manifest *man; /* the evidence, or NULL */
	/* The document's part "how this record is made" (what counts as answered under cov's
	 * rules, the waits, the comparisons, the zone) when cov is set; a report explains them in
	 * its own method section. */
	const struct coverage_opts *cov;
};

/* The sheet as parts of a document in language l: sections when the sheet stands alone, headings
 * of the current section when d->depth is 1 (doc_part): the summary in sentences and key figures,
 * each message with its status, wait, reply, comparison and context, once the comments of other
 * people answered after the person's unanswered ones, how the record is made (pd->cov), and the
 * evidence (manifest_section) when pd->man is set. Every word comes from i18n_proof.c (and the
 * shared words of i18n_report.c); times are written in pd->zone. */
void out_proof_doc(struct doc *d, enum ui_lang l, const struct proof_doc *pd);
/* The JSON object (out_proof_json.c); the manifest is added as "manifest" when d->man is set. */
void out_proof_json(const struct proof_doc *d, struct strbuf *sb);
/* The people query matched, for the user to choose from, as blocks of d's current section in
 * language l: a sentence, a table (platform, id, name, first and last message in zone, counts)
 * and the commands to run. */
void out_proof_candidates(struct doc *d, enum ui_lang l, struct proof_person *const *v, size_t n, const char *query,
                          const struct tz *zone);

#endif
