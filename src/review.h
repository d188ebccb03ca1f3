/* review.h: the review queue: which citizen messages a person should label first. Each
 * candidate gets a worth (how likely its class is wrong, times what a wrong class costs), and
 * the queue is picked greedily from the most worth, each pick of a class, language or source
 * lowering the next of the same kind, so that the queue is not fifty of one kind. Pure: the
 * command (cmd_review.c) classifies and writes; nothing here prints or reads files.
 *
 * Use:
 *     review_queue_init(&q, n);                       n: how many to pick
 *     review_queue_add(&q, &item);  ...                per candidate (strings copied)
 *     picked = review_queue_pick(&q, &items);          items[0..picked) in queue order
 *     review_queue_release(&q);                        frees the items and their strings */
#ifndef REPLYCOV_REVIEW_H
#define REPLYCOV_REVIEW_H

#include <stddef.h>
#include <stdint.h>

#include "classify.h"
#include "strbuf.h"
#include "timefmt.h"

/* Why a message is worth a human label. */
enum review_why {
	REVIEW_EXCLUDED = 1 << 0, /* the need-reply policy excludes its class: a wrong class hides a citizen */
	REVIEW_LOW = 1 << 1,      /* confidence below 0.5: weak or no cues */
	REVIEW_NO_CUE = 1 << 2,   /* no cue at all ("rule:no-cue") */
	REVIEW_DISAGREE = 1 << 3, /* with --model: the rules alone and the model name different classes */
	REVIEW_IRONY = 1 << 4     /* a sarcasm or irony rule fired ("rule:sarcasm", "rule:irony"...) */
};

/* Each pick of a class, a language or a source multiplies the worth of the next candidates
 * sharing it by this. */
#define REVIEW_SPREAD 0.9

struct review_item {
	/* as given to review_queue_add, copied there and owned by the queue */
	char *id, *platform, *thread, *text;
	int channel;         /* enum channel */
	struct when created; /* when it was written */
	enum msg_class cls;  /* the suggested label (rules, model and policy as the run decides) */
	enum msg_lang lang;
	double confidence;
	unsigned why;             /* enum review_why */
	enum msg_class rules_cls; /* with REVIEW_DISAGREE: the rules' class and the model's */
	enum msg_class model_cls;
	const char *irony;  /* with REVIEW_IRONY: the rule's name (static storage) */
	uint64_t text_hash; /* review_text_hash: the same text is picked once */
	/* An item counts only while *gen == gen_at: the caller bumps *gen to retire the items of
	 * a thread that is handed over again. gen NULL: always counts. */
	const unsigned *gen;
	unsigned gen_at;
	/* set by review_queue_add */
	double worth;
};

struct review_queue {
	struct review_item *items;
	size_t len, cap;
	size_t want;     /* picks wanted */
	size_t prune_at; /* len at which the queue drops what can no longer be picked */
	long repeated;   /* candidates dropped because an earlier one has the same text */
	struct review_item **picked;
};

/* The worth of a label: q × cost, where q is 1 − confidence, raised to 0.5 when the rules and
 * the model disagree or an irony rule fired (a coin toss between two readings), and cost is 2
 * when the policy excludes the class (a wrong class there hides a citizen), else 1. */
double review_worth(double confidence, unsigned why);
/* A hash of what decides a message's class: its normalised tokens, the question marks seen,
 * the class and the language. Two messages with the same hash are the same to label. */
uint64_t review_text_hash(const struct norm *n, enum msg_class cls, enum msg_lang lang);

void review_queue_init(struct review_queue *q, size_t want);
/* Copy it (its strings too; NULL strings become "") and compute its worth. Memory stays
 * bounded: from time to time the queue keeps only what can still be picked (the best `want`
 * of each class, language and source, one per text). */
void review_queue_add(struct review_queue *q, const struct review_item *it);
/* Pick up to `want` items: at each step the candidate with the highest worth ×
 * REVIEW_SPREAD^(picks of its class + of its language + of its source), ties broken by
 * worth, then the newest, then platform, id and thread. *out gets the picks in that order
 * (owned by the queue, valid until review_queue_release). Returns how many. Call once. */
size_t review_queue_pick(struct review_queue *q, struct review_item ***out);
void review_queue_release(struct review_queue *q);

/* The "why" column: "worth 1.20: excluded by the policy; low confidence 0.40; no cue;
 * rules criticism, model thanks; irony (rule:sarcasm)". */
void review_why_text(const struct review_item *it, struct strbuf *out);

/* The CSV the queue is written as (RFC 4180, CRLF): the header, then one row per pick with
 * the label empty. Fields from the data that a spreadsheet would take for a formula (opening
 * with = + - @, tab or CR) get a leading apostrophe, which the label readers take off. */
#define REVIEW_CSV_HEADER "id,platform,channel,date,text,suggested,why,label\r\n"
void review_csv_row(struct strbuf *out, const struct review_item *it);

#endif
