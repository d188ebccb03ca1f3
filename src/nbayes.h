/* nbayes.h: multinomial naive Bayes over the classifier's normalised tokens, trained on a
 * user's own labeled messages, saved as a text file and read back.
 *
 * Features: every token (words, emoji; digit runs as "#") and every pair of neighbouring
 * tokens ("no funciona"). Likelihoods use add-alpha smoothing; features never seen in
 * training are ignored; a class without training documents is never predicted.
 *
 * Model file (UTF-8 text, one item per line, fields separated by one TAB; '#' lines are
 * comments; written sorted, so the same labels give the same bytes):
 *     replycov-nbayes<TAB>1
 *     classes<TAB>criticism<TAB>question<TAB>thanks<TAB>other
 *     alpha<TAB>1
 *     docs<TAB>D1<TAB>D2<TAB>D3<TAB>D4        documents per class
 *     tokens<TAB>T1<TAB>T2<TAB>T3<TAB>T4      feature occurrences per class
 *     f<TAB>FEATURE<TAB>N1<TAB>N2<TAB>N3<TAB>N4   one line per feature, counts per class
 * Each column Ti must equal the sum of the f lines' Ni. Anything else is an error reported
 * as FILE:LINE with the reason. */
#ifndef REPLYCOV_NBAYES_H
#define REPLYCOV_NBAYES_H

#include <stddef.h>

#include "classify.h"
#include "strbuf.h"

struct nbayes;

struct nbayes *nbayes_new(void);
void nbayes_free(struct nbayes *m);
/* Count the features of normalised text n under class cls (training). */
void nbayes_add(struct nbayes *m, const struct norm *n, enum msg_class cls);
/* Documents added per class. */
long nbayes_docs(const struct nbayes *m, enum msg_class cls);
/* Append the model file to out (deterministic). */
void nbayes_write(const struct nbayes *m, struct strbuf *out);
/* Parse a model file held in buf[0..len) (need not be NUL-terminated); name is used in
 * messages. Returns a model ready for prediction, or NULL after reporting every problem
 * found up to the first one that stops the parse (FILE:LINE: error: ...). */
struct nbayes *nbayes_parse(const char *name, const char *buf, size_t len);
/* Make counts added with nbayes_add usable by nbayes_predict (nbayes_parse does it). */
void nbayes_finish(struct nbayes *m);
/* The most probable class for n, and the posterior of each class in p (sums to 1). Returns
 * -1 (p untouched) when the model has no training documents. */
int nbayes_predict(const struct nbayes *m, const struct norm *n, double p[CLASS_N]);

#endif
