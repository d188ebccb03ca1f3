/* record.h: the normalised message, whatever the source, and the batch of records read from
 * one input file. Strings in a batch live in the batch's arena until batch_release. */
#ifndef REPLYCOV_RECORD_H
#define REPLYCOV_RECORD_H

#include <stddef.h>

#include "diag.h"
#include "digest.h"
#include "timefmt.h"
#include "util.h"

enum channel { CHANNEL_PUBLIC, CHANNEL_PRIVATE };

enum record_flag {
	REC_POST = 1 << 0,    /* the thread's root post (or a conversation's opening) */
	REC_HIDDEN = 1 << 1,  /* hidden by the page (is_hidden) */
	REC_DELETED = 1 << 2, /* deleted or removed, kept in place by the source */
	REC_EDITED = 1 << 3,  /* the source says it was edited, or a later export changed it */
	REC_SPAM = 1 << 4,
	REC_UNAPPROVED = 1 << 5,     /* held for moderation (WordPress 0, Disqus pending) */
	REC_APPROX_TIME = 1 << 6,    /* time derived from relative text ("2 days ago") */
	REC_AUTHOR_UNKNOWN = 1 << 7, /* the export does not say who wrote it */
	REC_OFFICIAL = 1 << 8,       /* the source itself marks the author as the official side */
	REC_NO_OFFSET = 1 << 9,      /* the time had no UTC offset; --tz was applied */
	REC_PAGE_AUTHOR = 1 << 10,   /* the author is a page or brand account (Facebook from.category) */
	REC_ORPHAN = 1 << 11,        /* replies to a message that is not in the input (set by thread) */
	REC_CYCLE = 1 << 12          /* its parent link was cut to break a cycle (set by thread) */
};

struct record {
	const char *platform; /* "facebook", "generic", ... never NULL */
	enum channel channel;
	const char *thread;    /* post or conversation id, never NULL */
	const char *id;        /* never NULL */
	const char *parent;    /* id of the message replied to; NULL for top level */
	const char *author_id; /* NULL when the source gives none */
	const char *author;    /* display name; NULL when unknown */
	const char *page;      /* official account id implied by the ids (Facebook page), or NULL */
	const char *text;      /* never NULL, valid UTF-8 */
	struct when created;
	unsigned flags; /* enum record_flag */
	struct loc loc; /* file and line:column or record number */
	/* Set when the run classifies (pipeline with classes): enum msg_class or -1, enum
	 * msg_lang, enum decided_by, confidence in percent. */
	signed char cls;
	unsigned char lang, by, conf;
	signed char own_cls; /* the classifier's own class (rules, model), which a human label may
	                      * override in cls; -1 when not classified */
	const char *cues;    /* why, for messages of a class the policy excludes (else NULL) */
};

/* Why records were rejected, with counts, for the accounting line. */
struct reject_count {
	const char *reason; /* a static string */
	long n;
};

/* Facts about an export that make it partial (issue: completeness line). */
struct completeness {
	long declared;       /* sum of declared counts (summary.total_count, comment_count...) */
	long declared_held;  /* records held in the containers that declared them */
	long paging_next;    /* paging.next links never followed */
	long no_offset;      /* times read without an offset */
	long approx_time;    /* times derived from relative text */
	long author_unknown; /* records without author */
};

struct batch {
	struct arena arena;
	const char *file;   /* path as given; must outlive every record (the run's input list) */
	const char *format; /* name of the adapter that read it */
	struct record *recs;
	size_t n, cap;
	long read; /* records seen in the file, accepted or not */
	struct reject_count *rejects;
	size_t n_rejects, cap_rejects;
	struct reject_count *skips; /* records left out by rule (retweets, system notices) */
	size_t n_skips, cap_skips;
	struct completeness comp;
	int hashed;     /* input_parse_file with input_opts.hash: the two below are set */
	long long size; /* bytes read from the file */
	unsigned char sha256[DIGEST_LEN];
};

void batch_init(struct batch *b, const char *file);
void batch_release(struct batch *b);
/* Copy r (whose strings may be transient) into the batch. NULL strings stay NULL except
 * text, which becomes "". Text and names are repaired to valid UTF-8 and capped at 1 MiB
 * (a warning says so). Returns the stored copy. */
struct record *batch_add(struct batch *b, const struct record *r);
/* Count a rejected record and warn at loc with the reason (a static string) and detail. */
void batch_reject(struct batch *b, const struct loc *loc, const char *reason, const char *detail);
long batch_rejected(const struct batch *b);
/* The id that stands for a record rejected without one, so that its replies still hang
 * together from a parent the input does not hold (orphans) instead of passing for top-level
 * comments: "rejected@FILE#N" or "rejected@FILE:LINE:COL" after loc, in b's arena. */
const char *batch_rejected_id(struct batch *b, const struct loc *loc);
/* Count a record left out on purpose because it is not a message to answer (a retweet, a
 * "you called" notice, a pingback): counted by reason in the accounting line, not an error,
 * no message per record. */
void batch_skip(struct batch *b, const char *reason);
long batch_skipped(const struct batch *b);

#define TEXT_CAP (1024 * 1024)

#endif
