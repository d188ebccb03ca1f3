/* nbayes.h: multinomial naive Bayes over the classifier's normalised tokens, trained on a
 * user's own labeled messages, saved as a text file and read back.
 *
 * Features: every token (words, emoji; digit runs as "#") and every pair of neighbouring
 * tokens ("no funciona"). Likelihoods use add-alpha smoothing; features never seen in
 * training are ignored; a class without training documents is never predicted.
 *
 * Model file (UTF-8 text, one item per line, fields separated by one TAB; '#' lines are
 * comments; written sorted, so the same labels give the same bytes):
 *     replycov-nbayes<TAB>2
 *     classes<TAB>criticism<TAB>question<TAB>thanks<TAB>other
 *     alpha<TAB>1
 *     temperature<TAB>T                        calibration (struct nb_calib)
 *     trust<TAB>W
 *     flip<TAB>F
 *     cv<TAB>LABELS<TAB>FOLDS<TAB>F1-RULES<TAB>F1-MODEL<TAB>F1-COMBINED
 *     docs<TAB>D1<TAB>D2<TAB>D3<TAB>D4        documents per class
 *     tokens<TAB>T1<TAB>T2<TAB>T3<TAB>T4      feature occurrences per class
 *     f<TAB>FEATURE<TAB>N1<TAB>N2<TAB>N3<TAB>N4   one line per feature, counts per class
 * Each column Ti must equal the sum of the f lines' Ni. Anything else is an error reported
 * as FILE:LINE with the reason. Version 1 files (from an older replycov) have no calibration
 * lines: they are read with trust 0 (the rules decide alone) and a warning. */
#ifndef REPLYCOV_NBAYES_H
#define REPLYCOV_NBAYES_H

#include <stddef.h>

#include "classify.h"
#include "strbuf.h"

struct nbayes;

/* What `train` measured by cross-validation on its own labels, and how the model is combined
 * with the rules (classify_model.h). */
struct nb_calib {
	double temperature;                     /* calibrated posteriors: softmax(log-posterior / temperature) */
	double trust;                           /* weight of the model's log-probabilities next to the rules' (0: the
	                                         * rules alone decide) */
	double flip;                            /* the least calibrated probability of thanks+other with which the model
	                                         * may move a message the rules say needs a reply out of the reply
	                                         * classes; above 1: never */
	long labels;                            /* labels the figures come from; 0: not measured (version 1 file) */
	int folds;                              /* cross-validation folds; 0: too few labels to measure */
	double f1_rules, f1_model, f1_combined; /* cross-validated macro-F1 (eval's definition) */
};

struct nbayes *nbayes_new(void);
void nbayes_free(struct nbayes *m);
/* Count the features of normalised text n under class cls (training). */
void nbayes_add(struct nbayes *m, const struct norm *n, enum msg_class cls);
/* Documents added per class. */
long nbayes_docs(const struct nbayes *m, enum msg_class cls);
/* The calibration (trust 0, temperature 1, flips never until set). */
const struct nb_calib *nbayes_calib(const struct nbayes *m);
void nbayes_set_calib(struct nbayes *m, const struct nb_calib *k);
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
/* The unnormalised log-posterior of each class for n (log prior + the log-likelihoods of the
 * features the model knows; -INFINITY for a class without documents) in lp. Returns -1 (lp
 * untouched) when the model has no training documents, else 0. */
int nbayes_scores(const struct nbayes *m, const struct norm *n, double lp[CLASS_N]);

/* Many documents featurised once, for cross-validation: models trained on subsets and scored
 * on others without building feature strings again. Feature order and arithmetic are those of
 * nbayes_add and nbayes_scores, so a fold scores exactly as a model trained by `train` on the
 * same documents would. */
struct nb_corpus;
struct nb_corpus *nb_corpus_new(void);
void nb_corpus_free(struct nb_corpus *c);
/* Featurise n as the next document; returns its index (0, 1, ...). */
size_t nb_corpus_add(struct nb_corpus *c, const struct norm *n);
/* Train on documents train[0..n_train) with classes cls[0..n_train), then write the
 * log-posteriors of documents test[0..n_test) to lp[0..n_test) (as nbayes_scores). Returns -1
 * when no training document was given (lp untouched), else 0. */
int nb_corpus_fold(const struct nb_corpus *c, const size_t *train, size_t n_train, const int *cls, const size_t *test,
                   size_t n_test, double (*lp)[CLASS_N]);

#endif
