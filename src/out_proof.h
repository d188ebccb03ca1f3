/* out_proof.h: the proof sheet (proof.h) as text, Markdown, an HTML fragment (a <section>, for
 * `report`; `user --format html` wraps it in a page) or JSON, and the list of people a name
 * matched. The person is always named in their own sheet; everyone else goes through pv
 * (--pseudonymize), and the counts of other people's comments through --min-cell. */
#ifndef REPLYCOV_OUT_PROOF_H
#define REPLYCOV_OUT_PROOF_H

#include "doc.h"
#include "i18n.h"
#include "manifest.h"
#include "outdoc.h"
#include "privacy.h"
#include "proof.h"

struct tz;

struct proof_doc {
	const struct proof_sheet *s;
	const struct privacy *pv;   /* may be NULL */
	const struct tz *zone;      /* times shown in this zone; NULL: as each export wrote them */
	const char *schedule_file;  /* NULL: no --schedule, service-hour waits not shown */
	const char *rules;          /* the rules in words (rules_summary_text) */
	const struct manifest *man; /* the evidence section, or NULL */
};

void out_proof(const struct proof_doc *d, enum doc_format f, struct strbuf *sb);
/* The sheet as parts of a document in language l: sections when the sheet stands alone, headings
 * of the report's section when d->depth is 1 (doc_part); the evidence as its own part when
 * pd->man is set. */
void out_proof_doc(struct doc *d, enum ui_lang l, const struct proof_doc *pd);
/* The JSON object (out_proof_json.c); the manifest is added as "manifest" when d->man is set. */
void out_proof_json(const struct proof_doc *d, struct strbuf *sb);
/* The people query matched, for the user to choose from: platform, id, name, first and last
 * message, counts, and the commands to run. */
void out_proof_candidates(struct proof_person *const *v, size_t n, const char *query, const struct tz *zone,
                          struct strbuf *sb);

/* Shared by the writers: a time as the sheet shows it, and the person's name line. */
void proof_time(struct strbuf *sb, const struct when *w, const struct tz *zone);
const char *proof_flag_words(unsigned flags, struct strbuf *sb);

#endif
