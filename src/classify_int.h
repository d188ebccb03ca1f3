/* classify_int.h: what the parts of the classifier share, and nothing outside them includes:
 * the compiled cue tables (classify.c builds and matches them), the rules that weigh the
 * matches (classify_rules.c) and the language of a message (classify_lang.c). */
#ifndef REPLYCOV_CLASSIFY_INT_H
#define REPLYCOV_CLASSIFY_INT_H

#include "classify.h"
#include "cues.h"
#include "strmap.h"
#include "util.h"

#define GAP (-2) /* "*" in a pattern: up to GAP_MAX tokens */
#define GAP_MAX 3
#define MAX_WORDS 8
#define FIRE 1.0       /* a class with this much evidence fires */
#define WEAK 0.5       /* needs-reply evidence that outweighs thanks and other */
#define NO_CUE_WORDS 4 /* a message this long without any cue is criticism */
#define LONG_WORDS 16  /* ... and one this long with weak other evidence only */

struct cue {
	const struct cue_def *def;
	int words[MAX_WORDS]; /* vocabulary ids, or GAP */
	int n_words;
	int order;               /* position in the tables (ties between cues keep it) */
	unsigned char anchored;  /* "^": at the start of a clause */
	unsigned char neg_first; /* the first word is a negation: never negated itself */
	signed char only_lang;   /* applies only to messages in this language, or -1 */
};

struct vocab_word {
	int first_cue; /* the cues starting with it: [first_cue, first_cue + n_cues), the */
	int n_cues;    /* first n_any of any second word, then sorted by their second word */
	int n_any;
	int lang[LANG_N];      /* language evidence, in hundredths of a listed word */
	unsigned char listed;  /* in the language lists (maybe with no weight: "web", "ok") */
	unsigned char negator; /* a one-word negation cue */
};

struct classifier {
	struct arena arena;
	struct strmap vocab; /* word -> id + 1 */
	struct vocab_word *words;
	size_t n_words, cap_words;
	struct cue *cues;
	size_t n_cues;
	const struct nbayes *model;
	int max_span; /* the most tokens a cue can cover (its words and gaps) */
};

/* A cue found in a message: tokens [start, end). */
struct match {
	int cue, start, end;
	int dropped; /* inside a longer cue's span */
};

struct scratch {
	int *ids; /* vocabulary id per token, -1 when unknown */
	size_t cap_ids;
	int *flags; /* per match, for the rules (courtesy thanks, counted facts) */
	size_t cap_flags;
	int *wpre; /* words (not emoji) among the first i tokens, for i = 0 .. n */
	size_t cap_wpre;
	struct match *m;
	size_t n_m, cap_m;
};

/* classify.c: the matching the rules read. */
void cls_lookup_ids(const struct classifier *c, struct scratch *s, const struct norm *n);
void cls_add_hit(struct classification *cf, const char *name, enum msg_class cls, double w, unsigned flags);
size_t cls_back_to(const struct scratch *s, size_t i, int min_start);
int cls_negated(const struct classifier *c, const struct scratch *s, const struct norm *n, const struct match *m);
int cls_intensified(const struct classifier *c, const struct scratch *s, const struct match *m);

/* classify_rules.c: the rules that weigh the matches, and the decision. */
void cls_score_rules(const struct classifier *c, struct classification *cf);
int cls_decide(struct classification *cf);

/* classify_lang.c: the language of a message. */
enum msg_lang cls_language_of(const struct classifier *c, const int *ids, const struct norm *n);
enum msg_lang cls_language_of_cues(const struct classifier *c, const struct scratch *s);
int cls_has_latin_word(const struct norm *n);

#endif
