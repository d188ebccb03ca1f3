/* cues.h: the cue tables written as data/cues/NAME.tsv and compiled into the binary by
 * scripts/gen-cues.awk (the Makefile writes BUILD/cues.c), so replycov works alone. The
 * tables are checked when generated: a bad line stops the build with its file and line.
 * The strings are static; classify.c normalises the patterns when the classifier is built. */
#ifndef REPLYCOV_CUES_H
#define REPLYCOV_CUES_H

#include <stddef.h>

enum cue_kind {
	CUE_CRITICISM, /* the first four are the classes, in the order of enum msg_class */
	CUE_QUESTION,
	CUE_THANKS,
	CUE_OTHER,
	CUE_NEGATION,    /* cancels a criticism or thanks cue up to three words after it */
	CUE_INTENSIFIER, /* multiplies the cue right after it (one word may sit between) by 1.5 */
	CUE_IRONY,       /* with thanks: sarcasm; alone: its weight goes to criticism */
	CUE_WAITING,     /* with a duration and total weight >= 1: the waiting rule */
	CUE_DURATION,    /* a stretch of time ("3 semanas", "since January") */
	CUE_LANG,        /* a function word of one language (language detection) */
	CUE_FACT,        /* a negative fact, a delay, a repetition ("retraso", "third time"): with
	                  * thanks or praise, sarcasm; below weight 1 only right after the praise
	                  * ("Bravo, otro curso..."); alone nothing */
	CUE_RHETORICAL,  /* makes a question a complaint ("tan difícil es", "qui em torna"): at
	                  * weight 1 or more, or with a '?' and some criticism, criticism */
	CUE_CLAIM,       /* what the service says ("en la web pone", "the website says") ... */
	CUE_REALITY,     /* ... and what happens ("en la oficina", "al llegar"): the pair, in
	                  * either order, is a complaint ("rule:contrast") */
	CUE_ASIDE,       /* a greeting, a sign-off or laughter: other only in a short message,
	                  * nothing in a longer one (its content decides) */
	CUE_COURTESY,    /* a closing thank-you ("gracias" after a long request): it does not
	                  * make the message thanks */
	CUE_BUT,         /* a "but" after thanks: the thanks is courtesy, what follows decides */
	CUE_ACK,         /* thanks for a reply ("gracias por responder") opening a longer message:
	                  * courtesy, what follows decides */
	CUE_PLEASE       /* please (🙏, "porfa"): with one to three other words and no other cue,
	                  * a request ("horario 🙏", "info porfa"), not thanks */
};

struct cue_def {
	const char *pattern; /* words as written; "*" = up to three words; "^" before the
	                      * first word = at the start of a clause */
	double weight;
	enum cue_kind kind;
	int lang;   /* enum msg_lang; LANG_UNKNOWN: any language */
	int strict; /* applies only when the message is in lang ("ca!" in the file) */
	const char *file;
	int line;
};

struct abbrev_def {
	const char *abbr;      /* one word, as written in chats ("xq") */
	const char *expansion; /* the words it stands for ("porque") */
};

extern const struct cue_def cue_defs[];
extern const size_t cue_defs_n;
extern const struct abbrev_def abbrev_defs[];
extern const size_t abbrev_defs_n;

#endif
