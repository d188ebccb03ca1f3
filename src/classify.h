/* classify.h: the intent of one message (criticism, question, thanks, other) and its
 * language (es, ca, en), from cue lists compiled into the binary (data/cues/NAME.tsv) and a few
 * rules (negation, intensifiers, sarcasm, waiting, questions, precedence), optionally helped
 * by a naive Bayes model trained on the user's own labels (nbayes.h). Every decision lists
 * the cues that fired. Pure analysis: nothing here prints or reads files.
 *
 * Use (the need-reply policy in coverage calls it this way):
 *     struct classifier *cl = classifier_new();          once per run
 *     struct classification cf;  classification_init(&cf);  once per worker
 *     classify_message(cl, record->text, &cf);            per message, cf is reused
 *     if (!class_needs_reply(cf.cls)) ... list cf.cls, cf.hits[0..n_hits) as the reason
 *     classification_release(&cf);  classifier_free(cl);
 * A classifier is read-only after classifier_new/classifier_set_model, so threads may share
 * it; each thread needs its own struct classification. */
#ifndef REPLYCOV_CLASSIFY_H
#define REPLYCOV_CLASSIFY_H

#include <stddef.h>

#include "strbuf.h"

/* In precedence order: for a mixed message the first class that fires wins. */
enum msg_class { CLASS_CRITICISM, CLASS_QUESTION, CLASS_THANKS, CLASS_OTHER, CLASS_N };
enum msg_lang { LANG_UNKNOWN, LANG_ES, LANG_CA, LANG_EN, LANG_N };
enum decided_by { BY_RULES, BY_MODEL, BY_HUMAN };

enum hit_flag {
	HIT_NEGATED = 1 << 0,     /* a negation before it cancelled it ("no me quejo") */
	HIT_INTENSIFIED = 1 << 1, /* an intensifier before it raised its weight ("muy mal") */
	HIT_RULE = 1 << 2,        /* a rule, not a listed cue ("rule:question-mark") */
	HIT_MODEL = 1 << 3        /* the model's vote */
};

struct cue_hit {
	const char *name;   /* the cue as written in data/cues ("gracias por nada") or a rule
	                     * ("rule:sarcasm"); static storage, valid for the whole run */
	enum msg_class cls; /* the class it pointed to */
	double weight;      /* what it added to that class (0 when negated) */
	unsigned flags;     /* enum hit_flag */
};

/* One normalised token: offsets into norm.buf (NUL-terminated words). */
struct token {
	unsigned off, len;
	unsigned flags; /* enum token_flag */
};
enum token_flag {
	TOK_CLAUSE = 1 << 0,   /* first token of a clause (start, or after , ; : . ! ? ¿ ¡ newline) */
	TOK_SENTENCE = 1 << 1, /* first token of a sentence (start, or after . ! ? newline) */
	TOK_EMOJI = 1 << 2,    /* an emoji or emoticon (":)" and ":(" are folded to these two) */
	TOK_NUMBER = 1 << 3,   /* digits only */
	TOK_EXPANDED = 1 << 4  /* came from a chat abbreviation ("xq" -> "porque") */
};

/* The text as the rules see it. */
struct norm {
	struct strbuf buf; /* tokens, each followed by a NUL */
	struct token *tok;
	size_t n, cap;
	int qmarks;                 /* '?' and '¿' outside URLs */
	int exclaims;               /* '!' and '¡' */
	int urls, mentions;         /* set aside, counted */
	int letters, upper;         /* letters in the original text, and how many were capitals */
	int names;                  /* Capitalised words opening the text ("Marta López mira esto": 2) */
	int marks[LANG_N];          /* letters and signs one language alone writes, seen before
	                             * folding: à è ò ç ï l·l (ca), á ñ ¿ ¡ (es) */
	struct strbuf folded, word; /* scratch */
};

struct classification {
	enum msg_class cls;
	enum msg_class own_cls; /* set by class_source_record: cls before a human label overrode it */
	enum msg_lang lang;
	double confidence; /* 0.30 .. 0.99: how sure; below 0.5 the message had weak or no cues */
	enum decided_by by;
	double score[CLASS_N]; /* the rules' evidence per class */
	struct cue_hit *hits;  /* in text order, rules last; owned by the classification */
	size_t n_hits, cap_hits;
	struct norm norm; /* scratch, reused between calls */
	void *scratch;    /* matcher's private buffers */
};

struct nbayes;
struct classifier;

/* Build the classifier from the compiled cue tables. Never fails (the tables are checked at
 * build time). */
struct classifier *classifier_new(void);
/* Use model m (may be NULL) alongside the rules; the classifier borrows it: m must outlive
 * it. How they combine is described at classify_message. */
void classifier_set_model(struct classifier *c, const struct nbayes *m);
void classifier_free(struct classifier *c);

void classification_init(struct classification *cf);
void classification_release(struct classification *cf);

/* Classify text (UTF-8, may be empty or invalid: it is repaired) into cf, replacing what cf
 * held; cf->hits lists every cue and rule that counted, in text order, rules last.
 * Rules: each listed cue adds its weight to its class (a longer overlapping cue wins); a
 * negation up to three words before a criticism or thanks cue in the same clause cancels it
 * (negated praise becomes criticism); an intensifier right before a cue multiplies it by 1.5;
 * thanks next to an irony marker or a criticism, or praise next to a negation, is sarcasm and
 * counts as criticism; a stretch of time with waiting words ("llevo 3 semanas esperando") adds
 * 2 to criticism; '?' or '¿' adds 1 to question; a text opening with two capitalised words
 * that are no cue is a friend being tagged (other); a message in capitals raises its
 * criticism. A class fires at score 1.0; the first firing class in the order criticism,
 * question, thanks, other wins. Criticism or question evidence of 0.5 or more beats a firing
 * thanks or other (a reply is never skipped on a hunch); with weak evidence only the
 * strongest class wins; with none at all, four words or more are criticism ("rule:no-cue",
 * confidence 0.30) and shorter texts (empty, emoji only) other.
 * With a model: the rules' decision and the model's calibrated vote are combined as far as
 * the model is trusted (classify_model.h; trust 0, the default with few labels: the rules
 * alone).
 * Further rules (sarcasm with a negative fact or a stretch of time, rhetorical questions,
 * contrasts, requests, courtesy thanks, asides, long messages) are listed in README, "How a
 * message is read". The language comes from listed words, the spelling of the others and the
 * letters one language alone writes, else from the cues that matched, else es when there is
 * a word; unknown only without a word. */
void classify_message(const struct classifier *c, const char *text, struct classification *cf);

/* The normalisation alone (exposed for the model and the tests): NFKC, case and accents
 * folded, URLs and @mentions set aside, emoji as tokens, letters stretched three times or
 * more reduced to one, chat abbreviations expanded, laughter folded to "jaja". */
void classify_normalize(const char *text, struct norm *out);
void norm_init(struct norm *n);
void norm_release(struct norm *n);
/* The tokens joined by single spaces (for tests and --explain). */
void norm_join(const struct norm *n, struct strbuf *out);
/* The language of normalised text from its words alone (listed words and spelling; a tie
 * goes to es, then ca; unknown when nothing points anywhere). */
enum msg_lang classify_language(const struct classifier *c, const struct norm *n);

/* The hits of cf on one line: "criticism:no funciona +1.0, question:rule:question-mark +1.0",
 * with " (negated)" or " (intensified)" after the cues concerned. */
void classify_explain(const struct classification *cf, struct strbuf *out);
/* 1 for criticism and question. */
int class_needs_reply(enum msg_class cls);
const char *class_name(enum msg_class cls);   /* "criticism", ... */
const char *lang_name(enum msg_lang lang);    /* "es", "ca", "en", "unknown" */
const char *decided_name(enum decided_by by); /* "rules", "model", "human" */
/* The class named s (exactly as class_name gives), or -1. */
int class_parse(const char *s);

#endif
